"""Calendar values: a `Point` (a calendar unit, maybe partly unknown) -> TIMEX3 value and
ISO bounds; date arithmetic (months, weeks, weekdays, Easter, nth weekday). Pure, no I/O.

Unknown parts are None and print as X placeholders (`XXXX-03`, `XXXX-WXX-3`).
"""
from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .lexicon import lookup

#: Granularities from the finest to the coarsest (SPEC's list, with `second` and `century`).
GRANULARITIES = ("second", "minute", "hour", "day", "week", "month", "quarter", "half", "season",
                 "year", "decade", "century")


def at_least_as_fine(granularity: str, than: str) -> bool | None:
    """`granularity` is as fine as `than` or finer; None when either is not a granularity."""
    if granularity not in GRANULARITIES or than not in GRANULARITIES:
        return None
    return GRANULARITIES.index(granularity) <= GRANULARITIES.index(than)


@dataclass(frozen=True)
class Point:
    """A calendar unit at granularity `gran` (day, week, weekend, month, quarter, half, season,
    year, decade, century, hour, minute, pod, weekday)."""

    gran: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    century: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    pod: str | None = None

    def with_(self, **changes) -> "Point":
        return replace(self, **changes)


def day_point(d: date) -> Point:
    return Point("day", d.year, d.month, d.day)


def _x(value: int | None, width: int) -> str:
    return "X" * width if value is None else f"{value:0{width}d}"


def timex(p: Point) -> str:
    """The TIMEX3 value of a Point (`2024-11`, `2024-W22`, `199`, `1999-05-23TEV`)."""
    y = _x(p.year, 4)
    if p.gran == "decade":
        return _x(p.decade, 3)
    if p.gran == "century":
        return _x(p.century, 2)
    simple = {"year": y, "half": f"{y}-H{p.half}", "quarter": f"{y}-Q{p.quarter}",
              "season": f"{y}-{p.season}", "month": f"{y}-{_x(p.month, 2)}",
              "week": f"{y}-W{_x(p.week, 2)}", "weekend": f"{y}-W{_x(p.week, 2)}-WE",
              "weekday": f"{y}-WXX-{p.weekday}"}
    if p.gran in simple:
        return simple[p.gran]
    day = f"{y}-{_x(p.month, 2)}-{_x(p.day, 2)}"
    if p.gran == "day":
        return day
    if p.gran == "pod":
        return f"{day}T{p.pod}"
    seconds = f":{p.second:02d}" if p.second is not None else ""
    return f"{day}T{_x(p.hour, 2)}:{_x(p.minute or 0, 2)}{seconds}"


def granularity(p: Point) -> str:
    """SPEC granularity of a Point (a part of day is reported as `hour`, a weekend as `week`)."""
    return {"pod": "hour", "weekend": "week", "weekday": "day"}.get(p.gran, p.gran)


def month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def valid_day(year: int | None, month: int | None, day: int | None) -> bool:
    """False for impossible days (`31 avril`, `30 février`); unknown parts are fine."""
    if day is None or month is None:
        return True
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return False
    last = _cal.monthrange(year if year is not None else 2000, month)[1]
    return day <= last


def bounds(p: Point) -> tuple[date, date] | None:
    """First and last day covered by a Point, or None when its year is unknown."""
    if p.gran == "decade" and p.decade is not None:
        return date(p.decade * 10, 1, 1), date(p.decade * 10 + 9, 12, 31)
    if p.gran == "century" and p.century is not None:
        return date(max(p.century * 100, 1), 1, 1), date(p.century * 100 + 99, 12, 31)
    if p.year is None:
        return None
    y = p.year
    if p.gran in ("week", "weekend") and p.week is not None:
        monday = date.fromisocalendar(y, p.week, 1)
        start = monday + timedelta(days=5) if p.gran == "weekend" else monday
        return start, monday + timedelta(days=6)
    if p.gran == "quarter" and p.quarter:
        return date(y, 3 * p.quarter - 2, 1), month_end(y, 3 * p.quarter)
    if p.gran == "half" and p.half:
        return date(y, 6 * p.half - 5, 1), month_end(y, 6 * p.half)
    if p.gran == "season" and p.season:
        return season_bounds(y, p.season)
    if p.gran == "year" or p.month is None:
        return date(y, 1, 1), date(y, 12, 31)
    if p.day is None or not valid_day(y, p.month, p.day):
        return date(y, p.month, 1), month_end(y, p.month)
    return date(y, p.month, p.day), date(y, p.month, p.day)


def season_bounds(year: int, code: str) -> tuple[date, date]:
    """Astronomical season bounds; winter YYYY starts in December YYYY."""
    for _, (timex_code, start, end, *_rest) in _season_rows():
        if timex_code == code:
            sm, sd = map(int, start.split("-"))
            em, ed = map(int, end.split("-"))
            return date(year, sm, sd), date(year + (em < sm), em, ed)
    raise KeyError(code)


def _season_rows():
    from .lexicon import table

    return table("seasons").items()


def narrow(lo: date, hi: date, part: str | None) -> tuple[date, date]:
    """The first (`start`), middle (`mid`) or last (`end`) third of [lo, hi], in whole months
    when it spans a year or more (`début 2023` -> January..April); in days otherwise, the
    remainder going to the last third (a whole month: 1-10, 11-20, 21-end, the French
    `décades`; a week: Monday-Tuesday, Wednesday-Thursday, Friday-Sunday)."""
    if part not in ("start", "mid", "end"):
        return lo, hi
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if months >= 12 and lo.day == 1:
        third = months // 3
        first_end = add_months(lo, third) - timedelta(days=1)
        last_start = add_months(lo, months - third)
        if part == "start":
            return lo, first_end
        if part == "end":
            return last_start, hi
        return first_end + timedelta(days=1), last_start - timedelta(days=1)
    span = (hi - lo).days + 1
    if span < 3:
        return lo, hi
    third = 10 if lo.day == 1 and hi == month_end(hi.year, hi.month) and span >= 28 else span // 3
    if part == "start":
        return lo, lo + timedelta(days=third - 1)
    if part == "mid":
        return lo + timedelta(days=third), lo + timedelta(days=2 * third - 1)
    return lo + timedelta(days=2 * third), hi


def add_months(d: date, n: int) -> date:
    """`d` moved by n months, the day clipped to the month's length."""
    index = d.year * 12 + d.month - 1 + n
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, _cal.monthrange(year, month + 1)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """`d` moved by n units (D, W, WE, M, Q, HALF, Y, DE, CE)."""
    if unit in ("D",):
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "HALF": 6, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        raise ValueError(unit)
    return add_months(d, n * months)


def unit_point(d: date, unit: str) -> Point:
    """The calendar unit of kind `unit` that contains day `d` (`W` -> its ISO week...)."""
    if unit == "D":
        return day_point(d)
    if unit in ("W", "WE"):
        iso = d.isocalendar()
        return Point("week" if unit == "W" else "weekend", iso[0], week=iso[1])
    if unit == "M":
        return Point("month", d.year, d.month)
    if unit == "Q":
        return Point("quarter", d.year, quarter=(d.month - 1) // 3 + 1)
    if unit == "HALF":
        return Point("half", d.year, half=(d.month - 1) // 6 + 1)
    if unit == "DE":
        return Point("decade", decade=d.year // 10)
    if unit == "CE":
        return Point("century", century=d.year // 100)
    return Point("year", d.year)


def weekday_from(d: date, weekday: int, direction: int) -> date:
    """The weekday (1=Monday) before (-1), after (+1) or in the same ISO week as (0) day d."""
    delta = weekday - d.isoweekday()
    if direction == 0:
        return d + timedelta(days=delta)
    if direction > 0:
        return d + timedelta(days=delta % 7 or 7)
    return d - timedelta(days=(-delta) % 7 or 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(rule: str, year: int) -> date:
    """Date of a holiday rule (`12-25`, `E+49`, `11-W4-4`, `05-W-1-7`) in `year`."""
    if rule.startswith("E"):
        return easter(year) + timedelta(days=int(rule[1:]))
    if "-W" in rule:
        month_s, rest = rule.split("-W")
        nth_s, weekday_s = rest.rsplit("-", 1)
        month, nth, weekday = int(month_s), int(nth_s), int(weekday_s)
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        last = month_end(year, month)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    month, day = map(int, rule.split("-"))
    return date(year, month, day)


def season_code(form: str) -> str | None:
    cells = lookup("seasons", form)
    return cells[0] if cells else None
