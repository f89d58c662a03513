"""The shared French number parser: example corpus (tests/examples/numbers.toml) + unit cases."""
from __future__ import annotations

import math
import tomllib
from pathlib import Path

import pytest

from pipeline.extractors.numbers import find_numbers, parse_number, parse_ordinal

EXAMPLES = tomllib.loads((Path(__file__).parent / "examples" / "numbers.toml").read_text("utf-8"))


def _params(cases):
    return [pytest.param(c, id=c["text"] or "<empty>",
                         marks=[pytest.mark.xfail(strict=True, reason=c["xfail"])] if "xfail" in c else [])
            for c in cases]


@pytest.mark.parametrize("case", _params(EXAMPLES["parse"]))
def test_parse_number(case):
    got = parse_number(case["text"])
    if math.isnan(case["value"]):
        assert got is None
    else:
        assert got == pytest.approx(case["value"], rel=1e-12)


@pytest.mark.parametrize("case", EXAMPLES["ordinal"], ids=lambda c: c["text"])
def test_parse_ordinal(case):
    expected = None if case["value"] == -1 else case["value"]
    assert parse_ordinal(case["text"]) == expected


@pytest.mark.parametrize("case", EXAMPLES["find"], ids=lambda c: c["text"][:40])
def test_find_numbers(case):
    got = [[m.text, m.value, m.kind] for m in find_numbers(case["text"])]
    assert got == case["numbers"]


def test_offsets_are_exact():
    text = "Soit 47\u202f315 tonnes, quatre-vingt-dix pays et 1,5 Md€."
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text
    assert [(m.start, m.end) for m in find_numbers(text)] == [(5, 11), (20, 36), (45, 51)]


def test_parse_number_accepts_none():
    assert parse_number(None) is None
    assert parse_ordinal(None) is None


def test_approximate_collectives_are_flagged():
    found = find_numbers("une dizaine de pays et une douzaine d'œufs")
    assert [(m.value, m.approx) for m in found] == [(10.0, "about"), (12.0, None)]


def test_scaled_and_digits_flags():
    (m,) = find_numbers("3,9 millions")
    assert (m.digits, m.scaled, m.sign) == (True, True, None)
    (m,) = find_numbers("+ 3,7")
    assert (m.digits, m.scaled, m.sign) == (True, False, "+")


def test_articles_are_kept_on_request_and_flagged():
    text = "un accident, un sur trois et un."
    assert [(m.text, m.value) for m in find_numbers(text)] == [("un sur trois", 1 / 3), ("un", 1.0)]
    got = [(m.start, m.end, m.article) for m in find_numbers(text, articles=True)]
    assert got == [(0, 2, True), (13, 25, False), (29, 31, False)]


def test_spaced_minus_and_suffix_scale_flags():
    (m,) = find_numbers("- 1.200.000")
    assert (m.value, m.sign, m.digits, m.scaled) == (-1200000.0, "-", True, False)
    (m,) = find_numbers("- 10  k")
    assert (m.value, m.sign, m.scaled, m.factor) == (-10000.0, "-", True, 1000.0)
    (m,) = find_numbers("-,0012G")
    assert (m.value, m.sign, m.scaled, m.factor) == (-1200000.0, "-", True, 1e9)


def test_dash_between_numbers_is_not_a_sign():
    found = find_numbers("10 euros - 20 euros")
    assert [(m.text, m.value, m.sign) for m in found] == [("10", 10.0, None), ("20", 20.0, None)]


def test_quantity_layer_reads_the_new_notations_safely():
    """Lone halves and `10G` never make quantities; a bullet stays positive, `: - 5` is negative."""
    from pipeline.extractors.quantities_grammar import find_quantities

    text = ("Sur 300 habitants, la moitié a voté ; la 10G arrive ; un demi litre ; Bilan :\n"
            "- 12 pays ; Températures : - 5 °C.")
    rows = [(r["text"], r["kind"], r["value"]) for r in find_quantities(text)]
    assert rows == [("300", "bare", 300.0), ("un demi litre", "volume", 0.5), ("12", "bare", 12.0),
                    ("- 5 °C", "temperature", -5.0)]
