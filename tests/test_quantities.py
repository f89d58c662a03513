"""Quantities and money: example corpora (money/units/quantities.toml) + data/unit tests."""
from __future__ import annotations

import pytest

from pipeline.extractors import quantities_grammar as grammar
from pipeline.extractors.units import match_unit, units
from pipeline.extractors.units_currency import currency_table

from quantities_helpers import check_fields, load_examples, params, run_component

MONEY, UNITS, QUANT = load_examples("money"), load_examples("units"), load_examples("quantities")
FORMS = MONEY["forms"] + UNITS["forms"] + QUANT["forms"]
IN_CONTEXT = MONEY["in_context"] + QUANT["in_context"]
NEGATIVE = MONEY["negative"] + UNITS["negative"] + QUANT["negative"]


@pytest.mark.parametrize("case", params(FORMS))
def test_forms(case):
    row = grammar.normalize_quantity(case["text"])
    assert row is not None
    assert row["text"] == case.get("span", case["text"])
    check_fields(row, case)


@pytest.mark.parametrize("case", params(IN_CONTEXT))
def test_in_context(nlp, case):
    rows = run_component(nlp, case["text"], "QUANTITY")
    assert [r["text"] for r in rows] == [r["text"] for r in case["rows"]]
    for row, want in zip(rows, case["rows"]):
        check_fields(row, want)


@pytest.mark.parametrize("case", params(NEGATIVE))
def test_negative(nlp, case):
    assert run_component(nlp, case["text"], "QUANTITY") == []


def test_rows_have_every_quantities_column(nlp):
    from pipeline.schema import TABLES

    (row,) = run_component(nlp, "Le barrage produit 12 TWh.", "QUANTITY")
    wanted = set(TABLES["quantities"]) - {"quantity_id", "doc_id", "sentence"}
    assert set(row) == wanted


def test_claimed_ranges_are_skipped():
    import spacy

    from pipeline.extractors import quantities

    doc = spacy.blank("fr")("Il a payé 40 euros.")  # no parse needed for the claim filter
    assert [r["text"] for r in quantities.extract(doc, claimed=[])] == ["40 euros"]
    assert quantities.extract(doc, claimed=[(10, 18)]) == []


def test_unit_factors_come_from_pint():
    table = units()
    assert table["t"].factor == 1000.0
    assert table["kt"].factor == 1e6            # pint's `kt` is a knot: the TSV says kilotonne
    assert table["bbl"].factor == pytest.approx(0.158987294928)
    assert table["TWh"].factor == 3.6e15
    assert table["km/h"].factor == pytest.approx(1 / 3.6)


def test_unit_codes_are_ascii_and_unique():
    table = units()
    assert all(code.isascii() for code in table)
    assert all(u.si_unit.isascii() for u in table.values())


def test_unit_match_is_case_sensitive_for_one_letter_forms():
    assert match_unit("M de plus", 0) is None          # `M` is a scale (mega), never a metre
    assert match_unit("m de haut", 0).code == "m"
    assert match_unit("Km2 au total", 0).code == "km2"  # case-folded, unambiguous
    assert match_unit("kms", 0) is None


def test_currency_table_covers_every_cldr_currency():
    from babel import Locale

    codes = {c.code for c in currency_table().values() if c.code}
    cldr = {c for c in Locale("fr").currencies if len(c) == 3 and c.isupper()}
    assert cldr - codes == set()


def test_currency_codes_are_iso4217():
    import pycountry

    iso = {c.alpha_3 for c in pycountry.currencies}
    from babel import Locale

    known = iso | set(Locale("fr").currencies)  # CLDR also lists historic ISO codes
    assert {c.code for c in currency_table().values() if c.code} <= known


def test_lexicons_are_nfc_and_use_known_values():
    import unicodedata
    from importlib import resources

    from pipeline.extractors import quantities_lexicon as lex

    for package, name in (("pipeline.data.units", "units.tsv"), ("pipeline.data.units", "currency_extras.tsv"),
                          ("pipeline.data.quantities", "approximators.tsv"),
                          ("pipeline.data.quantities", "percent_cues.tsv"),
                          ("pipeline.data.quantities", "rules.tsv"),
                          ("pipeline.data.quantities", "number_words.tsv")):
        text = resources.files(package).joinpath(name).read_text("utf-8")
        assert unicodedata.normalize("NFC", text) == text, name
    spec_approx = {"exact", "about", "nearly", "more_than", "less_than", "at_least", "at_most", "up_to"}
    assert {a for rows in lex.approximators().values() for _, a in rows} <= spec_approx
    assert set(lex.percent_cues()) == {"change", "rate", "share"}
    assert {u.table_kind for u in units().values()} <= {
        "mass", "length", "area", "volume", "energy", "power", "speed", "temperature", "other"}


def test_unit_forms_are_unique_per_code():
    from pipeline.extractors.units import _read_tsv

    seen: dict[str, str] = {}
    for code, _kind, _pint, _en, forms in _read_tsv("units.tsv"):
        for form in forms.split("|"):
            assert seen.setdefault(form, code) == code, form


def test_generated_si_factors_match_pint():
    """`si_factors.tsv` is generated from pint (runtime does not load pint): it must agree
    with pint for every unit of units.tsv (regenerate: python -m pipeline.extractors.units)."""
    from pipeline.extractors.units import _read_tsv, compute_si_factors

    stored = {code: (float(f), float(o)) for code, f, o in _read_tsv("si_factors.tsv")}
    live = compute_si_factors()
    assert set(stored) == set(live)
    for code, (factor, offset) in live.items():
        assert stored[code][0] == pytest.approx(factor, rel=1e-12), code
        assert stored[code][1] == pytest.approx(offset, rel=1e-12, abs=1e-9), code


def test_temperature_si_values():
    from pipeline.extractors.units import match_unit, si_value

    assert si_value(-5.0, match_unit("°C", 0)) == 268.15
    assert si_value(20.0, match_unit("°F", 0)) == 266.483333333
    assert si_value(300.0, match_unit("kelvins", 0)) == 300.0
