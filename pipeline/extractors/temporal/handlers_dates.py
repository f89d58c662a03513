"""Handlers of calendar expressions: full and partial dates, weekdays, `hier`, `le lendemain`,
years in context, holidays (periods, seasons and decades are in handlers_periods.py).

A handler takes a grammar Candidate and a Ctx and returns a Reading, or None to reject the
candidate (a bare `Mars`, the participle `été`, `de 2000 personnes`). Pure functions.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from . import english as en
from .calendar import Point, day_point, holiday_date, shift, weekday_from
from .context import at_sentence_start, previous_word
from .grammar import Candidate
from .lexicon import fold, lookup, words
from .numwords import parse_ordinal
from .reading import Ctx, Reading, direction_of, fix_year, infer_year, point_reading

UNIT_OF = {"an": "Y", "année": "Y", "semaine": "W", "mois": "M", "trimestre": "Q",
           "semestre": "HALF", "week-end": "WE", "décennie": "DE", "siècle": "CE"}


def month_of(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        value = int(text)
        return value if 1 <= value <= 12 else None
    cells = lookup("months", text)
    return int(cells[0]) if cells else None


def weekday_of(text: str | None) -> int | None:
    cells = lookup("weekdays", text)
    return int(cells[0]) if cells else None


def rel_of(text: str | None) -> int | None:
    cells = lookup("relative_words", text)
    return int(cells[0]) if cells else None


def anchor_year(ctx: Ctx) -> int | None:
    return ctx.anchor_day.year if ctx.anchor_day else None


def _is_abbreviation(form: str) -> bool:
    cells = lookup("months", form)
    return bool(cells) and cells[2] == "abbr"


def _bare_month_ok(c: Candidate, ctx: Ctx, month_text: str) -> bool:
    """A month name alone is a date unless it is a capitalised word mid-sentence (`Mars`)
    or a dotted abbreviation."""
    if month_text.endswith("."):
        return False
    cells = lookup("months", month_text)
    if cells and cells[2] == "name" and month_text[0].isupper() and not at_sentence_start(ctx.text, c.start):
        return ctx.prep is not None
    return True


def calendar_date(c: Candidate, ctx: Ctx) -> Reading | None:
    """`le samedi 5 juin 1999`, `24 février 2022`, `novembre 2024`, `novembre dernier`, `01/03/2024`,
    `17/02` (a two-digit month; never after `note`, `score`, `page`: lexicon `fraction_cues.tsv`)."""
    if c.pattern.name.startswith("numeric") and (_number_context(ctx.text, c.start)
                                                 or fold(c.match.group(0)) in words("numeric_idioms")):
        return None  # `une note de 10/10`, `24/7`
    month = month_of(c.group("month"))
    day = parse_ordinal(c.group("day")) if c.group("day") else None
    if month is None or (day is not None and not 1 <= day <= 31):
        return None
    year_text, rel_text = c.group("year"), c.group("rel")
    if day is None and _is_abbreviation(c.group("month")) and not year_text:
        return None
    if day is None and not (year_text or rel_text or c.group("mois")):
        if not _bare_month_ok(c, ctx, c.group("month")):
            return None
    flags: list[str] = []
    weekday = weekday_of(c.group("wd"))
    if year_text:
        year, flags = fix_year(year_text, anchor_year(ctx))
        if year is None:
            return None
        relative = False
    elif weekday and day and not rel_text and ctx.anchor_day:
        year, relative = _year_of_weekday(month, day, weekday, ctx), True
    elif c.group("this") and ctx.anchor_day:
        year, relative = ctx.anchor_day.year, True
    elif ctx.last_year and not rel_text:
        year, relative = ctx.last_year, False
    else:
        year, relative = infer_year(month, day, ctx, rel_of(rel_text)), True
    p = Point("day", year, month, day) if day else Point("month", year, month)
    if weekday and year and day and _weekday_mismatch(year, month, day, weekday):
        flags.append("weekday_mismatch")
    text_en = en.date_en(day, month, year if year_text else None, weekday)
    if rel_text and not year_text:
        text_en = en.join(text_en, None) if day else en.join(en.rel_en(rel_text), text_en)
    return point_reading(p, text_en=text_en, relative=relative, flags=flags)


def _year_of_weekday(month: int, day: int, weekday: int, ctx: Ctx) -> int | None:
    """`jeudi 16 septembre` without a year: the year near the anchor where the 16th of
    September is a Thursday (else the usual inference)."""
    years = [y for y in (ctx.anchor_day.year, ctx.anchor_day.year + 1, ctx.anchor_day.year - 1)
             if not _weekday_mismatch(y, month, day, weekday) and _exists(y, month, day)]
    return years[0] if years else infer_year(month, day, ctx)


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
        return True
    except ValueError:
        return False


def _weekday_mismatch(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).isoweekday() != weekday
    except ValueError:
        return False


def weekday(c: Candidate, ctx: Ctx) -> Reading | None:
    """`mardi`, `vendredi dernier`, `ce dimanche`, `dimanche soir`, `le mercredi` (habitual)."""
    wd = weekday_of(c.group("wd"))
    det, rel_text, pod = fold(c.group("det") or ""), c.group("rel"), _pod(c)
    if wd is None or _name_like(c.group("wd"), c, ctx) and not (det or rel_text or pod):
        return None
    if c.group("week"):
        ctx = replace(ctx, week_rel=rel_of(c.group("wrel")) if c.group("wrel") else 0)
    if det == "le" and not rel_text and not pod:
        return Reading("set", f"XXXX-WXX-{wd}", granularity="day",
                       text_en=f"on {en.weekday_en(wd)}s")
    week_en = en.join(en.rel_en(c.group("wrel")) or "this", "week") if c.group("week") else None
    text_en = en.join("this" if det.startswith("ce") else None, en.weekday_en(wd),
                      en.rel_en(rel_text) if rel_text and fold(rel_text) not in ("en huit", "en quinze") else None,
                      en.pod_en(pod), f"of {week_en}" if week_en else None)
    if rel_text and fold(rel_text) in ("dernier", "prochain", "passé", "précédent", "suivant"):
        text_en = en.join(en.rel_en(rel_text), en.weekday_en(wd), en.pod_en(pod))
    anchor = ctx.anchor_day
    if anchor is None:
        value = f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        return Reading("time" if pod else "date", value, granularity="hour" if pod else "day",
                       text_en=text_en, relative=True, modifier=_part(c))
    day = _weekday_day(anchor, wd, det, rel_text, ctx)
    rel_cells = lookup("relative_words", rel_text) if rel_text else None
    anaphoric = bool(rel_cells) and rel_cells[2:3] == ("text",) and ctx.last_day is not None
    if anaphoric:  # `le 3 mai ... le mercredi suivant`: the Wednesday after that day
        day = weekday_from(ctx.last_day, wd, int(rel_cells[0]) or 1)
    p = Point("pod", day.year, day.month, day.day, pod=pod) if pod else day_point(day)
    reading = point_reading(p, kind="time" if pod else "date", part=_part(c), text_en=text_en,
                            relative=not anaphoric,
                            flags=["relative_to_previous_date"] if anaphoric else None)
    reading.base = ctx.last_day if anaphoric else None
    return reading


def _name_like(word: str, c: Candidate, ctx: Ctx) -> bool:
    """`le Journal du Dimanche`: a capitalised weekday after `du`/`de` is part of a name."""
    return word[:1].isupper() and previous_word(ctx.text, c.start) in ("du", "de", "des")


def _weekday_day(anchor: date, wd: int, det: str, rel_text: str | None, ctx: Ctx) -> date:
    rel = fold(rel_text or "")
    if rel in ("en huit", "en 8", "en quinze", "en 15"):
        coming = anchor if anchor.isoweekday() == wd else weekday_from(anchor, wd, 1)
        return shift(coming, "W", 1 if rel in ("en huit", "en 8") else 2)
    if ctx.week_rel is not None:
        return weekday_from(shift(anchor, "W", ctx.week_rel), wd, 0)
    if rel:
        return weekday_from(anchor, wd, rel_of(rel_text) or 1)
    direction = direction_of(ctx)
    if det.startswith("ce"):
        same = weekday_from(anchor, wd, 0)
        if direction < 0:
            return same if same <= anchor else shift(same, "W", -1)
        return same if same >= anchor else shift(same, "W", 1)
    if direction == 0 and ctx.tense is None:
        direction = -1 if ctx.doc_tense == "past" else 1  # a clause without a verb
    return weekday_from(anchor, wd, -1 if direction < 0 else 1)


#: `début/milieu/fin de journée`: the part of the day they name (TIMEX3 has no `start of day`).
_DAY_PARTS = {"start": "MO", "mid": "MI", "end": "EV"}


def _pod(c: Candidate) -> str | None:
    """The TIMEX3 part-of-day code; `en début de journée` -> MO, `en milieu de journée` ->
    MI, `en fin de journée` -> EV."""
    cells = lookup("parts_of_day", c.group("pod"))
    if not cells:
        return None
    part = _part(c)
    return _DAY_PARTS.get(part, cells[0]) if cells[0] == "DT" and part else cells[0]


def _part(c: Candidate) -> str | None:
    cells = lookup("parts_of_period", c.group("part"))
    return cells[0] if cells and cells[0] != "-" else None


def deictic(c: Candidate, ctx: Ctx) -> Reading | None:
    """`hier`, `aujourd'hui`, `demain soir`, `avant-hier`; `aujourd'hui` may mean "nowadays"."""
    cells = lookup("deictic_days", c.group("deic"))
    if cells is None:
        return None
    offset, text_en = int(cells[0]), cells[1]
    pod = _pod(c)
    if offset == 0 and not pod and not c.group("wd") and ctx.prep is None and ctx.today_is_vague():
        return Reading("vague", "PRESENT_REF", text_en="nowadays")
    if c.group("wd"):
        text_en = en.join(text_en, en.weekday_en(weekday_of(c.group("wd"))))
    text_en = en.join(text_en, en.pod_en(pod) if pod else None)
    if ctx.anchor_day is None:
        value = "XXXX-XX-XX" + (f"T{pod}" if pod else "")
        return Reading("time" if pod else "date", value, granularity="hour" if pod else "day",
                       text_en=text_en, relative=True, modifier=_part(c))
    day = shift(ctx.anchor_day, "D", offset)
    p = Point("pod", day.year, day.month, day.day, pod=pod) if pod else day_point(day)
    return point_reading(p, kind="time" if pod else "date", part=_part(c), text_en=text_en,
                         relative=True)


def event_day(c: Candidate, ctx: Ctx) -> Reading | None:
    """`le lendemain`, `la veille`, `le même jour`, `le jour suivant`: relative to the last
    date mentioned (lexicon `event_days.tsv`)."""
    cells = lookup("event_days", c.group("evrel"))
    if cells is None:
        return None
    offset, label = int(cells[0]), cells[1]
    pod = _pod(c)
    base = ctx.last_day
    if c.group("month"):
        month, day = month_of(c.group("month")), parse_ordinal(c.group("day"))
        year = int(c.group("year")) if c.group("year") else infer_year(month, day, ctx)
        base = date(year, month, day) if year and day and _exists(year, month, day) else None
    text_en = en.join(label, en.pod_en(pod) if pod else None)
    flags = ["relative_to_previous_date"]
    if base is None and ctx.anchor_day is not None:
        base, flags = ctx.anchor_day, ["relative_to_publication_date"]
    if base is None:
        return Reading("time" if pod else "date", "XXXX-XX-XX" + (f"T{pod}" if pod else ""),
                       granularity="hour" if pod else "day", text_en=text_en,
                       flags=["relative_to_unknown_date"])
    day = shift(base, "D", offset)
    p = Point("pod", day.year, day.month, day.day, pod=pod) if pod else day_point(day)
    return point_reading(p, kind="time" if pod else "date", text_en=text_en, flags=flags,
                         relative=flags == ["relative_to_publication_date"])


def year(c: Candidate, ctx: Ctx) -> Reading | None:
    """`en 2008`, `depuis 2005`, `d'ici 2027`, `qu'en 1993`, `l'an 2000`: a bare number made a
    year by its context; weak cues (`de`, `pour`, `avant` ...) need a plausible next word."""
    if c.group("year2"):
        value, _ = fix_year(c.group("year2"), anchor_year(ctx))
        return point_reading(Point("year", value), text_en=str(value))
    value = int(c.group("year"))
    cue = fold(c.group("cue") or "")
    cells = lookup("year_cues", cue) if cue else ("strong",)
    if c.group("qual") and (not cells or cells[1:2] != ("noun",)):
        return None  # only a noun cue takes a qualifier: `le budget supplémentaire 2002`
    weak = bool(cells) and cells[0] == "weak"
    low, high = (1800, 2100) if weak else (1000, 2199)
    if not low <= value <= high:
        return None
    if cue and previous_word(ctx.text, c.match.start()) in words("count_words"):
        return None
    if weak and not _plausible_follower(ctx.after):
        return None
    return point_reading(Point("year", value), text_en=str(value))


def _plausible_follower(after: str) -> bool:
    """After a weakly cued year: punctuation, end, a capital, or a function word."""
    stripped = after.lstrip()
    if not stripped or not stripped[0].isalpha():
        return True
    if stripped[0].isupper():
        return True
    word = fold(stripped.split()[0].strip(",.;:!?)»"))  # typographic apostrophes -> '
    word = word.split("'")[0] + "'" if "'" in word else word
    return word in words("year_followers")


def holiday(c: Candidate, ctx: Ctx) -> Reading | None:
    """`Noël`, `la Toussaint 2024`, `la Pentecôte`: the holiday's day in the year meant."""
    cells = lookup("holidays", c.group("holiday"))
    if cells is None:
        return None
    rule, text_en = cells[0], cells[1]
    written = c.group("holiday")
    if cells[2] == "Cap" and not written[:1].isupper():
        return None
    if written[:1].isupper() and not c.group("det") and _names_event(ctx.text, c.start):
        return None  # `l'accord du Vendredi Saint`: the name of an agreement
    offset = {"veille": -1, "lendemain": 1}.get(fold(c.group("hrel") or ""), 0)
    if offset:
        text_en = f"the day {'before' if offset < 0 else 'after'} {text_en}"
    if c.group("year"):
        day = holiday_date(rule, int(c.group("year"))) + timedelta(days=offset)
        return point_reading(day_point(day), text_en=f"{text_en} {c.group('year')}")
    if ctx.anchor_day is None:
        return Reading("date", "XXXX-XX-XX", granularity="day", text_en=text_en, relative=True)
    this_year = holiday_date(rule, ctx.anchor_day.year)
    year_ = infer_year(this_year.month, this_year.day, ctx)
    day = holiday_date(rule, year_) + timedelta(days=offset)
    return point_reading(day_point(day), text_en=text_en, relative=True)


def _names_event(text: str, start: int) -> bool:
    """A capitalised holiday right after `<noun> du/de` where the noun names agreements,
    offensives, uprisings (`accord du Vendredi Saint`, `offensive du Têt`): part of a name."""
    m = re.search(r"([^\W\d_]+)\s+(?:du|de la|de l['’]|de|des)\s*$", text[max(0, start - 40):start])
    return bool(m) and fold(m.group(1)) in words("event_nouns")


def _number_context(text: str, start: int) -> bool:
    """`une note de 10/10`, `l'article 12/03`: the numbers are a score or a reference."""
    before = re.findall(r"[\w°.'’]+", text[max(0, start - 30):start])[-2:]
    return any(fold(word).rstrip(".") in words("fraction_cues") for word in before)
