"""A day and the part of day right after it are ONE row of kind `time`.

SPEC's example `dimanche soir` -> `1999-05-23TEV` is one span, as in French TimeBank: a day
(kind date, day precision) directly followed by a part of day on that same day (`dimanche
soir`, `hier après-midi`, `lundi matin`) becomes one row with the part of day's value on the
day's date. A day and a clock time stay two rows (`samedi 24 juillet` +
`à 15 h 45`), as TimeBank annotates them (Duckling and Recognizers-Text join them: measured,
joining costs about 24 strict matches on TimeBank); so do a part of day and a clock time
(`ce soir` + `à 8 h`), but the clock is then read on the part of day's dial (`ce soir à 8 h`
-> 20:00).
"""
from __future__ import annotations

import re

from .english import clock_en

_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$")
_POD_VALUE = re.compile(r"^(?P<day>[\dX]{4}-[\dX]{2}-[\dX]{2})?T(?P<pod>MO|AF|EV|NI|DT|MI)$")
_CLOCK_VALUE = re.compile(r"^(?P<day>[\dX]{4}-[\dX]{2}-[\dX]{2})?T(?P<hour>\d\d)(?P<rest>(?::\d\d){0,2})$")
_POD_CLOCK_LINK = re.compile(r"^\s*,?\s*(?:(?:à|a|vers|autour de|aux alentours de)\s+)?$", re.IGNORECASE)


def _is_day(row: dict) -> bool:
    return row["kind"] == "date" and bool(_DAY_VALUE.match(row["value"] or ""))


def _pod_day(row: dict) -> tuple[bool, str | None]:
    """(is a part of day, the date written in its value or None)."""
    m = _POD_VALUE.match(row["value"] or "") if row["kind"] == "time" else None
    return (m is not None, m.group("day") if m else None)


def _join(text: str, a: dict, b: dict) -> dict | None:
    """The one row for a day `a` directly followed by its part of day `b`, else None."""
    is_pod, pod_day = _pod_day(b)
    if (not is_pod or not _is_day(a) or text[a["end"]:b["start"]].strip()
            or b["modifier"] not in (None, "approx", "start", "mid", "end")
            or pod_day not in (None, a["value"], "XXXX-XX-XX")):
        return None
    row = dict(b)
    row.update(text=text[a["start"]:b["end"]], start=a["start"], end=b["end"], kind="time",
               value=a["value"] + b["value"][len(pod_day or ""):],
               modifier=a["modifier"] or b["modifier"], anchor=a["anchor"] or b["anchor"],
               text_en=" ".join(filter(None, [a["text_en"], b["text_en"]])) or None,
               flags=sorted(set(a["flags"]) | set(b["flags"])))
    return row


def _on_dial(text: str, pod_row: dict, clock_row: dict) -> dict:
    """`ce soir à 8 h`: a 12-hour clock right after an afternoon/evening/night part of day."""
    m = _CLOCK_VALUE.match(clock_row["value"] or "") if clock_row["kind"] == "time" else None
    pod = _POD_VALUE.match(pod_row["value"] or "") if pod_row["kind"] == "time" else None
    if not (m and pod and _POD_CLOCK_LINK.match(text[pod_row["end"]:clock_row["start"]])):
        return clock_row
    hour = int(m.group("hour"))
    if (pod.group("pod") in ("AF", "EV") and 1 <= hour < 12) or (pod.group("pod") == "NI" and 6 <= hour < 12):
        minute = int(m.group("rest")[1:3] or 0)
        return dict(clock_row, value=f"{m.group('day') or ''}T{hour + 12:02d}{m.group('rest')}",
                    text_en=clock_en(hour + 12, minute))
    return clock_row


def join_day_and_time(text: str, rows: list[dict]) -> list[dict]:
    """Rows in document order with each day + part-of-day pair made one row."""
    out: list[dict] = []
    for row in rows:
        joined = _join(text, out[-1], row) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(_on_dial(text, out[-1], row) if out else row)
    return out
