"""A read-only view of a processed spaCy Doc for the entity rules: token lookup by character,
sentence starts, characters claimed by quantities, and the `known` predicate (KB or CLDR)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from .doc_utils import doc_text
from .entity_kb import kb_index
from .entity_lexicon import fold
from .entity_places import place_index

_SENTENCE_END = {".", "!", "?", "…", ":", ";", "«", "»", "\"", "“", "”", "—", "–", "-", "•", "*",
                 "(", ")"}
_BLANKS = " \t\u00a0\u202f"
CLAIMING_LABELS = ("QUANTITY", "PERCENT")


@lru_cache(maxsize=100_000)
def known_name(name: str) -> bool:
    """`name` (folded) is a KB name/alias or a CLDR place."""
    key = fold(name)
    return key in kb_index().names or key in place_index() or name.strip() in kb_index().acronyms


class DocView:
    """Character-level helpers over one Doc (built once per document, O(n)).

    Token offsets, lengths and texts are plain lists read once with `Doc.to_array`: the
    rules' hot loops never touch a spaCy Token; one is built (`doc[i]`) only when a rule
    needs its tags (`pos_`, `morph`, `is_sent_start`)."""

    def __init__(self, doc):
        from spacy.attrs import IDX, IS_SPACE, LENGTH

        self.doc = doc
        self.text: str = doc_text(doc)
        rows = doc.to_array([IDX, LENGTH, IS_SPACE]).tolist() if len(doc) else []
        self.starts: list[int] = [r[0] for r in rows]
        self.ends: list[int] = [r[0] + r[1] for r in rows]
        self.spaces: list[int] = [r[2] for r in rows]
        self.word_index: list[int] = [k for k, r in enumerate(rows) if not r[2]]
        self.word_starts: list[int] = [self.starts[k] for k in self.word_index]
        text = self.text
        self.word_texts: list[str] = [text[self.starts[k]:self.ends[k]] for k in self.word_index]
        self.claimed = sorted(
            (s._.value["start"], s._.value["end"])
            for s in doc.spans.get("passerelle", [])
            if s.label_ in CLAIMING_LABELS and getattr(s._, "value", None))

    def word(self, i: int):
        """The i-th non-space Token."""
        return self.doc[self.word_index[i]]

    def token_at(self, char: int):
        """The token containing (or starting just after) character `char`, or None."""
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return self.doc[0] if self.starts else None
        return self.doc[i]

    def tokens(self, start: int, end: int) -> list:
        """Tokens overlapping text[start:end], whitespace tokens excluded."""
        i = max(bisect_right(self.starts, start) - 1, 0)
        j = bisect_left(self.starts, end)
        ends, spaces = self.ends, self.spaces
        return [self.doc[k] for k in range(i, j) if not spaces[k] and ends[k] > start]

    def previous_token(self, char: int):
        """The last non-space token before `char` on the same line, or None."""
        i = bisect_left(self.starts, char) - 1
        while i >= 0:
            if not self.spaces[i]:
                return self.doc[i]
            if "\n" in self.text[self.starts[i]:self.ends[i]]:
                return None
            i -= 1
        return None

    def sentence_initial(self, char: int) -> bool:
        """True when `char` starts a sentence, a line, or follows sentence punctuation."""
        text, i = self.text, char
        while i > 0 and text[i - 1] in _BLANKS:     # no copy of the text before `char`
            i -= 1
        if i == 0 or text[i - 1] == "\n" or text[i - 1] in _SENTENCE_END:
            return True
        k = bisect_right(self.starts, char) - 1     # the token starting at `char`, if any
        return k >= 0 and self.starts[k] == char and bool(self.doc[k].is_sent_start)

    def inside_claimed(self, start: int, end: int) -> bool:
        """text[start:end] lies inside a QUANTITY/PERCENT span."""
        i = bisect_right(self.claimed, (start, float("inf"))) - 1
        return i >= 0 and self.claimed[i][0] <= start and end <= self.claimed[i][1]

    def known(self, name: str) -> bool:
        return known_name(name)
