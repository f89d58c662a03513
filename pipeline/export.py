"""Exports from the store: `csv/<table>.csv`, `json/<table>.json`, `json/docs/<doc_id>.json`,
`tbx/glossary.tbx`.

Every file is written to a temporary file in the same folder and renamed over the old one, so
an interrupted run leaves the previous outputs intact. Rows are sorted and floats use Python's
shortest round-trip repr (`288000000000.0`), so an unchanged store gives identical bytes.
Empty cells are empty strings in CSV and null in JSON (SPEC).
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

from .schema import SPAN_TABLES, TABLE_ORDER, TABLES
from .review.apply import REVIEWED_TABLES, apply_reviews
from .store import Store
from .tbx import glossary_to_tbx


def atomic_write(path: Path, data: str) -> None:
    """Write `data` to `path` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def export_columns(table: str) -> list[str]:
    """SPEC's columns, then `review_status` on tables a person reviews (issue: review)."""
    return list(TABLES[table]) + (["review_status"] if table in REVIEWED_TABLES else [])


def to_csv(table: str, rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    cols = export_columns(table)
    writer.writerow(cols)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in cols])
    return buffer.getvalue()


def _typed(table: str, row: dict) -> dict:
    out = {}
    for col, kind in TABLES[table].items():
        value = row.get(col)
        if value is not None and kind == "float":
            value = float(value)
        elif value is not None and kind == "int":
            value = int(value)
        out[col] = value
    if table in REVIEWED_TABLES:
        out["review_status"] = row.get("review_status") or "unreviewed"
    return out


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # one encoder (json.dumps builds one per call)


def _dumps(value) -> str:
    return _ENCODER.encode(value)  # no indent: the fast C encoder


def to_json(data, memo: dict[int, str] | None = None) -> str:
    """JSON with one record per line (readable, diff-friendly, and fast to write).

    `memo` maps `id(record)` to its encoding, so records written twice in one export (the
    table files, then the per-document files) are encoded once."""
    if isinstance(data, list):
        if not data:
            return "[]\n"
        if memo is None:
            return "[\n" + ",\n".join(map(_dumps, data)) + "\n]\n"
        lines = []
        for row in data:
            line = memo.get(id(row))
            if line is None:
                line = memo[id(row)] = _dumps(row)
            lines.append(line)
        return "[\n" + ",\n".join(lines) + "\n]\n"
    if isinstance(data, dict):
        items = [f"{_dumps(k)}: {to_json(v, memo).rstrip() if isinstance(v, list) else _dumps(v)}"
                 for k, v in data.items()]
        return "{\n" + ",\n".join(items) + "\n}\n"
    return _dumps(data) + "\n"


def export_all(store: Store, out: Path, tables: dict[str, list[dict]] | None = None) -> dict[str, int]:
    """Write every export of the run folder `out`; return rows per table."""
    tables = apply_reviews(store, tables or {t: store.table(t) for t in TABLE_ORDER})
    typed = {t: [_typed(t, r) for r in tables[t]] for t in TABLE_ORDER}
    memo: dict[int, str] = {}  # the typed rows live until the end: their ids stay unique
    for table in TABLE_ORDER:
        atomic_write(out / "csv" / f"{table}.csv", to_csv(table, typed[table]))
        atomic_write(out / "json" / f"{table}.json", to_json(typed[table], memo))
    _export_docs(typed, out / "json" / "docs", memo)
    atomic_write(out / "tbx" / "glossary.tbx", glossary_to_tbx(typed["glossary"]))
    return {t: len(typed[t]) for t in TABLE_ORDER}


def _export_docs(typed: dict[str, list[dict]], folder: Path, memo: dict[int, str]) -> None:
    """One JSON per document with all its rows nested (the review format)."""
    by_doc: dict[str, dict] = {}
    entities = {e["entity_id"]: e for e in typed["entities"]}
    for doc in typed["documents"]:
        by_doc[doc["doc_id"]] = {"document": doc, **{t: [] for t in SPAN_TABLES}, "entities": []}
    for table in SPAN_TABLES:
        for row in typed[table]:
            if row["doc_id"] in by_doc:
                by_doc[row["doc_id"]][table].append(row)
    for doc_id, payload in by_doc.items():
        ids = sorted({m["entity_id"] for m in payload["mentions"]})
        payload["entities"] = [entities[i] for i in ids if i in entities]
        atomic_write(folder / f"{doc_id}.json", to_json(payload, memo))
    if folder.is_dir():
        for stale in folder.glob("*.json"):
            if stale.stem not in by_doc:
                stale.unlink()
