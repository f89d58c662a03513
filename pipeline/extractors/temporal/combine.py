"""A day and the part of day right after it are ONE row of kind `time`.

SPEC's example `dimanche soir` -> `1999-05-23TEV` is one span, as in French TimeBank: a day
(kind date, day precision) followed by a part of day on that same day (`dimanche soir`, `hier
après-midi`, `lundi matin`; also across `en`/`dans`/`au`/`tôt`: `le 15 février dans la
matinée`, `hier en début d'après-midi`, `ce mardi «dans la journée»`) becomes one row with
the part of day's value on the day's date; so does a part of day followed by its day (`la
nuit du 4 mars`, `la nuit du 3 au 4 mai` -> the 3rd, `le soir de Noël`). A day and a clock
time stay two rows (`samedi 24 juillet` + `à 15 h 45`), as TimeBank annotates them (Duckling
and Recognizers-Text join them: measured, joining costs about 24 strict matches on
TimeBank); so do a part of day and a clock time (`ce soir` + `à 8 h`), but the clock is
then read on the part of day's dial (`ce soir à 8 h` -> 20:00; `à 3 heures demain
après-midi` -> 15:00 on that day). The two ends of a clock range share one dial too
(`range_dial`: `de 8 h à 10 h du soir`, `de 22 h à 2 h` ending the next day).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import Point, shift
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


#: What may stand between a day and its part of day: `le 12 février en fin de matinée`,
#: `le 15 février dans la matinée`, `hier tôt le matin`.
_DAY_POD_LINK = re.compile(r"^\s*[«“\"]?\s*(?:(?:très\s+|assez\s+)?(?:tôt|tard)\s+)?"
                           r"(?:(?:en|dans|au|durant|pendant)\s+)?$", re.IGNORECASE)


def _join(text: str, a: dict, b: dict) -> dict | None:
    """The one row for a day `a` directly followed by its part of day `b`, else None."""
    is_pod, pod_day = _pod_day(b)
    if (not is_pod or not _is_day(a) or not _DAY_POD_LINK.match(text[a["end"]:b["start"]])
            or b["modifier"] not in (None, "approx", "start", "mid", "end")
            or pod_day not in (None, a["value"], "XXXX-XX-XX")):
        return None
    row = dict(b)
    end = b["end"]
    if re.search(r"[«“\"]", text[a["end"]:b["start"]]) and text[end:end + 1] in ("»", "”", '"'):
        end += 1  # `ce mardi «dans la journée»`: the quotes stay balanced
    row.update(text=text[a["start"]:end], start=a["start"], end=end, kind="time",
               value=a["value"] + b["value"][len(pod_day or ""):],
               modifier=a["modifier"] or b["modifier"], anchor=a["anchor"] or b["anchor"],
               text_en=" ".join(filter(None, [a["text_en"], _no_article(b["text_en"])])) or None,
               flags=sorted(set(a["flags"]) | set(b["flags"])))
    return row


_POD_AFTER_CLOCK = re.compile(r"^\s*,?\s*$")


def _no_article(text_en: str | None) -> str | None:
    """`the morning` -> `morning` once it follows its day (`15 February morning`)."""
    return text_en[4:] if text_en and text_en.startswith("the ") else text_en


def _on_dial(text: str, pod_row: dict, clock_row: dict, after: bool = False) -> dict:
    """`ce soir à 8 h`: a 12-hour clock right after an afternoon/evening/night part of day
    (`after`: right before it, `à 3 heures demain après-midi`, the clock then also takes the
    part of day's date)."""
    m = _CLOCK_VALUE.match(clock_row["value"] or "") if clock_row["kind"] == "time" else None
    pod = _POD_VALUE.match(pod_row["value"] or "") if pod_row["kind"] == "time" else None
    link = text[clock_row["end"]:pod_row["start"]] if after else text[pod_row["end"]:clock_row["start"]]
    if not (m and pod and (_POD_AFTER_CLOCK if after else _POD_CLOCK_LINK).match(link)):
        return clock_row
    hour, code = int(m.group("hour")), pod.group("pod")
    day = (pod.group("day") if after and pod.group("day") else m.group("day")) or ""
    pm = (code in ("AF", "EV") and 1 <= hour < 12) or (code == "NI" and 6 <= hour < 12)
    dialed = hour + 12 if pm else hour
    night = _night_range_day(pod_row, pod.group("day"), dialed)
    if dialed == hour and night is None:
        return dict(clock_row, value=f"{day}T{m.group('hour')}{m.group('rest')}") if after else clock_row
    row = dict(clock_row, value=f"{night or day}T{dialed:02d}{m.group('rest')}")
    if dialed != hour:
        row["text_en"] = clock_en(dialed, int(m.group("rest")[1:3] or 0))
    if night:
        row.update(earliest=night, latest=night)
    return row


def _night_range_day(pod_row: dict, night_day: str | None, hour: int) -> str | None:
    """The day of a clock in a night written from one day to the next (`la nuit de dimanche à
    lundi, vers 3 h` -> Monday; `vers 23 h` -> Sunday), else None."""
    if (not pod_row["value"].endswith("TNI") or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", night_day or "")
            or not re.search(r"\s(?:à|au)\s", pod_row["text"]) or 6 <= hour < 18):
        return None
    return (date.fromisoformat(night_day) + timedelta(days=1 if hour < 6 else 0)).isoformat()


_POD_OF_DAY_LINK = re.compile(r"^\s+(?:(?:du|de|d['’])\s*)?$", re.IGNORECASE)
_DAY_SPAN = re.compile(r"^(?P<a>\d{4}-\d{2}-\d{2})/(?P<b>\d{4}-\d{2}-\d{2})$")


def _join_pod_of_day(text: str, a: dict, b: dict) -> dict | None:
    """`la nuit du 4 mars`, `la matinée du 15 février`, `le soir de Noël`, `la nuit du 3 au 4
    mai` (the night that starts on the 3rd): a part of day followed by the day it belongs to."""
    is_pod, _ = _pod_day(a)
    link = text[a["end"]:b["start"]]
    if not is_pod or a["modifier"] not in (None, "approx") or not _POD_OF_DAY_LINK.match(link):
        return None
    code = a["value"].rsplit("T", 1)[1]
    if _is_day(b):
        day = b["value"]
    else:
        m = _DAY_SPAN.match(b["value"] or "") if b["kind"] == "interval" else None
        if not (m and code == "NI" and _next_day(m.group("a"), m.group("b"))):
            return None
        day = m.group("a")
    row = dict(a)
    row.update(text=text[a["start"]:b["end"]], end=b["end"], value=f"{day}T{code}",
               earliest=day if "X" not in day else None, latest=day if "X" not in day else None,
               granularity="hour", anchor=b["anchor"],
               text_en=" ".join(filter(None, [a["text_en"], "of", b["text_en"]])),
               flags=sorted(set(a["flags"]) | set(b["flags"])))
    return row


def _next_day(first: str, second: str) -> bool:
    from datetime import date, timedelta

    return date.fromisoformat(second) - date.fromisoformat(first) == timedelta(days=1)


def join_day_and_time(text: str, rows: list[dict]) -> list[dict]:
    """Rows in document order with each day + part-of-day pair made one row, and a clock
    read on the dial of a part of day next to it (before: `ce soir à 8 h`; after: `à 3 heures
    demain après-midi`)."""
    out: list[dict] = []
    for row in rows:
        joined = (_join(text, out[-1], row) or _join_pod_of_day(text, out[-1], row)) if out else None
        if joined is not None:
            out[-1] = joined
            continue
        dialed = _on_dial(text, row, out[-1], after=True) if out else None
        if dialed is not None and dialed is not out[-1]:
            out[-1] = dialed  # the clock before its part of day
            out.append(row)
        else:
            out.append(_on_dial(text, out[-1], row) if out else row)
    return out


def range_dial(ampm: str, a: Point, b: Point) -> tuple[Point, Point]:
    """The ends of a clock range on one dial (`ampm`: the folded part of day after the second
    clock): `de 8 h à 10 h du soir` (both in the evening), `de 11h30 à 1h30` (the afternoon),
    `de 22 h à 2 h (du matin)` (the end on the next day)."""
    if a.hour is None or b.hour is None:
        return a, b
    if ampm and b.hour < 12 and any(w in ampm for w in ("soir", "après", "aprem", "aprèm")):
        b = b.with_(hour=b.hour + 12)
        a = a.with_(hour=a.hour + 12) if a.hour < 12 and a.hour + 12 <= b.hour else a
    later_day = (b.year, b.month, b.day) > (a.year, a.month, a.day) if a.day and b.day else False
    if b.hour >= a.hour or later_day:
        return a, b
    if b.hour < 12 and b.hour + 12 > a.hour and not ampm:
        return a, b.with_(hour=b.hour + 12)
    d = shift(date(b.year, b.month, b.day), "D", 1) if b.day else None
    if d is None:
        return a, b
    return a, b.with_(year=d.year, month=d.month, day=d.day)
