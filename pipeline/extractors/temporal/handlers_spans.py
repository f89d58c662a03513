"""Handlers of intervals (`29-30 mai 2025`, `du 12 au 14 mars`, `entre 2019 et 2022`,
`de janvier à mars`, `de 10 h à 12 h`), clock times (`à 22 h`, `vers 14h30`, `midi`) and
parts of day (`ce soir`, `la nuit`, `en fin d'après-midi`).

Clock times and parts of day take their day from the last day-precision date before them in
the paragraph (`dimanche soir, à partir de 22 h` -> the Sunday), else from the anchor.
"""
from __future__ import annotations

import re
from datetime import date

from . import english as en
from .calendar import Point
from .combine import range_dial
from .context import previous_word
from .grammar import Candidate
from .calendar import shift
from .handlers_dates import _part, _pod, _weekday_day, _year_of_weekday, month_of, rel_of, weekday_of
from .lexicon import fold, lookup
from .numwords import parse_ordinal, parse_words
from .reading import Ctx, Reading, fix_year, infer_year, point_reading

TIME_PREPOSITIONS = {"à", "vers", "dès", "avant", "après", "jusqu'à", "jusqu'au", "depuis",
                     "à partir de", "aux alentours de", "autour de", "de", "du", "au"}
DURATION_PREPOSITIONS = {"pendant", "durant", "en", "pour", "au cours de", "dans"}


def interval(c: Candidate, ctx: Ctx) -> Reading | list[Reading] | None:
    """Two ends -> one `interval` Reading: `value` `a/b`, earliest of a, latest of b."""
    if c.group("a_hour") or c.group("a_noon"):
        return _clock_interval(c, ctx)
    if c.group("a_day"):
        if _is_list(c, ctx):
            return _list_readings(c, ctx)
        ends = _day_ends(c, ctx)
    elif c.group("a_month"):
        ends = _month_ends(c, ctx)
    else:
        ends = _year_ends(c)
    if ends is None:
        return None
    a, b, text_en = ends
    if a.earliest and b.latest and a.earliest > b.latest:
        return None
    flags = sorted(set(a.flags + b.flags))
    return Reading("interval", f"{a.value}/{b.value}", a.earliest, b.latest, a.granularity,
                   text_en=text_en, flags=flags, relative=a.relative or b.relative)


def _is_list(c: Candidate, ctx: Ctx) -> bool:
    """`les 6 et 13 avril`: two dates, not a range (`entre le 6 et le 13 avril` is one)."""
    connector = fold(ctx.text[c.match.end("a_day"):c.match.start("b_day")])
    return f" {connector} ".find(" et ") >= 0 and fold(c.group("marker") or "") != "entre"


def _list_readings(c: Candidate, ctx: Ctx) -> list[Reading] | None:
    """Each date of `les 6 et 13 avril prochains` on its own span; month/year/rel shared."""
    a_end = max(c.match.end(g) for g in ("a_day", "a_month", "a_year") if c.group(g))
    b_start = min(c.match.start(g) for g in ("b_wd", "b_day") if c.group(g))
    b_month = month_of(c.group("b_month"))
    if b_month is None or c.group("marker"):
        return None
    out = []
    for prefix, (start, end) in (("a_", (c.match.start(), a_end)), ("b_", (b_start, c.match.end()))):
        month = month_of(c.group(f"{prefix}month")) or b_month
        day = parse_ordinal(c.group(f"{prefix}day"))
        reading = _single_day(c, ctx, day, month, c.group(f"{prefix}year") or c.group("b_year"))
        if reading is None:
            return None
        reading.start, reading.end = start, end
        out.append(reading)
    return out


def _single_day(c: Candidate, ctx: Ctx, day: int | None, month: int, year_text: str | None):
    if not day or not 1 <= day <= 31:
        return None
    if year_text:
        year, flags = fix_year(year_text, ctx.anchor_day.year if ctx.anchor_day else None)
        relative = False
    else:
        year, flags, relative = infer_year(month, day, ctx, rel_of(c.group("rel"))), [], True
    return point_reading(Point("day", year, month, day), relative=relative, flags=flags,
                         text_en=en.date_en(day, month, year if year_text else None))


def _day_ends(c: Candidate, ctx: Ctx):
    b_month = month_of(c.group("b_month"))
    marker = fold(c.group("marker") or "")
    if b_month is None:
        return None
    a_month = month_of(c.group("a_month")) or b_month
    a_day, b_day = parse_ordinal(c.group("a_day")), parse_ordinal(c.group("b_day"))
    if not (a_day and b_day and 1 <= a_day <= 31 and 1 <= b_day <= 31):
        return None
    flags: list[str] = []
    if c.group("b_year"):
        b_year, flags = fix_year(c.group("b_year"), ctx.anchor_day.year if ctx.anchor_day else None)
        if b_year is None:
            return None
        relative = False
    else:
        b_year, relative = infer_year(b_month, b_day, ctx, rel_of(c.group("rel"))), True
    a_year = fix_year(c.group("a_year"), None)[0] if c.group("a_year") else b_year
    if a_year is not None and c.group("a_year") is None and (a_month, a_day) > (b_month, b_day):
        a_year -= 1
    a = point_reading(Point("day", a_year, a_month, a_day), relative=relative, flags=flags)
    b = point_reading(Point("day", b_year, b_month, b_day), relative=relative, flags=flags)
    year_en = b_year if c.group("b_year") else None
    if a_month == b_month and a_year == b_year:
        text_en = f"{a_day}–{en.date_en(b_day, b_month, year_en)}"
    else:
        text_en = f"{en.date_en(a_day, a_month, a_year if c.group('a_year') else None)} – {en.date_en(b_day, b_month, year_en)}"
    return a, b, ("between " + text_en.replace("–", " and ", 1) if marker == "entre" else text_en)


def _month_ends(c: Candidate, ctx: Ctx):
    a_month, b_month = month_of(c.group("a_month")), month_of(c.group("b_month"))
    if a_month is None or b_month is None:
        return None
    if c.group("b_year"):
        b_year, flags = fix_year(c.group("b_year"), ctx.anchor_day.year if ctx.anchor_day else None)
        relative = False
    else:
        b_year, flags, relative = infer_year(b_month, None, ctx), [], True
    a_year = int(c.group("a_year")) if c.group("a_year") else (
        None if b_year is None else b_year - (a_month > b_month))
    a = point_reading(Point("month", a_year, a_month), relative=relative, flags=flags)
    b = point_reading(Point("month", b_year, b_month), relative=relative, flags=flags)
    word = {"entre": "between", "de": "from", "d'": "from"}.get(fold(c.group("marker") or ""))
    link = " and " if word == "between" else " to " if word else "–"
    text_en = en.join(word, en.date_en(None, a_month, c.group("a_year")) + link
                      + en.date_en(None, b_month, b_year if c.group("b_year") else None))
    return a, b, text_en


def _year_ends(c: Candidate):
    a_year = int(c.group("a_year"))
    raw_b = c.group("b_year")
    b_year = int(raw_b) if len(raw_b) == 4 else (a_year // 100) * 100 + int(raw_b)
    marker = fold(c.group("marker") or "")
    if b_year <= a_year or b_year - a_year > 100:
        return None
    if not marker and "/" in c.match.group(0) and b_year != a_year + 1:
        return None
    a = point_reading(Point("year", a_year))
    b = point_reading(Point("year", b_year))
    word = {"entre": "between", "de": "from"}.get(marker)
    link = " and " if word == "between" else " to " if word else "–"
    return a, b, en.join(word, f"{a_year}{link}{b_year}")


def _clock_interval(c: Candidate, ctx: Ctx) -> Reading | None:
    a, b = _clock_point(c, ctx, "a_"), _clock_point(c, ctx, "b_")
    if a is None or b is None:
        return None
    link = fold(ctx.text[c.match.end("a_hour"):c.match.start("b_hour")]) if c.group("a_hour") else ""
    if link in ("à", "et") and b.hour <= a.hour:
        return None  # `entre 10 et 11 h 30` is a range; `de 2 à 1 h 30 de la fin` is not
    return clock_range(c, ctx, a, b)


def hour_range(c: Candidate, ctx: Ctx, a_hour: int, b_hour: int) -> Reading | None:
    """`de 14 à 16 heures`, `16-17 heures`: a clock interval written with one unit."""
    if not (0 <= a_hour <= 24 and 0 <= b_hour <= 24):
        return None
    day, _ = clock_day(c, ctx)
    fields = (day.year, day.month, day.day) if day else (None, None, None)
    a, b = Point("hour", *fields, hour=a_hour % 24, minute=0), Point("hour", *fields, hour=b_hour % 24, minute=0)
    return clock_range(c, ctx, a, b)


def clock_range(c: Candidate, ctx: Ctx, a: Point, b: Point) -> Reading:
    a, b = range_dial(fold(c.group("ampm") or ""), a, b)
    ra, rb = point_reading(a, kind="time"), point_reading(b, kind="time")
    marker = fold(c.group("marker"))
    word = {"entre": "between", "de": "from"}.get(marker)
    link = "and" if word == "between" else "to" if word else "–"
    text_en = en.join(word, en.clock_en(a.hour, a.minute), link, en.clock_en(b.hour, b.minute))
    text_en = text_en.replace(" – ", "–")
    day, relative = clock_day(c, ctx)
    return Reading("interval", f"{ra.value}/{rb.value}", ra.earliest, rb.latest, ra.granularity,
                   text_en=text_en, relative=relative, day=day)


def _clock_point(c: Candidate, ctx: Ctx, prefix: str = "") -> Point | None:
    noon = c.group(f"{prefix}noon")
    if noon:
        hour, minute = (12 if fold(noon) == "midi" else 0), None
    elif c.group(f"{prefix}hourw"):
        hour, minute = parse_words(c.group(f"{prefix}hourw")), None
    else:
        hour = int(c.group(f"{prefix}hour"))
        minute = int(c.group(f"{prefix}minute")) if c.group(f"{prefix}minute") else None
    if hour is None or hour > 24 or (minute is not None and minute > 59):
        return None
    meridiem = fold(c.group(f"{prefix}meridiem")).replace(".", "").replace(" ", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    second = int(c.group(f"{prefix}second")) if c.group(f"{prefix}second") else None
    if not prefix:
        adjusted = _adjust(hour, minute, c)
        if adjusted is None:
            return None
        hour, minute = adjusted
    day, _ = clock_day(c, ctx)
    if noon and fold(noon) == "minuit" and day is not None and hour % 24 == 0:
        day = shift(day, "D", 1)  # `samedi à minuit`: the midnight that ends Saturday
    gran = "minute" if minute or second else "hour"
    if day is None:
        return Point(gran, hour=hour % 24, minute=minute or 0, second=second)
    return Point(gran, day.year, day.month, day.day, hour=hour % 24, minute=minute or 0,
                 second=second)


_FOLLOWING = re.compile(r"^\s*,?\s*([\w'’-]+)")


def clock_day(c: Candidate, ctx: Ctx) -> tuple[date | None, bool]:
    """The day of a clock time and whether it came from the anchor: a day word in the span
    (`4 h mardi`) or right after it (`vers 15 h 30, hier`), else the last day mentioned
    before it, else the anchor day."""
    day = _day_word(c.group("dayw"), ctx) or _following_day(ctx)
    if day is not None:
        return day, True
    if ctx.last_day is not None:
        return ctx.last_day, False
    return ctx.anchor_day, True


_FOLLOWING_DATE = re.compile(r"^\s*,?\s*(?:le\s+)?(?:(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
                             r"(\d{1,2})(?:er)?\s+([a-zéû]+\.?)(?:\s+(\d{4}))?", re.IGNORECASE)


def _following_day(ctx: Ctx) -> date | None:
    """The day written right after a clock time: `vers 15 h, hier`, `9 h le 13 décembre 2018`."""
    m = _FOLLOWING_DATE.match(ctx.after)
    if m and month_of(m.group(3)) and ctx.anchor_day:
        month, day, weekday = month_of(m.group(3)), int(m.group(2)), weekday_of(m.group(1))
        if m.group(4):
            year = int(m.group(4))
        elif weekday:
            year = _year_of_weekday(month, day, weekday, ctx)
        else:
            year = infer_year(month, day, ctx)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    m = _FOLLOWING.match(ctx.after)
    return _day_word(m.group(1), ctx) if m else None


def _day_word(word: str | None, ctx: Ctx) -> date | None:
    """The day of `hier`, `demain`, `mardi` (by the clause's tense) relative to the anchor."""
    if not word or ctx.anchor_day is None:
        return None
    cells = lookup("deictic_days", word)
    if cells:
        return shift(ctx.anchor_day, "D", int(cells[0]))
    wd = weekday_of(word)
    return _weekday_day(ctx.anchor_day, wd, "", None, ctx) if wd else None


def _adjust(hour: int, minute: int | None, c: Candidate) -> tuple[int, int | None] | None:
    """Minutes written after the hour (`et quart`, `moins cinq`, `trente`, `trois quarts`)
    and `du soir` / `de l'après-midi` (+12 h)."""
    frac = fold(c.group("mfrac") or "")
    if frac.startswith("et demi"):
        minute = 30
    elif frac in ("et quart", "trois quarts"):
        minute = 15 if frac == "et quart" else 45
    elif frac.startswith("moins"):
        before = 15 if frac == "moins le quart" else _minutes(c.group("minus"))
        if before is None:
            return None
        hour, minute = (hour - 1) % 24, 60 - before
    elif c.group("minw") and minute is None:
        minute = _minutes(c.group("minw"))
        if minute is None:
            return None
    ampm = fold(c.group("ampm") or "")
    if ampm and hour < 12 and ("soir" in ampm or "après" in ampm or "aprèm" in ampm):
        hour += 12
    return hour, minute


def _minutes(text: str | None) -> int | None:
    value = parse_words(text) if text and not text.isdigit() else (int(text) if text else None)
    return value if value is not None and 0 < value < 60 else None


def clock(c: Candidate, ctx: Ctx) -> Reading | None:
    """`22 h`, `14h30`, `14:30`, `midi`, `trois heures et quart`, `15 h 30 locales`."""
    if c.group("noon") and not _noon_ok(c, ctx):
        return None
    if _reads_as_duration(c, ctx):
        return None
    p = _clock_point(c, ctx)
    if p is None:
        return None
    reading = point_reading(p, kind="time", text_en=en.clock_en(p.hour, p.minute))
    if p.year is None:
        reading.value = "XXXX-XX-XX" + reading.value[10:] if reading.value.startswith("XXXX") else reading.value
    qmod = lookup("quantifiers", c.group("qmod"))
    reading.modifier = qmod[0] if qmod else None
    day, reading.relative = clock_day(c, ctx)
    reading.day = day
    if c.group("local"):
        reading.flags.append("local_time")
    if c.group("zone"):
        reading.flags.append("time_zone")  # `14 h 30 heure de Paris`, `9 h GMT`: as stated
    if c.group("minute") and c.group("minw"):
        reading.end = c.match.end("minute")  # `12:04 un ...`: the word is not a minute
    return reading


def _noon_ok(c: Candidate, ctx: Ctx) -> bool:
    """`midi` is noon after a time preposition or a day word; `le Midi` is the South."""
    before = ctx.text[max(0, c.start - 1):c.start]
    if before in "-‐‑" and before:
        return False
    if c.group("noon")[0].isupper() and ctx.prep is None:
        return False
    prev = previous_word(ctx.text, c.start)
    return prev not in ("le", "du", "au", "dans le", "un", "une", "l'", "d'")


def _reads_as_duration(c: Candidate, ctx: Ctx) -> bool:
    """`pendant 3 heures`, `en 2 h`, `trois heures` with no time cue: a duration, not a clock time."""
    written = c.match.group(0)
    if c.group("noon") or c.group("ampm"):
        return False
    if ctx.prep in DURATION_PREPOSITIONS:
        return True
    if previous_word(ctx.text, c.start) in ("les", "des"):
        return True  # `dans les 2 h`, `des 48 heures`
    if ctx.prep in TIME_PREPOSITIONS:
        return False
    if re.match(r"\s+(?:plus\s+(?:tard|tôt)|auparavant)\b", ctx.after):
        return True  # `une heure et demie plus tard`: a lapse of time
    if c.group("mfrac") or c.group("minute") or "heure" not in fold(written):
        return False  # `22 h` is a clock time
    if _following_day(ctx) is not None:
        return False  # `Dix heures mercredi matin`
    if re.match(r"\s+d(?:e\s|[’'])", ctx.after):
        return True  # `22 heures de négociations`
    hour = parse_words(c.group("hourw")) if c.group("hourw") else int(c.group("hour"))
    return hour is not None and 0 < hour <= 12  # `22 heures` alone reads as a clock time


def part_of_day(c: Candidate, ctx: Ctx) -> Reading | None:
    """`ce soir`, `cet après-midi`, `la nuit`, `la soirée`, `en fin d'après-midi`."""
    pod = _pod(c)
    if pod is None:
        return None
    this = bool(c.group("this")) or bool(c.group("rel"))
    day = ctx.anchor_day if this else (ctx.last_day or ctx.anchor_day)
    if c.group("rel") and day is not None:
        day = shift(day, "D", rel_of(c.group("rel")) or 0)
    text_en = en.join(en.rel_en(c.group("rel")) if c.group("rel") else "this" if this else "the",
                      en.pod_en(pod))
    if c.group("part"):
        text_en = en.join({"start": "early", "mid": "mid", "end": "late"}[_part(c)], en.pod_en(pod))
    part = _part(c) or ("start" if c.group("early") else None)
    if c.group("early"):  # `tôt le matin`
        text_en = en.join("early in the", en.pod_en(pod))
    if c.group("pod") and lookup("parts_of_day", c.group("pod"))[0] == "DT":
        text_en = {"start": "early in the day", "mid": "midday", "end": "late in the day"}.get(
            _part(c), "during the day")  # `en fin de journée`, `dans la journée`
    if c.group("wd"):  # `la nuit de samedi à dimanche`: Saturday night
        text_en = f"{en.weekday_en(weekday_of(c.group('wd')))} night"
        if ctx.anchor_day:
            day = _weekday_day(ctx.anchor_day, weekday_of(c.group("wd")), "", None, ctx)
    if day is None:
        return Reading("time", f"XXXX-XX-XXT{pod}", granularity="hour", text_en=text_en,
                       modifier=part, relative=True)
    reading = point_reading(Point("pod", day.year, day.month, day.day, pod=pod), kind="time",
                            part=part, text_en=text_en)
    reading.relative = this or ctx.last_day is None
    reading.day = day
    return reading

