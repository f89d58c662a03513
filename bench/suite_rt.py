"""Recognizers-Text French *model* specs -> benchmark cases (mapping documented in README.md).

| spec | table | value check |
|---|---|---|
| NumberModel | quantities | `value` |
| PercentModel* | percentages | `value` (the `%` number) |
| OrdinalModel* | quantities | kind `rank`, `value`; relative ordinals (`end+0`) not comparable |
| NumberRangeModel* | quantities | `[a,b]` -> value/value_max; open `(a,)` -> value + approx |
| CurrencyModel | quantities | `value` + ISO currency (peer_units.RT_CURRENCY); sub-units n/c |
| DimensionModel | quantities | `si_value`/`si_unit` (peer_units.SI); angles, bits n/c |
| TemperatureModel | quantities | `si_value` in K (C/F/Kelvin); bare `Degré`: `value` |
| AgeModel | quantities | kind `age`, `value` (the number as written) |
| DateTimeModel* | dates | TIMEX `value` or `earliest`/`latest` (see `date_check`) |

A result without a value (a unit named alone, `degrés celsius`) is not a target. An input
that is nothing but the expected number (`dix-sept`, `155e`) is a *bare number*: SPEC never
extracts a bare number, so such cases go to a separate `<spec> [bare]` group.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

import peer_checks as chk
from common import EVAL_DIR, Case, Target, load_jsonl
from peer_units import RT_CURRENCY, SI, kelvin

RT_DIR = EVAL_DIR / "recognizers-text"
NUMBER_SPECS = ("NumberModel", "NumberModelPercentMode", "PercentModel", "PercentModelPercentMode",
                "OrdinalModel", "OrdinalModelSuppressExtendedTypes", "NumberRangeModel",
                "NumberRangeModelExperimentalMode")
UNIT_SPECS = ("CurrencyModel", "DimensionModel", "TemperatureModel", "AgeModel")
DATE_SPECS = ("DateTimeModel", "DateTimeModelCalendarMode", "DateTimeModelComplexCalendar",
              "DateTimeModelExperimentalMode", "DateTimeModelExtendedTypes",
              "DateTimeModelSplitDateAndTime")
SPEC_FOLDER = {**dict.fromkeys(NUMBER_SPECS, "Number"), **dict.fromkeys(UNIT_SPECS, "NumberWithUnit"),
               **dict.fromkeys(DATE_SPECS, "DateTime")}


def rt_number(text: str | None) -> float | None:
    """`"0,2"`, `"1,232E+15"`, `"4,8%"`, `"75000000"` -> float (decimal comma)."""
    if text is None:
        return None
    try:
        return float(str(text).strip().rstrip("%").replace(",", "."))
    except ValueError:
        return None


def _table(spec: str) -> str:
    if spec.startswith("Percent"):
        return "percentages"
    return "dates" if spec.startswith("DateTime") else "quantities"


_RANGE_RE = re.compile(r"^([\[(])\s*([^,]*)\s*,\s*([^,\])]*)\s*([\])])$")


def range_check(value: str):
    """NumberRange `"(20,35]"`, `"(30,)"`, `"(,700]"` -> a value check (or None)."""
    match = _RANGE_RE.match(value or "")
    if not match:
        return None
    left, low, high, right = match.groups()
    low, high = rt_number(low) if low else None, rt_number(high) if high else None
    if low is not None and high is not None:
        return chk.number_range(low, high, None)
    if low is not None:
        return chk.number_range(low, None, frozenset({"more_than"} if left == "(" else {"at_least"}))
    if high is not None:
        return chk.number_range(None, high, frozenset({"less_than"} if right == ")" else {"at_most", "up_to"}))
    return None


def unit_check(spec: str, expected: dict):
    """Value check of a NumberWithUnit result (None when not comparable)."""
    value, unit = rt_number(expected.get("value")), expected.get("unit") or ""
    if value is None:
        return None
    if spec == "CurrencyModel":
        codes = RT_CURRENCY.get(unit)
        return chk.money(value, None, codes) if codes else None
    if spec == "DimensionModel":
        readings = SI.get(unit)
        return chk.si_quantity(value, readings) if readings else None
    if spec == "TemperatureModel":
        return chk.temperature(kelvin(value, unit), value)
    return chk.number(value, "age")


def number_check(spec: str, expected: dict):
    if spec.startswith("NumberRange"):
        return range_check(expected.get("value"))
    value = rt_number(expected.get("value"))
    if value is None or expected.get("type") == "ordinal.relative":
        return None
    if spec.startswith("Percent"):
        return chk.percent(value)
    return chk.number(value, "rank" if spec.startswith("Ordinal") else None)


def _day_before(iso: str) -> str | None:
    try:
        return (date.fromisoformat(iso[:10]) - timedelta(days=1)).isoformat()
    except ValueError:
        return None


def _anchor_free(timex: str, text: str) -> bool:
    """Whether a timex can be checked without the (unknown) reference date: no year, or a
    year written in the expression itself."""
    years = re.findall(r"(?<![\d])(\d{4})(?![\d])", timex)
    return all(year in text for year in years)


def _dated_times(timex: str, alt: dict, anchor: str | None) -> set[str]:
    """A time of day without a date (`T16`, `TEV`, `(T16,T17,PT1H)`): RT means it on the
    reference day (its resolution gives times only), which SPEC writes with the anchor date
    (`2016-11-07TEV`, `2016-11-07T16/2016-11-07T17`); with no reference date, SPEC's unknown
    date `XXXX-XX-XX`. Resolved `start`/`end` times give the range as well."""
    day = anchor[:10] if anchor else "XXXX-XX-XX"
    out: set[str] = set()
    if re.fullmatch(r"T[\w:]+", timex):
        out.add(f"{day}{timex}")
    elif timex.startswith("(") and timex.count(",") == 2:
        a, b, _ = timex[1:-1].split(",")
        if a.startswith("T") and b.startswith("T"):
            out.add(f"{day}{a}/{day}{b}")
    if alt.get("type") == "timerange" and alt.get("start") and alt.get("end"):
        out.add(f"{day}T{alt['start']}/{day}T{alt['end']}")
    return out


def date_check(resolution: dict, text: str, anchor: str | None):
    """Check for one DateTime result: any alternative of `resolution.values` may match.
    Accepted: the timex; a resolved `value` (XXXX filled in); `T<time>` or anchor date +
    time (also for `timerange`: `TEV`, `(T16,T17,PT1H)` on the anchor day, `XXXX-XX-XX`
    without one); a `(A,B,P)` range as `A/B` (B exclusive or inclusive); a `datetimerange`'s
    resolved start/end as `A/B`; daterange bounds as earliest/latest (end exclusive or
    inclusive). Without an anchor only alternatives whose
    years are written in the text count (see `_anchor_free`)."""
    values: set[str] = set()
    bounds: set[tuple[str, str]] = set()
    for alt in resolution.get("values") or []:
        timex = alt.get("timex") or ""
        if anchor is None and not _anchor_free(timex, text):
            continue
        kind, resolved = alt.get("type"), alt.get("value")
        if timex and not timex.startswith("("):
            values.add(timex)
        if timex.startswith("(") and timex.count(",") == 2:
            a, b, _ = timex[1:-1].split(",")
            values.update({f"{a}/{b}", f"{a}/{_day_before(b) or b}"})
        if resolved and resolved != "not resolved":
            if kind in ("date", "datetime"):
                values.add(resolved)
            elif kind == "time":
                values.add(f"T{resolved}")
                if anchor:
                    values.add(f"{anchor[:10]}T{resolved}")
        if kind in ("time", "timerange"):
            values.update(_dated_times(timex, alt, anchor))
        if kind == "datetimerange" and alt.get("start") and alt.get("end"):
            values.add(f"{alt['start'].replace(' ', 'T')}/{alt['end'].replace(' ', 'T')}")
        if kind == "daterange" and alt.get("start") and alt.get("end"):
            start, end = alt["start"][:10], alt["end"][:10]
            bounds.update({(start, end), (start, _day_before(end))})
    return chk.dates(values, bounds) if values or bounds else None


def _bare(row: dict, expected: list[dict]) -> bool:
    text = row["input"].strip()
    return len(expected) == 1 and expected[0]["text"].strip().casefold() == text.casefold()


def _targets(spec: str, row: dict, anchor: str | None) -> list[Target]:
    table = _table(spec)
    targets = []
    for exp in row["expected"]:
        if not exp.get("span"):
            continue
        start, end = exp["span"]
        if spec in UNIT_SPECS:
            if exp.get("value") is None:
                continue  # a unit named without a number: nothing SPEC would extract
            check = unit_check(spec, exp)
        elif spec in NUMBER_SPECS:
            check = number_check(spec, exp)
        else:
            check = date_check(exp.get("resolution") or {}, row["input"][start:end], anchor)
        expect = f"value={exp.get('value')} unit={exp.get('unit')}" if spec not in DATE_SPECS else \
            "timex=" + ",".join(v.get("timex", "") for v in (exp.get("resolution") or {}).get("values", []))
        targets.append(Target(table, start, end, check, expect))
    return targets


def load_cases(specs: list[str] | None = None, limit: int | None = None) -> list[Case]:
    """Cases of every RT model spec (first `limit` of each). `group` is `<spec>` (or
    `<spec> [bare]`); `soft` marks cases not supported by the upstream .NET CI."""
    cases = []
    for spec in specs or [*NUMBER_SPECS, *UNIT_SPECS, *DATE_SPECS]:
        path = RT_DIR / SPEC_FOLDER[spec] / f"{spec}.jsonl"
        for row in load_jsonl(path, limit):
            anchor = (row.get("reference_datetime") or "")[:10] or None
            targets = _targets(spec, row, anchor)
            if row["expected"] and not targets:
                continue  # only results that SPEC does not extract (bare unit names)
            bare = spec in NUMBER_SPECS and not spec.startswith("Percent") and _bare(row, row["expected"])
            cases.append(Case(
                suite="recognizers-text", group=f"{spec} [bare]" if bare else spec,
                case_id=row["id"], text=row["input"], published=anchor, targets=targets,
                tables=(_table(spec),), soft=not row["supported_dotnet"]))
    return cases
