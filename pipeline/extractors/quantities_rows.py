"""Row builders of the quantity grammar: number groups, money rows, measured rows.

`Group` is one number or a range of two numbers (`quantities_grammar._groups`). The builders
return rows with SPEC's quantities columns (except `subject`/`text_en`, added later) plus
private `_`-prefixed keys the extractor removes (`finish_row`).
- money: sub-units (`cents`, `centimes`, `pence`) are converted to the major unit;
  `15 dollars et 15 cents` is one amount; a bare `livres` in a money context is GBP;
- measures: the SI value comes from pint (`units.si_value`); a scale inside the unit
  (`Mb/j`) multiplies the value; a bare `degrés`/`°` is Celsius flagged `unit_assumed`,
  or an angle after an angle cue (`tourner`, `virage`); `en dessous de zéro` negates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import quantities_lexicon as lex
from .numbers import NumberMatch, parse_number
from .units import UnitMatch, si_value, unit_english, units
from .units_currency import Currency, CurrencyMatch

WS = " \u00a0\u202f"


@dataclass
class Group:
    """One number or a range of two numbers."""

    lo: NumberMatch
    hi: NumberMatch | None
    value: float
    value_max: float | None
    start: int           # span start (range marker `entre` included)
    end: int             # end of the last number

    @property
    def scaled(self) -> bool:
        return self.lo.scaled or bool(self.hi and self.hi.scaled)


def money_row(group: Group, cur: CurrencyMatch, start: int, end: int) -> dict:
    """A money row; sub-units (`cents`, `centimes`, `pence`) are converted to the major unit."""
    flags = list(cur.currency.flags)
    div = 100.0 if "subunit" in flags else 1.0
    return {"start": start, "end": end, "kind": "money", "value": group.value / div,
            "value_max": group.value_max / div if group.value_max is not None else None,
            "unit": None, "unit_text": cur.form, "currency": cur.currency.code,
            "si_value": None, "si_unit": None, "flags": flags}


_CENTS_RE = re.compile(r"[ \u00a0](?:et[ \u00a0])?(?P<n>\d{1,2}|[^\W\d_]+(?:[- ][^\W\d_]+)?)"
                       r"(?:[ \u00a0](?P<sub>cents?|centimes?|pence))?(?![\w])")


def with_cents(text: str, row: dict) -> dict:
    """`15 dollars et 15 cents`, `1 USD 23 cents`, `15 dollars 50` -> one amount."""
    if row["value_max"] is not None or "subunit" in row["flags"] or row["value"] != int(row["value"]):
        return row
    m = _CENTS_RE.match(text, row["end"])
    if not m:
        return row
    cents = parse_number(m.group("n"))
    if cents is None or not 0 < cents < 100 or cents != int(cents):
        return row
    if not m.group("sub"):
        rest = text[m.end():m.end() + 2]
        if rest.strip() and rest.strip()[0].isalnum() or not m.group("n").isdigit() and "et" not in m.group():
            return row
    return dict(row, end=m.end(), value=row["value"] + cents / 100)


def unit_row(text: str, group: Group, um: UnitMatch, start: int) -> dict:
    """A measured quantity; a scale inside the unit (`Mb/j`) multiplies the value."""
    mult = um.multiplier
    value = group.value * mult
    value_max = group.value_max * mult if group.value_max is not None else None
    row = {"start": start, "end": um.end, "kind": um.unit.table_kind, "value": value,
           "value_max": value_max, "unit": um.code, "unit_text": text[um.start:um.end],
           "currency": None, "si_value": si_value(value, um), "si_unit": um.si_unit,
           "flags": [], "_unit_en": unit_english(um, value_max or value)}
    if mult != 1.0:
        row["_scaled_unit"] = True
    if um.code in ("lb",) and (group.scaled or re.match(r"\s*sterling", text[um.end:])):
        return None  # money context: handled as GBP by the caller
    return row


_DEGREES_RE = re.compile(r"[ \u00a0]?(?:°|degrés?|degres|degrès|deg\.?)(?![\w])")
_BELOW_ZERO_RE = re.compile(r"[ \u00a0](?:(?:en|au)[ -]dessous de|sous) z[ée]ro(?![\w])", re.IGNORECASE)


def bare_degrees(text: str, group: Group) -> dict | None:
    """`35 degrés`, `45°`: Celsius assumed (flag unit_assumed), or an angle after an angle cue."""
    m = _DEGREES_RE.match(text, group.end)
    if not m:
        if not _BELOW_ZERO_RE.match(text, group.end) or group.lo.kind != "cardinal":
            return None
        # `10 en dessous de zéro`: a temperature (Celsius assumed) with no unit written
        um = UnitMatch(units()["degC"], group.end, group.end)
        row = dict(unit_row(text, group, um, group.start), unit_text=None, flags=["unit_assumed"])
        return below_zero(text, row)
    left = text[max(0, group.start - 60):group.start].casefold()
    angle = any(re.search(rf"\b{re.escape(w)}\b", left) for w in lex.words("angle_cue"))
    um = UnitMatch(units()["deg" if angle else "degC"], m.start() + (m.group()[0] in WS), m.end())
    row = unit_row(text, group, um, group.start)
    row["flags"] = ["unit_assumed"] if not angle else []
    return below_zero(text, row)


def below_zero(text: str, row: dict) -> dict:
    """`10 degrés en dessous de zéro`, `5 degrés sous zéro` -> -10, -5; then a temperature
    difference gets its SI value without the offset (`temperature_difference`)."""
    row = spaced_minus(text, row)
    m = _BELOW_ZERO_RE.match(text, row["end"])
    if m and row["kind"] == "temperature":
        value = -row["value"]
        um = UnitMatch(units()[row["unit"]], 0, 0)
        row = dict(row, end=m.end(), value=value, si_value=si_value(value, um))
    return temperature_difference(text, row)


_SPACED_MINUS_RE = re.compile(r"(?:[^\W\d_]|:)[ \u00a0]([-\u2212])[ \u00a0]$")


def spaced_minus(text: str, row: dict) -> dict:
    """`Températures : - 5 °C`, `convertir - 20 degrés`: a hyphen and a space after a word or a
    colon negate a temperature (a line-initial hyphen is a bullet; after a digit a range dash)."""
    if row.get("kind") != "temperature" or row["value"] < 0 or row.get("value_max") is not None:
        return row
    m = _SPACED_MINUS_RE.search(text, max(0, row["start"] - 4), row["start"])
    if not m:
        return row
    value = -row["value"]
    um = UnitMatch(units()[row["unit"]], 0, 0)
    return dict(row, start=m.start(1), value=value, si_value=si_value(value, um))


_TEMP_AFTER_RE = re.compile(r"[ \u00a0](?:de plus|de moins|supplémentaires?|de (?:réchauffement|hausse|baisse))(?![\w])",
                            re.IGNORECASE)


def temperature_difference(text: str, row: dict) -> dict:
    """A temperature change (`une hausse de 2 °C`, `a baissé de 3 degrés`, `limiter le
    réchauffement à 1,5 °C`, `1,5 °C de plus`) is a difference: its SI value is the
    value times the factor, without the 273.15 K offset, flagged `temperature_difference`.
    Absolute readings stay absolute (`a grimpé à 43 °C`, `il fait -5 °C`, `+2 °C` in a
    weather report: a written sign alone is not a cue)."""
    if row.get("kind") != "temperature" or row.get("si_value") is None:
        return row
    if not (_TEMP_AFTER_RE.match(text, row["end"]) or _change_before(text, row["start"])):
        return row
    unit = units()[row["unit"]]
    return dict(row, si_value=float(f"{row['value'] * unit.factor:.12g}"),
                flags=list(row.get("flags") or []) + ["temperature_difference"])


def _change_before(text: str, start: int) -> bool:
    """`<change cue> ... de N` or `réchauffement ... à N` in the clause before `start`."""
    found = lex.approx_before(text, start)
    pos = found[1] if found else start
    left = text[max(0, pos - 60):pos]
    left = left[max(left.rfind(c) for c in ".;:,()") + 1:]
    words = re.findall(r"\w+'?", left.replace("’", "'").casefold())[-6:]
    if not words or words[-1] not in ("de", "d'", "à", "a"):
        return False
    cues = lex.words("temperature_change")
    stems = [w for w in words[:-1] if any(w.startswith(c) for c in cues)]
    if words[-1] in ("à", "a"):
        return any(w.startswith("réchauff") for w in stems)
    return bool(stems)


def livres_money(text: str, group: Group, um: UnitMatch) -> dict:
    end = um.end
    ster = re.match(r"\s*sterling", text[end:])
    if ster:
        end += ster.end()
    cur = CurrencyMatch(Currency("GBP", () if ster else ("currency_assumed",)), um.start, end, text[um.start:end])
    return money_row(group, cur, group.start, end)
