"""Dates extractor: French temporal expressions -> rows of SPEC's `dates` table.

Candidates come from our own grammar (`pipeline/data/dates/patterns.toml` + lexicons), never
from `dateparser.search_dates`; each candidate is normalised by a pure handler
(`temporal/handlers_*.py`); dateparser only normalises the long tail (numeric dates in unusual
shapes such as `2015/08/12`), one span at a time, cached, never against today's date.

Spans. Leading prepositions are excluded and set `modifier` (`en` -> null, `depuis` -> since,
`d'ici` -> by, `à partir de`/`dès` -> from, `avant` -> before, `après` -> after, `vers` ->
approx, `jusqu'à` -> until); contracted `au`/`du` stay outside too. Kept inside: determiners
and demonstratives (`le 24 février 2022`, `l'an dernier`, `cette année`, `les années 1990`,
as TIMEX3 does), range markers (`du 12 au 14 mars`, `entre 19 et 23 jours`), quantity hedges
(`environ deux mois` -> approx, `plus de vingt ans` -> more_than) and `début`/`mi-`/`fin`
(-> modifier start/mid/end, earliest/latest narrowed to that third). `il y a` and `dans` in
`il y a deux ans` / `dans trois mois` are part of the span: they make it a date.

Overlap policy (tested in tests/test_dates.py):
1. characters claimed by quantities/percentages (`claimed`) are never part of a date: a
   candidate touching one is dropped whole, never trimmed (`35%`, `2 024 tonnes`);
2. a candidate its handler rejects (bare `Mars`, the participle `été`, `de 2000 personnes`,
   an age such as `un homme de 45 ans`) blocks nothing;
3. among the rest the longest span wins, then the pattern's priority, then the leftmost;
   no two date rows overlap (`29-30 mai 2025` is one interval, not two dates).

Relative values use `anchor` (the published date at year, month or day precision) and record
it in the `anchor` column. Decisions:
- an anchor coarser than a day: the expression is resolved for the anchor's first and last
  day; parts that differ become X (`hier` in an article of 2025-05 -> `2025-XX-XX`,
  2025-04-30..2025-05-30, flag `anchor_imprecise`; `novembre dernier` -> `2024-11`, exact);
- no published date: the anchor is the latest explicit full (else month) date of the text,
  flag `anchor_inferred`; with none, relative values keep X placeholders (`XXXX-XX-XX`);
- the tense of the clause (spaCy morphology; none on a blank pipeline) picks the past or the
  next `mardi`, the year of `le 21 juin`, of `en janvier`; a year stated earlier in the same
  sentence wins (`en 1997 (en janvier ...)`); a clause without any verb looks ahead unless
  the text is told in the past (`Concert le 31 octobre`, `Noël`); otherwise the nearest
  occurrence (`reading.leaning`);
- `aujourd'hui` is the anchor day, or `PRESENT_REF` (kind vague) when it opens a statement
  (`Aujourd'hui, ...`) or governs a state verb (`représente aujourd'hui`, `est aujourd'hui`);
- `d'ici quelques semaines` / `d'ici trois mois`: a duration (`PXW`, `P3M`) with modifier `by`;
  `dans trois mois` / `il y a deux ans`: a date (anchor + 3 months / - 2 years, at the
  unit's granularity; days and weeks at day granularity);
- `le lendemain` / `la veille` / `le jour suivant` / `deux jours plus tard` / `trois ans plus
  tôt`: counted from the last date before it, else the anchor (flags
  `relative_to_previous_date` / `relative_to_publication_date`; temporal/handlers_relative.py);
  `à ce moment-là` repeats the last date or time;
- a day and its part of day are one row of kind time (`dimanche soir`, `le 2 mars en fin de
  matinée`, `la nuit du 3 au 4 mai`); a day and a clock time are two rows, as French TimeBank
  annotates them, the clock on that day (`lundi à 11h`, `le 16 à 18h`) and on the dial of a
  part of day next to it (`ce soir à 8 h` -> 20:00; temporal/combine.py);
- clock times and parts of day take a day written right after them (`4 h mardi`,
  `vers 15 h 30, hier`), else the last day-precision date before them (`dimanche soir, à
  partir de 22 h` -> that Sunday at 22:00), else the anchor day; `minuit` ends its day;
- a day of the month alone (`le 16`, `du 13 au 18`, `à partir du 8`) is a date only with a
  clock time, a date preposition or a range marker; its month comes from the last day
  written before it, else from the anchor;
- ages are not durations (`un homme de 45 ans`, `Paul, 23 ans,`, `15 ans d'âge`);
- suspicious values are kept and flagged: `20224` -> `year_out_of_range:20224->2024` (the
  plausible year one dropped digit away, nearest the anchor: `2024` or `2022`); `31 avril` -> `invalid_day`
  (value as written, bounds of the month).
"""
from __future__ import annotations

import re
from datetime import date

from .doc_utils import doc_text
from .temporal.calendar import at_least_as_fine
from .temporal.combine import join_day_and_time
from .temporal.reading import Earlier
from .temporal.resolve import (Anchor, DocState, Picked, candidates, evaluate, first_reading,
                               infer_anchor, parse_anchor, select)


def extract(doc, anchor: str | None = None, claimed=(), **_context) -> list[dict]:
    """Rows of the dates table (without ids, doc_id, sentence) for a spaCy Doc or a string."""
    text = doc if isinstance(doc, str) else doc_text(doc)
    state = DocState(text, None if isinstance(doc, str) else doc)
    given = parse_anchor(anchor)
    chosen = select(candidates(text, claimed), lambda c: first_reading(state, c, given))
    use = given or infer_anchor(chosen)
    return join_day_and_time(text, _rows(state, chosen, use))


def _rows(state: DocState, chosen: list[Picked], anchor: Anchor | None) -> list[dict]:
    """Rows in document order; each sees the last day and the last explicit year (same
    sentence, not overridden by a relative date) mentioned before it."""
    rows: list[dict] = []
    last_day: date | None = None
    last_year: int | None = None
    last_point: tuple | None = None
    last_end = 0
    for picked in chosen:
        c = picked.cand
        gap = state.text[last_end:c.start]
        if "\n" in gap or _SENTENCE_END.search(gap):
            last_year = None
        if picked.looked_back or picked.anchor != anchor:
            readings = evaluate(state, c, anchor, last_day, last_year, last_point)
        else:
            readings = picked.readings  # made without looking back: the same here
        for reading in readings:
            rows.append(_row(state, c, reading, anchor, last_day))
            if reading.day is not None and reading.kind in ("date", "time"):
                last_day = reading.day
            if reading.kind in ("date", "interval"):
                last_year = _explicit_year(reading)
            last_point = _finer(last_point, _point_of(reading))
        last_end = c.end
    return rows


def _finer(old: tuple | None, new: tuple | None) -> tuple | None:
    """The new last date, unless it only restates the day of the previous, finer one
    (`vers 15 h 30, hier`: the clock time stays the last point)."""
    if new is None:
        return old
    finer_or_same = None if old is None else at_least_as_fine(new[1], old[1])
    if finer_or_same is None:
        return new
    coarser = not finer_or_same
    contains = (new[2].earliest or "") <= old[0].isoformat() <= (new[2].latest or "")
    return old if coarser and contains else new


def _point_of(reading) -> tuple | None:
    """(first day, granularity, reading) of a dated reading (`en 2010` -> (2010-01-01, year,
    ...)), else None."""
    if reading.kind not in ("date", "interval", "time") or not reading.earliest or not reading.granularity:
        return None
    try:
        return date.fromisoformat(reading.earliest), reading.granularity, reading
    except ValueError:
        return None


_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-Ý«]")


def _explicit_year(reading) -> int | None:
    """The year a non-relative date states (`en 1997`, `octobre 98`), else None."""
    if reading.relative or reading.kind not in ("date", "interval") or not reading.value:
        return None
    m = re.match(r"(\d{4})(?:$|-)", reading.value.split("/")[-1])
    return int(m.group(1)) if m else None


def _row(state: DocState, c, reading, anchor: Anchor | None, last_day: date | None) -> dict:
    start = reading.start if reading.start is not None else c.start
    end = reading.end if reading.end is not None else c.end
    ctx = state.ctx(c, None, Earlier())
    flags = list(reading.flags)
    used = None
    if "relative_to_previous_date" in flags and (reading.base or last_day) is not None:
        used = (reading.base or last_day).isoformat()
    elif reading.relative and anchor is not None:
        used = anchor.iso
        if anchor.inferred:
            flags.append("anchor_inferred")
    return {
        "text": state.text[start:end], "start": start, "end": end, "kind": reading.kind,
        "value": reading.value, "earliest": reading.earliest, "latest": reading.latest,
        "granularity": reading.granularity, "modifier": ctx.prep_modifier or reading.modifier,
        "anchor": used, "text_en": reading.text_en, "flags": sorted(set(flags)),
    }
