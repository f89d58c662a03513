"""Percentages: example corpus (percentages.toml) + the kind classifier."""
from __future__ import annotations

import pytest

from pipeline.extractors.percentages import classify, find_percentages

from quantities_helpers import check_fields, expected, load_examples, params, run_component

PCT = load_examples("percentages")


@pytest.mark.parametrize("case", params(PCT["forms"]))
def test_forms(case):
    (row,) = find_percentages(case["text"])
    assert row["text"] == case.get("span", case["text"])
    assert row["points"] is case.get("points", False)
    check_fields(row, case)


@pytest.mark.parametrize("case", PCT["classify"], ids=lambda c: " ".join(c["left"] + ["%"] + c["right"]))
def test_classify(case):
    assert classify(case["left"], case["right"], expected(case["sign"])) == case["kind"]


@pytest.mark.parametrize("case", params(PCT["in_context"]))
def test_in_context(nlp, case):
    rows = run_component(nlp, case["text"], "PERCENT")
    assert [r["text"] for r in rows] == [r["text"] for r in case["rows"]]
    for row, want in zip(rows, case["rows"]):
        check_fields(row, want)


@pytest.mark.parametrize("case", params(PCT["negative"]))
def test_negative(nlp, case):
    assert run_component(nlp, case["text"], "PERCENT") == []


def test_rows_have_every_percentages_column(nlp):
    from pipeline.schema import TABLES

    (row,) = run_component(nlp, "Le chômage touche 8 % des actifs.", "PERCENT")
    assert set(row) == set(TABLES["percentages"]) - {"percentage_id", "doc_id", "sentence"}
    assert (row["fraction"], row["kind"], row["subject"]) == (0.08, "share", "actifs")


def test_percentages_are_claimed_before_quantities(nlp):
    text = "Le stock a augmenté de 12 %."
    assert run_component(nlp, text, "QUANTITY") == []
    assert [r["text"] for r in run_component(nlp, text, "PERCENT")] == ["12 %"]
