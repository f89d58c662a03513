"""The batch job end to end: CLI, store schema, exports, offsets, incrementality."""
from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.schema import SPAN_TABLES, TABLE_ORDER, TABLES
from tests.conftest import ROOT, write_fixture_corpus


def _snapshot(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and "sqlite" not in p.name}


def _json(out: Path, table: str) -> list[dict]:
    return json.loads((out / "json" / f"{table}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory, nlp):
    corpus = write_fixture_corpus(tmp_path_factory.mktemp("corpus"))
    out = tmp_path_factory.mktemp("run")
    code = main(["run", str(corpus), "--out", str(out), "--quiet"])
    return corpus, out, code


def test_exit_code_and_document_statuses(fixture_run):
    _, out, code = fixture_run
    assert code == 1  # two documents failed
    docs = {d["source_path"]: d for d in _json(out, "documents")}
    assert {p: d["status"] for p, d in docs.items()} == {
        "bad-meta.txt": "ok", "binary.txt": "error", "bom-crlf.md": "ok", "empty.txt": "error",
        "english.txt": "ok", "latin.txt": "ok", "utf8.txt": "ok", "yaml-meta.txt": "ok"}
    assert docs["binary.txt"]["error"] == "binary file (NUL bytes)"
    assert docs["empty.txt"]["error"] == "empty file (no text)"
    assert docs["english.txt"]["error"] == "warning: not French: detected language 'en'"
    assert docs["utf8.txt"]["n_tokens"] == 16
    assert docs["utf8.txt"]["n_sentences"] == 1
    assert docs["latin.txt"]["n_chars"] == 76


def test_sqlite_schema_matches_spec(fixture_run):
    _, out, _ = fixture_run
    conn = sqlite3.connect(out / "passerelle.sqlite")
    for table, cols in TABLES.items():
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        assert [row[1] for row in info] == list(cols)
        assert [row[2] for row in info] == [{"text": "TEXT", "int": "INTEGER", "float": "REAL"}[k]
                                            for k in cols.values()]
    fks = {row[2] for row in conn.execute('PRAGMA foreign_key_list("dates")')}
    assert fks == {"documents"}


def test_foreign_key_children_are_indexed(fixture_run):
    """Deleting a document or an entity looks up its children by index, not by a table scan
    (without these indexes replacing documents and rebuilding `entities` grow quadratically)."""
    _, out, _ = fixture_run
    conn = sqlite3.connect(out / "passerelle.sqlite")
    indexed = {(table, conn.execute(f'PRAGMA index_info("{name}")').fetchone()[2])
               for table in SPAN_TABLES
               for _, name, *_ in conn.execute(f'PRAGMA index_list("{table}")')}
    assert {pair for pair in indexed if pair[1] in ("doc_id", "entity_id")} == {
        ("mentions", "doc_id"), ("dates", "doc_id"), ("quantities", "doc_id"),
        ("percentages", "doc_id"), ("mentions", "entity_id")}
    plan = conn.execute("EXPLAIN QUERY PLAN SELECT 1 FROM mentions WHERE entity_id = 'x'").fetchall()
    assert plan[0][3] == "SEARCH mentions USING COVERING INDEX mentions_entity_id (entity_id=?)"


def test_csv_and_json_headers_match_spec(fixture_run):
    _, out, _ = fixture_run
    for table in TABLE_ORDER:
        with (out / "csv" / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header[:len(TABLES[table])] == list(TABLES[table])
        for row in _json(out, table):
            assert list(row)[:len(TABLES[table])] == list(TABLES[table])


def test_offsets_invariant_on_fixture_and_sample(fixture_run, tmp_path, nlp):
    _, out, _ = fixture_run
    sample_out = tmp_path / "sample"
    assert main(["run", str(ROOT / "corpus"), "--out", str(sample_out), "--quiet"]) == 0
    checked = 0
    for run in (out, sample_out):
        conn = sqlite3.connect(run / "passerelle.sqlite")
        texts = dict(conn.execute("SELECT doc_id, text FROM doc_texts"))
        for table in SPAN_TABLES:
            for doc_id, text, start, end in conn.execute(
                    f'SELECT doc_id, text, start, "end" FROM {table}'):
                assert texts[doc_id][start:end] == text
                checked += 1
    assert checked == sum(len(_json(r, t)) for r in (out, sample_out) for t in SPAN_TABLES)


def test_second_run_skips_everything_and_changes_no_byte(fixture_run, capsys):
    corpus, out, _ = fixture_run
    before = _snapshot(out)
    assert main(["run", str(corpus), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "8 documents: 0 processed, 8 skipped unchanged, 2 failed" in err
    assert _snapshot(out) == before


def test_edit_add_delete_prune(tmp_path, nlp):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Emmanuel Macron est à Berlin.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Olaf Scholz est à Paris.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(corpus), "--out", str(out), "--quiet"]) == 0
    first = {d["source_path"]: d["doc_id"] for d in _json(out, "documents")}
    (corpus / "a.txt").write_text("Emmanuel Macron est à Rome.\n", encoding="utf-8")
    (corpus / "c.txt").write_text("Giorgia Meloni est à Madrid.\n", encoding="utf-8")
    (corpus / "b.txt").unlink()
    assert main(["run", str(corpus), "--out", str(out), "--quiet"]) == 0
    docs = {d["source_path"]: d["doc_id"] for d in _json(out, "documents")}
    assert sorted(docs) == ["a.txt", "b.txt", "c.txt"]  # b.txt kept without --prune
    assert docs["a.txt"] != first["a.txt"] and docs["b.txt"] == first["b.txt"]
    mention_docs = sorted({m["doc_id"] for m in _json(out, "mentions")})
    assert first["a.txt"] not in mention_docs
    ids = [m["mention_id"] for m in _json(out, "mentions")]
    assert len(ids) == len(set(ids))
    assert main(["run", str(corpus), "--out", str(out), "--quiet", "--prune"]) == 0
    assert sorted(d["source_path"] for d in _json(out, "documents")) == ["a.txt", "c.txt"]
    assert sorted({m["doc_id"] for m in _json(out, "mentions")}) == sorted([docs["a.txt"], docs["c.txt"]])


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "corpus folder not found" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["run", str(tmp_path), "--workers", "0"])
    assert info.value.code == 2


def test_python_dash_m_entry_point(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "--version"],
                            capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout.strip()) == (0, "passerelle 0.1.0")


def test_extract_text_api(nlp):
    import pipeline

    tables = pipeline.extract_text("Emmanuel Macron a reçu Olaf Scholz à Paris.", published="2024-03")
    assert sorted(tables) == sorted(TABLE_ORDER)
    doc = tables["documents"][0]
    assert (doc["source_path"], doc["published"], doc["status"]) == ("<text>", "2024-03", "ok")
    for mention in tables["mentions"]:
        assert "Emmanuel Macron a reçu Olaf Scholz à Paris."[mention["start"]:mention["end"]] == mention["text"]


def test_worker_processes_give_the_same_outputs(fixture_run, tmp_path):
    """`--workers 2` (forked processes returning rows) writes byte-identical exports."""
    corpus, out, _ = fixture_run
    out2 = tmp_path / "run2"
    code = main(["run", str(corpus), "--out", str(out2), "--quiet", "--workers", "2",
                 "--batch-size", "1"])
    assert code == 1
    assert _snapshot(out2) == _snapshot(out)


def _die(documents, batch_size):
    import os

    os._exit(3)  # a worker killed mid-batch (what the OOM killer does)


def test_a_dead_worker_is_a_clear_error(fixture_run, tmp_path, monkeypatch, capsys):
    import pipeline.run as run

    corpus, _, _ = fixture_run
    monkeypatch.setattr(run, "_analyse_chunk", _die)
    code = main(["run", str(corpus), "--out", str(tmp_path / "run"), "--quiet", "--workers", "2",
                 "--batch-size", "1"])
    assert code == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "passerelle: error: a worker process died (out of memory?); the documents stored so far "
        "are kept: run again to resume, or use fewer --workers")
