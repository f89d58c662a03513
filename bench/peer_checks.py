"""Value checks of the peer benchmarks: each returns a predicate over one predicted row.

Numbers compare with a relative tolerance of 1e-6. Date values compare as TIMEX3 strings
after `norm_timex` (a space before the time becomes `T`; `:00` seconds and minutes are
dropped, so `T16`, `T16:00` and `T16:00:00` are one value), or as `earliest`/`latest` bounds.
"""
from __future__ import annotations

import re

from common import close

_TIME_TAIL = (re.compile(r"T(\d{2}):00(?::00(?:\.0+)?)?$"), re.compile(r"T(\d{2}:\d{2}):00(?:\.0+)?$"))


def norm_timex(value) -> str | None:
    """Canonical spelling of a TIMEX3-like value (each side of a `/` separately)."""
    if value is None:
        return None
    parts = []
    for part in str(value).strip().split("/"):
        part = part.strip().replace(" ", "T")
        for pattern in _TIME_TAIL:
            part = pattern.sub(r"T\1", part)
        parts.append(part)
    return "/".join(parts)


def number(value: float, kind: str | None = None):
    """Row `value` equals `value` (and `kind` when given)."""
    def check(row: dict) -> bool:
        return close(row.get("value"), value) and (kind is None or row.get("kind") == kind)
    return check


def number_range(low: float | None, high: float | None, approx: frozenset[str] | None):
    """A closed range is value/value_max; an open one is one bound plus an `approx` word."""
    def check(row: dict) -> bool:
        if low is not None and high is not None:
            return close(row.get("value"), low) and close(row.get("value_max"), high)
        bound = low if low is not None else high
        return (close(row.get("value"), bound) and row.get("value_max") is None
                and (approx is None or row.get("approx") in approx))
    return check


def percent(value: float, value_max: float | None = None):
    def check(row: dict) -> bool:
        return close(row.get("value"), value) and close(row.get("value_max"), value_max)
    return check


def money(value: float | None, value_max: float | None, currencies: frozenset[str]):
    """value/value_max and an ISO currency among `currencies`."""
    def check(row: dict) -> bool:
        return (close(row.get("value"), value) and close(row.get("value_max"), value_max)
                and row.get("currency") in currencies)
    return check


def si_quantity(value: float, readings: list[tuple[float, str]], value_max: float | None = None):
    """si_value = value x factor with the matching si_unit, for one accepted reading."""
    def check(row: dict) -> bool:
        for factor, unit in readings:
            if row.get("si_unit") == unit and close(row.get("si_value"), value * factor):
                return True
        return False
    return check


def temperature(value_k: float | None, raw_value: float):
    """si_value in K when the scale is known; else the written value only."""
    def check(row: dict) -> bool:
        if value_k is None:
            return close(row.get("value"), raw_value)
        return row.get("si_unit") == "K" and close(row.get("si_value"), value_k, rel=1e-4)
    return check


def dates(values: set[str], bounds: set[tuple[str, str]]):
    """`value` among `values` (normalised), or (earliest, latest) among `bounds`."""
    values = {norm_timex(v) for v in values}

    def check(row: dict) -> bool:
        if norm_timex(row.get("value")) in values:
            return True
        return (row.get("earliest"), row.get("latest")) in bounds
    return check
