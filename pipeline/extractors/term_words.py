"""Words for the term grammar: spaCy tokens with hyphen compounds joined and POS repaired.

The term grammar (`terms.py`) reads a Doc as a list of `Word`s, so that it can work around
three frequent problems of the statistical tagger on news text without changing the Doc:

- hyphen compounds the tokenizer splits (`ferro` `-` `alliages`, written without spaces)
  are one word; its POS is NOUN when a part is a noun, its lemma the parts joined
  (`ferro-alliage`);
- a noun in `-ment`, `-tion`, `-isme` tagged VERB (`chaînes d'approvisionnement`) is a noun;
- a word tagged ADJ that has a determiner or an adjective before it as dependents
  (`une centrale solaire`, `de petites centrales nucléaires`) is a noun;
- a noun right after a noun phrase head that the word lexicon knows only as an adjective
  (`minéraux critiques` tagged NOUN NOUN) is an adjective.

`blocked` words are inside named entities, dates, percentages and measured quantities (in a
count such as `75 millions d'habitants` only the counted noun at the end stays free): terms
never use them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .doc_utils import doc_text, sentence_bounds

_ALPHA = re.compile(r"^[^\W\d_]+$")
_NOUN_SUFFIX = re.compile(r"(ment|tion|isme)s?$")
COUNT_KINDS = frozenset({"count", "rank"})
VERB_DEPENDENTS = frozenset({"obj", "iobj", "nsubj", "ccomp", "xcomp"})


@dataclass(slots=True)
class Word:
    """One word of the grammar: tokens `[i, j)` of the Doc."""

    i: int
    j: int
    text: str
    pos: str
    lemma: str
    plural: bool
    is_stop: bool
    start: int
    end: int
    participle: bool = False
    blocked: bool = False
    sent: int = 0
    head: int = -1        # token index of the syntactic head of the word's last token
    dep: str = ""
    verbal: bool = False  # has a subject or an object: a verb, whatever its tag
    ws: str = ""          # the whitespace after the word's last token


def _blocked_tokens(doc) -> list[bool]:
    from ..components import SPANS_KEY

    blocked = [False] * len(doc)
    for ent in doc.ents:
        blocked[ent.start:ent.end] = [True] * (ent.end - ent.start)
    for span in doc.spans.get(SPANS_KEY, []):
        value = span._.value or {}
        free = span.end
        if span.label_ == "QUANTITY" and value.get("kind") in COUNT_KINDS:
            while free > span.start and doc[free - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
                free -= 1  # the counted noun phrase at the end stays free
        for k in range(span.start, span.end):
            blocked[k] = blocked[k] or k < free
    return blocked


_ATTRS = ("ORTH", "SPACY", "IDX", "POS", "LEMMA", "IS_STOP", "HEAD", "DEP", "MORPH")
_STRINGS: dict[int, str] = {}  # StringStore hash -> string, shared by all Docs of the vocab


class _Tokens:
    """Per-token attributes of a Doc, read once with `Doc.to_array` (spaCy Token objects and
    attribute access cost microseconds each: reading them per word dominated the time)."""

    def __init__(self, doc):
        from spacy.attrs import IDS

        rows = doc.to_array([IDS[a] for a in _ATTRS]).tolist() if len(doc) else []
        cols = list(zip(*rows)) or [()] * len(_ATTRS)
        names = _names(doc.vocab.strings, cols[0], cols[3], cols[4], cols[7], cols[8])
        self.text = [names[h] for h in cols[0]]
        self.ws = [" " if h else "" for h in cols[1]]
        self.idx = list(cols[2])
        self.pos = [names[h] for h in cols[3]]
        self.lemma = [names[h] for h in cols[4]]
        self.stop = [bool(h) for h in cols[5]]
        self.head = [k + (h - (1 << 64) if h >= 1 << 63 else h) for k, h in enumerate(cols[6])]
        self.dep = [names[h] for h in cols[7]]
        self.morph = [_features(names[h] if h else "") for h in cols[8]]
        self.nounish_child = [False] * len(rows)  # a det child, or an amod child on its left
        self.verbal = [False] * len(rows)         # a subject/object child
        for k, (h, dep) in enumerate(zip(self.head, self.dep)):
            if h == k:
                continue
            if dep == "det" or (dep == "amod" and k < h):
                self.nounish_child[h] = True
            if dep in VERB_DEPENDENTS:
                self.verbal[h] = True


def _names(strings, *columns) -> dict[int, str]:
    """The shared hash -> string cache, completed with every hash of `columns` (the model's
    StringStore is append-only, so cached strings never go stale)."""
    cache = _STRINGS
    for column in columns:
        for key in set(column).difference(cache):
            cache[key] = strings[key]
    return cache


@lru_cache(maxsize=4096)  # a few hundred distinct analyses in a whole corpus; read-only result
def _features(morph: str) -> dict[str, tuple[str, ...]]:
    out = {}
    for feat in morph.split("|") if morph and morph != "_" else ():
        key, _, values = feat.partition("=")
        out[key] = tuple(values.split(","))
    return out


def _compound_end(tk: _Tokens, i: int) -> int:
    """End (exclusive) of the hyphen compound starting at token `i` (`i + 1` if none)."""
    j, n = i + 1, len(tk.text)
    while (j + 1 < n and tk.text[j] == "-" and not tk.ws[j - 1] and not tk.ws[j]
           and _ALPHA.match(tk.text[j + 1]) and _ALPHA.match(tk.text[j - 1])):
        j += 2
    return j


def _make_word(tk: _Tokens, text: str, i: int, j: int, blocked: list[bool], sent: int) -> Word:
    k = j - 1  # the last token
    if j - i == 1:
        pos, lemma = tk.pos[k], tk.lemma[k]
    else:
        pos = "NOUN" if "NOUN" in tk.pos[i:j] else tk.pos[k]
        lemma = "".join(tk.text[i:k]) + tk.lemma[k]
    feats = tk.morph[k]
    participle = (tk.pos[k] == "VERB" and "Part" in feats.get("VerbForm", ())
                  and "Pres" not in feats.get("Tense", ()))
    start, end = tk.idx[i], tk.idx[k] + len(tk.text[k])
    surface = text[start:end]
    if pos == "VERB" and not participle and _NOUN_SUFFIX.search(surface.lower()):
        pos = "NOUN"
    elif pos == "ADJ" and tk.nounish_child[k]:
        pos = "NOUN"  # `une centrale solaire`: an adjective with a determiner is a noun
    single = j - i == 1
    return Word(i, j, surface, pos, lemma, "Plur" in feats.get("Number", ()),
                tk.stop[i] if single else all(tk.stop[i:j]), start, end, participle,
                blocked[i] if single else any(blocked[i:j]), sent,
                tk.head[k], tk.dep[k], tk.verbal[k], tk.ws[k])


def doc_words(doc) -> list[Word]:
    """The Doc as grammar words (see the module docstring)."""
    blocked = _blocked_tokens(doc)
    text = doc_text(doc)
    tk = _Tokens(doc)
    sent_of = [0] * len(doc)
    for n, bound in enumerate(sentence_bounds(doc)):
        sent_of[bound[2]:bound[3]] = [n] * (bound[3] - bound[2])
    words, i = [], 0
    while i < len(doc):
        j = _compound_end(tk, i)
        if j > i + 1 and any(sent_of[k] != sent_of[i] for k in range(i, j)):
            j = i + 1
        words.append(_make_word(tk, text, i, j, blocked, sent_of[i]))
        i = j
    return words
