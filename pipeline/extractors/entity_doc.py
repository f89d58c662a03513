"""A read-only view of a processed spaCy Doc for the entity rules: token lookup by character,
sentence starts, characters claimed by quantities, and the `known` predicate (KB or CLDR)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from .entity_kb import kb_index
from .entity_lexicon import fold
from .entity_places import place_index

_SENTENCE_END = {".", "!", "?", "…", ":", ";", "«", "»", "\"", "“", "”", "—", "–", "-", "•", "*",
                 "(", ")"}
CLAIMING_LABELS = ("QUANTITY", "PERCENT")


@lru_cache(maxsize=100_000)
def known_name(name: str) -> bool:
    """`name` (folded) is a KB name/alias or a CLDR place."""
    key = fold(name)
    return key in kb_index().names or key in place_index() or name.strip() in kb_index().acronyms


class DocView:
    """Character-level helpers over one Doc (built once per document, O(n))."""

    def __init__(self, doc):
        self.doc = doc
        self.text: str = doc.text
        self.all_tokens = list(doc)
        self.words = [t for t in self.all_tokens if not t.is_space]
        self.starts = [t.idx for t in self.all_tokens]
        self.claimed = sorted(
            (s._.value["start"], s._.value["end"])
            for s in doc.spans.get("passerelle", [])
            if s.label_ in CLAIMING_LABELS and getattr(s._, "value", None))

    def token_at(self, char: int):
        """The token containing (or starting just after) character `char`, or None."""
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return self.all_tokens[0] if self.all_tokens else None
        return self.all_tokens[i]

    def tokens(self, start: int, end: int) -> list:
        """Tokens overlapping text[start:end], whitespace tokens excluded."""
        i = max(bisect_right(self.starts, start) - 1, 0)
        j = bisect_left(self.starts, end)
        return [t for t in self.all_tokens[i:j] if not t.is_space and t.idx + len(t.text) > start]

    def previous_token(self, char: int):
        """The last non-space token before `char` on the same line, or None."""
        i = bisect_left(self.starts, char) - 1
        while i >= 0:
            token = self.all_tokens[i]
            if not token.is_space:
                return token
            if "\n" in token.text:
                return None
            i -= 1
        return None

    def sentence_initial(self, char: int) -> bool:
        """True when `char` starts a sentence, a line, or follows sentence punctuation."""
        before = self.text[:char].rstrip(" \t\u00a0\u202f")
        if not before or before.endswith("\n"):
            return True
        if before[-1] in _SENTENCE_END:
            return True
        token = self.token_at(char)
        return bool(token is not None and token.idx == char and token.is_sent_start)

    def inside_claimed(self, start: int, end: int) -> bool:
        """text[start:end] lies inside a QUANTITY/PERCENT span."""
        i = bisect_right(self.claimed, (start, float("inf"))) - 1
        return i >= 0 and self.claimed[i][0] <= start and end <= self.claimed[i][1]

    def known(self, name: str) -> bool:
        return known_name(name)
