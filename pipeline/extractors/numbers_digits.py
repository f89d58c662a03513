"""Numbers written with digits, for the shared French number parser (`numbers.py`).

French grouping (space, U+00A0, U+202F or dot, used consistently, groups of exactly three
digits), decimal comma (also leading: `,08` = 0.08), a dot before anything but three digits is
a decimal point (`49.3`, `43894.0`), signs, scale words and abbreviations, `e` exponents
(`1e10`), powers (`1,1^23` = 1.1 to the 23rd), fractions (`3/4`, `2 1/4`, `- 1 4/5`), Unicode
vulgar fractions (`½`) and Roman ordinals (`XXIe`). See `numbers.py` for the decisions.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from .numbers_base import SPACES, NumberMatch
from .quantities_numwords import COLLECTIVES, SCALES, strip_accents

__all__ = ["DIGITS_RE", "NUMBER_RE", "SCALE_ABBR", "find_digit_numbers"]

SCALE_ABBR = {"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9,
              "Mrds": 1e9, "mds": 1e9, "md": 1e9}
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_HALF_RE = re.compile(r"\s+et\s+(demie?|un\s+quart|trois\s+quarts)(?![\w])")

#: a number written with digits: French grouping (consistent separator) and decimals
DIGITS_RE = (r"(?:(?<![\w.,])|(?<=\b[A-Z]{3}))"
             r"(?P<sign>(?:[+\u2212][ \u00a0]?|-[ \u00a0]{0,2})(?=\d|,\d))?"
             r"(?:(?P<int>\d{1,3}(?P<sep>[ \u00a0\u202f.])\d{3}(?!\d)(?:(?P=sep)\d{3}(?!\d))*|\d+)"
             r"(?P<dec>,\d+(?![\d]|\.\d)|\.\d+(?!\d|\.\d))?"
             r"|(?P<lead>,\d+)(?![\d]|\.\d))"
             r"(?:(?P<exp>[eE][+-]?\d{1,3}(?![\w]))|(?P<pow>\^(?P<psign>[+-]{0,2})(?P<pexp>\d{1,3}))(?!\d))?")
_SCALE_WORD = (r"(?:mille|millions?|milliards?|billions?|trillions?|lakhs?|crores?|douzaines?|dizaines?"
               r"|centaines?|milliers?)")
_SCALE_PART = (rf"(?P<scale>\s?{_SCALE_WORD}(?:\s+et\s+(?P<half>demie?|un\s+quart|trois\s+quarts))?"
               r"(?![\w])|\s?(?:Mds?|Mrds?|mds?)(?![\w])|(?:[kKMG])(?![\w])"
               r"|\s[kKM](?=\s?[€$£])|[ \u00a0]{1,2}k(?![\w]))?")
_ORD_SUFFIX = r"(?P<ord>(?:ère|ere|re|er|nde?|ème|eme|ième|ieme|è|e)s?)(?![\w])"
#: a digit number with optional scale (the finder's main named regex)
NUMBER_RE = re.compile(DIGITS_RE + r"(?:" + _ORD_SUFFIX + r"|" + _SCALE_PART + r")")
#: `3/4`, `2 1/4`, `1 sur 3`, `- 1 4/5` (numerator smaller than the denominator)
_DIGIT_FRACTION_RE = re.compile(r"(?<![\w.,/])(?P<sign>-[ \u00a0]?)?(?:(?P<whole>\d{1,3})[ \u00a0]+)?"
                                r"(?P<num>\d{1,2})(?:/|[ \u00a0]sur[ \u00a0])(?P<den>\d{1,3})(?![\d/\w])")
#: `XXIe` (the lookbehind `(?<![\w])` comes after the first letter: the regex engine then
#: skips straight to the letters I, V, X, L, C instead of trying every position)
_ROMAN_ORD_RE = re.compile(r"(?P<roman>[IVXLC](?<![\w][IVXLC])[IVXLC]*)(?P<suf>er|re|ère|e|ème)(?![\w])")
_VULGAR_CHAR = r"[\u00bc-\u00be\u2150-\u215e]"
_VULGAR_RE = re.compile(r"(?<![\w.,])(?:(?P<whole>\d{1,3})[ \u00a0]?)?(?P<frac>" + _VULGAR_CHAR + ")")
_VULGAR_CHAR_RE = re.compile(_VULGAR_CHAR)
#: what every `_DIGIT_FRACTION_RE` match contains (a cheap test before the full regex)
_DIGIT_FRACTION_CORE_RE = re.compile(r"\d(?:/|[ \u00a0]sur[ \u00a0])\d")
#: the characters a NUMBER_RE match can start with: a sign, a digit, a leading decimal comma
_NUMBER_START_RE = re.compile(r"[-+\u2212,\d]")
#: what may stand before a minus sign followed by a space (`(- 5 °C`, `: - 0,5 %`, start of text)
_SPACED_SIGN_AFTER = ("", "(", "[", ":", "=")


def spaced_sign_ok(text: str, sign_start: int) -> bool:
    """`- 5`: a hyphen and a space are a minus sign only at the start of the text or after
    `(`, `[`, `:`, `=`; elsewhere it is a dash (`10 - 20`, `Paris - 3 morts`), and after a
    line break a list bullet."""
    return text[:sign_start].rstrip(SPACES)[-1:] in _SPACED_SIGN_AFTER


def _number_end(m: re.Match) -> int:
    return max(m.end(g) for g in ("int", "dec", "lead", "exp", "pow") if m.group(g) is not None)


def _digit_text(m: re.Match) -> str:
    """`1 234,5` -> `1234.5`, `,08` -> `0.08` (the digits as a Python decimal literal)."""
    integer = m.group("int") or "0"
    if m.group("sep"):
        integer = integer.replace(m.group("sep"), "")
    decimals = (m.group("dec") or m.group("lead") or "").replace(",", ".")
    return integer + decimals + (m.group("exp") or "")


def _unsigned_value(m: re.Match) -> float | None:
    """The value without sign; a power `^n` raises to n (`2,5^-1` = 0.4), None on overflow."""
    value = float(_digit_text(m))
    if not m.group("pow"):
        return value
    exponent = int(m.group("pexp")) * (-1 if m.group("psign").count("-") % 2 else 1)
    try:
        return value ** exponent
    except (OverflowError, ZeroDivisionError):
        return None


def _scale_ok(m: re.Match, signed: bool) -> bool:
    """`2,33 k`, `- 10 k` (spaced `k` only with decimals or a sign: `un 10 k` is a race) and
    `10G`, `,0012G` (`G` is giga except after one digit: `5G`, `4G` are network generations)."""
    scale = m.group("scale")
    after = m.string[m.end():m.end() + 2].lstrip(SPACES)
    if scale[0] in SPACES and scale.strip(SPACES) == "k" and not after.startswith(("€", "$", "£")):
        return bool(m.group("dec") or m.group("lead") or signed)
    if scale == "G":
        return not (m.group("int") and len(m.group("int")) == 1 and not m.group("dec"))
    return True


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


def _cardinal(text: str, m: re.Match) -> NumberMatch | None:
    """The cardinal of one NUMBER_RE match (sign and scale checked), or None."""
    if m.group("lead") and text[:m.start()].rstrip(SPACES)[-1:].isdigit():
        return None  # `3 ,5`: a badly spaced list, not `,5`
    if re.match(r"\.\d", text[_number_end(m):_number_end(m) + 2]):
        return None  # a dotted identifier (`192.168.1.2`, version `3.1.2`), not a number
    start, sign = m.start(), m.group("sign")
    if sign and sign[0] == "-" and sign != "-" and not spaced_sign_ok(text, start):
        start, sign = m.start("int") if m.group("int") else m.start("lead"), None
    value = _unsigned_value(m)
    if value is None:
        return None
    scale = m.group("scale") if m.group("scale") and _scale_ok(m, sign is not None) else None
    end = m.end() if scale else _number_end(m)
    factor, approx = 1.0, None
    if scale:
        factor, frac = _scale_value(scale)
        base = Decimal(repr(value)) if m.group("pow") else Decimal(_digit_text(m))
        exact = (base + Decimal(str(frac))) * Decimal(str(factor))
        value = float(exact)
        coll = COLLECTIVES.get(strip_accents(scale.split()[0]).rstrip("s"))
        approx = "about" if coll and coll[1] else None
    negative = sign is not None and sign[0] in "-\u2212"
    return NumberMatch(start, end, text[start:end], -value if negative else value, "cardinal", approx,
                       digits=True, scaled=bool(scale), sign=("-" if negative else "+") if sign else None,
                       factor=factor)


def find_digit_numbers(text: str) -> list[NumberMatch]:
    """Every digit notation of `text` (candidates: the caller resolves overlaps)."""
    out = []
    for m in _number_matches(text):
        if m.group("ord"):
            if not any(m.group(g) for g in ("dec", "lead", "sign", "exp", "pow")):
                out.append(NumberMatch(m.start(), m.end(), m.group(), float(_digit_text(m)), "ordinal",
                                       digits=True))
            continue
        found = _cardinal(text, m)
        if found is not None:
            out.append(found)
    return out + _digit_fractions(text) + _roman_ordinals(text) + _vulgar_fractions(text)


def _number_matches(text: str):
    """`NUMBER_RE.finditer(text)`, tried only where a number can start: NUMBER_RE opens with a
    lookbehind, which keeps the regex engine from skipping to those characters by itself."""
    end = 0
    for start in _NUMBER_START_RE.finditer(text):
        if start.start() < end:
            continue
        m = NUMBER_RE.match(text, start.start())
        if m:
            end = m.end()
            yield m


def _digit_fractions(text: str) -> list[NumberMatch]:
    if not _DIGIT_FRACTION_CORE_RE.search(text):
        return []
    out = []
    for m in _DIGIT_FRACTION_RE.finditer(text):
        num, den = int(m.group("num")), int(m.group("den"))
        if not 0 < num < den or "sur" in m.group() and m.group("whole"):
            continue
        start, sign = m.start(), m.group("sign")
        if sign and sign != "-" and not spaced_sign_ok(text, start):
            start, sign = m.start("whole") if m.group("whole") else m.start("num"), None
        value = int(m.group("whole") or 0) + num / den
        out.append(NumberMatch(start, m.end(), text[start:m.end()], -value if sign else value, "fraction",
                               digits=True, sign="-" if sign else None))
    return out


def _roman_ordinals(text: str) -> list[NumberMatch]:
    """`XXIe`, `IIIe`, `Ier` (never a lone `L`/`C`: `Le`, `Ce` are words)."""
    out = []
    for m in _ROMAN_ORD_RE.finditer(text):
        if m.group("roman") in ("L", "C", "LC"):
            continue
        value = _roman(m.group("roman"))
        if value and (m.group("suf") in ("er", "re") or value > 1 or m.group("roman") == "I"):
            out.append(NumberMatch(m.start(), m.end(), m.group(), float(value), "ordinal", digits=True))
    return out


def _roman(text: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(text):
        v = ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 0 < total < 400 else None


def _vulgar_fractions(text: str) -> list[NumberMatch]:
    """`½`, `¾`, `1 ½` (Unicode vulgar fractions)."""
    if not _VULGAR_CHAR_RE.search(text):
        return []
    out = []
    for m in _VULGAR_RE.finditer(text):
        value = unicodedata.numeric(m.group("frac")) + int(m.group("whole") or 0)
        out.append(NumberMatch(m.start(), m.end(), m.group(), value, "fraction", digits=True))
    return out
