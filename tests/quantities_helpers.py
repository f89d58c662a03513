"""Shared helpers of the quantity/percentage example-corpus tests (not a test module)."""
from __future__ import annotations

import math
import tomllib
from pathlib import Path

import pytest

EXAMPLES_DIR = Path(__file__).parent / "examples"
META_KEYS = {"text", "span", "xfail", "note", "rows", "left", "right", "points"}
MODEL_PIPES = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner")


def load_examples(name: str) -> dict:
    return tomllib.loads((EXAMPLES_DIR / f"{name}.toml").read_text("utf-8"))


def expected(value):
    """`"nan"` (or a float NaN) in the example files means None."""
    if value == "nan" or isinstance(value, float) and math.isnan(value):
        return None
    return value


def params(cases: list[dict]) -> list:
    """pytest params, xfail(strict=True) where the case says `xfail = "reason"`."""
    out = []
    for case in cases:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        out.append(pytest.param(case, marks=marks, id=case["text"][:50]))
    return out


def check_fields(row: dict, case: dict) -> None:
    """Every field named in `case` (except meta keys) equals the row's value."""
    for key, value in case.items():
        if key in META_KEYS:
            continue
        want, got = expected(value), row.get(key)
        if isinstance(want, float) and got is not None:
            assert got == pytest.approx(want, rel=1e-9), key
        else:
            assert got == want, key


def run_component(nlp, text: str, label: str) -> list[dict]:
    """Rows with `label` from the model + passerelle_quantities only (other components are
    not needed and must not make these tests depend on them)."""
    keep = set(MODEL_PIPES) | {"passerelle_quantities"}
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p not in keep]):
        doc = nlp(text)
    rows = [s._.value for s in doc.spans.get("passerelle", []) if s.label_ == label]
    for row in rows:
        assert text[row["start"]:row["end"]] == row["text"]
    return sorted(rows, key=lambda r: r["start"])
