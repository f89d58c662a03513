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
- ``find_numbers(text) -> list[NumberMatch]``: every number expression in a text, with exact
  character offsets, left to right, non-overlapping (longest match wins).
- ``NUMBER_RE`` / ``DIGITS_RE``: the named regex of a number written with digits (French
  grouping and decimal comma, optional scale word/abbreviation), for other extractors.

Why characters, not tokens: spaCy splits ``47 315`` and ``1 000 000`` into several tokens and
says ``like_num("Une")``; numbers are found on the raw text here and mapped to tokens by the
caller (``doc.char_span(..., alignment_mode="expand")``).

Decisions (documented, tested in tests/test_numbers.py and tests/examples/numbers.toml):
- A dot followed by exactly three digits groups thousands (``20.900``); otherwise it is a
  decimal point (``49.3``, ``5.00``). A comma is always decimal (``4,800`` -> 4.8).
- A group separator (space, U+00A0, U+202F or dot) must be used consistently inside one
  number and groups have exactly 3 digits, so ``01 23 45 67 89`` is five numbers and
  ``423 0000`` is two.
- ``billion`` is the French long scale (1e12), ``trillion`` 1e18; ``lakh`` 1e5, ``crore`` 1e7.
- Scale abbreviations: ``k``/``K`` (1e3), ``M`` (1e6), ``Md``/``Mds``/``Mrd`` (1e9). ``k``
  and ``M`` only when glued to the digits (``10k``, ``3M``) or before a currency sign
  (``3 M€``); ``Md`` also after a space (``1,5 Md€``). ``G`` is not a scale (``5G``).
- Approximate collective nouns (``une dizaine``, ``une centaine``, ``un millier``) carry
  ``approx="about"``; ``douzaine`` is exact (12). ``des centaines`` (no numerator) is vague,
  not a number.
- A sign (``+``, ``-``, U+2212) belongs to the number only when not glued to a word or digit
  on its left (``COVID-19`` and ``10-15`` have no negative number); ``+``/U+2212 may be
  followed by one space (``+ 3,7``); a hyphen followed by a space is a dash, not a sign.
  ``moins N`` and ``négatif N`` are negative (``moins 5`` -> -5), never ``au moins 5``,
  ``pas moins 5`` nor ``moins de 5`` (an approximator: the callers decide).
- Fractions: ``3/4``, ``2 1/4``, ``½``, ``un sur trois``, ``1 sur 3`` (numerator smaller than
  the denominator); ``un cinquième`` is a fraction before ``de``/``des``/``du`` or alone, an
  ordinal otherwise (``un quatrième mandat``); ``deuxième`` is never a denominator.
- Also read: ``deux cent virgule zéro trois`` (200.03), ``1e10``, ``2millions`` (glued),
  ``un quart de million`` (250000), ``trois quarts de milliard`` (a fraction of a scale noun).
- Roman numerals are read only as ordinals with a suffix (``XXIe``, ``IIIe``, ``Ier``); lone
  ``L``/``C`` are not (``Le``, ``Ce`` are words).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .quantities_numwords import COLLECTIVES, SCALES, parse_word_seq, strip_accents, word_value

__all__ = ["NumberMatch", "parse_number", "parse_ordinal", "find_numbers", "DIGITS_RE",
           "NUMBER_RE", "strip_accents"]

SPACES = " \u00a0\u202f"
_HALF_RE = re.compile(r"\s+et\s+(demie?|un\s+quart|trois\s+quarts)(?![\w])")
SCALE_ABBR = {"k": 1e3, "K": 1e3, "M": 1e6, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9,
              "mds": 1e9, "md": 1e9}
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

#: a number written with digits: French grouping (consistent separator) and decimals
DIGITS_RE = (r"(?:(?<![\w.,])|(?<=\b[A-Z]{3}))(?P<sign>(?:[+\u2212]\s?|-)(?=\d))?"
             r"(?P<int>\d{1,3}(?P<sep>[ \u00a0\u202f.])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*|\d+)"
             r"(?P<dec>,\d+(?![\d]|\.\d)|\.\d+(?![\d.]))?(?P<exp>[eE][+-]?\d{1,3}(?![\w]))?")
_SCALE_WORD = r"(?:mille|millions?|milliards?|billions?|trillions?|lakhs?|crores?|douzaines?|dizaines?|centaines?|milliers?)"
_SCALE_PART = (rf"(?P<scale>\s?{_SCALE_WORD}(?:\s+et\s+(?P<half>demie?|un\s+quart|trois\s+quarts))?"
               r"(?![\w])|\s?(?:Mds?|Mrds?|mds?)(?![\w])|(?:[kKM])(?![\w])"
               r"|\s[kKM](?=\s?[€$£]))?")
_ORD_SUFFIX = r"(?P<ord>(?:ère|ere|re|er|nde?|ème|eme|ième|ieme|è|e)s?)(?![\w])"
#: a digit number with optional scale (the finder's main named regex)
NUMBER_RE = re.compile(DIGITS_RE + r"(?:" + _ORD_SUFFIX + r"|" + _SCALE_PART + r")")
#: `3/4`, `2 1/4`, `1 sur 3` (numerator smaller than the denominator)
_DIGIT_FRACTION_RE = re.compile(r"(?<![\w.,/])(?P<sign>-)?(?:(?P<whole>\d{1,3})[ \u00a0]+)?(?P<num>\d{1,2})"
                                r"(?:/|[ \u00a0]sur[ \u00a0])(?P<den>\d{1,3})(?![\d/\w])")
_ROMAN_ORD_RE = re.compile(r"(?<![\w])(?P<roman>[IVXLC]+)(?P<suf>er|re|ère|e|ème)(?![\w])")
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class NumberMatch:
    """One number expression found in a text (exact offsets: text[start:end] == self.text)."""

    start: int
    end: int
    text: str
    value: float
    kind: str = "cardinal"          # cardinal | ordinal | fraction
    approx: str | None = None       # "about" for `une dizaine`, `un millier`
    digits: bool = False            # written (at least partly) with digits
    scaled: bool = False            # carries a scale word/abbreviation (`millions`, `Md`)
    sign: str | None = None         # "+" or "-" when written
    factor: float = 1.0             # the scale applied (`3,9 millions` -> 1e6)


# --------------------------------------------------------------------------- finder

def _word_runs(text: str):
    """Maximal runs of candidate number words: [(word_key, start, end), ...]."""
    run: list[tuple[str, int, int]] = []
    last_end = None
    for m in _WORD_RE.finditer(text):
        key = strip_accents(m.group())
        gap_ok = last_end is not None and re.fullmatch(r"[\s\-]{1,3}", text[last_end:m.start()])
        if key in ("virgule", "sur") and run and gap_ok:
            run.append((key, m.start(), m.end()))
            last_end = m.end()
            continue
        if word_value(key) is None:
            if run:
                yield run
            run, last_end = [], None
            continue
        if run and not gap_ok:
            yield run
            run = []
        run.append((key, m.start(), m.end()))
        last_end = m.end()
    if run:
        yield run


def _find_word_numbers(text: str) -> list[NumberMatch]:
    out = []
    for run in _word_runs(text):
        i = 0
        while i < len(run):
            best = None
            for j in range(len(run), i, -1):
                words = [w for w, _, _ in run[i:j]]
                if words[-1] == "et":
                    continue
                parsed = parse_word_seq(words)
                if parsed is not None:
                    best = (j, parsed)
                    break
            if best is None:
                i += 1
                continue
            j, (value, kind, approx) = best
            if kind == "fraction" and _article_ordinal(text, run[i:j]):
                i += 1  # `une deuxième république`, `un quatrième mandat`: article + ordinal
                continue
            start, end = run[i][1], run[j - 1][2]
            last = run[j - 1][0]
            factor = SCALES.get(last) or (float(COLLECTIVES[last.rstrip("s")][0])
                                          if last.rstrip("s") in COLLECTIVES and j - 1 > i else None)
            scaled = factor is not None and factor >= 1e6 or last.rstrip("s") in COLLECTIVES
            out.append(NumberMatch(start, end, text[start:end], float(value), kind, approx,
                                   scaled=scaled, factor=factor or 1.0))
            i = j
    return [m for m in out if _standalone_word_ok(m)]


def _article_ordinal(text: str, words: list[tuple[str, int, int]]) -> bool:
    """`un/une` + singular ordinal is a fraction only before `de`/`des`/`du`/`d'`
    (`un cinquième des votes`), never `deuxième`/`second` (`une deuxième république`)."""
    first, last = words[0][0], words[-1][0]
    if first not in ("un", "une") or last.endswith("s") or not last.endswith("ieme"):
        return False
    if last in ("deuxieme", "premiere", "premier"):
        return True
    nxt = re.match(r"[\s\u00a0]+([\w]+)(['’])?", text[words[-1][2]:])
    if nxt is None:
        return False  # `un cinquième` alone, or before punctuation
    return not (nxt.group(1).casefold() in ("de", "des", "du") or nxt.group(2))


def _standalone_word_ok(m: NumberMatch) -> bool:
    """Scale/collective/fraction words alone are not numbers (`des millions`, `pays tiers`)."""
    words = strip_accents(m.text).replace("-", " ").split()
    if len(words) == 1:
        cat = word_value(words[0])
        return cat is not None and cat[0] in ("unit", "ten", "hundred", "ord", "ordspecial") or words[0] == "mille"
    return True


def _digit_text(m: re.Match) -> str:
    """`1 234,5` -> `1234.5` (the digits as a Python decimal literal)."""
    integer = m.group("int")
    if m.group("sep"):
        integer = integer.replace(m.group("sep"), "")
    return integer + (m.group("dec") or "").replace(",", ".") + (m.group("exp") or "")


def _digit_value(m: re.Match) -> float:
    value = float(_digit_text(m))
    return -value if m.group("sign") and m.group("sign")[0] in "-\u2212" else value


def _find_digit_numbers(text: str) -> list[NumberMatch]:
    out = []
    for m in NUMBER_RE.finditer(text):
        value = _digit_value(m)
        sign = None
        if m.group("sign"):
            sign = "+" if m.group("sign")[0] == "+" else "-"
        if m.group("ord"):
            if m.group("dec") or m.group("sign"):
                continue
            out.append(NumberMatch(m.start(), m.end(), m.group(), value, "ordinal", digits=True))
            continue
        scaled, factor = bool(m.group("scale")), 1.0
        if scaled:
            factor, frac = _scale_value(m.group("scale"))
            exact = (Decimal(_digit_text(m)) + Decimal(str(frac))) * Decimal(str(factor))
            value = float(-exact if value < 0 else exact)
        approx = None
        if scaled and strip_accents(m.group("scale").split()[0]).rstrip("s") in COLLECTIVES:
            coll = COLLECTIVES[strip_accents(m.group("scale").split()[0]).rstrip("s")]
            approx = "about" if coll[1] else None
        out.append(NumberMatch(m.start(), m.end(), m.group(), value, "cardinal", approx,
                               digits=True, scaled=scaled, sign=sign,
                               factor=factor if scaled else 1.0))
    out += _digit_fractions(text)
    for m in _ROMAN_ORD_RE.finditer(text):
        value = _roman(m.group("roman"))
        if m.group("roman") in ("L", "C", "LC"):
            continue  # `Le`, `Ce` are words, not the 50th / 100th
        if value and (m.group("suf") in ("er", "re") or value > 1 or m.group("roman") == "I"):
            out.append(NumberMatch(m.start(), m.end(), m.group(), float(value), "ordinal", digits=True))
    return out


def _digit_fractions(text: str) -> list[NumberMatch]:
    out = []
    for m in _DIGIT_FRACTION_RE.finditer(text):
        num, den = int(m.group("num")), int(m.group("den"))
        if not 0 < num < den:
            continue
        value = int(m.group("whole") or 0) + num / den
        if "sur" in m.group() and m.group("whole"):
            continue
        value = -value if m.group("sign") else value
        out.append(NumberMatch(m.start(), m.end(), m.group(), value, "fraction", digits=True,
                               sign="-" if m.group("sign") else None))
    return out


def _scale_value(scale: str) -> tuple[float, float]:
    """(factor, added fraction) of a scale part: ` millions et demi` -> (1e6, 0.5)."""
    word = scale.strip(SPACES)
    first = word.split()[0]
    key = strip_accents(first).rstrip("s")
    coll = COLLECTIVES.get(key)
    factor = (SCALES.get(strip_accents(first)) or (coll[0] if coll else None)
              or SCALE_ABBR.get(first) or SCALE_ABBR.get(first[:1], 1.0))
    half = _HALF_RE.search(word)
    if not half:
        return factor, 0.0
    frac = {"demi": 0.5, "demie": 0.5}.get(half.group(1), 0.25 if half.group(1).startswith("un") else 0.75)
    return factor, frac


def _roman(text: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(text):
        v = ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 0 < total < 400 else None


_VULGAR_RE = re.compile(r"(?<![\w.,])(?:(?P<whole>\d{1,3})[ \u00a0]?)?(?P<frac>[\u00bc-\u00be\u2150-\u215e])")
_MINUS_WORD_RE = re.compile(r"(?<![\w'’])(?P<word>moins|négatif|négative)[ \u00a0]+$", re.IGNORECASE)
_NOT_MINUS = ("au", "pas", "de", "le", "les", "du", "des", "plus", "à", "en", "ou", "et")


def _vulgar_fractions(text: str) -> list[NumberMatch]:
    """`½`, `¾`, `1 ½` (Unicode vulgar fractions)."""
    out = []
    for m in _VULGAR_RE.finditer(text):
        value = unicodedata.numeric(m.group("frac")) + int(m.group("whole") or 0)
        out.append(NumberMatch(m.start(), m.end(), m.group(), value, "fraction", digits=True))
    return out


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


def _negative_words(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """`moins 5`, `négatif un` -> negative (never `au moins 5`, `moins de 5`, `pas moins`)."""
    out = []
    for m in found:
        left = _MINUS_WORD_RE.search(text[max(0, m.start - 20):m.start])
        if left and m.kind != "ordinal" and not m.sign:
            start = m.start - (len(text[max(0, m.start - 20):m.start]) - left.start())
            before = re.findall(r"\w+", text[max(0, start - 12):start].casefold())
            if left.group("word").casefold() != "moins" or not (before and before[-1] in _NOT_MINUS):
                m = NumberMatch(start, m.end, text[start:m.end], -m.value, m.kind, m.approx,
                                m.digits, m.scaled, "-", m.factor)
        out.append(m)
    return out


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number expression in `text`, left to right, non-overlapping (longest wins).

    Cached for the last few texts: the percentage and quantity extractors both read the
    numbers of the same document (NumberMatch is frozen, the list is a fresh copy)."""
    return list(_find_numbers_cached(text))


@lru_cache(maxsize=8)
def _find_numbers_cached(text: str) -> tuple[NumberMatch, ...]:
    return tuple(_find_numbers(text))


_FRACTION_SCALE_RE = re.compile(
    r"(?<![\w])(?:(?P<num>un|une|deux|trois|\d)[ \u00a0]+)?(?P<den>quarts?|tiers|demie?)[ \u00a0]+de[ \u00a0]+"
    r"(?P<scale>million|milliard)(?![\w])", re.IGNORECASE)


def _fraction_of_scale(text: str) -> list[NumberMatch]:
    """`un quart de million` (250000), `trois quarts de milliard`, `deux tiers de million`."""
    out = []
    for m in _FRACTION_SCALE_RE.finditer(text):
        num_text = strip_accents(m.group("num") or "un")
        num = int(num_text) if num_text.isdigit() else word_value(num_text)[1]
        den = {"quart": 4, "quarts": 4, "tiers": 3}.get(strip_accents(m.group("den")), 2)
        if num >= den:
            continue
        factor = SCALES[strip_accents(m.group("scale"))]
        out.append(NumberMatch(m.start(), m.end(), m.group(), num / den * factor, "cardinal",
                               scaled=True, factor=factor, digits=num_text.isdigit()))
    return out


def _find_numbers(text: str) -> list[NumberMatch]:
    cands = (_find_digit_numbers(text) + _find_word_numbers(text) + _vulgar_fractions(text)
             + _fraction_of_scale(text))
    cands.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[NumberMatch] = []
    for m in cands:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return _negative_words(text, _merge_sur(text, out))


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
