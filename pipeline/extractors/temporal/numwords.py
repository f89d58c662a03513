"""French numbers as written in temporal expressions: `34`, `2,5`, `deux`, `vingt-trois`,
`quatre-vingt-dix`, `soixante et onze`, `deux cents`, `1er`, `premier`, `XIXe`.

`parse_number` defers to the shared `pipeline/extractors/numbers.parse_number` and keeps a
small own reading of number words (`parse_words`) for the grammar's `{NUMWORD}` macro and as a
fallback. Also renders small numbers in English (`two weeks`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation_of, fold, table

_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
             "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "M": 1000}


@lru_cache(maxsize=1)
def word_regex() -> str:
    """Regex of a French number written in words (components joined by `-`, ` ` or `et`)."""
    base = alternation_of(tuple(sorted(table("numbers"), key=len, reverse=True))) + "(?![a-zà-ÿ])"
    return rf"(?:{base}(?:(?:-et-|\s+et\s+|-|\s+){base})*)"


def parse_words(text: str) -> int | None:
    """`vingt-trois` -> 23, `quatre-vingt-dix` -> 90, `deux cents` -> 200; None if not a number."""
    values = table("numbers")
    parts = [p for p in re.split(r"[\s-]+", fold(text)) if p and p != "et"]
    if not parts or any(p not in values for p in parts):
        return None
    total, current = 0, 0
    for part in parts:
        value = int(values[part][0])
        if value < 100 and current % 100 and not _joins(current % 100, value):
            return None  # `deux trois`: two numbers, not one
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        elif value == 20 and current % 100 == 4:  # quatre-vingt(s)
            current = current - 4 + 80
        else:
            current += value
    return total + current


def _joins(tens: int, value: int) -> bool:
    """May `value` follow `tens` inside one number (`vingt-trois`, `soixante-douze`,
    `quatre-vingt-dix`)?"""
    if tens == 4 and value == 20:
        return True
    if tens % 10 == 0 and tens >= 20 and value < 10:
        return True
    if tens == 10 and 7 <= value <= 9:
        return True  # dix-sept .. dix-neuf
    return tens in (60, 80) and value < 20


def parse_number(text: str | None) -> float | None:
    """A count in digits (`34`, `2,5`, `1 000`) or words; None when it is not one. Uses the
    shared parser of `pipeline/extractors/numbers.py` when it reads the text, else ours."""
    if text is None:
        return None
    try:
        from ..numbers import parse_number as shared
    except ImportError:  # pragma: no cover - the shared parser is optional
        shared = None
    if shared is not None and not _has_two_numbers(text):
        value = shared(text)
        if value is not None:
            return float(value)
    raw = re.sub(r"[\s\u00a0\u202f]", "", text)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
        return float(raw.replace(",", "."))
    value = parse_words(text)
    return float(value) if value is not None else None


def parse_ordinal(text: str | None) -> int | None:
    """`1er` -> 1, `premier` -> 1, `2e` -> 2, `vingt` -> 20, `dernier` -> -1."""
    if text is None:
        return None
    key = fold(text)
    cell = table("ordinals").get(key)
    if cell:
        return int(cell[0])
    match = re.fullmatch(r"(\d{1,2})\s*(?:er|re|ère|e|è|ème|eme|nd|nde)?", key)
    if match:
        return int(match.group(1))
    value = parse_words(key)
    return value


def parse_roman(text: str) -> int | None:
    """`XIX` -> 19 (centuries); None if not a Roman numeral."""
    text = text.upper()
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, char in enumerate(text):
        value = _ROMAN[char]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total


def _has_two_numbers(text: str) -> bool:
    """`deux trois` (two counts side by side) is not one number."""
    return bool(re.search(r"[a-zà-ÿ]", text, re.IGNORECASE)) and parse_words(text) is None


def english_number(value: float, written_in_words: bool) -> str:
    """`2` -> `two` when the French was in words and the number is small, else the digits."""
    if value != int(value):
        return f"{value:g}"
    value = int(value)
    if not written_in_words or value < 0 or value >= 100:
        return str(value)
    if value < 20:
        return _EN_UNITS[value]
    tens, units = divmod(value, 10)
    return _EN_TENS[tens] + (f"-{_EN_UNITS[units]}" if units else "")
