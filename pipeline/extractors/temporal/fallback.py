"""The long tail: numeric dates in unusual shapes (`2015/08/12`, `2015.5.13`), read by
dateparser, and `lundi 12` (a weekday and a day of the month, no month).

dateparser is called on one candidate span at a time, French only, `RELATIVE_BASE` = the
anchor day, cached. It never finds dates (`search_dates` reads `sa` as Saturday and `35%` as
2035) and is never called without an anchor (it would fall back to today's date).
"""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from .calendar import Point, add_months
from .english import month_en as en_month
from .english import weekday_en
from .grammar import Candidate
from .handlers_dates import weekday_of
from .reading import Ctx, Reading, leaning, point_reading


@lru_cache(maxsize=4096)
def parse(text: str, anchor: date, prefer: str = "current_period", strict: bool = False) -> date | None:
    """The day dateparser reads in `text` relative to `anchor` (day-month-year order), or None."""
    import dateparser

    settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
                "PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False,
                "DATE_ORDER": "DMY", "STRICT_PARSING": strict}
    result = dateparser.parse(text, languages=["fr"], settings=settings)
    return result.date() if result else None


#: The base handed to dateparser for a span that writes its year in full (the base is then
#: never used for the value; it only keeps dateparser away from today's date).
_NEUTRAL_BASE = date(2000, 1, 1)


def numeric_loose(c: Candidate, ctx: Ctx) -> Reading | None:
    """`2015/08/12`, `2015.5.13`, `1.5.2019`: numeric dates the strict patterns leave out,
    read by dateparser in day-month-year order (year-first when the year comes first)."""
    text = c.group("loose")
    found = parse(text, ctx.anchor_day or _NEUTRAL_BASE, strict=True)
    if found is None or not _agrees(text, found):
        return None
    return point_reading(Point("day", found.year, found.month, found.day),
                         text_en=f"{found.day} {en_month(found.month)} {found.year}")


def _agrees(text: str, found: date) -> bool:
    """dateparser's reading keeps the written numbers in day-month order (`3.14.2020` is
    refused, not silently read month-first)."""
    parts = [int(p) for p in text.replace("/", ".").split(".")]
    year_first = parts[0] == found.year
    day, month = (parts[2], parts[1]) if year_first else (parts[0], parts[1])
    if year_first and (day, month) != (found.day, found.month):
        day, month = parts[1], parts[2]  # `2020/23/09`: year, day, month
    return (day, month) == (found.day, found.month) and found.year in parts


def weekday_day(c: Candidate, ctx: Ctx) -> Reading | None:
    """`lundi 12`: the 12th of the month nearest the anchor (in the clause's direction) that
    falls on a Monday; dateparser is asked only when no month within a year fits."""
    wd, day = weekday_of(c.group("wd")), int(c.group("day"))
    if wd is None or not 1 <= day <= 31:
        return None
    text_en = f"{weekday_en(wd)} {day}"
    if ctx.anchor_day is None:
        return Reading("date", f"XXXX-XX-{day:02d}", granularity="day", text_en=text_en, relative=True)
    found = _nearest_month_day(ctx.anchor_day, day, wd, leaning(ctx))
    if found is None:
        prefer = {"past": "past", "future": "future"}.get(ctx.tense or "", "current_period")
        found = parse(c.match.group(0), ctx.anchor_day, prefer)
        if found is None or found.day != day or found.isoweekday() != wd:
            return None
    return point_reading(Point("day", found.year, found.month, found.day), relative=True,
                         text_en=text_en)


def _nearest_month_day(anchor: date, day: int, weekday: int, direction: int) -> date | None:
    """The `day`-th of a month within a year of the anchor that is a `weekday`, the nearest
    one on the side of `direction` (-1 past, +1 future, 0 either)."""
    options = []
    for shift in range(-12, 13):
        month_start = add_months(anchor.replace(day=1), shift)
        try:
            candidate = month_start.replace(day=day)
        except ValueError:
            continue
        if candidate.isoweekday() != weekday:
            continue
        if direction and (candidate - anchor).days * direction < 0:
            continue
        options.append(candidate)
    return min(options, key=lambda d: abs((d - anchor).days), default=None)
