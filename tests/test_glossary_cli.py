"""`passerelle glossary`: filters and formats over a run folder's glossary.json."""
from __future__ import annotations

import json

from pipeline.cli import main
from pipeline.glossary_cli import filter_rows, render

ROWS = [
    {"term_fr": "TVA", "term_en": "VAT", "category": "acronym", "acronym_fr": "TVA",
     "acronym_en": "VAT", "source": "acronym", "confidence": 0.9, "n_docs": 1,
     "n_occurrences": 2, "example": "La TVA augmente.", "status": "ok"},
    {"term_fr": "tir de barrage", "term_en": None, "category": "term", "acronym_fr": None,
     "acronym_en": None, "source": "none", "confidence": 0.0, "n_docs": 1, "n_occurrences": 2,
     "example": "Un tir de barrage, puis un autre tir de barrage.", "status": "needs_review"},
    {"term_fr": "zone euro", "term_en": "euro area", "category": "term", "acronym_fr": None,
     "acronym_en": None, "source": "termbase", "confidence": 0.95, "n_docs": 2,
     "n_occurrences": 3, "example": "La zone euro croît.", "status": "ok"},
]


def test_filter_rows():
    assert [r["term_fr"] for r in filter_rows(ROWS, needs_review=True)] == ["tir de barrage"]
    assert [r["term_fr"] for r in filter_rows(ROWS, category="TERM")] == [
        "tir de barrage", "zone euro"]
    assert [r["term_fr"] for r in filter_rows(ROWS, True, "acronym")] == []
    assert filter_rows(ROWS) == ROWS


def test_render_table():
    assert render(ROWS, "table") == (
        "term_fr         term_en    category  source    confidence  status\n"
        "TVA             VAT        acronym   acronym   0.9         ok\n"
        "tir de barrage             term      none      0.0         needs_review\n"
        "zone euro       euro area  term      termbase  0.95        ok\n"
        "3 term(s)\n")


def test_render_csv_json_tbx():
    csv_text = render(ROWS[:1], "csv")
    assert csv_text == (
        "term_fr,term_en,category,acronym_fr,acronym_en,source,confidence,n_docs,n_occurrences,"
        "example,status,review_status\n"
        "TVA,VAT,acronym,TVA,VAT,acronym,0.9,1,2,La TVA augmente.,ok,\n")
    assert json.loads(render(ROWS, "json")) == ROWS
    assert render(ROWS, "tbx").count("<conceptEntry ") == 3


def test_cli_glossary(tmp_path, capsys):
    (tmp_path / "json").mkdir()
    (tmp_path / "json" / "glossary.json").write_text(json.dumps(ROWS), encoding="utf-8")
    assert main(["glossary", "--run", str(tmp_path), "--needs-review", "--format", "json"]) == 0
    assert [r["term_fr"] for r in json.loads(capsys.readouterr().out)] == ["tir de barrage"]
    assert main(["glossary", "--run", str(tmp_path / "missing")]) == 2
    assert "no glossary in" in capsys.readouterr().err
