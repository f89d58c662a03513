"""Handlers of calendar periods: `l'an dernier`, `la semaine prochaine`, `cette année`,
seasons, quarters and halves, `début/mi-/fin` of a period, decades, centuries, the n-th
weekday of a month (`le premier dimanche de mars`). Pure functions (see handlers_dates.py).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import english as en
from .calendar import Point, at_least_as_fine, day_point, month_end, season_bounds, shift, unit_point
from .grammar import Candidate
from .handlers_dates import UNIT_OF, _part, anchor_year, month_of, rel_of, weekday_of
from .lexicon import fold, lookup
from .numwords import parse_number, parse_ordinal, parse_roman, parse_words
from .reading import Ctx, Reading, fix_year, infer_year, leaning, point_reading
from .context import at_sentence_start, previous_word


def relative_unit(c: Candidate, ctx: Ctx) -> Reading | None:
    """`l'an dernier`, `la semaine prochaine`, `le mois dernier`, `cette année`, `ce week-end`."""
    unit = UNIT_OF.get(fold(c.group("unit")).replace(" ", ""))
    if unit is None or fold(c.group("det") or "") == "les" or fold(c.group("ci") or "") == "là":
        return None
    n = 0 if c.group("this") else rel_of(c.group("rel"))
    if n is None:
        return None
    if unit == "WE" and n == 0 and ctx.anchor_day and ctx.anchor_day.isoweekday() < 6:
        n = -1 if ctx.tense == "past" else 0
    unit_name = en.unit_en(unit, 1)
    text_en = en.join("this" if n == 0 else en.rel_en(c.group("rel")), unit_name)
    base, flags = _anaphoric_base(c.group("rel"), unit, ctx)
    if base is None:
        return Reading("date", _unknown_unit_value(unit), granularity=_unit_gran(unit),
                       text_en=text_en, relative=True)
    p = unit_point(shift(base, unit, n), unit)
    reading = point_reading(p, text_en=text_en, relative=not flags, flags=flags)
    reading.base = base if flags else None
    return reading


def _anaphoric_base(rel_text: str | None, unit: str, ctx: Ctx):
    """`l'année suivante`, `le mois précédent`: counted from the last date of the text that
    is at least as precise as the unit (`en 2010 ... l'année suivante` -> 2011), else from
    the anchor, like `l'an prochain`."""
    cells = lookup("relative_words", rel_text) if rel_text else None
    last = ctx.last_point
    if cells and cells[2:3] == ("text",) and last is not None \
            and at_least_as_fine(last[1], _unit_gran(unit)):
        return last[0], ["relative_to_previous_date"]
    return ctx.anchor_day, []


def _unit_gran(unit: str) -> str:
    return {"Y": "year", "W": "week", "WE": "week", "M": "month", "Q": "quarter",
            "HALF": "half", "DE": "decade", "CE": "century", "D": "day"}[unit]


def _unknown_unit_value(unit: str) -> str:
    return {"Y": "XXXX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
            "HALF": "XXXX-HX", "DE": "XXX", "CE": "XX", "D": "XXXX-XX-XX"}[unit]


def season(c: Candidate, ctx: Ctx) -> Reading | None:
    """`l'été 2024`, `cet hiver`, `au printemps dernier`, `en été` (generic: XXXX-SU)."""
    cells = lookup("seasons", c.group("season"))
    if cells is None:
        return None
    code, season_en = cells[0], cells[3]
    if c.group("months"):  # `les mois d'été`: summer in general
        return Reading("date", f"XXXX-{code}", granularity="season", text_en=f"the {season_en} months")
    det, year_text, rel_text = c.group("det"), c.group("year"), c.group("rel")
    if year_text:
        return point_reading(Point("season", int(year_text), season=code),
                             text_en=f"{season_en} {year_text}")
    if not det and not rel_text:
        if ctx.prep != "en" or c.group("season")[0].isupper() and not at_sentence_start(ctx.text, c.start):
            return None
        return Reading("date", f"XXXX-{code}", granularity="season", text_en=season_en)
    rel = rel_of(rel_text) if rel_text else 0
    text_en = en.join("this" if fold(det or "").startswith("ce") else "the" if not rel_text else en.rel_en(rel_text), season_en)
    if ctx.anchor_day is None:
        return Reading("date", f"XXXX-{code}", granularity="season", text_en=text_en, relative=True)
    year = _season_year(code, ctx.anchor_day, rel if rel else leaning(ctx), bool(rel))
    return point_reading(Point("season", year, season=code), text_en=text_en, relative=True)


def _season_year(code: str, anchor: date, direction: int, strict: bool) -> int:
    """The season containing the anchor, else the next (future) or last (past) one."""
    spans = [(y, *season_bounds(y, code)) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)]
    if not strict:
        for y, lo, hi in spans:
            if lo <= anchor <= hi:
                return y
    if direction < 0:
        return max(y for y, lo, hi in spans if hi < anchor)
    if direction > 0 or strict:
        return min(y for y, lo, hi in spans if lo > anchor)
    return min(spans, key=lambda s: min(abs((s[1] - anchor).days), abs((s[2] - anchor).days)))[0]


def quarter(c: Candidate, ctx: Ctx) -> Reading | None:
    """`le premier trimestre 2024` -> 2024-Q1, `second semestre` -> H2, `T3 2023`."""
    code = c.group("qcode")
    if code:
        kind, n = ("half" if code[0].upper() in "SH" else "quarter"), int(code[1])
    else:
        kind = "half" if fold(c.group("qunit")) == "semestre" else "quarter"
        n = parse_ordinal(c.group("ord"))
    top = 2 if kind == "half" else 4
    if n is None or n == 0 or n > top:
        return None
    n = top if n == -1 else n
    year, relative = _year_ref(c, ctx)
    label = f"{en.ordinal_en(n)} {'half' if kind == 'half' else 'quarter'}"
    text_en = en.join(label, f"of {c.group('year')}" if c.group("year") else None)
    p = Point(kind, year, quarter=n if kind == "quarter" else None, half=n if kind == "half" else None)
    return point_reading(p, text_en=text_en, relative=relative)


def _year_ref(c: Candidate, ctx: Ctx) -> tuple[int | None, bool]:
    """The year of `... 2024`, `... de l'année dernière`, `... de cette année`, or the anchor's."""
    if c.group("year"):
        year, _ = fix_year(c.group("year"), anchor_year(ctx))
        return year, False
    n = rel_of(c.group("rel")) if c.group("rel") else 0
    year = anchor_year(ctx)
    return (year + n if year is not None else None), True


def part_of_period(c: Candidate, ctx: Ctx) -> Reading | None:
    """`début 2023`, `mi-juin`, `fin mars`, `la fin de l'année dernière`, `début des années 60`."""
    part = _part(c)
    if _generic_compound(c, ctx):
        return None
    inner = _inner_point(c, ctx)
    if inner is None:
        return None
    point, relative, inner_en = inner
    prefix = lookup("parts_of_period", c.group("part"))[1]
    inner_en = inner_en[4:] if inner_en.startswith("the ") and prefix in ("early", "mid-", "late") else inner_en
    text_en = f"{prefix}{inner_en}" if prefix.endswith("-") else en.join(prefix, inner_en)
    return point_reading(point, part=part, text_en=text_en, relative=relative)


_DETERMINED = re.compile(r"\b(?:la|le|les|cette|ce|cet|l['’])", re.IGNORECASE)


def _generic_compound(c: Candidate, ctx: Ctx) -> bool:
    """`une fête de fin d'année`, `le bilan de fin de mois`: a bare `fin d'année` right after
    `<noun> de` classifies the noun (any year's end), it places nothing in time."""
    written = c.match.group(0)
    if _DETERMINED.search(written) or any(ch.isdigit() for ch in written):
        return False
    if c.group("month") or c.group("rel") or c.group("season") or c.group("decade") or c.group("century"):
        return False
    return previous_word(ctx.text, c.start) in ("de", "d'")


def _inner_point(c: Candidate, ctx: Ctx) -> tuple[Point, bool, str] | None:
    if c.group("month"):
        month = month_of(c.group("month"))
        if c.group("year"):
            year, _ = fix_year(c.group("year"), anchor_year(ctx))
            return Point("month", year, month), False, en.date_en(None, month, year)
        year = infer_year(month, None, ctx, rel_of(c.group("rel")))
        return Point("month", year, month), True, en.date_en(None, month, None)
    if c.group("decade") or c.group("century"):
        reading = decade(c, ctx)
        return (_decade_point(c, ctx), False, reading.text_en or "") if reading else None
    if c.group("season"):
        reading = season(c, ctx)
        if reading is None or reading.value.startswith("X"):
            return None
        code = reading.value.split("-")[1]
        return Point("season", int(reading.value[:4]), season=code), reading.relative, reading.text_en
    if c.group("unit"):
        unit = UNIT_OF.get(fold(c.group("unit")))
        if unit is None or ctx.anchor_day is None:
            return None
        n = rel_of(c.group("rel")) if c.group("rel") else 0
        text_en = en.join(en.rel_en(c.group("rel")) if c.group("rel") else "this", en.unit_en(unit, 1))
        return unit_point(shift(ctx.anchor_day, unit, n), unit), True, text_en
    year, relative = _year_ref(c, ctx)
    text_en = str(year) if not relative else en.join(en.rel_en(c.group("rel")) or "this", "year")
    return Point("year", year), relative, text_en


def decade(c: Candidate, ctx: Ctx) -> Reading | None:
    """`les années 1990` -> 199, `années 60` -> 196, `le XIXe siècle` -> 18."""
    p = _decade_point(c, ctx)
    if p is None:
        return None
    if p.gran == "century":
        text_en = f"the {en.ordinal_en(p.century + 1)} century"
    else:
        text_en = f"the {p.decade * 10}s"
    return point_reading(p, text_en=text_en)


def _decade_point(c: Candidate, ctx: Ctx) -> Point | None:
    if c.group("century"):
        raw = c.group("century")
        n = int(raw) if raw.isdigit() else parse_roman(raw)
        return Point("century", century=n - 1) if n and 1 <= n <= 22 else None
    raw = c.group("decade")
    value = int(raw) if raw.isdigit() else parse_words(raw)
    if value is None or value % 10:
        return None
    if value >= 1000:
        return Point("decade", decade=value // 10) if 1000 <= value <= 2190 else None
    if value >= 100:
        return None
    now = anchor_year(ctx) or 2000
    options = [century + value for century in (1900, 2000) if century + value <= now + 5] or [1900 + value]
    return Point("decade", decade=max(options) // 10)


def nth_weekday(c: Candidate, ctx: Ctx) -> Reading | None:
    """`le premier dimanche de mars`, `le dernier jeudi de novembre 2024`, `le premier dimanche
    du printemps`, `la première semaine d'octobre`, `le 3e jour d'octobre`, `le deuxième
    week-end de septembre`."""
    n = parse_ordinal(c.group("ord"))
    unit = fold(c.group("nunit") or "").replace(" ", "")
    if n is None or n == 0 or n > (31 if unit.startswith("jour") else 2 if unit == "quinzaine" else 5):
        return None
    period = _period_bounds(c, ctx)
    if period is None:
        return None
    lo, hi, period_en = period
    if unit == "quinzaine":
        return _fortnight(lo, hi, n, period_en, not c.group("year"))
    if unit.startswith("jour"):
        day = hi if n == -1 else lo + timedelta(days=n - 1)
        p, what = (day_point(day) if day <= hi else None), "day"
    elif unit == "semaine" and (hi - lo).days > 40 and n <= 5:  # ISO weeks of a year
        last = date(lo.year, 12, 28).isocalendar()[1]
        day = date.fromisocalendar(lo.year, last if n == -1 else n, 1)
        p, what = unit_point(day, "W"), "week"
    elif unit == "semaine":
        mondays = [d for d in _days(lo, hi) if d.isoweekday() == 1 and d + timedelta(days=6) <= hi]
        day = (mondays[-1] if n == -1 else mondays[n - 1]) if len(mondays) >= max(n, 1) else None
        p, what = (None if day is None else unit_point(day, "W")), "week"
    else:
        wd = {"week-end": 6}.get(unit) or weekday_of(c.group("wd"))
        day = _nth_in(lo, hi, wd, n)
        p = None if day is None else unit_point(day, {"semaine": "W", "week-end": "WE"}.get(unit, "D"))
        what = {"semaine": "week", "week-end": "weekend"}.get(unit) or en.weekday_en(wd)
    if p is None:
        return None
    text_en = en.join("the", en.ordinal_en(n), what, "of", period_en)
    return point_reading(p, text_en=text_en, relative=not (c.group("year") or c.group("yonly")))


def _fortnight(lo: date, hi: date, n: int, period_en: str, relative: bool) -> Reading:
    """`la première quinzaine d'avril` -> 1-15 April, `la deuxième (dernière) quinzaine` ->
    16 to the end (French usage): an interval of days."""
    first, last = (lo, lo + timedelta(days=14)) if n == 1 else (lo + timedelta(days=15), hi)
    a, b = point_reading(day_point(first)), point_reading(day_point(last))
    text_en = en.join("the", "first" if n == 1 else "second", "half of", period_en)
    return Reading("interval", f"{a.value}/{b.value}", a.earliest, b.latest, "day",
                   text_en=text_en, relative=relative)


def _period_bounds(c: Candidate, ctx: Ctx) -> tuple[date, date, str] | None:
    """The month or season an n-th weekday/week/day is counted in, with its English name."""
    explicit = c.group("year")
    if c.group("yonly") or c.group("ythis"):
        return _year_bounds(c, ctx)
    if c.group("season"):
        code, season_en = lookup("seasons", c.group("season"))[0], lookup("seasons", c.group("season"))[3]
        year = int(explicit) if explicit else (
            _season_year(code, ctx.anchor_day, leaning(ctx), False) if ctx.anchor_day else None)
        return (*season_bounds(year, code), f"the {season_en}") if year else None
    month = month_of(c.group("month")) if c.group("month") else (ctx.anchor_day.month if ctx.anchor_day else None)
    if c.group("rel") and ctx.anchor_day:
        shifted = shift(ctx.anchor_day, "M", rel_of(c.group("rel")) or 0)
        month, year = shifted.month, shifted.year
    else:
        year = int(explicit) if explicit else (infer_year(month, None, ctx) if month else None)
    if not (year and month):
        return None
    name = en.date_en(None, month, explicit) if c.group("month") else en.join(
        "the", en.rel_en(c.group("rel")) or "", "month")
    return date(year, month, 1), month_end(year, month), name


def _year_bounds(c: Candidate, ctx: Ctx) -> tuple[date, date, str] | None:
    """`... de 2015`, `... de l'année (prochaine)`: the year an n-th day or week is counted in."""
    if c.group("yonly"):
        year = int(c.group("yonly"))
    else:
        year = anchor_year(ctx)
        year = None if year is None else year + (rel_of(c.group("rel")) or 0)
    if year is None:
        return None
    name = c.group("yonly") or (f"{en.rel_en(c.group('rel'))} year" if c.group("rel") else "the year")
    return date(year, 1, 1), date(year, 12, 31), name


def _days(lo: date, hi: date) -> list[date]:
    return [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]


def _nth_in(lo: date, hi: date, wd: int, n: int) -> date | None:
    """The n-th (or last, n = -1) ISO weekday `wd` in [lo, hi]."""
    matching = [d for d in _days(lo, hi) if d.isoweekday() == wd]
    if n == -1:
        return matching[-1] if matching else None
    return matching[n - 1] if len(matching) >= n else None


def last_n(c: Candidate, ctx: Ctx) -> Reading | None:
    """`les trois dernières années`, `2 derniers mois`, `les 3 prochaines semaines`: the n whole
    units before (after) the anchor's own -> an interval (`2022/2024` in 2025); clock units
    (`ces dernières 24 heures`) stay durations."""
    from .handlers_durations import duration, unit_code

    unit = unit_code(c.group("unit"))
    n = parse_number(c.group("num"))
    rel = fold(c.group("lastrel"))
    if unit is None or n is None or n < 1 or n != int(n):
        return None
    past = rel.startswith(("dern", "pass", "préc", "écoul"))
    n_en = en.english_number(n, not c.group("num")[0].isdigit())
    text_en = en.join("the", "last" if past else "next", n_en, en.unit_en(unit, n))
    if unit in ("H", "MIN", "S", "WE", "Q", "HALF", "DE", "CE", "ML") or ctx.anchor_day is None:
        reading = duration(c, ctx)
        if reading is not None:
            reading.text_en = text_en
        return reading
    step = -1 if past else 1
    ends = [unit_point(shift(ctx.anchor_day, unit, step * k), unit) for k in (int(n), 1)]
    first, last = (ends if past else ends[::-1])
    a, b = point_reading(first), point_reading(last)
    return Reading("interval", f"{a.value}/{b.value}", a.earliest, b.latest, a.granularity,
                   text_en=text_en, relative=True)


def week_of(c: Candidate, ctx: Ctx) -> Reading | None:
    """`la semaine du 6 octobre` -> the ISO week containing that day; `le week-end du 3
    décembre` -> that week's weekend."""
    month, day = month_of(c.group("month")), parse_ordinal(c.group("day"))
    if month is None or not day or not 1 <= day <= 31:
        return None
    year = int(c.group("year")) if c.group("year") else infer_year(month, day, ctx)
    try:
        target = date(year, month, day) if year else None
    except ValueError:
        return None
    unit = "WE" if c.group("we") else "W"
    text_en = f"the {'weekend' if c.group('we') else 'week'} of {en.date_en(day, month, c.group('year'))}"
    if target is None:
        return Reading("date", "XXXX-WXX" + ("-WE" if c.group("we") else ""), granularity="week",
                       text_en=text_en, relative=True)
    return point_reading(unit_point(target, unit), text_en=text_en, relative=not c.group("year"))


def first_months(c: Candidate, ctx: Ctx) -> Reading | None:
    """`les neuf premiers mois de l'année` -> `2016-01/2016-09`, `les trois derniers mois de
    2015` -> `2015-10/2015-12`: the first or last n months of a year (the anchor's by default)."""
    n = parse_number(c.group("num"))
    if n is None or n != int(n) or not 1 <= n < 12:
        return None
    year, relative = _year_ref(c, ctx)
    first = fold(c.group("fl")).startswith("premi")
    lo, hi = (1, int(n)) if first else (13 - int(n), 12)
    of = f"of {c.group('year')}" if c.group("year") else \
        f"of {en.rel_en(c.group('rel'))} year" if c.group("rel") else "of the year"
    words = not c.group("num")[0].isdigit()
    text_en = en.join("the", "first" if first else "last", en.duration_en(n, "M", words), of)
    if year is None:
        return Reading("interval", f"XXXX-{lo:02d}/XXXX-{hi:02d}", granularity="month", text_en=text_en,
                       relative=True)
    a, b = point_reading(Point("month", year, lo)), point_reading(Point("month", year, hi))
    return Reading("interval", f"{a.value}/{b.value}", a.earliest, b.latest, "month", text_en=text_en,
                   relative=relative)
