"""Handlers of expressions placed relative to something else than the calendar: the n-th unit
of an event (`la deuxième journée`, `sa troisième année`), coordinated bare seasons (`été
comme hiver`), the new year (`la nouvelle année`). Pure functions (see handlers_dates.py).
"""
from __future__ import annotations

import re
from datetime import date

from . import english as en
from .calendar import Point, add_months, at_least_as_fine, day_point, shift, unit_point
from .context import previous_word
from .grammar import Candidate
from .handlers_durations import _granularity, timex_duration, unit_code
from .lexicon import lookup, words
from .numwords import parse_number, parse_ordinal
from .reading import Ctx, Reading, leaning, point_reading


def ordinal_unit(c: Candidate, ctx: Ctx) -> Reading | None:
    """`la deuxième journée` (of a championship, of a strike), `la première minute` (of a
    match), `sa troisième année` (of captivity): one unit counted inside an event the text
    names elsewhere. Kind `duration` with the unit's length (`P1D`), as French TimeBank tags
    most of them; `text_en` keeps the rank (`the second day`). `le dernier jour` (rank -1) is
    left out: `à la dernière minute` is an idiom."""
    n = parse_ordinal(c.group("ord"))
    unit = unit_code(c.group("unit"))
    if n is None or n < 1 or unit is None:
        return None
    noun = en.unit_en(unit, 1)
    return Reading("duration", timex_duration(1.0, unit), granularity=_granularity(unit),
                   text_en=en.join("the", en.ordinal_en(n), noun))


def season_pair(c: Candidate, ctx: Ctx) -> list[Reading] | None:
    """`été comme hiver`, `hiver comme été`, `printemps et automne`: two bare seasons joined
    by `comme`/`et`/`ou` are two generic seasons (`XXXX-SU`, `XXXX-WI`), even without the
    article a lone `été` needs (it is also the participle of `être`)."""
    if previous_word(ctx.text, c.start) in words("avoir_forms"):
        return None  # `il a été et ...`
    out = []
    for group in ("s1", "s2"):
        cells = lookup("seasons", c.group(group))
        if cells is None:
            return None
        start, end = c.match.span(group)
        out.append(Reading("date", f"XXXX-{cells[0]}", granularity="season", text_en=cells[3],
                           start=start, end=end))
    return out


def new_year(c: Candidate, ctx: Ctx) -> Reading | None:
    """`la nouvelle année`: the year that has begun, or the coming one when the anchor lies in
    the last two months of a year (greetings for the new year are written in November and
    December)."""
    if ctx.anchor_day is None:
        return Reading("date", "XXXX", granularity="year", text_en="the new year", relative=True)
    year = ctx.anchor_day.year + (1 if ctx.anchor_day.month >= 11 else 0)
    return point_reading(Point("year", year), text_en="the new year", relative=True)


#: `plus tard` / `après` count forward from the last date of the text, `plus tôt` / `avant`
#: / `auparavant` backward (lexicon `offset_words.tsv`).
_GRAN_UNIT = {"D": "D", "W": "D", "WE": "D", "M": "M", "Q": "M", "HALF": "M", "Y": "Y", "DE": "Y", "CE": "Y"}


_COMPARED = re.compile(r"(?:\b(?:contre|que|peine)|\bqu['’])\s*$", re.IGNORECASE)


def later(c: Candidate, ctx: Ctx) -> Reading | None:
    """`deux jours plus tard`, `un an après`, `trois semaines auparavant`: a date counted from
    the last date written before it (`le 3 mai ... deux jours plus tard` -> 5 May; `en 2010 ...
    trois ans plus tard` -> 2013), else from the anchor (flag relative_to_publication_date).
    Clock units (`deux heures plus tard`) stay durations: no clock time is known."""
    if _COMPARED.search(ctx.before):
        return None  # `contre à peine trois semaines auparavant`: a duration, then an adverb
    unit = unit_code(c.group("unit"))
    cells = lookup("offset_words", c.group("later"))
    count = parse_number(c.group("num")) if c.group("num") else None
    if unit not in _GRAN_UNIT or cells is None or count is None or count <= 0 or count != int(count):
        return None
    sign = int(cells[0])
    n = int(count) * {"W": 7, "WE": 7, "Q": 3, "HALF": 6, "DE": 10, "CE": 100}.get(unit, 1)
    step = _GRAN_UNIT[unit]
    words_ = not c.group("num")[0].isdigit()
    text_en = en.join(en.duration_en(count, unit, words_), cells[1])
    base, flags = _base(ctx, step)
    if base is None:
        return Reading("date", _unknown(step), granularity=_gran_name(step), text_en=text_en,
                       flags=["relative_to_unknown_date"])
    target = shift(base, step, sign * n)
    p = day_point(target) if step == "D" else unit_point(target, step)
    reading = point_reading(p, text_en=text_en, flags=flags,
                            relative=flags == ["relative_to_publication_date"])
    reading.base = base if flags == ["relative_to_previous_date"] else None
    qmod = lookup("quantifiers", c.group("qmod"))
    if qmod:  # `moins de quatre mois plus tard`
        reading.modifier = qmod[0]
        reading.text_en = en.join(en.qmod_en(qmod[0]), text_en)
    return reading


def _base(ctx: Ctx, step: str) -> tuple[date | None, list[str]]:
    """The date a `plus tard` counts from: the last day written before it for day steps, the
    last date of at least that precision for months and years; else the anchor."""
    if step == "D" and ctx.last_day is not None:
        return ctx.last_day, ["relative_to_previous_date"]
    if step != "D" and ctx.last_point is not None and _fine_enough(ctx.last_point[1], step):
        return ctx.last_point[0], ["relative_to_previous_date"]
    if ctx.anchor_day is not None:
        return ctx.anchor_day, ["relative_to_publication_date"]
    return None, []


def _fine_enough(granularity: str, step: str) -> bool:
    return bool(at_least_as_fine(granularity, {"M": "month", "Y": "year"}[step]))


def _gran_name(step: str) -> str:
    return {"D": "day", "M": "month", "Y": "year"}[step]


def _unknown(step: str) -> str:
    return {"D": "XXXX-XX-XX", "M": "XXXX-XX", "Y": "XXXX"}[step]


def bare_day(c: Candidate, ctx: Ctx) -> Reading | list[Reading] | None:
    """`le 16 à 18h`, `à partir du 8`, `du 13 au 18`: a day of the month written without its
    month, made a date by a clock time, a date preposition or a range marker (the grammar
    requires one). The month is the one of the last day written before it (the first such day
    on or after it: `le 28 mars ... le 2` -> 2 April), else the anchor's, moved by the tense
    (`leaning`: `le 2` in a text dated the 12th is the 2nd of next month in the future)."""
    if c.group("a_day"):
        return _bare_range(c, ctx)
    day = parse_ordinal(c.group("day"))
    if day is None or not 1 <= day <= 31:
        return None
    found = _month_of_day(day, ctx)
    if found is None:
        return Reading("date", f"XXXX-XX-{day:02d}", granularity="day", text_en=f"the {en.day_ordinal_en(day)}",
                       relative=True)
    when, flags = found
    reading = point_reading(day_point(when), text_en=f"the {en.day_ordinal_en(day)}", flags=flags,
                            relative=flags == ["relative_to_publication_date"])
    reading.base = ctx.last_day if flags == ["relative_to_previous_date"] else None
    return reading


def _bare_range(c: Candidate, ctx: Ctx) -> Reading | None:
    a, b = parse_ordinal(c.group("a_day")), parse_ordinal(c.group("b_day"))
    if a is None or b is None or not 1 <= a < b <= 31:
        return None
    found = _month_of_day(a, ctx)
    text_en = f"the {en.day_ordinal_en(a)} to the {en.day_ordinal_en(b)}"
    if found is None:
        return Reading("interval", f"XXXX-XX-{a:02d}/XXXX-XX-{b:02d}", granularity="day",
                       text_en=text_en, relative=True)
    first, flags = found
    try:
        last = first.replace(day=b)
    except ValueError:
        return None
    ra, rb = point_reading(day_point(first)), point_reading(day_point(last))
    return Reading("interval", f"{ra.value}/{rb.value}", ra.earliest, rb.latest, "day",
                   text_en=text_en, flags=flags, relative=flags == ["relative_to_publication_date"])


def _month_of_day(day: int, ctx: Ctx) -> tuple[date, list[str]] | None:
    """The date of a bare day number (see `bare_day`) and how it was found."""
    if ctx.last_day is not None:
        options = [_on_day(add_months(ctx.last_day.replace(day=1), k), day) for k in (0, 1)]
        later_ = [d for d in options if d is not None and d >= ctx.last_day]
        return (later_[0], ["relative_to_previous_date"]) if later_ else None
    if ctx.anchor_day is None:
        return None
    anchor = ctx.anchor_day
    options = [d for d in (_on_day(add_months(anchor.replace(day=1), k), day) for k in (-1, 0, 1)) if d]
    direction = leaning(ctx)
    if direction > 0:
        options = [d for d in options if d >= anchor]
    elif direction < 0:
        options = [d for d in options if d <= anchor]
    best = min(options, key=lambda d: abs((d - anchor).days), default=None)
    return (best, ["relative_to_publication_date"]) if best else None


def _on_day(month_start: date, day: int) -> date | None:
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


def within_unit(c: Candidate, ctx: Ctx) -> Reading | None:
    """`dans la semaine`, `dans le mois`, `dans l'année`: within the week (month, year) of the
    last day written before it, else of the anchor."""
    unit = unit_code(c.group("unit"))
    if unit not in ("W", "M", "Y"):
        return None
    text_en = f"within the {en.unit_en(unit, 1)}"
    base = ctx.last_day or ctx.anchor_day
    if base is None:
        return Reading("date", {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[unit],
                       granularity=_granularity(unit), text_en=text_en, relative=True)
    flags = ["relative_to_previous_date"] if ctx.last_day else []
    reading = point_reading(unit_point(base, unit), text_en=text_en, flags=flags,
                            relative=ctx.last_day is None)
    reading.base = ctx.last_day
    return reading


def lunch_break(c: Candidate, ctx: Ctx) -> Reading | None:
    """`entre midi et deux`: the lunch break, 12:00 to 14:00 (`deux` is 2 p.m.), on the last
    day written before it, else on the anchor day."""
    day = ctx.last_day or ctx.anchor_day
    if day is None:
        return Reading("interval", "XXXX-XX-XXT12:00/XXXX-XX-XXT14:00", granularity="hour",
                       text_en="over lunch (12:00–14:00)", relative=True)
    a = point_reading(Point("hour", day.year, day.month, day.day, hour=12, minute=0), kind="time")
    b = point_reading(Point("hour", day.year, day.month, day.day, hour=14, minute=0), kind="time")
    return Reading("interval", f"{a.value}/{b.value}", a.earliest, b.latest, "hour",
                   text_en="over lunch (12:00–14:00)", relative=ctx.last_day is None, day=day)


def that_moment(c: Candidate, ctx: Ctx) -> Reading | None:
    """`à ce moment-là`: the last date or time written before it (same value, flag
    relative_to_previous_date); `PAST_REF` when the text has none (news tell the past)."""
    if ctx.last_point is None:
        return Reading("vague", "PAST_REF", text_en="at that moment")
    first, _, last = ctx.last_point
    reading = Reading(last.kind if last.kind != "interval" else "date", last.value, last.earliest,
                      last.latest, last.granularity, text_en="at that moment",
                      flags=["relative_to_previous_date"])
    reading.base = first
    return reading


def day_list(c: Candidate, ctx: Ctx) -> list[Reading] | None:
    """`les 3, 4 et 5 novembre`: each day of the list is its own date row (as `les 6 et 13
    avril`), on the month and year written after the last one; `les` stays with the first."""
    from .handlers_dates import month_of
    from .handlers_spans import _single_day

    month = month_of(c.group("month"))
    days = [parse_ordinal(d) for d in c.match.captures("d")]
    if month is None or any(d is None for d in days) or days != sorted(set(days)):
        return None
    starts, ends = c.match.starts("d"), c.match.ends("d")
    ends[-1] = c.end
    starts[0] = c.start
    out = []
    for day, start, end in zip(days, starts, ends):
        reading = _single_day(c, ctx, day, month, c.group("year"))
        if reading is None:
            return None
        reading.start, reading.end = start, end
        out.append(reading)
    return out
