"""Compositional French->English translation of noun phrases (pure, spaCy-free).

Input: the phrase as spaCy ``(lemma, pos)`` or ``(lemma, pos, number)`` tuples, with
``number`` = ``"Plur"`` for a plural noun (spaCy ``Number`` morph). Output: English,
or None whenever the phrase falls outside the rules below. The rules are kept
small on purpose: a None sends the term to review, a wrong English would be
presented as fact.

Rule set
--------
A *segment* is ``PRE* NOUN POST*``: adjectives before the noun (``nouveau``,
``petit``) and after it (``régional``, ``renforcé``).

R1  ``N A1 A2``   -> ``A2 A1 N``    post-nominal adjectives move before the noun in
    reverse order; pre-nominal ones stay first:
    ``nouvelle politique énergétique européenne`` -> ``new European energy policy``.
R2  Plural: a head with ``number == "Plur"`` takes ``en_plural``; an uncountable
    noun (empty ``en_plural``) stays singular (``énergies`` -> ``energy``).
R3  ``N1 de N2`` (bare ``de``/``d'``, no article) -> noun adjunct ``N2 N1``, N2 in
    the singular: ``taux de change`` -> ``exchange rate``. Adjectives may follow
    N1 or N2, not both: ``taux de change flottant`` -> ``floating exchange rate``.
R3b Heads marked ``of-head`` in the lexicon notes (quantity and relational nouns:
    ``majorité``, ``absence``, ``liberté``, ``principe`` ...) keep ``of`` after a
    bare ``de``: ``majorité d'actionnaires`` -> ``majority of shareholders``,
    ``liberté d'expression`` -> ``freedom of expression``.
R4  ``N1 du/de la/de l'/des N2`` (article) -> ``N1 of [the] N2``: ``the`` only
    before a singular countable N2 (``président de la région`` -> ``president of
    the region``; ``ministère de la défense`` -> ``ministry of defence``); a plural
    N2 takes ``en_plural`` (``sécurité des frontières`` -> ``security of borders``).
R5  ``N1 P N2`` for the prepositions marked ``compose`` in the lexicon (``pour``,
    ``contre``, ``entre``, ``avec``, ``sans``, ``sur``) -> ``N1 P' [the] N2``, with
    the article rule of R4 when French has an article.
R6  Agreement: when ``number`` is given, every adjective of a segment must agree
    with its noun (``guerre ... africains``: the adjective belongs elsewhere).
R7  Leading determiners are skipped. Anything else returns None: an unknown
    word, a preposition marked ``no-compose`` (``à``, ``en``, ...), an indefinite
    article after the preposition (``d'un``), more than one preposition,
    coordination, numbers, punctuation, a proper noun (PROPN: names belong to the
    knowledge base; ``Banque mondiale`` is not ``global bank``), a phrase without a noun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

Lookup = Callable[[str, str], Any]

_DEFINITE = {"le", "la", "les", "l'"}
_CONTRACTED = {"du": "Sing", "des": "Plur"}
_SKIPPABLE_LEAD = {"DET"}
#: POS of the words `_segment` looks up: one of them unknown, and no rule applies
_CONTENT = frozenset({"NOUN", "ADJ", "VERB"})


@dataclass
class _Segment:
    pre: list[Any]
    head: Any
    plural: bool
    post: list[Any]


@lru_cache(maxsize=100_000)  # pure; the same words recur across phrases
def _norm(tok: tuple[str, ...]) -> tuple[str, str, str | None]:
    """(lemma lower-cased with straight apostrophe, POS, number or None)."""
    lemma = tok[0].strip().replace("\u2019", "'").lower()
    number = tok[2] if len(tok) > 2 else None
    return lemma, tok[1].upper(), number


def _segment(toks: list[tuple[str, str, str | None]], lookup: Lookup) -> _Segment | None:
    """Parse ``PRE* NOUN POST*`` with every word known to the lexicon."""
    nouns = [i for i, t in enumerate(toks) if t[1] == "NOUN"]
    if len(nouns) != 1:
        return None
    i = nouns[0]
    if any(t[1] not in ("ADJ", "VERB") for j, t in enumerate(toks) if j != i):
        return None
    numbers = {t[2] for t in toks if t[2] in ("Sing", "Plur")}
    if len(numbers) > 1:
        return None  # an adjective that does not agree with the noun modifies something else
    entries = [lookup(t[0], t[1]) for t in toks]
    if any(e is None for e in entries):
        return None
    return _Segment(entries[:i], entries[i], toks[i][2] == "Plur", entries[i + 1:])


def _noun(entry: Any, plural: bool) -> str:
    return entry.en_plural if plural and entry.countable else entry.en


def _render(seg: _Segment, *, adjunct: bool = False) -> str:
    """R1/R2; an adjunct noun (R3) is always singular."""
    words = [e.en for e in seg.pre] + [e.en for e in reversed(seg.post)]
    words.append(seg.head.en if adjunct else _noun(seg.head, seg.plural))
    return " ".join(words)


def _split(toks: list[tuple[str, str, str | None]]) -> tuple[int, int] | None:
    """Index of the single ADP and of the first token of the second segment."""
    adps = [i for i, t in enumerate(toks) if t[1] == "ADP"]
    if not adps:
        return (len(toks), len(toks))
    if len(adps) > 1:
        return None
    k = adps[0]
    start = k + 1
    if start < len(toks) and toks[start][1] == "DET":
        start += 1
    return k, start


def _article(adp: tuple[str, str, str | None], det: tuple[str, str, str | None] | None) -> str | None:
    """``bare``, ``Sing`` or ``Plur`` (definite article), None for anything else."""
    if adp[0] in _CONTRACTED:
        return None if det else _CONTRACTED[adp[0]]
    if det is None:
        return adp[2] if adp[0] == "de" and adp[2] in ("Sing", "Plur") else "bare"
    if det[0] not in _DEFINITE:
        return None
    return "Plur" if det[0] == "les" or det[2] == "Plur" else "Sing"


def _attach(seg1: _Segment, adp: Any, article: str, seg2: _Segment, is_de: bool) -> str | None:
    """R3 (bare de), R4 (de + article) and R5 (other prepositions)."""
    if is_de and article == "bare" and "of-head" in seg1.head.notes:
        return f"{_render(seg1)} of {_render(seg2)}"
    if is_de and article == "bare":
        if seg1.post and (seg2.pre or seg2.post):
            return None
        adjs = [e.en for e in seg1.pre] + [e.en for e in reversed(seg1.post)]
        n1 = _noun(seg1.head, seg1.plural)
        return " ".join(adjs + [_render(seg2, adjunct=True), n1])
    plural2 = seg2.plural or article == "Plur"
    seg2 = _Segment(seg2.pre, seg2.head, plural2, seg2.post)
    the = article == "Sing" and seg2.head.countable and not plural2
    right = ("the " if the else "") + _render(seg2)
    return f"{_render(seg1)} {adp.en} {right}"


def known_word(token: tuple[str, ...], lookup: Lookup) -> bool:
    """Whether a phrase may contain this token: not a content word (NOUN, ADJ, VERB), or one
    that ``lookup`` knows. `compose_tokens` returns None for a phrase with an unknown word."""
    lemma, pos, _ = _norm(tuple(token))
    return pos not in _CONTENT or lookup(lemma, pos) is not None


def compose_tokens(tokens: list[tuple[str, ...]], lookup: Lookup) -> str | None:
    """Apply the module's rule set; ``lookup(lemma, pos)`` returns a lexicon entry or None."""
    if not all(known_word(t, lookup) for t in tokens):
        return None  # R7, an unknown word: tested first, the most common way out
    toks = [_norm(tuple(t)) for t in tokens]
    while toks and toks[0][1] in _SKIPPABLE_LEAD:
        toks = toks[1:]
    split = _split(toks) if toks else None
    if split is None:
        return None
    k, start = split
    seg1 = _segment(toks[:k], lookup)
    if seg1 is None:
        return None
    if k == len(toks):
        return _render(seg1)
    adp_tok = toks[k]
    adp = lookup("de" if adp_tok[0] == "d'" else adp_tok[0], "ADP")
    if adp is None or not adp.composes:
        return None
    det = toks[k + 1] if start == k + 2 else None
    article = _article(adp_tok, det)
    seg2 = _segment(toks[start:], lookup)
    if article is None or seg2 is None:
        return None
    is_de = adp_tok[0] in ("de", "d'", "du", "des")
    return _attach(seg1, adp, article, seg2, is_de)
