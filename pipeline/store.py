"""The embedded SQLite store (`<out>/passerelle.sqlite`): incremental, one transaction per doc.

Tables: one per SPEC table (same columns, primary keys, foreign keys to `documents` with
ON DELETE CASCADE), plus internal tables the corpus-wide steps need:
`doc_texts` (the decoded text), `doc_sentences` (sentence boundaries), `doc_entities`
(per-document entity attributes, aggregated into `entities`), `term_occurrences`
(glossary candidates) and `store_meta`. Review decisions live in `review_decisions`
(created by pipeline.review), keyed by stable item ids, so re-runs keep them.
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

from .schema import PRIMARY_KEYS, SPAN_TABLES, TABLES

SQL_TYPES = {"text": "TEXT", "int": "INTEGER", "float": "REAL"}

INTERNAL_DDL = """
CREATE TABLE IF NOT EXISTS doc_texts (
  doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS doc_sentences (
  doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (doc_id, sentence));
CREATE TABLE IF NOT EXISTS doc_entities (
  doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL, label TEXT, category TEXT, name_fr TEXT, name_en TEXT,
  acronym_fr TEXT, acronym_en TEXT, kb_id TEXT, PRIMARY KEY (doc_id, entity_id));
CREATE TABLE IF NOT EXISTS term_occurrences (
  doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
  term_fr TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  sentence INTEGER NOT NULL, lemma TEXT, term_en TEXT, en_source TEXT, kind TEXT,
  PRIMARY KEY (doc_id, start, "end", term_fr));
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE INDEX IF NOT EXISTS documents_source_path ON documents(source_path);
"""

# Foreign-key children need an index on their reference column: without one, SQLite scans the
# whole child table for every parent row deleted (replacing a document, rebuilding `entities`),
# which makes those steps quadratic in the size of the corpus.
CHILD_INDEX_DDL = "".join(
    f'CREATE INDEX IF NOT EXISTS "{table}_doc_id" ON "{table}"(doc_id);\n' for table in SPAN_TABLES
) + "CREATE INDEX IF NOT EXISTS mentions_entity_id ON mentions(entity_id);\n"


def _table_ddl(table: str) -> str:
    cols = []
    for name, kind in TABLES[table].items():
        col = f'"{name}" {SQL_TYPES[kind]}'
        if name == PRIMARY_KEYS[table]:
            col += " PRIMARY KEY"
        elif name == "doc_id" and table != "documents":
            col += " NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE"
        elif name == "entity_id" and table == "mentions":
            col += " NOT NULL REFERENCES entities(entity_id) DEFERRABLE INITIALLY DEFERRED"
        cols.append(col)
    return f'CREATE TABLE IF NOT EXISTS "{table}" (\n  ' + ",\n  ".join(cols) + "\n);"


class Store:
    """A connection to one run's SQLite store."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, timeout=30)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: still atomic and never corrupt; a power cut may lose the last
        # transactions, which the next (incremental) run simply redoes.
        self.conn.execute("PRAGMA synchronous = NORMAL")
        with self.conn:
            for table in TABLES:
                self.conn.execute(_table_ddl(table))
            self.conn.executescript(INTERNAL_DDL)
            self.conn.executescript(CHILD_INDEX_DDL)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- documents -------------------------------------------------------------------------
    def document_index(self) -> dict[str, dict]:
        """Stored documents keyed by source_path."""
        rows = self.conn.execute(
            "SELECT doc_id, source_path, sha256, pipeline_version, status FROM documents")
        return {r["source_path"]: dict(r) for r in rows}

    def replace_document(self, document: dict, text: str, rows: dict[str, list[dict]],
                         sentences: list[tuple[int, int]] = ()) -> None:
        """Insert one document and its rows, replacing any earlier version of its path."""
        with self.conn:
            self._delete_path(document["source_path"])
            self._insert("documents", [document])
            if document["status"] == "ok":
                self.conn.execute("INSERT INTO doc_texts VALUES (?, ?)", (document["doc_id"], text))
                self.conn.executemany(
                    'INSERT INTO doc_sentences VALUES (?, ?, ?, ?)',
                    [(document["doc_id"], i, s, e) for i, (s, e) in enumerate(sentences)])
            self._add_entity_stubs(rows.get("doc_entities", []))
            self._insert_dicts("doc_entities", rows.get("doc_entities", []))
            for table in SPAN_TABLES:
                self._insert(table, rows.get(table, []))
            self._insert_dicts("term_occurrences", rows.get("term_occurrences", []))

    def _delete_path(self, source_path: str) -> None:
        self.conn.execute("DELETE FROM documents WHERE source_path = ?", (source_path,))

    def prune(self, keep_paths: set[str]) -> list[str]:
        """Delete documents whose source file is gone; return their paths."""
        gone = sorted(set(self.document_index()) - keep_paths)
        with self.conn:
            for path in gone:
                self._delete_path(path)
        return gone

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        cols = list(TABLES[table])
        sql = f'INSERT INTO "{table}" ({_quoted(cols)}) VALUES ({", ".join("?" * len(cols))})'
        self.conn.executemany(sql, [tuple(row.get(c) for c in cols) for row in rows])

    def _insert_dicts(self, table: str, rows: list[dict]) -> None:
        """Insert rows that all have the keys of the first one (one executemany)."""
        if not rows:
            return
        cols = list(rows[0])
        sql = f'INSERT OR REPLACE INTO "{table}" ({_quoted(cols)}) VALUES ({", ".join("?" * len(cols))})'
        self.conn.executemany(sql, [tuple(row[c] for c in cols) for row in rows])

    def _add_entity_stubs(self, doc_entities: list[dict]) -> None:
        """An `entities` row per new entity id, so mentions satisfy their foreign key until
        `rebuild_entities` fills in the aggregates."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO entities (entity_id, label, n_mentions, n_docs) VALUES (?, ?, 0, 0)",
            [(ent["entity_id"], ent.get("label")) for ent in doc_entities])

    # -- corpus-wide tables ----------------------------------------------------------------
    def rebuild_entities(self) -> None:
        """Recompute `entities` from every document's entity attributes and mentions."""
        attrs: dict[str, list[dict]] = defaultdict(list)
        for row in self.conn.execute("SELECT * FROM doc_entities ORDER BY doc_id"):
            attrs[row["entity_id"]].append(dict(row))
        counts = {r["entity_id"]: (r["n"], r["d"]) for r in self.conn.execute(
            "SELECT entity_id, COUNT(*) AS n, COUNT(DISTINCT doc_id) AS d FROM mentions GROUP BY entity_id")}
        rows = [_aggregate_entity(eid, attrs[eid], *counts.get(eid, (0, 0)))
                for eid in sorted(attrs) if eid in counts]
        with self.conn:
            self.conn.execute("DELETE FROM entities")
            self._insert("entities", rows)

    def replace_glossary(self, rows: list[dict]) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM glossary")
            self._insert("glossary", rows)

    # -- reading ---------------------------------------------------------------------------
    def table(self, table: str) -> list[dict]:
        """All rows of a SPEC table in a stable order."""
        order = {"documents": "source_path", "entities": "entity_id", "glossary": "term_fr"}.get(
            table, 'doc_id, start, "end", ' + PRIMARY_KEYS.get(table, "rowid"))
        cols = ", ".join(f'"{c}"' for c in TABLES[table])
        return [dict(r) for r in self.conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY {order}')]

    def text_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT text FROM doc_texts WHERE doc_id = ?", (doc_id,)).fetchone()
        return row["text"] if row else None

    def query(self, sql: str, params: tuple = ()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, params)]


def _quoted(cols: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def _aggregate_entity(entity_id: str, attrs: list[dict], n_mentions: int, n_docs: int) -> dict:
    """The most frequent non-empty value of each attribute across documents (ties: longest)."""
    row = {"entity_id": entity_id, "n_mentions": n_mentions, "n_docs": n_docs}
    for field in ("label", "category", "name_fr", "name_en", "acronym_fr", "acronym_en", "kb_id"):
        values = Counter(a[field] for a in attrs if a[field] not in (None, ""))
        row[field] = min(values, key=lambda v: (-values[v], -len(v), v)) if values else None
    return row
