"""Acronym detector: the example corpus `examples/acronyms.toml` and the pure helpers."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pipeline.extractors.acronyms import (
    find_acronym_pairs, is_short_form, loose_match, match_long_form, short_form_after,
)

EXAMPLES = Path(__file__).parent / "examples" / "acronyms.toml"
CASES = tomllib.loads(EXAMPLES.read_text("utf-8"))["case"]


def _params():
    for i, case in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        yield pytest.param(case, id=f"{i:02d}-{case['text'][:30]}", marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_example(case):
    text = case["text"]
    found = [[text[ls:le], text[ss:se]] for ls, le, ss, se in find_acronym_pairs(text)]
    assert found == case["pairs"]


def test_offsets_are_exact():
    text = "Selon la Banque centrale européenne (BCE), les taux montent."
    assert find_acronym_pairs(text) == [(9, 35, 37, 40)]


@pytest.mark.parametrize("candidate, expected", [
    ("OTAN", True), ("UpM", True), ("S&P", True), ("BCE", True), ("CO2", True),
    ("G20", False), ("Koffi Yao", False), ("CBS News", False), ("UE OTAN", True), ("A", False),
    ("2024", False), ("Paris", False),
])
def test_is_short_form(candidate, expected):
    assert is_short_form(candidate) is expected


@pytest.mark.parametrize("short, long_text, expected", [
    ("FMI", "le Fonds monétaire international", 3),
    ("CICR", "du Comité international de la Croix-Rouge", 3),
    ("OIT", "l'Organisation internationale du travail", 2),
    ("XYZ", "la Banque mondiale", None),
    ("DE", "de la", None),
])
def test_match_long_form(short, long_text, expected):
    assert match_long_form(short, long_text) == expected


@pytest.mark.parametrize("long_text, short, expected", [
    ("China Railway Construction", "CRCC", True),
    ("Electricité de France", "EDF", True),
    ("Paris", "AFP", False),
    ("Banque mondiale", "BM", False),
])
def test_loose_match(long_text, short, expected):
    assert loose_match(long_text, short) is expected


def test_short_form_after():
    text = "China Railway Construction (CRCC) construit"
    assert short_form_after(text, 26) == (28, 32)
    assert short_form_after("Paris (à Lyon)", 5) is None
