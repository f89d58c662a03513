"""Units of measure as data: French surface forms -> canonical code, kind, SI value (via pint).

The lexicon is `pipeline/data/units/units.tsv` (code, kind, pint unit, English, French forms),
with per-time suffixes in `rates.tsv` (`par jour`, `/an`) and one-token rate units in
`unit_compounds.tsv` (`b/j`). Only the French surface forms are typed by hand: every SI factor
and every temperature offset comes from `pint` (`Quantity(1, pint).to(si)`, generated into
`si_factors.tsv` by `python -m pipeline.extractors.units` and checked by a test), so a
typo cannot silently turn a barrel into a gallon.

SI units by kind (SPEC): mass kg, length m, area m2, volume m3, energy J, power W,
temperature K, speed m/s; rates per day/year are `<si>/d`, `<si>/yr` (`m3/d`, `kg/yr`), the
value being per that period. Extensions SPEC does not list (documented): data in bytes `B`,
bit rates `bit/s`, angles `rad` (kind `other`).

Matching (`match_unit(text, pos)`): the longest form starting at `pos` that ends on a word
boundary; forms of two or more characters whose case-folded spelling belongs to a single code
match in any case (`Km2`, `KT`, `kwh`); one-letter forms are case-sensitive (`t`, `m`, `l`),
so `M` (mega, a scale) is never a metre.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .quantities_numwords import strip_accents

SI_BY_KIND = {"mass": "kg", "length": "m", "area": "m2", "volume": "m3", "energy": "J",
              "power": "W", "temperature": "K", "speed": "m/s", "data": "B",
              "bitrate": "bit/s", "angle": "rad"}
PINT_SI = {"kg": "kilogram", "m": "meter", "m2": "meter**2", "m3": "meter**3", "J": "joule",
           "W": "watt", "K": "kelvin", "m/s": "meter/second", "B": "byte",
           "bit/s": "bit/second", "rad": "radian"}
#: kind reported in the quantities table (SPEC's list; the extensions are `other`)
TABLE_KIND = {"data": "other", "bitrate": "other", "angle": "other"}
_APOSTROPHE_CHARS = ("\u2019", "\u02bc", "`", "\u2018")
APOSTROPHES = str.maketrans({c: "'" for c in _APOSTROPHE_CHARS})


@lru_cache(maxsize=8)
def apostrophes_normalised(text: str) -> str:
    """`text.translate(APOSTROPHES)`, computed once per document: one character for one, so
    the matchers slice it at the text's offsets instead of translating a window per candidate."""
    for char in _APOSTROPHE_CHARS:
        text = text.replace(char, "'")
    return text


@dataclass(frozen=True)
class Unit:
    """One unit of the lexicon."""

    code: str
    kind: str          # lexicon kind (mass, length, ..., data, bitrate, angle)
    pint: str
    en_one: str
    en_many: str
    factor: float      # SI value of 1 unit
    si_unit: str
    offset: float = 0.0  # SI value of 0 units (temperatures: 0 °C = 273.15 K)

    @property
    def table_kind(self) -> str:
        return TABLE_KIND.get(self.kind, self.kind)


@dataclass(frozen=True)
class UnitMatch:
    """A unit found in a text: `text[start:end]` is the unit as written."""

    unit: Unit
    start: int
    end: int
    period: str | None = None     # "d", "yr", "h" for rates
    multiplier: float = 1.0       # `Mb/j` = 1e6 barrels per day

    @property
    def code(self) -> str:
        return f"{self.unit.code}/{self.period}" if self.period else self.unit.code

    def unit_text_is_word(self, text: str) -> bool:
        """True when the unit is written as a word (`litre`), not a symbol (`l`, `t`)."""
        written = text[self.start:self.end]
        return sum(c.isalpha() for c in written) >= 4

    @property
    def si_unit(self) -> str:
        if self.period and self.unit.kind != "speed":
            return f"{self.unit.si_unit}/{self.period}"
        return self.unit.si_unit


def _read_tsv(name: str) -> list[list[str]]:
    text = resources.files("pipeline.data.units").joinpath(name).read_text("utf-8")
    rows = [r for r in csv.reader(text.splitlines(), delimiter="\t") if r and not r[0].startswith("#")]
    return rows[1:]


@lru_cache(maxsize=1)
def _ureg():
    import pint

    return pint.UnitRegistry()


SI_FACTORS = "si_factors.tsv"


def compute_si_factors() -> dict[str, tuple[float, float]]:
    """code -> (factor, offset) with pint: SI value = value * factor + offset (offset 0 except
    temperatures). Writes nothing; `python -m pipeline.extractors.units` regenerates the table."""
    ureg = _ureg()
    out = {}
    for code, kind, pint_name, _en, _forms in _read_tsv("units.tsv"):
        si = PINT_SI[SI_BY_KIND[kind]]
        if kind == "temperature":
            zero = float(ureg.Quantity(0.0, pint_name).to(si).magnitude)
            one = float(ureg.Quantity(1.0, pint_name).to(si).magnitude)
            out[code] = (float(f"{one - zero:.15g}"), float(f"{zero:.15g}"))
        else:
            out[code] = (float(ureg.parse_expression(pint_name).to(si).magnitude), 0.0)
    return out


@lru_cache(maxsize=1)
def _si_factors() -> dict[str, tuple[float, float]]:
    """The pint factors as generated into `si_factors.tsv` (loading pint costs ~0.4 s per
    process); a unit missing from that table (added to units.tsv, not regenerated) falls
    back to pint. tests/test_quantities.py checks the table against pint."""
    table = {code: (float(f), float(o)) for code, f, o in _read_tsv(SI_FACTORS)}
    codes = [row[0] for row in _read_tsv("units.tsv")]
    if any(code not in table for code in codes):
        table = {**compute_si_factors(), **{c: table[c] for c in table if c in codes}}
    return table


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """code -> Unit, factors from pint (through the generated `si_factors.tsv`)."""
    factors = _si_factors()
    out = {}
    for code, kind, pint_name, en, _forms in _read_tsv("units.tsv"):
        factor, offset = factors[code]
        one, _, many = en.partition("|")
        out[code] = Unit(code, kind, pint_name, one, many or one, factor, SI_BY_KIND[kind], offset)
    return out


def write_si_factors() -> None:
    """Regenerate `pipeline/data/units/si_factors.tsv` from pint (run after editing units.tsv)."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "data" / "units" / SI_FACTORS
    lines = ["# Generated by `python -m pipeline.extractors.units` from pint (do not edit by hand):",
             "# SI value = value * factor + offset (offset: temperatures only).",
             "code\tfactor\toffset"]
    lines += [f"{code}\t{f!r}\t{o!r}" for code, (f, o) in compute_si_factors().items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, tuple[str, float, str | None]], dict[str, tuple[str, float, str | None]]]:
    """(exact forms, case-folded forms) -> (unit code, multiplier, period)."""
    exact: dict[str, tuple[str, float, str | None]] = {}
    folded: dict[str, set] = {}
    for code, _kind, _pint, _en, forms in _read_tsv("units.tsv"):
        for form in forms.split("|"):
            form = form.strip().translate(APOSTROPHES)
            exact.setdefault(form, (code, 1.0, None))
            folded.setdefault(form.casefold(), set()).add(code)
    for form, code, period, mult in _read_tsv("unit_compounds.tsv"):
        exact[form] = (code, float(mult), period)
        folded.setdefault(form.casefold(), set()).add(f"{code}@{period}@{mult}")
    ci = {}
    for form, codes in folded.items():
        if len(codes) == 1 and len(form) >= 2:
            (code,) = codes
            parts = code.split("@")
            ci[form] = (parts[0], float(parts[2]), parts[1]) if len(parts) == 3 else (code, 1.0, None)
    return exact, ci


@lru_cache(maxsize=1)
def _rates() -> list[tuple[str, str]]:
    rows = [(suffix.translate(APOSTROPHES), period) for suffix, period, _ in _read_tsv("rates.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@lru_cache(maxsize=1)
def _max_form_len() -> int:
    exact, ci = _forms()
    return max(len(f) for f in list(exact) + list(ci))


_BOUNDARY = re.compile(r"(?![^\W_])", re.UNICODE)


def _boundary_ok(text: str, end: int, form: str) -> bool:
    """A unit ends where a word ends (`km` in `km.`, not in `kms`; `m²` is fine)."""
    if end >= len(text):
        return True
    nxt = text[end]
    if form[-1:].isalnum() or form[-1:] in "²³":
        return not (nxt.isalnum() or nxt == "_")
    return True


def _fold_char(ch: str) -> str:
    return strip_accents(ch.translate(APOSTROPHES))[:1]


@lru_cache(maxsize=1)
def _lengths_by_first() -> dict[str, tuple[int, ...]]:
    """Folded first character -> the lengths of the forms that start with it, longest first
    (a text position is only probed with lengths a form starting there can have)."""
    exact, ci = _forms()
    out: dict[str, set[int]] = {}
    for form in list(exact) + list(ci):
        out.setdefault(_fold_char(form[:1]), set()).add(len(form))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


def match_unit(text: str, pos: int) -> UnitMatch | None:
    """The longest unit written at `text[pos:]` (plus a per-time suffix), or None."""
    if pos >= len(text):
        return None
    lengths = _lengths_by_first().get(_fold_char(text[pos]))
    if not lengths:
        return None
    exact, ci = _forms()
    window = apostrophes_normalised(text)[pos:pos + _max_form_len() + 1]
    for length in lengths:
        if length > len(window):
            continue
        cand = window[:length]
        hit = exact.get(cand) or ci.get(cand.casefold())  # most lengths: no form, tested first
        if hit is None or cand != cand.strip() or not _boundary_ok(text, pos + length, cand):
            continue
        code, mult, period = hit
        end = pos + length
        if period is None:
            period, end = _rate_suffix(text, end, units()[code].kind)
        return UnitMatch(units()[code], pos, end, period, mult)
    return None


def _rate_suffix(text: str, end: int, kind: str) -> tuple[str | None, int]:
    """`par jour`, `/an` after a mass/volume/energy unit."""
    if kind not in ("mass", "volume", "energy"):
        return None, end
    rest = apostrophes_normalised(text)[end:end + 16]
    for suffix, period in _rates():
        sep = "" if suffix.startswith("/") else " "
        probe = sep + suffix
        if rest.startswith(probe) and _boundary_ok(text, end + len(probe), suffix):
            return period, end + len(probe)
    return None, end


def si_value(value: float, match: UnitMatch) -> float:
    """SI value of `value` (already multiplied by `match.multiplier`) in `match`'s unit.

    Temperatures add the offset pint gave (`si_factors.tsv`); the result is rounded to 12 significant digits so
    that float noise (`2 litres` -> 0.0020000000000000005) does not leak into the tables.
    """
    unit = match.unit
    result = value * unit.factor + unit.offset
    return float(f"{result:.12g}")


def unit_english(match: UnitMatch, value: float) -> str:
    """English unit label for text_en (`tonnes`, `km²`, `barrels per day`)."""
    unit = match.unit
    label = unit.en_one if value == 1 else unit.en_many
    if match.period and unit.kind != "speed":
        label += {"d": " per day", "yr": " per year", "h": " per hour"}[match.period]
    return label


if __name__ == "__main__":
    write_si_factors()
