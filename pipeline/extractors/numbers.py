"""The shared French number parser: pure, spaCy-free, used by quantities, percentages and dates.

Public API (stable):

- ``parse_number(text) -> float | None``: the value of a string that is *one* French number
  expression, else None. ``"47 315"`` -> 47315.0, ``"31.600"`` -> 31600.0, ``"3,9"`` -> 3.9,
  ``"1 234,56"`` -> 1234.56, ``"3,9 millions"`` -> 3900000.0, ``"1,5 Md"`` -> 1.5e9,
  ``"vingt-trois"`` -> 23.0, ``"quatre-vingt-dix"`` -> 90.0, ``"soixante et onze"`` -> 71.0,
  ``"deux mille vingt-quatre"`` -> 2024.0, ``"une dizaine"`` -> 10.0, ``"deux tiers"`` -> 0.666...,
  ``"trois millions et demi"`` -> 3500000.0, ``"-3"`` -> -3.0. Ordinals give their rank
  (``"14ème"``, ``"troisième"``, ``"premier"``, ``"XXIe"`` -> 14, 3, 1, 21); ``"un cinquième"`` is
  the fraction 0.2. Leading/trailing spaces are ignored; anything else makes it None.
- ``parse_ordinal(text) -> int | None``: the rank of an ordinal expression only.
- ``find_numbers(text, articles=False) -> list[NumberMatch]``: every number expression in a
  text, with exact character offsets, left to right, non-overlapping (longest match wins);
  ``un``/``une`` used as the indefinite article is left out unless ``articles=True``.
- ``NUMBER_RE`` / ``DIGITS_RE``: the named regex of a number written with digits (French
  grouping and decimal comma, optional scale word/abbreviation), for other extractors.

Why characters, not tokens: spaCy splits ``47 315`` and ``1 000 000`` into several tokens and
says ``like_num("Une")``; numbers are found on the raw text here and mapped to tokens by the
caller (``doc.char_span(..., alignment_mode="expand")``). Digit notations are read in
``numbers_digits.py``, words in ``numbers_words.py`` (grammar: ``quantities_numwords.py``).

Decisions (documented, tested in tests/test_numbers.py and tests/examples/numbers.toml):
- A dot followed by exactly three digits groups thousands (``20.900``); otherwise it is a
  decimal point (``49.3``, ``5.00``, ``43894.0``). A comma is always decimal (``4,800`` -> 4.8),
  also with no integer part (``,08`` -> 0.08). A number glued to ``.digit`` after it is a
  dotted identifier, not a number (``192.168.1.2``, ``3.1.2``).
- A group separator (space, U+00A0, U+202F or dot) must be used consistently inside one
  number and groups have exactly 3 digits, so ``01 23 45 67 89`` is five numbers and
  ``423 0000`` is two.
- ``billion`` is the French long scale (1e12), ``trillion`` 1e18; ``lakh`` 1e5, ``crore`` 1e7.
- Scale abbreviations: ``k``/``K`` (1e3), ``M`` (1e6), ``G`` (1e9), ``Md``/``Mds``/``Mrd``
  (1e9). ``k``, ``M`` and ``G`` when glued to the digits (``10k``, ``3M``, ``10G``) or ``k``/``M``
  before a currency sign (``3 M€``); ``Md`` also after a space (``1,5 Md€``); a spaced ``k``
  only with decimals or a sign (``2,33 k``, ``- 10 k``; ``un 10 k`` is a race). ``G`` after a
  single digit is a network generation, not giga (``5G``, ``4G``).
- Powers: ``1,1^23`` is 1.1 to the 23rd, ``2,5^-1`` = 0.4 (the sign applies after the power).
- Approximate collective nouns (``une dizaine``, ``une centaine``, ``un millier``) carry
  ``approx="about"``; ``douzaine`` is exact (12). ``des centaines`` (no numerator) is vague,
  not a number.
- A sign (``+``, ``-``, U+2212) belongs to the number only when not glued to a word or digit
  on its left (``COVID-19`` and ``10-15`` have no negative number); ``+``/U+2212 may be
  followed by one space (``+ 3,7``); a hyphen followed by a space is a minus sign only at the
  start of the text or after ``(``, ``[``, ``:``, ``=`` (``- 1.200.000``, ``Températures : - 5``),
  elsewhere a dash (``10 - 20``, ``Paris - 3 morts``) and after a line break a list bullet.
  ``moins N`` and ``négatif N`` are negative (``moins 5`` -> -5), never ``au moins 5``,
  ``pas moins 5`` nor ``moins de 5`` (an approximator: the callers decide).
- Fractions: ``3/4``, ``2 1/4``, ``½``, ``un sur trois``, ``1 sur 3`` (numerator smaller than
  the denominator); ``un cinquième`` is a fraction before ``de``/``des``/``du`` or alone, an
  ordinal otherwise (``un quatrième mandat``); ``deuxième`` is never a denominator.
  ``trois cinquièmes`` (0.6), ``trois vingt-et-unièmes`` (3/21), ``cent et trois quarts``
  (100.75), ``vingt et trois et trois cinquièmes`` (23.6); ``moitié`` and a free-standing
  ``demi`` are 0.5 (``demi-finale`` is not a number). A singular ordinal after a cardinal is a
  compound ordinal when it reads as one (``cent trente-cinquième`` = 135th).
- ``un``/``une`` alone is the numeral at the end of a phrase or before a word of
  ``pipeline/data/quantities/numeral_one_next.txt`` (``un ou deux``, ``un des pays``, ``un
  pour cent``); before any other word (``dans un accident``) it is the article, not a number.
- Also read: ``deux cent virgule zéro trois`` (200.03), ``1e10``, ``2millions`` (glued),
  ``un quart de million`` (250000), ``trois quarts de milliard`` (a fraction of a scale noun),
  ``un milliard et demi million`` (1000500000: a fraction of a smaller scale), ``3 cent un``
  (301: digits + ``cent`` + words; ``3 cents`` alone is money, never 300).
- Roman numerals are read only as ordinals with a suffix (``XXIe``, ``IIIe``, ``Ier``); lone
  ``L``/``C`` are not (``Le``, ``Ce`` are words).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .numbers_base import SPACES, NumberMatch, widened
from .numbers_digits import DIGITS_RE, NUMBER_RE, find_digit_numbers
from .numbers_words import find_word_numbers, fraction_of_scale
from .quantities_numwords import strip_accents

__all__ = ["NumberMatch", "parse_number", "parse_ordinal", "find_numbers", "DIGITS_RE",
           "NUMBER_RE", "strip_accents"]

_MINUS_WORD_RE = re.compile(r"(?<![\w'’])(?P<word>moins|négatif|négative)[ \u00a0]+$", re.IGNORECASE)
_NOT_MINUS = ("au", "pas", "de", "le", "les", "du", "des", "plus", "à", "en", "ou", "et")


def _merge_sur(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """`1 sur vingt-un`, `un sur 3`: numerator `sur` denominator (numerator smaller) -> fraction."""
    out: list[NumberMatch] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "cardinal" and m.kind == "cardinal"
                and re.fullmatch(r"[ \u00a0]sur[ \u00a0]", text[prev.end:m.start])
                and prev.value == int(prev.value) and m.value == int(m.value) and 0 < prev.value < m.value):
            out[-1] = NumberMatch(prev.start, m.end, text[prev.start:m.end], prev.value / m.value,
                                  "fraction", digits=prev.digits or m.digits)
            continue
        out.append(m)
    return out


def _merge_hundreds(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """`3 cent un` (301): digits, then `cent` + more number words, is the hundreds of one
    number. `3 cents` alone stays 3 (followed by the money sub-unit)."""
    out: list[NumberMatch] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.digits and not m.digits and prev.kind == m.kind == "cardinal"
                and not prev.scaled and not prev.sign and 1 <= prev.value <= 99 and prev.value == int(prev.value)
                and text[prev.end:m.start] in SPACES and 100 < m.value < 200
                and re.match(r"cent[ \u00a0-]", m.text, re.IGNORECASE)):
            out[-1] = widened(prev, text, prev.start, m.end, prev.value * 100 + m.value - 100)
            continue
        out.append(m)
    return out


def _negative_words(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """`moins 5`, `négatif un` -> negative (never `au moins 5`, `moins de 5`, `pas moins`)."""
    out = []
    for m in found:
        # `moins` + spaces (or a final line break) must end right before the number
        possible = m.kind != "ordinal" and not m.sign and m.start > 0 and text[m.start - 1] in " \u00a0\n"
        left = _MINUS_WORD_RE.search(text[max(0, m.start - 20):m.start]) if possible else None
        if left:
            start = m.start - (len(text[max(0, m.start - 20):m.start]) - left.start())
            before = re.findall(r"\w+", text[max(0, start - 12):start].casefold())
            if left.group("word").casefold() != "moins" or not (before and before[-1] in _NOT_MINUS):
                m = widened(m, text, start, m.end, -m.value, sign="-", article=False)
        out.append(m)
    return out


def find_numbers(text: str, *, articles: bool = False) -> list[NumberMatch]:
    """Every number expression in `text`, left to right, non-overlapping (longest wins).

    `un`/`une` read as the indefinite article (`un accident`) is left out unless `articles`
    is true (then it is returned with `article=True`: the quantity layer has its own rules for
    `une tonne`, `un livre`). Cached for the last few texts: the percentage and quantity
    extractors both read the numbers of the same document (NumberMatch is frozen)."""
    found = _find_numbers_cached(text)
    return [m for m in found if articles or not m.article]


@lru_cache(maxsize=8)
def _find_numbers_cached(text: str) -> tuple[NumberMatch, ...]:
    return tuple(_find_numbers(text))


def _find_numbers(text: str) -> list[NumberMatch]:
    cands = find_digit_numbers(text) + find_word_numbers(text) + fraction_of_scale(text)
    cands.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[NumberMatch] = []
    for m in cands:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return _negative_words(text, _merge_hundreds(text, _merge_sur(text, out)))


def parse_number(text: str | None) -> float | None:
    """Value of `text` if it is exactly one French number expression (see module doc), else None."""
    if not text:
        return None
    stripped = text.strip(SPACES + "\t\n")
    if not stripped:
        return None
    found = find_numbers(stripped)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
        return None
    return found[0].value


def parse_ordinal(text: str | None) -> int | None:
    """Rank of `text` if it is exactly one ordinal (`14ème`, `troisième`, `1er`, `XXIe`), else None."""
    stripped = (text or "").strip(SPACES + "\t\n")
    found = find_numbers(stripped) if stripped else []
    if len(found) != 1 or found[0].kind != "ordinal" or found[0].end - found[0].start != len(stripped):
        return None
    return int(found[0].value)
