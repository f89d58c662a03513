"""A day and the time of day that follows (or precedes) it are ONE row of kind `time`.

SPEC's example `dimanche soir` -> `1999-05-23TEV` is one span; likewise `lundi à 11h`,
`le 2/3 à 5h`, `2 mars vers 5h`, `Hier à 10 h`, `aujourd'hui à midi`, `le 12 février en fin
de matinée`, `ce soir à 8 h` (-> 20:00), `15 h 30, hier`, `20:00, 21/04/2016`. Duckling and
Recognizers-Text read them as one expression too. The grammar finds the two parts separately
(the clock already takes its day from the date before it, see handlers_spans.clock_day);
this pass joins two adjacent rows when only a link word stands between them:
- a day (kind date, day precision) + `à` / `vers` / `autour de` / `en` / `dans` / `,` / nothing
  + a clock time or a part of day on that same day;
- a part of day + `à` / `vers` / nothing + a clock time (`ce soir à 8 h`, `l'après-midi 7:00`):
  the clock moves to the afternoon/evening when written on a 12-hour dial;
- a clock time + `,` / nothing + the day it belongs to (`15 h 30, hier`).
The joined row keeps the value of the time part (its date part written as the day's), the
modifier of the first part (`depuis lundi à 11h` -> since), `approx` when the link is `vers`.
Not joined: a list of times (`jeudi, à 18 h et à 19 h 30`), a link that sets another modifier (`dimanche soir, à partir de 22 h` stays two
rows, the second `from`), two rows on different days, durations and sets.
"""
from __future__ import annotations

import re

from .english import clock_en

_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$")
_POD_VALUE = re.compile(r"^(?P<day>[\dX]{4}-[\dX]{2}-[\dX]{2})?T(?P<pod>MO|AF|EV|NI|DT|MI)$")
_CLOCK_VALUE = re.compile(r"^(?P<day>[\dX]{4}-[\dX]{2}-[\dX]{2})?T(?P<hour>\d\d)(?P<rest>(?::\d\d){0,2})$")
_LINK_AFTER_DAY = re.compile(r"^\s*,?\s*(?:(?P<w>à|a|vers|autour de|aux alentours de|en|dans|au)\s+)?$",
                             re.IGNORECASE)
_LINK_AFTER_POD = re.compile(r"^\s*,?\s*(?:(?P<w>à|a|vers|autour de|aux alentours de)\s+)?$", re.IGNORECASE)
_LINK_BEFORE_DAY = re.compile(r"^\s*,?\s*$")
_APPROX = ("vers", "autour de", "aux alentours de")


def _date_part(value: str | None) -> str | None:
    m = _CLOCK_VALUE.match(value or "") or _POD_VALUE.match(value or "")
    return m.group("day") if m else None


def _is_day(row: dict) -> bool:
    return row["kind"] == "date" and bool(_DAY_VALUE.match(row["value"] or ""))


def _is_clock(row: dict) -> bool:
    return row["kind"] == "time" and bool(_CLOCK_VALUE.match(row["value"] or ""))


def _is_pod(row: dict) -> bool:
    return row["kind"] == "time" and bool(_POD_VALUE.match(row["value"] or ""))


def _same_day(day_value: str, time_row: dict) -> bool:
    part = _date_part(time_row["value"])
    return part is None or part == day_value or part == "XXXX-XX-XX"


def _on_dial(pod: str, value: str) -> str:
    """`ce soir à 8 h` -> 20:00: a clock after an afternoon/evening/night part of day."""
    m = _CLOCK_VALUE.match(value)
    hour = int(m.group("hour"))
    if (pod in ("AF", "EV") and 1 <= hour < 12) or (pod == "NI" and 6 <= hour < 12):
        hour += 12
    return f"{m.group('day') or ''}T{hour:02d}{m.group('rest')}"


def _joined(text: str, a: dict, b: dict, value: str, time_row: dict, link: str | None,
            link_en: str) -> dict:
    row = dict(time_row)
    row.update(text=text[a["start"]:b["end"]], start=a["start"], end=b["end"], kind="time",
               value=value, modifier=a["modifier"] or b["modifier"] or ("approx" if link in _APPROX else None),
               anchor=a["anchor"] or b["anchor"],
               text_en=" ".join(filter(None, [a["text_en"], link_en, b["text_en"]])) or None,
               flags=sorted(set(a["flags"]) | set(b["flags"])))
    return row


def _join(text: str, a: dict, b: dict) -> dict | None:
    """The one row for adjacent rows a, b, or None when they stay apart."""
    between = text[a["end"]:b["start"]]
    if "\n" in between or b["modifier"] not in (None, "approx", "start", "mid", "end"):
        return None
    m = _LINK_AFTER_DAY.match(between)
    if m and _is_day(a) and (_is_clock(b) or _is_pod(b)) and _same_day(a["value"], b):
        day_part = _date_part(b["value"]) or ""
        value = a["value"] + b["value"][len(day_part):]
        link = (m.group("w") or "").lower() or None
        return _joined(text, a, b, value, b, link, "at" if _is_clock(b) else "")
    m = _LINK_AFTER_POD.match(between)
    if m and _is_pod(a) and _is_clock(b) and _same_day(_date_part(a["value"]) or "XXXX-XX-XX", b):
        pod = _POD_VALUE.match(a["value"])
        value = _on_dial(pod.group("pod"), b["value"])
        if pod.group("day") and not _date_part(b["value"]):
            value = pod.group("day") + value
        link = (m.group("w") or "").lower() or None
        clock = _CLOCK_VALUE.match(value)
        shifted = dict(b, text_en=clock_en(int(clock.group("hour")), int(clock.group("rest")[1:3] or 0)))
        return _joined(text, a, shifted, value, shifted, link, "at")
    if _LINK_BEFORE_DAY.match(between) and _is_clock(a) and _is_day(b) and _date_part(a["value"]) == b["value"]:
        return _joined(text, a, b, a["value"], a, None, "")
    return None


_LIST_LINK = re.compile(r"^\s*(?:et|ou|,)\s*(?:(?:à|a|vers)\s+)?$", re.IGNORECASE)


def _listed(text: str, row: dict, following: dict | None) -> bool:
    """`jeudi, à 18 h et à 19 h 30`: a list of times for one day stays apart."""
    return (following is not None and _is_clock(row) and _is_clock(following)
            and bool(_LIST_LINK.match(text[row["end"]:following["start"]])))


def join_day_and_time(text: str, rows: list[dict]) -> list[dict]:
    """Rows in document order with each day + time of day pair made one row."""
    out: list[dict] = []
    for i, row in enumerate(rows):
        if out and not _listed(text, row, rows[i + 1] if i + 1 < len(rows) else None):
            joined = _join(text, out[-1], row)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(row)
    return out
