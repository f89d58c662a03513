"""One document: candidates -> handlers -> non-overlapping selection -> rows.

Anchor: the published date at year, month or day precision. A relative expression is
resolved against the first and the last day the anchor allows; when the two results differ
(`hier` in an article of May 2025 may be 30 April) the parts that differ become X
placeholders, earliest/latest span both, and the row is flagged `anchor_imprecise`. With no
published date, the anchor is inferred from the latest explicit full date in the text (flag
`anchor_inferred`); with none, relative expressions keep X placeholders.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from itertools import accumulate
from typing import Callable

from . import fallback, handlers_dates as hd, handlers_durations as hdu, handlers_periods as hp
from . import handlers_adjectives as ha
from . import handlers_relative as hr
from . import handlers_spans as hs
from .calendar import month_end
from .context import Parse, preposition_before, today_is_vague
from .grammar import Candidate, find
from .reading import Ctx, Earlier, Reading

HANDLERS = {
    "calendar_date": hd.calendar_date, "weekday": hd.weekday, "deictic": hd.deictic,
    "event_day": hd.event_day, "relative_unit": hp.relative_unit, "season": hp.season,
    "quarter": hp.quarter, "part_of_period": hp.part_of_period, "decade": hp.decade,
    "year": hd.year, "holiday": hd.holiday, "nth_weekday": hp.nth_weekday,
    "last_n": hp.last_n, "week_of": hp.week_of, "interval": hs.interval, "clock": hs.clock,
    "part_of_day": hs.part_of_day, "duration": hdu.duration, "period_noun": hdu.period_noun,
    "offset": hdu.offset, "set": hdu.set_, "vague": hdu.vague, "weekday_day": fallback.weekday_day,
    "numeric_loose": fallback.numeric_loose, "temporal_adjective": ha.temporal_adjective,
    "ordinal_unit": hr.ordinal_unit, "season_pair": hr.season_pair, "new_year": hr.new_year,
    "later": hr.later, "bare_day": hr.bare_day, "within_unit": hr.within_unit,
    "lunch_break": hr.lunch_break, "that_moment": hr.that_moment, "first_months": hp.first_months,
    "day_list": hr.day_list,
}


@dataclass(frozen=True)
class Anchor:
    iso: str
    first: date
    last: date
    inferred: bool = False


def parse_anchor(text: str | None, inferred: bool = False) -> Anchor | None:
    """`2025` / `2025-05` / `2025-05-12` (a time part is ignored) -> Anchor, else None."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text or "")
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month and not 1 <= int(month) <= 12:
        return None
    if day:
        try:
            d = date(year, int(month), int(day))
        except ValueError:
            return None
        return Anchor(d.isoformat(), d, d, inferred)
    if month:
        return Anchor(f"{year}-{month}", date(year, int(month), 1), month_end(year, int(month)), inferred)
    return Anchor(str(year), date(year, 1, 1), date(year, 12, 31), inferred)


@dataclass
class Picked:
    cand: Candidate
    readings: list[Reading]
    anchor: Anchor | None = None   # the anchor the readings were made with
    looked_back: bool = True       # the handler read the dates before it (see `Earlier`)


class DocState:
    """The text, its parse, the claimed ranges, and per-candidate context."""

    def __init__(self, text: str, doc=None):
        self.text = text
        self.parse = Parse(doc)
        # a candidate's context is built up to three times (selection, rows, row): read once
        self._prepositions: dict[int, tuple[str | None, str | None]] = {}

    def preposition(self, start: int) -> tuple[str | None, str | None]:
        """`preposition_before(text, start)`, remembered."""
        if start not in self._prepositions:
            self._prepositions[start] = preposition_before(self.text, start)
        return self._prepositions[start]

    def ctx(self, c: Candidate, anchor_day: date | None, earlier: Earlier) -> Ctx:
        prep, modifier = self.preposition(c.start)
        text, start, end, parse = self.text, c.start, c.end, self.parse

        def tense() -> str | None:
            return parse.tense(start, end)

        return Ctx(text=text, anchor_day=anchor_day, tense_of=tense, doc_tense_of=parse.doc_tense,
                   earlier=earlier,
                   prep=prep, prep_modifier=modifier,
                   before=text[max(0, start - 40):start], after=text[end:end + 40],
                   today_is_vague=lambda: today_is_vague(text, start, end, parse, tense()),
                   parsed=parse.doc is not None,
                   has_verb=lambda: parse.verb_of(start, end) is not None)


def _as_list(result) -> list[Reading]:
    if result is None:
        return []
    return list(result) if isinstance(result, (list, tuple)) else [result]


def evaluate(state: DocState, c: Candidate, anchor: Anchor | None, last_day: date | None,
             last_year: int | None = None, last_point: tuple | None = None) -> list[Reading]:
    """The Readings of one candidate, merged over the anchor's first and last day."""
    return _evaluate(state, c, anchor, Earlier(last_day, last_year, last_point))


def first_reading(state: DocState, c: Candidate, anchor: Anchor | None) -> Picked:
    """The candidate read with no date before it (for the selection), and whether the reading
    depends on the dates before it (if not, it stands as the candidate's final reading)."""
    earlier = Earlier()
    readings = _evaluate(state, c, anchor, earlier)
    return Picked(c, readings, anchor, earlier.looked)


def _evaluate(state: DocState, c: Candidate, anchor: Anchor | None, earlier: Earlier) -> list[Reading]:
    handler = HANDLERS[c.pattern.handler]
    ctx = state.ctx(c, anchor.first if anchor else None, earlier)
    readings = _as_list(handler(c, ctx))
    if not anchor or anchor.first == anchor.last or not any(r.relative for r in readings):
        return readings
    others = _as_list(handler(c, replace(ctx, anchor_day=anchor.last)))
    if len(others) != len(readings):
        return readings
    return [merge(a, b) for a, b in zip(readings, others)]


def merge(a: Reading, b: Reading) -> Reading:
    """One Reading from the readings at both ends of an imprecise anchor."""
    if a.value == b.value:
        return a
    if a.value is None or b.value is None or a.kind != b.kind:
        return a
    value = "/".join(_merge_value(x, y) for x, y in zip(a.value.split("/"), b.value.split("/")))
    earliest = min(filter(None, [a.earliest, b.earliest]), default=None)
    latest = max(filter(None, [a.latest, b.latest]), default=None)
    return replace(a, value=value, earliest=earliest, latest=latest, day=None,
                   flags=sorted(set(a.flags + b.flags + ["anchor_imprecise"])))


def _merge_value(x: str, y: str) -> str:
    """`2025-04-30` + `2025-05-30` -> `2025-XX-XX`: in the date part, X from the first
    differing part on; a clock part (`T22:00`) is kept when both agree on it."""
    if x == y:
        return x
    (dx, _, tx), (dy, _, ty) = x.partition("T"), y.partition("T")
    if len(dx) != len(dy):
        return re.sub(r"\d", "X", x)
    parts_x, parts_y = re.split(r"([-])", dx), re.split(r"([-])", dy)
    out, differ = [], False
    for px, py in zip(parts_x, parts_y):
        differ = differ or px != py
        out.append(re.sub(r"\d", "X", px) if differ and px != "-" else px)
    clock = tx if tx == ty else re.sub(r"\d", "X", tx)
    return "".join(out) + (f"T{clock}" if "T" in x else "")


def select(found: list[Candidate], read: Callable[[Candidate], Picked]) -> list[Picked]:
    """Longest candidate first, then higher priority, then leftmost; no two overlap; a candidate
    without readings (its handler rejects it) blocks nothing. A candidate overlapping one
    already taken is never read: handlers are pure, and reading is the costly part here."""
    order = sorted(found, key=lambda c: (-(c.end - c.start), -c.pattern.priority, c.start))
    taken: list[tuple[int, int]] = []
    out = []
    for c in order:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        picked = read(c)
        if picked.readings:
            taken.append((c.start, c.end))
            out.append(picked)
    return sorted(out, key=lambda p: p.cand.start)


def candidates(text: str, claimed) -> list[Candidate]:
    """Grammar matches that do not touch characters claimed by quantities/percentages."""
    ranges = sorted(claimed or ())
    starts = [s for s, _ in ranges]
    reach = list(accumulate((e for _, e in ranges), max))  # furthest end of the first k ranges

    def touches(c: Candidate) -> bool:
        k = bisect_left(starts, c.end)  # the ranges that start before the candidate ends
        return k > 0 and reach[k - 1] > c.start

    return [c for c in find(text) if not touches(c)]


def infer_anchor(picked: list[Picked]) -> Anchor | None:
    """The latest explicit (non-relative) full date of the document, else its latest month."""
    days, months = [], []
    for p in picked:
        for r in p.readings:
            if r.relative or r.kind != "date" or not r.value or "X" in r.value or r.flags:
                continue
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.value):
                days.append(r.value)
            elif re.fullmatch(r"\d{4}-\d{2}", r.value):
                months.append(r.value)
    best = max(days, default=None) or max(months, default=None)
    return parse_anchor(best, inferred=True) if best else None
