"""English renderings (`text_en`) of quantities and percentages: pure string functions.

English uses the short scale (1e9 = billion, 1e12 = trillion), a decimal point and comma
thousands separators: `61,3 millions de tonnes` -> `61.3 million tonnes`, `140 milliards de
dollars US` -> `USD 140 billion`, `+ 3,7 %` -> `+3.7%`, `60 à 65 millions` -> `60–65 million`.
"""
from __future__ import annotations

APPROX_EN = {"exact": "", "about": "about ", "nearly": "nearly ", "more_than": "more than ",
             "less_than": "less than ", "at_least": "at least ", "at_most": "at most ",
             "up_to": "up to "}
SCALES_EN = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _plain(value: float) -> str:
    """`23270` -> `23,270`; `2.75` -> `2.75`; `1234.5` -> `1,234.5`."""
    if value == int(value):
        return f"{int(value):,}"
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text


def _scale_of(value: float) -> tuple[float, str] | None:
    """(divisor, word) when `value` reads well as `<x> million|billion|trillion`."""
    for divisor, word in SCALES_EN:
        if abs(value) >= divisor:
            mantissa = value / divisor
            if abs(round(mantissa, 3) - mantissa) < 1e-9 * max(1.0, abs(mantissa)):
                return divisor, word
            return None
    return None


def number_en(value: float, value_max: float | None = None, scaled: bool = True) -> str:
    """English number or range: `88.4 million`, `75–80 million`, `30,500–31,500`.

    Scale words are used only when the French had one (`scaled`): `1.458.000` -> `1,458,000`.
    """
    if not scaled:
        return _plain(value) if value_max is None else f"{_plain(value)}–{_plain(value_max)}"
    if value_max is None:
        scale = _scale_of(value)
        return f"{_plain(round(value / scale[0], 3))} {scale[1]}" if scale else _plain(value)
    lo, hi = _scale_of(value), _scale_of(value_max)
    if lo and hi and lo == hi:
        return f"{_plain(round(value / lo[0], 3))}–{_plain(round(value_max / hi[0], 3))} {hi[1]}"
    return f"{number_en(value)}–{number_en(value_max)}"


def ordinal_en(value: float) -> str:
    n = int(value)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def quantity_en(row: dict, unit_en: str | None = None) -> str:
    """text_en of a quantities row (see module doc)."""
    approx = APPROX_EN.get(row.get("approx") or "exact", "")
    value, value_max, kind = row["value"], row.get("value_max"), row["kind"]
    num = number_en(value, value_max, row.get("_scaled", True))
    if kind == "money":
        body = f"{row['currency']} {num}" if row.get("currency") else f"{num} {row.get('unit_text') or ''}".strip()
    elif kind == "rank":
        body = ordinal_en(value)
    elif kind == "multiplier":
        body = f"{num} times"
        if row.get("comparative"):
            body += f" {row['comparative']}"
    elif kind == "age":
        body = f"{num} {unit_en or 'years'} old"
    elif unit_en:
        body = f"{num} {unit_en}"
    else:
        body = num
    return approx + body


def percent_en(value: float, value_max: float | None, sign: str | None, approx: str | None,
               points: bool = False) -> str:
    """`+3.7%`, `71%`, `2–3%`, `nearly 41%`, `2 percentage points`."""
    num = _plain(value) if value_max is None else f"{_plain(value)}–{_plain(value_max)}"
    body = f"{num} percentage points" if points else f"{num}%"
    if sign == "+":
        body = "+" + body
    elif sign == "-" and not num.startswith("-"):
        body = "-" + body
    return APPROX_EN.get(approx or "exact", "") + body
