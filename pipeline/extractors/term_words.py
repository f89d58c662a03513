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

import numpy

from .doc_utils import doc_text, sentence_bounds

_ALPHA = re.compile(r"^[^\W\d_]+$")
_NOUN_SUFFIX = re.compile(r"(ment|tion|isme)s?$")
COUNT_KINDS = frozenset({"count", "rank"})
VERB_DEPENDENTS = frozenset({"obj", "iobj", "nsubj", "ccomp", "xcomp"})
_CHILD_DEPS = VERB_DEPENDENTS | {"det", "amod"}
_REPAIRED = frozenset({"VERB", "ADJ"})  # tags that `_repaired_pos` may change


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
_PLURAL: dict[int, bool] = {}      # MORPH hash -> Number=Plur
_PARTICIPLE: dict[int, bool] = {}  # MORPH hash -> VerbForm=Part, not Tense=Pres


class _Tokens:
    """Per-token attributes of a Doc, read once with `Doc.to_array` (spaCy Token objects and
    attribute access cost microseconds each: reading them per word dominated the time)."""

    def __init__(self, doc):
        from spacy.attrs import IDS

        n = len(doc)
        cols: list[list[int]] = [[] for _ in _ATTRS]
        if n:
            array = doc.to_array([IDS[a] for a in _ATTRS])
            cols = array.T.tolist()  # one list per attribute
            # HEAD is an offset to the token, stored as uint64: read it back as signed int64
            cols[6] = (array[:, 6].astype(numpy.int64) + numpy.arange(n)).tolist()
        orth, spaces, idx, pos, lemma, stop, head, dep, morph = cols
        strings = doc.vocab.strings
        self.text = _strings(strings, orth)
        self.ws = [" " if h else "" for h in spaces]
        self.idx = idx
        self.pos = _strings(strings, pos)
        self.lemma = _strings(strings, lemma)
        self.stop = [bool(h) for h in stop]
        self.head = head
        self.dep = _strings(strings, dep)
        plural, participle = _morph_flags(strings, morph)
        self.plural = [plural[h] for h in morph]
        self.participle = [participle[h] and p == "VERB" for h, p in zip(morph, self.pos)]
        self.nounish_child = [False] * n  # a det child, or an amod child on its left
        self.verbal = [False] * n         # a subject/object child
        for k in [k for k, d in enumerate(self.dep) if d in _CHILD_DEPS]:
            h, d = head[k], self.dep[k]
            if h == k:
                continue
            if d == "det" or (d == "amod" and k < h):
                self.nounish_child[h] = True
            if d in VERB_DEPENDENTS:
                self.verbal[h] = True


def _strings(strings, column: list[int]) -> list[str]:
    """The strings of a column of hashes, through the shared hash -> string cache (the
    model's StringStore is append-only, so cached strings never go stale)."""
    cache = _STRINGS
    try:
        return [cache[h] for h in column]
    except KeyError:  # a string this process has not read yet
        for key in set(column).difference(cache):
            cache[key] = strings[key]
        return [cache[h] for h in column]


def _morph_flags(strings, morph: list[int]) -> tuple[dict[int, bool], dict[int, bool]]:
    """The shared MORPH hash -> plural and MORPH hash -> participle form caches, completed
    for `morph` (participle form: VerbForm=Part and not Tense=Pres; the caller checks the POS)."""
    plural, participle = _PLURAL, _PARTICIPLE
    for key in set(morph).difference(plural):
        feats = _features(strings[key] if key else "")
        plural[key] = "Plur" in feats.get("Number", ())
        participle[key] = ("Part" in feats.get("VerbForm", ())
                           and "Pres" not in feats.get("Tense", ()))
    return plural, participle


@lru_cache(maxsize=4096)  # a few hundred distinct analyses in a whole corpus; read-only result
def _features(morph: str) -> dict[str, tuple[str, ...]]:
    out = {}
    for feat in morph.split("|") if morph and morph != "_" else ():
        key, _, values = feat.partition("=")
        out[key] = tuple(values.split(","))
    return out


def _joining_hyphens(tk: _Tokens) -> set[int]:
    """Tokens `-` written without spaces between two alphabetic tokens (`ferro-alliages`)."""
    text, ws = tk.text, tk.ws
    return {k for k, t in enumerate(text)
            if t == "-" and 0 < k < len(text) - 1 and not ws[k - 1] and not ws[k]
            and _ALPHA.match(text[k + 1]) and _ALPHA.match(text[k - 1])}


def _make_word(tk: _Tokens, text: str, i: int, j: int, blocked: list[bool], sent: int) -> Word:
    """The word of the hyphen compound of tokens `[i, j)`."""
    k = j - 1  # the last token
    pos = "NOUN" if "NOUN" in tk.pos[i:j] else tk.pos[k]
    lemma = "".join(tk.text[i:k]) + tk.lemma[k]
    participle = tk.participle[k]
    start, end = tk.idx[i], tk.idx[k] + len(tk.text[k])
    surface = text[start:end]
    pos = _repaired_pos(pos, participle, surface, tk.nounish_child[k])
    return Word(i, j, surface, pos, lemma, tk.plural[k], all(tk.stop[i:j]), start, end,
                participle, any(blocked[i:j]), sent, tk.head[k], tk.dep[k], tk.verbal[k], tk.ws[k])


def _repaired_pos(pos: str, participle: bool, surface: str, nounish_child: bool) -> str:
    """The POS of a word, repaired (see the module docstring): a non-participle `VERB` with a
    noun suffix is a noun; so is an adjective with a determiner (`une centrale solaire`)."""
    if pos == "VERB" and not participle and _NOUN_SUFFIX.search(surface.lower()):
        return "NOUN"
    if pos == "ADJ" and nounish_child:
        return "NOUN"
    return pos


def doc_words(doc) -> list[Word]:
    """The Doc as grammar words (see the module docstring): one word per token, built from
    whole columns (most words are one token), then the hyphen compounds merged."""
    blocked = _blocked_tokens(doc)
    text = doc_text(doc)
    tk = _Tokens(doc)
    n = len(tk.text)
    sent_of = [0] * n
    for s, bound in enumerate(sentence_bounds(doc)):
        sent_of[bound[2]:bound[3]] = [s] * (bound[3] - bound[2])
    pos = [p if p not in _REPAIRED else
           _repaired_pos(p, tk.participle[k], tk.text[k], tk.nounish_child[k])
           for k, p in enumerate(tk.pos)]
    ends = [start + len(t) for start, t in zip(tk.idx, tk.text)]
    words = list(map(Word, range(n), range(1, n + 1), tk.text, pos, tk.lemma, tk.plural,
                     tk.stop, tk.idx, ends, tk.participle, blocked, sent_of, tk.head, tk.dep,
                     tk.verbal, tk.ws))
    for i, j in reversed(_compounds(tk, sent_of)):
        words[i:j] = [_make_word(tk, text, i, j, blocked, sent_of[i])]
    return words


def _compounds(tk: _Tokens, sent_of: list[int]) -> list[tuple[int, int]]:
    """Token ranges `[i, j)` of the hyphen compounds, left to right, within one sentence."""
    joins = _joining_hyphens(tk)
    found, free = [], 0
    for hyphen in sorted(joins):
        i = hyphen - 1
        if i < free:
            continue  # inside the compound found before
        j = i + 1
        while j in joins:
            j += 2
        if not any(sent_of[k] != sent_of[i] for k in range(i, j)):
            found.append((i, j))
            free = j
    return found
