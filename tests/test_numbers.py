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
