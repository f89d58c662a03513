"""Shared rules of the gold files: closed lists, unit table, date bounds, text loading.

Both `make_gold.py` (which builds `<stem>.gold.json` from annotation sources) and
`check_gold.py` (which verifies them) import this module, so the vocabulary of the gold
data is written down once. Everything here is pure Python (stdlib only).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent.parent

# --- closed lists (SPEC.md "What counts" + the decisions of gold/README.md) -------------
LABELS = ("PERSON", "ORG", "LOCATION", "MISC")
DATE_KINDS = ("date", "time", "interval", "duration", "set", "vague")
GRANULARITIES = ("minute", "hour", "day", "week", "month", "quarter", "half", "season",
                 "year", "decade")
# SPEC's preposition modifiers + TIMEX3-style modifiers for `fin`/`début`/`mi-` and for
# approximators inside the span (`plus de dix jours`, `deux ans environ`): README §Dates.
DATE_MODIFIERS = ("since", "by", "from", "before", "after", "approx", "until",
                  "start", "mid", "end", "more_than", "less_than")
QUANTITY_KINDS = ("count", "money", "mass", "area", "volume", "length", "energy", "power",
                  "speed", "temperature", "multiplier", "rank", "age", "other")
APPROX = ("exact", "about", "nearly", "more_than", "less_than", "at_least", "at_most",
          "up_to")
PERCENT_KINDS = ("share", "change", "rate", "other")
SIGNS = ("+", "-")
GLOSSARY_CATEGORIES = ("TERM", "ACRONYM", "country", "region", "continent", "city", "body_of_water",
                       "facility", "international_organization", "government_body",
                       "company", "institute", "media", "armed_group", "political_party",
                       "person", "event", "treaty", "initiative", "project", "route", "other")
ENTITY_CATEGORIES = GLOSSARY_CATEGORIES[2:]

# unit code -> (SI unit, factor, offset). Money, counts, ranks, multipliers: no unit.
# Ages keep unit `yr` and no SI value (README §Quantities).
UNITS: dict[str, tuple[str, float, float] | None] = {
    "kg": ("kg", 1.0, 0.0), "t": ("kg", 1e3, 0.0), "kt": ("kg", 1e6, 0.0),
    "Mt": ("kg", 1e9, 0.0), "t/yr": ("kg/yr", 1e3, 0.0), "Mt/yr": ("kg/yr", 1e9, 0.0),
    "m": ("m", 1.0, 0.0), "km": ("m", 1e3, 0.0),
    "m2": ("m2", 1.0, 0.0), "km2": ("m2", 1e6, 0.0), "ha": ("m2", 1e4, 0.0),
    "L": ("m3", 1e-3, 0.0), "m3": ("m3", 1.0, 0.0), "bbl": ("m3", 0.158987294928, 0.0),
    "bbl/d": ("m3/d", 0.158987294928, 0.0), "L/d": ("m3/d", 1e-3, 0.0),
    "W": ("W", 1.0, 0.0), "kW": ("W", 1e3, 0.0), "MW": ("W", 1e6, 0.0),
    "GW": ("W", 1e9, 0.0), "kWh": ("J", 3.6e6, 0.0), "MWh": ("J", 3.6e9, 0.0),
    "GWh": ("J", 3.6e12, 0.0), "TWh": ("J", 3.6e15, 0.0), "GWh/yr": ("J/yr", 3.6e12, 0.0),
    "degC": ("K", 1.0, 273.15), "km/h": ("m/s", 1 / 3.6, 0.0), "m/s": ("m/s", 1.0, 0.0),
    "yr": None,
}
UNITLESS_KINDS = ("count", "money", "multiplier", "rank", "other")

# --- keys of GOLD_FORMAT.md, plus the documented extensions (README §Format) ------------
TOP_KEYS = ("doc", "published", "entities", "dates", "quantities", "percentages", "glossary")
REQUIRED_KEYS = {
    "entities": ("text", "start", "end", "label", "entity", "name_en", "acronym_en",
                 "alt_labels", "optional", "note"),
    "dates": ("text", "start", "end", "kind", "value", "earliest", "latest", "granularity",
              "modifier", "flags", "optional"),
    "quantities": ("text", "start", "end", "kind", "value", "value_max", "approx", "unit",
                   "currency", "si_value", "si_unit", "subject", "flags", "optional"),
    "percentages": ("text", "start", "end", "value", "value_max", "fraction", "sign", "kind",
                    "subject", "optional"),
    "glossary": ("term_fr", "term_en", "accepted_en", "category"),
}
EXTENSION_KEYS = {
    "entities": ("category", "accepted_en", "flags"),
    "dates": ("note",),
    "quantities": ("note",),
    "percentages": ("flags", "note"),
    "glossary": ("optional", "note"),
}
SPAN_TABLES = ("entities", "dates", "quantities", "percentages")


def read_text(path: Path) -> str:
    """Decode an article as SPEC says the pipeline does: UTF-8, BOM stripped, CRLF -> LF."""
    text = path.read_bytes().decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def si_of(unit: str | None, value: float | None) -> tuple[float | None, str | None]:
    """SI value and unit of `value` in `unit` (None, None when the unit has no SI form)."""
    if unit is None or value is None:
        return None, None
    conv = UNITS[unit]
    if conv is None:
        return None, None
    si_unit, factor, offset = conv
    return float(f"{value * factor + offset:.12g}"), si_unit


# --- date values ------------------------------------------------------------------------
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T(\d{2}:\d{2}|MO|AF|EV|NI))?$")
_QUARTER = re.compile(r"^(\d{4})-([QH])([1-4])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DECADE = re.compile(r"^(\d{3})$")
_DURATION = re.compile(r"^P(?:(\d+|X)Y)?(?:(\d+|X)M)?(?:(\d+|X)W)?(?:(\d+|X)D)?$")
_UNDERSPECIFIED = re.compile(r"^(\d{4}|XXXX)-(WXX(-[1-7])?|XX(-XX)?)$")
VAGUE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def bounds(value: str) -> tuple[str | None, str | None]:
    """ISO earliest/latest days covered by a calendar value; (None, None) if not a point."""
    if "/" in value and not value.startswith("P"):
        left, right = value.split("/")
        return bounds(left)[0], bounds(right)[1]
    if m := _YEAR.match(value):
        return f"{m[1]}-01-01", f"{m[1]}-12-31"
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if m := _DAY.match(value):
        day = value[:10]
        dt.date.fromisoformat(day)
        return day, day
    if m := _QUARTER.match(value):
        y, n = int(m[1]), int(m[3])
        first, months = ((n - 1) * 3 + 1, 3) if m[2] == "Q" else ((n - 1) * 6 + 1, 6)
        last = first + months - 1
        return f"{y:04d}-{first:02d}-01", f"{y:04d}-{last:02d}-{calendar.monthrange(y, last)[1]:02d}"
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if m := _DECADE.match(value):
        return f"{m[1]}0-01-01", f"{m[1]}9-12-31"
    return None, None


def granularity_of(value: str) -> str | None:
    """The granularity a TIMEX3 value implies (finest unit for durations)."""
    if value.startswith("P"):
        ranges = value.split("/")
        m = _DURATION.match(ranges[0])
        if not m:
            return None
        units = ("year", "month", "week", "day")
        return [u for u, g in zip(units, m.groups()) if g is not None][-1]
    if "/" in value:
        return granularity_of(value.split("/")[0])
    if _YEAR.match(value):
        return "year"
    if _MONTH.match(value):
        return "month"
    if m := _DAY.match(value):
        if not m[4]:
            return "day"
        return "minute" if ":" in m[5] else "hour"
    if m := _QUARTER.match(value):
        return "quarter" if m[2] == "Q" else "half"
    if _WEEK.match(value):
        return "week"
    if _DECADE.match(value):
        return "decade"
    if m := _UNDERSPECIFIED.match(value):
        return "week" if value.endswith("WXX") else "day"
    return None


def valid_date_value(kind: str, value: str | None) -> bool:
    """True when `value` is a TIMEX3 form this gold data uses for `kind`."""
    if value is None:
        return False
    if kind == "vague":
        return value in VAGUE_VALUES
    if kind in ("duration", "set"):
        return all(_DURATION.match(v) and v != "P" for v in value.split("/"))
    if _UNDERSPECIFIED.match(value):
        return kind in ("date", "time")
    return granularity_of(value) is not None and bounds(value)[0] is not None
