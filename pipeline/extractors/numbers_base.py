"""The value object of the shared French number parser (`numbers.py`) and its finders.

Kept apart so that the digit finder (`numbers_digits.py`), the word finder
(`numbers_words.py`) and the public API (`numbers.py`) share it without import cycles.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

SPACES = " \u00a0\u202f"


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
    article: bool = False           # `un`/`une` read as the indefinite article (`un accident`)


def widened(m: NumberMatch, text: str, start: int, end: int, value: float, **changes) -> NumberMatch:
    """`m` stretched to text[start:end] with a new value (and any other changed field)."""
    return replace(m, start=start, end=end, text=text[start:end], value=value, **changes)
