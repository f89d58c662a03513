"""Handlers of durations (`deux semaines`, `34 ans`, `entre 19 et 23 jours`, `quelques années`,
`un an et demi`), offsets from the anchor (`il y a deux ans`, `dans trois mois`), sets
(`chaque année`, `tous les jeudis`, `par an`, `annuel`) and vague references (`désormais`).

Ages are not durations: `un homme de 45 ans`, `âgé de 34 ans`, `15 ans d'âge`, `X, 97 ans,`
are left to the quantities extractor (SPEC: kind `age`).
"""
from __future__ import annotations

import re

from . import english as en
from .calendar import day_point, shift, unit_point
from .context import next_word, previous_word
from .grammar import Candidate
from .handlers_spans import DURATION_PREPOSITIONS, hour_range
from .lexicon import fold, lookup, table, words
from .numwords import parse_number
from .reading import Ctx, Reading, point_reading

_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
            "MIN": ("S", 60), "DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "HALF": ("M", 6)}
_AGE_BEFORE = re.compile(r"(?:âgée?s?|l[’']âge|d[’']âge) de\s*$|^\s*à\s*$|[.!?]\s+à\s*$", re.IGNORECASE)
_DE_BEFORE = re.compile(r"([\w-]+)\s+(?:de\s+|d[’'])$")


def unit_code(form: str | None) -> str | None:
    cells = lookup("units", form)
    return cells[0] if cells else None


def timex_duration(count: float | str, unit: str, keep_decimal: bool = False) -> str:
    """`P2W`, `PT30.4S`; a fraction said in words moves to a smaller unit when exact
    (`un an et demi` -> P18M), a decimal written in digits stays (`3,5 ans` -> P3.5Y)."""
    if isinstance(count, float) and count != int(count) and unit in _SMALLER and not keep_decimal:
        smaller, factor = _SMALLER[unit]
        if (count * factor) == int(count * factor):
            return timex_duration(float(count * factor), smaller)
    designator, factor = table("unit_names")[unit.lower()][:2]
    if isinstance(count, float):
        amount = count * int(factor)
        count = f"{int(amount)}" if amount == int(amount) else f"{amount:g}"
    clock = designator.startswith("T")
    return f"P{'T' if clock else ''}{count}{designator[1:] if clock else designator}"


def _granularity(unit: str) -> str:
    return table("unit_names")[unit.lower()][2]


def _is_age(c: Candidate, ctx: Ctx, unit: str) -> bool:
    if unit != "Y":
        return False
    after = ctx.after.lstrip()
    if re.match(r"d[’']âge\b", after) or _AGE_BEFORE.search(ctx.before):
        return True
    if c.group("num") and c.group("num")[0].isdigit() and re.match(r"[,).;]", after) \
            and re.search(r"[A-ZÀ-Ý][\w-]+\s*,\s*$", ctx.before):
        return True
    if re.search(r"\(\s*$", ctx.before) and after.startswith(")"):
        return True
    if re.search(r"\d\s*[-–]\s*$", ctx.before):
        return True  # the end of an age bracket `0-6 ans`
    if c.group("a_num") and re.search(r"\b(?:les|des)\s*$", ctx.before, re.IGNORECASE):
        return True  # an age bracket: `les 6-16 ans`
    before_de = _DE_BEFORE.search(ctx.before)
    return bool(before_de and fold(before_de.group(1)) not in words("duration_nouns"))


def _count(c: Candidate) -> tuple[float | None, bool, str | None]:
    """(count, written in words?, approx modifier) of a duration candidate."""
    if c.group("approxn"):
        return float(lookup("approx_counts", c.group("approxn"))[0]), False, "approx"
    if c.group("quarters"):
        return (0.25 if fold(c.group("quarters")) == "un" else 0.75), True, None
    raw = c.group("num")
    if raw is None:
        return None, False, None
    value = parse_number(raw)
    if value is not None and "demi" in fold(c.match.group(0)) and not c.group("frac"):
        value = value / 2
    if value is not None and c.group("frac"):
        value += 0.25 if "quart" in fold(c.group("frac")) else 0.5
    return value, not raw[0].isdigit(), None


def duration(c: Candidate, ctx: Ctx) -> Reading | None:
    """`deux semaines` -> P2W, `entre 19 et 23 jours` -> P19D/P23D, `quelques années` -> PXY."""
    unit = unit_code(c.group("unit"))
    if unit is None or _is_age(c, ctx, unit):
        return None
    qmod = lookup("quantifiers", c.group("qmod"))
    modifier = qmod[0] if qmod else None
    if c.group("whole"):
        return Reading("duration", timex_duration(1.0, unit), granularity=_granularity(unit),
                       text_en=f"the whole {en.unit_en(unit, 1)}")
    if c.group("a_num"):
        if c.group("ampm") and unit != "H":
            return None
        if unit == "H" and (c.group("ampm") or _is_clock_range(c, ctx)):
            return hour_range(c, ctx, int(parse_number(c.group("a_num"))), int(parse_number(c.group("b_num"))))
        return _range(c, unit, modifier)
    count, in_words, approx = _count(c)
    if c.group("vq"):
        if fold(c.group("vq")) == "des" and unit in ("H", "MIN", "S"):
            return None
        vague = lookup("vague_quantities", c.group("vq"))
        return Reading("duration", _vague_timex(unit), granularity=_granularity(unit), modifier=modifier,
                       text_en=en.duration_en(None, unit, False, vague[0] if vague else None))
    if count is None or count <= 0:
        return None
    if in_words and count == 1 and not modifier and _idiomatic_one(c, ctx):
        return None
    text_en = en.duration_en(count, unit, in_words)
    if c.group("lastrel"):
        text_en = en.join("the", "last" if "dern" in fold(c.group("lastrel")) else "next", text_en)
    written_decimal = bool(c.group("num")) and any(ch in c.group("num") for ch in ",.")
    return Reading("duration", timex_duration(count, unit, written_decimal), granularity=_granularity(unit),
                   modifier=modifier or approx, text_en=en.join(en.qmod_en(modifier or approx), text_en))


def _vague_timex(unit: str) -> str:
    """`quelques années` -> PXY, `plusieurs heures` -> PTXH."""
    designator = table("unit_names")[unit.lower()][0]
    return f"PTX{designator[1:]}" if designator.startswith("T") else f"PX{designator}"


def _idiomatic_one(c: Candidate, ctx: Ctx) -> bool:
    """`un jour, il ...`, `une année difficile`: `un`/`une` + unit is not a measure unless a
    duration preposition or `depuis` introduces it."""
    noun = fold(c.group("unit"))
    if noun not in ("jour", "année", "journée", "heure", "seconde"):
        return False
    if re.match(r"\s+d(?:e\s|[’'])", ctx.after):
        return True
    return ctx.prep not in (DURATION_PREPOSITIONS - {"dans"}) | {"depuis"}


def _is_clock_range(c: Candidate, ctx: Ctx) -> bool:
    """`de 14 à 16 heures`, `16-17 heures`: clock times, unless a duration preposition or a
    hedge introduces them (`pendant 2 à 3 heures`)."""
    if ctx.prep in DURATION_PREPOSITIONS or c.group("qmod"):
        return False
    marker = fold(c.group("marker") or "")
    dash = not marker and not re.search(r"\s(?:à|ou)\s", c.match.group(0))
    return marker == "de" or dash


def _range(c: Candidate, unit: str, modifier: str | None) -> Reading | None:
    a, b = parse_number(c.group("a_num")), parse_number(c.group("b_num"))
    if a is None or b is None or not 0 < a < b:
        return None
    words_ = not c.group("b_num")[0].isdigit()
    marker = fold(c.group("marker") or "")
    word = {"entre": "between", "de": "from"}.get(marker)
    link = " and " if word == "between" else " to " if word else "–"
    text_en = en.join(word, f"{en.english_number(a, words_)}{link}{en.duration_en(b, unit, words_)}")
    return Reading("duration", f"{timex_duration(a, unit)}/{timex_duration(b, unit)}",
                   granularity=_granularity(unit), modifier=modifier, text_en=text_en)


def period_noun(c: Candidate, ctx: Ctx) -> Reading | None:
    """`quinquennat` -> P5Y."""
    cells = lookup("period_nouns", c.group("noun"))
    return Reading("duration", cells[0], granularity="year", text_en=cells[1]) if cells else None


def offset(c: Candidate, ctx: Ctx) -> Reading | None:
    """`il y a deux ans` -> the anchor's year minus 2; `dans trois mois` -> anchor + 3 months."""
    unit = unit_code(c.group("unit"))
    if unit is None:
        return None
    sign = 1 if fold(c.group("dir")) == "dans" else -1
    label = "ago" if sign < 0 else "in"
    if c.group("vq"):
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        text = en.duration_en(None, unit, False, (lookup("vague_quantities", c.group("vq")) or ["some"])[0])
        return Reading("vague", value, text_en=f"{text} ago" if sign < 0 else f"in {text}")
    count = parse_number(c.group("num")) if c.group("num") else None
    approx = None
    if c.group("approxn2"):
        count, approx = float(lookup("approx_counts", c.group("approxn2").split()[-1])[0]), "approx"
    if count is None or count <= 0:
        return None
    if count == 1 and c.group("num") and not c.group("num")[0].isdigit() and re.match(r"\s+d(?:e\s|[’'])", ctx.after):
        return None  # `dans un jour de grande forme`
    if c.group("frac"):
        count += 0.5
    span_en = en.duration_en(count, unit, not (c.group("num") or "0")[0].isdigit())
    text_en = f"{span_en} ago" if label == "ago" else f"in {span_en}"
    if c.group("exact"):
        text_en += " to the day"
    if ctx.anchor_day is None:
        return Reading("date", None, text_en=text_en, relative=True, modifier=approx)
    return _offset_point(ctx, unit, sign * count, text_en, approx, bool(c.group("exact")))


def _offset_point(ctx: Ctx, unit: str, n: float, text_en: str, approx: str | None,
                  to_the_day: bool = False) -> Reading | None:
    """The anchor moved by `n` units, at the unit's granularity (a day for days and weeks, and
    for any unit with `jour pour jour`: `il y a dix ans jour pour jour`)."""
    if unit in ("H", "MIN", "S"):
        return point_reading(day_point(ctx.anchor_day), text_en=text_en, relative=True)
    if n != int(n):
        smaller, factor = _SMALLER[unit]
        unit, n = smaller, n * factor
    target = shift(ctx.anchor_day, "D" if unit == "D" else unit, int(n))
    gran_unit = "D" if to_the_day else {"D": "D", "W": "D", "WE": "D"}.get(unit, unit)
    p = day_point(target) if gran_unit == "D" else unit_point(target, gran_unit)
    reading = point_reading(p, text_en=text_en, relative=True)
    reading.modifier = approx
    return reading


_DETERMINERS = {"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette",
                "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon",
                "ma", "mes", "au", "aux"}


def set_(c: Candidate, ctx: Ctx) -> Reading | None:
    """`chaque année` -> P1Y, `tous les deux ans` -> P2Y, `tous les jeudis` -> XXXX-WXX-4,
    `chaque matin` -> XXXX-XX-XXTMO, `deux fois par an` -> P1Y, `annuel` -> P1Y."""
    if c.group("adj"):
        prev = previous_word(ctx.text, c.start)
        if c.group("adj")[0].isupper() or prev in _DETERMINERS or prev in words("publication_nouns"):
            return None  # `le Quotidien`, `la presse quotidienne`: a kind of paper, not a frequency
        cells = lookup("set_words", c.group("adj"))
        return Reading("set", cells[0], granularity=None, text_en=cells[1])
    clock = _set_clock(c)
    if c.group("wd"):
        from .handlers_dates import weekday_of

        wd = weekday_of(c.group("wd"))
        text_en = en.join(f"every {en.weekday_en(wd)}", f"at {clock}" if clock else None)
        if c.group("ords"):  # `les deuxième et quatrième jeudis` (of each month)
            text_en = f"the {_ranks_en(c.group('ords'))} {en.weekday_en(wd)}s"
        return Reading("set", f"XXXX-WXX-{wd}" + (f"T{clock}" if clock else ""),
                       granularity="minute" if clock else "day", text_en=text_en)
    if clock:
        return Reading("set", f"XXXX-XX-XXT{clock}", granularity="minute", text_en=f"every day at {clock}")
    if c.group("pod"):
        code = lookup("parts_of_day", c.group("pod").rstrip("s"))[0]
        return Reading("set", f"XXXX-XX-XXT{code}", granularity="hour",
                       text_en=f"every {en.pod_en(code)}")
    unit = unit_code(c.group("unit"))
    if unit is None:
        return None
    n = parse_number(c.group("num")) if c.group("num") else 1.0
    if n is None or n <= 0:
        return None
    if c.group("q"):
        text_en = f"every {en.duration_en(n, unit, True)}" if n != 1 else f"every {en.unit_en(unit, 1)}"
    else:
        text_en = _per_en(c, unit)
    return Reading("set", timex_duration(n, unit), granularity=_granularity(unit), text_en=text_en)


def _ranks_en(ords: str) -> str:
    """`deuxième et quatrième` -> `second and fourth`."""
    from .numwords import parse_ordinal

    ranks = [en.ordinal_en(parse_ordinal(p) or 0) for p in re.split(r"\s*,\s*|\s+(?:et|ou)\s+", ords) if p]
    return ", ".join(ranks[:-1]) + " and " + ranks[-1] if len(ranks) > 1 else ranks[0]


def _set_clock(c: Candidate) -> str | None:
    """`HH:MM` of `tous les lundis à 16 h`, or None."""
    if c.group("noon"):
        return "12:00" if fold(c.group("noon")) == "midi" else "00:00"
    if not c.group("hour"):
        return None
    hour = int(c.group("hour"))
    meridiem = fold(c.group("meridiem") or "").replace(".", "").replace(" ", "")
    if meridiem == "pm" and hour < 12:
        hour += 12  # `4pm chaque lundi`
    elif meridiem == "am" and hour == 12:
        hour = 0
    return f"{hour % 24:02d}:{int(c.group('minute') or 0):02d}"


def _per_en(c: Candidate, unit: str) -> str:
    freq = c.group("freq")
    per = f"a {en.unit_en(unit, 1)}" if unit != "H" else "an hour"
    if not freq:
        return f"per {en.unit_en(unit, 1)}"
    n = parse_number(freq) or 1
    times = {1: "once", 2: "twice"}.get(int(n), f"{en.english_number(n, True)} times")
    return f"{times} {per}"


def vague(c: Candidate, ctx: Ctx) -> Reading | None:
    """`désormais`, `ces dernières années`, `à l'avenir`: PRESENT_REF / PAST_REF / FUTURE_REF."""
    cells = lookup("vague", c.group("vague"))
    if cells is None:
        return None
    form = c.group("vague")
    if form[0].isupper() and form.lower() == "l'avenir" and previous_word(ctx.text, c.start):
        return None
    after = next_word(ctx.text, c.end).lower()
    if form.endswith("viennent") and (after == "de" or after.startswith(("d'", "d’"))):
        return None  # `les mois qui viennent de s'écouler`: the months just past
    return Reading("vague", cells[0], text_en=cells[1])

