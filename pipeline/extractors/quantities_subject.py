"""`subject` of a quantity or percentage: what is measured, in French as written, from the parse.

Order of evidence (first that applies):
1. a counted noun (`18 provinces` -> `provinces`; `60 à 65 millions d'habitants` -> `habitants`);
2. a `de` complement right after the span (`9 milliards d'euros de nouveaux prêts` ->
   `nouveaux prêts`; `41 % du revenu national` -> `revenu national`);
3. the subject of a measuring verb that governs the span (`le budget de la ville atteint
   3,2 milliards` -> `budget de la ville`; `la production d'acier a atteint 31.600 tonnes` ->
   `production d'acier`), climbing once through a participle/adverbial clause
   (`..., atteignant 6 millions de tonnes`);
4. the noun the span is attached to (`les réserves de gaz (45 milliards de m³)`).
A noun phrase is the head noun, its adjectives and its `de`/`par` complements (at most six
tokens, never across punctuation or a relative clause), without determiners.
"""
from __future__ import annotations

import weakref
from bisect import bisect_left

from spacy.attrs import IDX

NOUNISH = ("NOUN", "PROPN")
RIGHT_DEPS = ("amod", "nmod", "flat:name", "fixed", "compound", "flat", "nummod")
MAX_TOKENS = 6
GOVERNED = ("obj", "obl", "obl:arg", "obl:mod", "nmod", "appos", "xcomp", "iobj", "ROOT", "dep",
            "nsubj:pass")
CLIMB = ("advcl", "acl", "conj", "xcomp", "ccomp")


def noun_phrase(doc, tok, stop: int | None = None) -> str | None:
    """`revenu national`, `production d'acier`, `PIB par habitant`: head + modifiers as written.

    With `stop` (the measured span's start), a phrase that starts before the span ends before it.
    """
    if tok is None or tok.pos_ not in NOUNISH + ("ADJ",) or not any(c.isalpha() for c in tok.text):
        return None
    if _not_a_subject(tok):
        return None
    limit = stop if stop is not None and tok.idx < stop else None
    first = last = tok
    for child in tok.lefts:
        if child.dep_ == "amod" and child.i == first.i - 1:
            first = child
    for child in tok.rights:
        if child.dep_ not in RIGHT_DEPS:
            break
        sub = list(child.subtree)
        if any(t.is_punct or t.dep_ == "cc" for t in sub) or sub[-1].i - first.i + 1 > MAX_TOKENS:
            break
        if child.dep_ == "nmod" and sub[0].lower_ not in ("de", "d'", "d’", "du", "des", "par", "en") \
                and not (len(sub) == 1 and child.i == last.i + 1):  # `États membres` (apposition)
            break
        if limit is not None and sub[-1].idx + len(sub[-1]) > limit:
            break
        last = sub[-1]
    if last.i - first.i + 1 > MAX_TOKENS:
        last = tok
    return doc[first.i:last.i + 1].text


def _not_a_subject(tok) -> bool:
    """Scale words, units, time nouns and percent words measure nothing themselves."""
    from .quantities_lexicon import words
    from .quantities_numwords import SCALES, strip_accents

    word = tok.lower_
    return (strip_accents(word) in SCALES or word in words("time_noun")
            or word in ("pourcentage", "pourcentages", "pourcent", "point", "points"))


_STARTS: list = [None, []]  # [weak reference to the doc being processed, its token starts]


def token_starts(doc) -> list[int]:
    """Start offsets of the tokens of `doc` (cached for the doc being processed; a weak
    reference, not `id(doc)`, so a new Doc at a freed Doc's address never hits the cache)."""
    ref = _STARTS[0]
    if ref is None or ref() is not doc or len(_STARTS[1]) != len(doc):
        _STARTS[0] = weakref.ref(doc)
        _STARTS[1] = doc.to_array(IDX).tolist()  # no Token objects: ~20x faster than a loop
    return _STARTS[1]


def token_after(doc, char: int):
    """The first non-space token starting at or after `char` (binary search), or None."""
    i = bisect_left(token_starts(doc), char)
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def tokens_before(doc, char: int) -> int:
    """Index of the first token that starts at or after `char` (= number of tokens before)."""
    return bisect_left(token_starts(doc), char)


_token_at = token_after


def _of_complement(doc, end: int):
    """The noun of a `de/du/des/d'` complement starting right after `end`."""
    tok = _token_at(doc, end)
    if tok is None or tok.idx - end > 1 or tok.lower_ not in ("de", "d'", "d’", "du", "des"):
        return None
    for nxt in doc[tok.i + 1:tok.i + 4]:
        if nxt.pos_ in NOUNISH:
            return nxt
        if nxt.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _verb_subject(verb):
    from .quantities_lexicon import words

    if verb.lemma_.casefold() not in words("measure_verb"):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass") and child.pos_ in NOUNISH:
            return child
        if child.dep_ == "nsubj" and child.lower_ == "qui" and verb.dep_ == "acl:relcl":
            return verb.head if verb.head.pos_ in NOUNISH else None
    return None


def governing_subject(doc, start: int, end: int):
    """The noun token a span measures, from the verb or noun that governs it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    head = root.head
    if root.dep_ not in GOVERNED or head is root:
        return None
    for _ in range(2):
        if head.pos_ in ("VERB", "AUX"):
            subj = _verb_subject(head)
            if subj is not None and not (start <= subj.idx < end):
                return subj
            if head.dep_ in CLIMB and head.head is not head:
                head = head.head
                continue
            return None
        if head.pos_ in NOUNISH and root.dep_ in ("nmod", "appos", "dep"):
            return head
        return None
    return None


def subject_of(doc, start: int, end: int, counted=None) -> str | None:
    """What the span [start, end) measures (see module doc), or None."""
    if doc is None or not doc.has_annotation("DEP"):
        return noun_phrase(doc, counted) if counted is not None else None
    if counted is not None:
        return noun_phrase(doc, counted)
    of = _of_complement(doc, end)
    if of is not None:
        return noun_phrase(doc, of)
    gov = governing_subject(doc, start, end)
    return noun_phrase(doc, gov, stop=start) if gov is not None else None
