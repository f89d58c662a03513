"""English renderings of the span (`text_en`): `24 February 2022`, `29–30 May 2025`,
`last November`, `two weeks`, `between 19 and 23 days`, `Sunday evening`.

They translate what the span says (the modifier's preposition is not part of it); the
resolved value is in `value`. English names come from the lexicons' `en` columns.
"""
from __future__ import annotations

from .lexicon import lookup, table
from .numwords import english_number

_POD_EN = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "day",
           "MI": "midday"}
_ORD_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
           7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", -1: "last"}


def month_en(month: int) -> str:
    for cells in table("months").values():
        if int(cells[0]) == month:
            return cells[1]
    raise KeyError(month)


def weekday_en(weekday: int) -> str:
    for cells in table("weekdays").values():
        if int(cells[0]) == weekday:
            return cells[1]
    raise KeyError(weekday)


def rel_en(rel_form: str | None) -> str | None:
    cells = lookup("relative_words", rel_form)
    return cells[1] if cells else None


def pod_en(code: str | None) -> str:
    return _POD_EN.get(code or "", "")


def ordinal_en(n: int) -> str:
    """`first` .. `tenth`, then `11th`, `21st`, `22nd`, `23rd`."""
    return _ORD_EN[n] if n in _ORD_EN else day_ordinal_en(n)


def day_ordinal_en(n: int) -> str:
    """A day of the month: `1st`, `2nd`, `16th`, `23rd`."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_en(day: int | None, month: int | None, year: int | str | None,
            weekday: int | None = None) -> str:
    """`Saturday 5 June 1999`, `November 2024`, `5 June`."""
    parts = []
    if weekday:
        parts.append(weekday_en(weekday))
    if day:
        parts.append(str(day))
    if month:
        parts.append(month_en(month))
    if year is not None:
        parts.append(str(year))
    return " ".join(parts)


def clock_en(hour: int | None, minute: int | None) -> str:
    if hour is None:
        return ""
    if minute in (None, 0) and hour == 12:
        return "noon"
    if minute in (None, 0) and hour in (0, 24):
        return "midnight"
    return f"{hour:02d}:{minute or 0:02d}"


def unit_en(unit: str, count: float | None) -> str:
    cells = table("unit_names").get(unit.lower()) or next(
        c for k, c in table("unit_names").items() if k.upper() == unit)
    return cells[3] if count == 1 else cells[4]


def duration_en(count: float | None, unit: str, words: bool, vague_en: str | None = None) -> str:
    """`two weeks`, `34 years`, `a few years`, `1.5 years`."""
    if count is None:
        return f"{vague_en} {unit_en(unit, 2)}".strip() if vague_en and vague_en != "-" else unit_en(unit, 2)
    return f"{english_number(count, words)} {unit_en(unit, count)}"


def qmod_en(modifier: str | None) -> str:
    return {"approx": "about", "more_than": "more than", "less_than": "less than",
            "at_least": "at least", "at_most": "at most"}.get(modifier or "", "")


def join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)
