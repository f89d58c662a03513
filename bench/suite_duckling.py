"""Duckling French corpora -> benchmark cases (full-input semantics; mapping in README.md).

| dimension | table | value check |
|---|---|---|
| Numeral | quantities | `value` (bare numbers: SPEC never extracts them, see README) |
| Ordinal | quantities | kind `rank`, `value` |
| AmountOfMoney | quantities | value (+ value_max for `between`), ISO currency (`$`, `£`: family) |
| Distance, Volume | quantities | `si_value`/`si_unit` (m, m3) |
| Quantity | quantities | `value` only (cups, spoons have no SI reading in SPEC) |
| Temperature | quantities | `si_value` in K; unspecified `degree`: `value` |
| Duration | dates | ISO duration (`P2D`, `PT2M`), or the same length in seconds |
| Time | dates | value + grain -> ISO at that grain (see `time_values`), or earliest/latest |

The reference time 2013-02-12T04:30-02:00 becomes published = `2013-02-12` (SPEC anchors are
dates): expressions relative to the clock time (`dans une heure`) cannot come out right.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta

import peer_checks as chk
from common import EVAL_DIR, Case, Target, load_jsonl
from peer_units import DUCKLING_CURRENCY, SI, kelvin

DUCKLING_DIR = EVAL_DIR / "duckling"
DIMENSIONS = ("Numeral", "Ordinal", "AmountOfMoney", "Distance", "Volume", "Quantity",
              "Temperature", "Duration", "Time")
PUBLISHED = "2013-02-12"
REFERENCE = "2013-02-12T04:30:00"
DURATION_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
                    "month": 2592000, "quarter": 7776000, "year": 31536000}
DURATION_ISO = {"second": "PT{}S", "minute": "PT{}M", "hour": "PT{}H", "day": "P{}D",
                "week": "P{}W", "month": "P{}M", "quarter": "P{}Q", "year": "P{}Y"}
#: TIMEX3 part-of-day codes and the hours they cover (end may pass midnight).
PARTS_OF_DAY = {"MO": (4, 12), "MI": (11, 14), "AF": (12, 18), "EV": (17, 22), "NI": (20, 28)}
_ISO_DUR = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?"
                      r"(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?"
                      r"(?:(\d+(?:\.\d+)?)S)?)?$")


def _table(dimension: str) -> str:
    return "dates" if dimension in ("Time", "Duration") else "quantities"


def _local(value: str) -> datetime:
    """Duckling's RFC 3339 value at -02:00 -> naive local datetime."""
    return datetime.fromisoformat(value[:19])


def at_grain(moment: datetime, grain: str) -> str:
    """A local datetime written at a Duckling grain as SPEC/TIMEX3 writes it."""
    if grain == "year":
        return f"{moment.year:04d}"
    if grain == "quarter":
        return f"{moment.year:04d}-Q{(moment.month - 1) // 3 + 1}"
    if grain == "month":
        return moment.strftime("%Y-%m")
    if grain == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain == "day":
        return moment.strftime("%Y-%m-%d")
    if grain == "hour":
        return moment.strftime("%Y-%m-%dT%H")
    if grain == "minute":
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def shift_grain(moment: datetime, grain: str, n: int) -> datetime:
    """`moment` moved by `n` units of `grain` (months keep the day, which is 1 here)."""
    if grain in ("year", "quarter", "month"):
        months = {"year": 12, "quarter": 3, "month": 1}[grain] * n
        total = moment.year * 12 + moment.month - 1 + months
        return moment.replace(year=total // 12, month=total % 12 + 1)
    step = {"week": timedelta(weeks=1), "day": timedelta(days=1), "hour": timedelta(hours=1),
            "minute": timedelta(minutes=1)}.get(grain, timedelta(seconds=1))
    return moment + n * step


def minus_grain(moment: datetime, grain: str) -> datetime:
    """The last instant-at-grain before an exclusive interval end."""
    return shift_grain(moment, grain, -1)


def _parts_of_day(start: datetime, end: datetime) -> set[str]:
    """`<date>T<code>` values whose conventional hours contain the interval's midpoint."""
    middle = start + (end - start) / 2
    hour = middle.hour + middle.minute / 60 + (24 if middle.date() > start.date() else 0)
    return {f"{start:%Y-%m-%d}T{code}" for code, (lo, hi) in PARTS_OF_DAY.items() if lo <= hour < hi}


def time_values(expected: dict) -> tuple[set[str], set[tuple[str, str]]]:
    """Accepted `value` strings and (earliest, latest) bounds for a Duckling Time value.
    Intervals end exclusively in Duckling: the inclusive end is one grain earlier. Hour-grain
    intervals within a day also accept the TIMEX3 part-of-day code covering their middle
    (`tôt le matin` 07-09h -> `TMO`); `now` accepts PRESENT_REF."""
    if expected["type"] == "value":
        moment, grain = _local(expected["value"]), expected["grain"]
        values = {at_grain(moment, grain)}
        if grain == "second" and expected["value"].startswith(REFERENCE):
            values.add("PRESENT_REF")
        if grain in ("hour", "minute", "second"):
            return values, set()
        last = shift_grain(moment, grain, 1) - timedelta(days=1)
        return values, {(f"{moment:%Y-%m-%d}", f"{last:%Y-%m-%d}")}
    low, high = expected.get("from"), expected.get("to")
    if low and not high:
        return {at_grain(_local(low["value"]), low["grain"])}, set()
    if high and not low:
        return {at_grain(_local(high["value"]), high["grain"])}, set()
    start, grain = _local(low["value"]), low["grain"]
    end_excl = _local(high["value"])
    last = minus_grain(end_excl, high["grain"])
    values = {f"{at_grain(start, grain)}/{at_grain(last, high['grain'])}"}
    if grain in ("hour", "minute") and (end_excl - start) <= timedelta(hours=12):
        values |= _parts_of_day(start, end_excl)
    last_day = end_excl - timedelta(days=1)
    bounds = {(f"{start:%Y-%m-%d}", f"{last_day:%Y-%m-%d}")} \
        if grain not in ("hour", "minute", "second") else set()
    return values, bounds


def iso_duration_seconds(value) -> float | None:
    """`P2D` -> 172800 (months 30 days, years 365, as Duckling normalises); None if not one."""
    match = _ISO_DUR.match(str(value or ""))
    if not match or not any(match.groups()):
        return None
    y, mo, w, d, h, mi, s = (float(g) if g else 0.0 for g in match.groups())
    return y * 31536000 + mo * 2592000 + w * 604800 + d * 86400 + h * 3600 + mi * 60 + s


def duration_check(expected: dict):
    value, unit = expected["value"], expected["unit"]
    number = int(value) if float(value).is_integer() else value
    iso = DURATION_ISO[unit].format(number)
    seconds = expected.get("normalized", {}).get("value")

    def check(row: dict) -> bool:
        if row.get("value") == iso:
            return True
        got = iso_duration_seconds(row.get("value"))
        return got is not None and seconds is not None and abs(got - seconds) < 1e-6 * max(seconds, 1)
    return check


def _bounds(expected: dict) -> tuple[dict | None, float | None, float | None]:
    """(one unit-bearing part, value, value_max) of a simple or interval expectation."""
    if expected["type"] == "value":
        return expected, expected["value"], None
    low, high = expected.get("from"), expected.get("to")
    if low and high:
        return low, low["value"], high["value"]
    part = low or high
    return part, part["value"], None


def value_check(dimension: str, expected: dict):
    """The check of one Duckling expectation (None when not comparable)."""
    if dimension == "Time":
        values, bounds = time_values(expected)
        return chk.dates(values, bounds)
    if dimension == "Duration":
        return duration_check(expected)
    if dimension in ("Numeral", "Ordinal"):
        return chk.number(expected["value"], "rank" if dimension == "Ordinal" else None)
    part, value, value_max = _bounds(expected)
    unit = part.get("unit")
    if dimension == "AmountOfMoney":
        codes = DUCKLING_CURRENCY.get(unit)
        return chk.money(value, value_max, codes) if codes else None
    if dimension == "Temperature":
        return chk.temperature(kelvin(value, unit), value)
    readings = SI.get(unit)
    if dimension == "Quantity" or not readings:
        return chk.number(value)
    return chk.si_quantity(value, readings, value_max)


def load_cases(dimensions: list[str] | None = None, limit: int | None = None) -> list[Case]:
    """Cases of every Duckling dimension (first `limit` of each)."""
    cases = []
    for dimension in dimensions or DIMENSIONS:
        for row in load_jsonl(DUCKLING_DIR / f"{dimension}.jsonl", limit):
            text = row["input"]
            targets = []
            if not row["negative"]:
                start = len(text) - len(text.lstrip())
                check = value_check(dimension, row["expected"])
                targets = [Target(_table(dimension), start, len(text.rstrip()), check,
                                  row.get("haskell", ""))]
            group = f"{dimension} [bare]" if dimension in ("Numeral", "Ordinal") else dimension
            cases.append(Case(suite="duckling", group=group, case_id=row["id"], text=text,
                              published=PUBLISHED, targets=targets, tables=(_table(dimension),),
                              full_input=True))
    return cases
