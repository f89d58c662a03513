"""Review decisions in the run's SQLite store (`review_decisions`), keyed by stable item ids.

One current decision per item: `(tbl, item_id)` is the primary key. Span rows are keyed by
their row id (`<doc_id>-<m|d|q|p><start>-<end>`), glossary rows by `term_fr`; ids only depend
on the document text, so a re-run of the pipeline (which rewrites every extracted row) finds
its decisions again. The table is never touched by `passerelle run`.

Concurrency policy (two browser tabs, or a tab and an import, writing at once):
- every write runs in its own `BEGIN IMMEDIATE` transaction, so writers are serialised and
  a read-modify-write (merging a correction into an earlier one) never interleaves;
- each decision has a `version` (1 on first write, +1 on every change); a writer that sends
  the version it saw (`expected_version`, 0 for "no decision yet") gets `StaleDecision`
  (HTTP 409) when someone else wrote in between, and nothing is written; a writer that sends
  no version (the importer, scripts) overwrites: last write wins;
- every write is also appended to `review_log`, so an overwritten decision is never lost.

Merge rules: a correction of a corrected item merges the fields (new ones win); a correction
of an added span updates the added span; accepting a corrected or added item keeps it as it
is (undo, `delete_decision`, goes back to the extracted values); a rejection or an addition
replaces whatever was there.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone

from .labels import REVIEW_TABLES, label_of

DECISIONS = ("accept", "reject", "correct", "add")
COLUMNS = ("item_id", "tbl", "doc_id", "decision", "fields", "reviewer", "decided_at",
           "start", "end", "text", "label", "version")

DDL = f"""
CREATE TABLE IF NOT EXISTS review_decisions (
  item_id TEXT NOT NULL,
  tbl TEXT NOT NULL CHECK (tbl IN ({", ".join(f"'{t}'" for t in REVIEW_TABLES)})),
  doc_id TEXT,
  decision TEXT NOT NULL CHECK (decision IN ({", ".join(f"'{d}'" for d in DECISIONS)})),
  fields TEXT NOT NULL DEFAULT '{{}}',
  reviewer TEXT,
  decided_at TEXT NOT NULL,
  start INTEGER, "end" INTEGER, text TEXT, label TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (tbl, item_id));
CREATE INDEX IF NOT EXISTS review_decisions_doc ON review_decisions(doc_id);
CREATE TABLE IF NOT EXISTS review_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL,
  item_id TEXT NOT NULL, tbl TEXT NOT NULL, doc_id TEXT, decision TEXT, fields TEXT,
  reviewer TEXT, decided_at TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT,
  label TEXT, version INTEGER);
"""


class StaleDecision(Exception):
    """The decision changed since the writer read it (HTTP 409)."""

    def __init__(self, current: dict | None, expected: int):
        self.current = current
        self.expected = expected
        found = current["version"] if current else 0
        super().__init__(f"stale write: expected version {expected}, the store has {found}")


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the review tables if they are missing (idempotent)."""
    conn.executescript(DDL)


def now_utc() -> str:
    """The current time as ISO 8601 UTC with seconds (`2025-05-30T12:00:00Z`)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _row_dict(row) -> dict:
    out = dict(zip(COLUMNS, row))
    out["fields"] = json.loads(out["fields"] or "{}")
    return out


def _select(where: str = "") -> str:
    cols = ", ".join(f'"{c}"' for c in COLUMNS)
    return f"SELECT {cols} FROM review_decisions {where} ORDER BY tbl, item_id"


def load_decisions(conn: sqlite3.Connection, doc_id: str | None = None) -> list[dict]:
    """Every current decision (of one document plus all glossary ones when `doc_id` is given).
    A store that never had a review has no table yet: no decisions (nothing is created)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_decisions'").fetchone():
        return []
    if doc_id is None:
        rows = conn.execute(_select()).fetchall()
    else:
        rows = conn.execute(_select("WHERE doc_id = ? OR tbl = 'glossary'"), (doc_id,)).fetchall()
    return [_row_dict(tuple(r)) for r in rows]


def get_decision(conn: sqlite3.Connection, tbl: str, item_id: str) -> dict | None:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'review_decisions'").fetchone():
        return None
    row = conn.execute(_select("WHERE tbl = ? AND item_id = ?"), (tbl, item_id)).fetchone()
    return _row_dict(tuple(row)) if row else None


def _merged(old: dict | None, new: dict) -> dict:
    """The decision to store when `new` arrives on top of `old` (see the merge rules)."""
    if old is None or new["decision"] in ("reject", "add") or old["decision"] in ("accept", "reject"):
        return new
    # old is a correction or an addition; new accepts or corrects it: keep it, merge fields
    fields = {**old["fields"], **new["fields"]}
    label = old["label"]
    if old["decision"] == "add":
        label = label_of(old["tbl"], {"label": label, "kind": "money" if label == "MONEY" else None,
                                       **fields})
    return {**old, "fields": fields, "label": label, "reviewer": new["reviewer"],
            "decided_at": new["decided_at"]}


def _normalised(decision: dict) -> dict:
    out = dict.fromkeys(COLUMNS)
    out.update({k: v for k, v in decision.items() if k in out})
    out["fields"] = dict(out["fields"] or {})
    out["decided_at"] = out["decided_at"] or now_utc()
    if out["decision"] not in DECISIONS or out["tbl"] not in REVIEW_TABLES:
        raise ValueError(f"bad decision {out['decision']!r} on table {out['tbl']!r}")
    return out


def _put(conn: sqlite3.Connection, decision: dict, old: dict | None) -> dict:
    stored = _merged(old, _normalised(decision))
    stored["version"] = (old["version"] if old else 0) + 1
    values = [json.dumps(stored["fields"], ensure_ascii=False, sort_keys=True)
              if c == "fields" else stored[c] for c in COLUMNS]
    cols = ", ".join(f'"{c}"' for c in COLUMNS)
    conn.execute(f"INSERT OR REPLACE INTO review_decisions ({cols}) VALUES "
                 f"({', '.join('?' * len(COLUMNS))})", values)
    conn.execute(f"INSERT INTO review_log (action, {cols}) VALUES ('put', "
                 f"{', '.join('?' * len(COLUMNS))})", values)
    return stored


def _transaction(conn: sqlite3.Connection, work):
    """Run `work()` inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any error)."""
    ensure_schema(conn)
    if conn.in_transaction:
        conn.commit()
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = work()
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return result


def _check_version(current: dict | None, expected: int | None) -> None:
    if expected is not None and (current["version"] if current else 0) != expected:
        raise StaleDecision(current, expected)


def write_decision(conn: sqlite3.Connection, decision: dict,
                   expected_version: int | None = None) -> dict:
    """Store one decision; return it as stored (merged, with its new version).

    Raise StaleDecision when `expected_version` is given and is not the stored version."""
    def work():
        old = get_decision(conn, decision["tbl"], decision["item_id"])
        _check_version(old, expected_version)
        return _put(conn, decision, old)
    return _transaction(conn, work)


def write_many(conn: sqlite3.Connection, decisions: list[dict]) -> int:
    """Store many decisions in one transaction (last write wins); return how many."""
    def work():
        for decision in decisions:
            _put(conn, decision, get_decision(conn, decision["tbl"], decision["item_id"]))
        return len(decisions)
    return _transaction(conn, work)


def delete_decision(conn: sqlite3.Connection, tbl: str, item_id: str,
                    expected_version: int | None = None, reviewer: str | None = None) -> dict | None:
    """Undo: drop the decision of one item (it becomes unreviewed); return what was dropped."""
    def work():
        old = get_decision(conn, tbl, item_id)
        _check_version(old, expected_version)
        if old is not None:
            conn.execute("DELETE FROM review_decisions WHERE tbl = ? AND item_id = ?", (tbl, item_id))
            conn.execute("INSERT INTO review_log (action, item_id, tbl, doc_id, reviewer, decided_at)"
                         " VALUES ('delete', ?, ?, ?, ?, ?)", (item_id, tbl, old["doc_id"], reviewer, now_utc()))
        return old
    return _transaction(conn, work)
