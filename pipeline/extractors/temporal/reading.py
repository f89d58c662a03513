"""What a handler returns (`Reading`), what it reads besides the match (`Ctx`), and the shared
steps: a Point -> a Reading; the year of a date written without one; anchor shifts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from .calendar import Point, bounds, granularity, narrow, timex, valid_day


@dataclass
class Reading:
    """One normalised temporal expression (the row of the dates table, minus ids/offsets)."""

    kind: str
    value: str | None
    earliest: str | None = None
    latest: str | None = None
    granularity: str | None = None
    modifier: str | None = None
    text_en: str | None = None
    flags: list[str] = field(default_factory=list)
    relative: bool = False     # resolved against the anchor
    day: date | None = None    # the day it denotes, when it denotes one (for later clock times)
    start: int | None = None   # a narrower span than the match, when the handler says so
    end: int | None = None
    base: date | None = None   # the earlier date of the text it was counted from, if any


@dataclass
class Earlier:
    """The dates written before a candidate, and whether its handler looked at them (a reading
    made without looking holds wherever the candidate stands: resolve.py reuses it)."""

    day: date | None = None      # the last day-precision date before it (same paragraph)
    year: int | None = None      # the last explicit year before it (same sentence)
    point: tuple | None = None   # (first day, granularity, Reading) of the last date before it
    looked: bool = False


@dataclass
class Ctx:
    """What a handler may read besides its match."""

    text: str
    anchor_day: date | None = None
    tense_of: Callable[[], str | None] = lambda: None      # the clause's tense, on demand
    doc_tense_of: Callable[[], str | None] = lambda: None  # the document's dominant tense
    earlier: Earlier = field(default_factory=Earlier)     # read through last_day/_year/_point
    week_rel: int | None = None         # `mardi de la semaine prochaine`: the week's offset
    prep: str | None = None             # the leading preposition (folded), if any
    prep_modifier: str | None = None
    before: str = ""                    # up to 40 characters before the span
    after: str = ""                     # up to 40 characters after the span
    today_is_vague: Callable[[], bool] = lambda: False
    parsed: bool = False                # the Doc has a dependency parse (tense is knowable)
    has_verb: Callable[[], bool] = lambda: False  # its clause has a verb (finite or not)

    # the dates before the candidate, read through `earlier` so that the read is recorded
    @property
    def last_day(self) -> date | None:
        self.earlier.looked = True
        return self.earlier.day

    @property
    def last_year(self) -> int | None:
        self.earlier.looked = True
        return self.earlier.year

    @property
    def last_point(self) -> tuple | None:
        self.earlier.looked = True
        return self.earlier.point

    @property
    def tense(self) -> str | None:
        """'past' | 'future' | 'present' | None (no verb, no parse); read from the parse only
        when a handler asks (most never do)."""
        return self.tense_of()

    @property
    def doc_tense(self) -> str | None:
        """The document's dominant tense ('past' | 'future' | None)."""
        return self.doc_tense_of()


def point_reading(p: Point, *, kind: str = "date", part: str | None = None,
                  text_en: str | None = None, relative: bool = False,
                  flags: list[str] | None = None) -> Reading:
    """A Reading for a calendar Point; `part` (start/mid/end) narrows the bounds."""
    flags = list(flags or [])
    if p.gran in ("day", "pod", "hour", "minute") and not valid_day(p.year, p.month, p.day):
        flags.append("invalid_day")
    span = bounds(p)
    earliest = latest = None
    if span:
        lo, hi = narrow(*span, part)
        earliest, latest = lo.isoformat(), hi.isoformat()
    day = None
    if p.year and p.month and p.day and valid_day(p.year, p.month, p.day):
        day = date(p.year, p.month, p.day)
    return Reading(kind, timex(p), earliest, latest, granularity(p), part, text_en, flags,
                   relative, day)


def direction_of(ctx: Ctx) -> int:
    """-1 when the clause speaks of the past, +1 of the future, 0 when unknown."""
    if ctx.prep_modifier == "since":
        return -1
    if ctx.prep_modifier in ("by", "until"):
        return 1
    return {"past": -1, "future": 1}.get(ctx.tense or "", 0)


def leaning(ctx: Ctx) -> int:
    """`direction_of`, and for a clause without any verb (a title, an agenda line, a date
    alone; an infinitive is a verb: `avant de quitter ses fonctions le 30 octobre`) in a text
    that does not tell the past: +1, the next occurrence (`Concert le 31 octobre`, `Noël`).
    In a past-tense text, or without a parse (a plain string), 0: the nearest occurrence.
    Measured on French TimeBank: leaning on a past-tense text for verbless clauses changes
    nothing there, so the nearest occurrence (the earlier behaviour) is kept for news."""
    direction = direction_of(ctx)
    if direction == 0 and ctx.tense is None and ctx.parsed and not ctx.has_verb():
        return 0 if ctx.doc_tense == "past" else 1
    return direction


def infer_year(month: int, day: int | None, ctx: Ctx, rel: int | None = None) -> int | None:
    """Year of a date written without one: the anchor's year, moved back or forward by the
    relative word (`dernier`/`prochain`) or else the tense (`leaning`); a present tense ->
    the nearest occurrence."""
    anchor = ctx.anchor_day
    if anchor is None:
        return None
    year = anchor.year
    key = (month, day) if day is not None else (month, 0)
    now = (anchor.month, anchor.day) if day is not None else (anchor.month, 0)
    cmp = (key > now) - (key < now)
    direction = rel if rel else leaning(ctx)
    if (month, day) == (2, 29):
        return _leap_year(anchor, direction)
    strict = bool(rel)  # `mai dernier` in May is last year's May
    if direction < 0 and (cmp > 0 or (strict and cmp == 0)):
        return year - 1
    if direction > 0 and (cmp < 0 or (strict and cmp == 0)):
        return year + 1
    if direction == 0:
        gap = (month - anchor.month) + ((day or 15) - anchor.day) / 31
        if gap > 6:
            return year - 1
        if gap < -6:
            return year + 1
    return year


def _leap_year(anchor: date, direction: int) -> int:
    """The year of a `29 février` written without one: the leap year nearest the anchor on the
    side the text speaks of (its 29 February on or after / before the anchor)."""
    import calendar

    candidates = [y for y in range(anchor.year - 8, anchor.year + 9) if calendar.isleap(y)]
    if direction > 0:
        candidates = [y for y in candidates if date(y, 2, 29) >= anchor]
    elif direction < 0:
        candidates = [y for y in candidates if date(y, 2, 29) <= anchor]
    return min(candidates, key=lambda y: abs((date(y, 2, 29) - anchor).days))


def fix_year(raw: str, anchor_year: int | None) -> tuple[int | None, list[str]]:
    """A year as written -> (year, flags). Two digits -> the 19xx/20xx year nearest the anchor;
    a 5-digit year that becomes plausible (within a century of the anchor, or of 2000) by
    dropping one digit is fixed to the one nearest the anchor and flagged
    `year_out_of_range:20244->2024`; otherwise the year is unusable (None)."""
    digits = "".join(c for c in raw if c.isdigit())
    target = anchor_year or 2000
    if len(digits) == 2:
        value = int(digits)
        return min((1900 + value, 2000 + value), key=lambda y: (abs(y - target), -y)), []
    if len(digits) == 4:
        return int(digits), []
    if len(digits) == 5:
        options = {int(digits[:i] + digits[i + 1:]) for i in range(5)}
        plausible = sorted(y for y in options if abs(y - target) <= 100)
        if plausible:
            best = min(plausible, key=lambda y: (abs(y - target), y))
            return best, [f"year_out_of_range:{digits}->{best}"]
    return None, [f"year_out_of_range:{digits}"]
