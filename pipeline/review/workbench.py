"""Store-facing operations of the review workbench (shared by the server, importer and CLI):
the views of the index and document pages, and the checks that turn requests into decisions.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict

from ..schema import PRIMARY_KEYS, TABLES
from .apply import coerce, review_tables_of
from .decisions import get_decision, load_decisions
from .items import build_items, corpus_items, progress, segments
from .labels import EDITABLE, EXTRA_FIELD_TYPES, LABEL_TABLE, LABELS, item_id, label_fields

LEGEND = [(label, LABEL_TABLE[label]) for label in LABELS] + [("TERM", "glossary")]


class ReviewError(ValueError):
    """A request that cannot become a decision; `status` is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


def terms_by_doc(store, doc_id: str | None = None) -> dict[str, set[str]]:
    """Glossary terms occurring in each document (from `term_occurrences`)."""
    sql, params = "SELECT doc_id, term_fr FROM term_occurrences", ()
    if doc_id is not None:
        sql, params = sql + " WHERE doc_id = ?", (doc_id,)
    out: dict[str, set[str]] = defaultdict(set)
    for row in store.query(sql, params):
        out[row["doc_id"]].add(row["term_fr"])
    return out


def document(store, doc_id: str) -> dict:
    rows = store.query("SELECT * FROM documents WHERE doc_id = ?", (doc_id,))
    if not rows:
        raise ReviewError(f"unknown document {doc_id!r}", 404)
    return rows[0]


def doc_items(store, doc_id: str) -> list[dict]:
    """The review items of one stored document."""
    document(store, doc_id)
    tables = review_tables_of(store, doc_id)
    decisions = load_decisions(store.conn, doc_id)
    return build_items(tables, decisions, terms_by_doc(store, doc_id).get(doc_id, set()))


def doc_view(store, doc_id: str) -> dict:
    """Everything the document page shows; the side panel lists the flagged items of every
    table first, then each table's other items."""
    doc = document(store, doc_id)
    text = store.text_of(doc_id) or ""
    items = doc_items(store, doc_id)
    return {"doc": doc, "text": text, "items": items, "progress": progress(items),
            "segments": segments(text, items), "legend": LEGEND,
            "tables": [("flagged", [it for it in items if it["flagged"]])]
            + [(t, [it for it in items if it["tbl"] == t and not it["flagged"]]) for t in EDITABLE],
            "editable": EDITABLE, "labels": LABELS, "label_table": LABEL_TABLE}


def index_view(store) -> list[dict]:
    """One summary per document: title, counts per table, flagged, unreviewed, progress."""
    tables = review_tables_of(store)
    items = corpus_items(tables, load_decisions(store.conn), terms_by_doc(store))
    out = []
    for doc in tables["documents"]:
        summary = {"doc": doc, **progress(items[doc["doc_id"]])}
        out.append(summary)
    return out


def sentence_of(store, doc_id: str, start: int) -> int:
    starts = [r["start"] for r in store.query(
        "SELECT start FROM doc_sentences WHERE doc_id = ? ORDER BY sentence", (doc_id,))]
    return max(bisect_right(starts, start) - 1, 0) if starts else 0


def new_entity_id(store, text: str, label: str) -> str:
    """The entity of an added mention: the entity most often given to the same text and label
    elsewhere in the run, else a new name-keyed id (same rule as tables.py)."""
    known = Counter(r["entity_id"] for r in store.query(
        "SELECT entity_id FROM mentions WHERE text = ? AND label = ?", (text, label)))
    if known:
        return min(known, key=lambda e: (-known[e], e))
    from ..tables import entity_id_for  # imports spaCy: only when an entity is new

    name = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return entity_id_for(f"name:{label}:{name}")


def check_fields(table: str, fields: dict) -> dict:
    """`fields` validated for an edit of `table`: known editable names, schema types."""
    allowed = EDITABLE[table]
    out = {}
    for name, value in fields.items():
        if name not in allowed:
            raise ReviewError(f"field {name!r} cannot be edited in {table} "
                              f"(editable: {', '.join(allowed)})")
        if name == "label" and LABEL_TABLE.get(value) != table:
            raise ReviewError(f"label {value!r} is not a {table} label")
        kind = EXTRA_FIELD_TYPES.get(table, {}).get(name) or TABLES[table][name]
        try:
            out[name] = coerce(table if kind != "text" else "", name, value)
        except (TypeError, ValueError):
            raise ReviewError(f"field {name!r} must be a number, got {value!r}") from None
    return out


def span_decision(store, doc_id: str, start: int, end: int, label: str,
                  text: str | None = None, fields: dict | None = None,
                  reviewer: str | None = None) -> dict:
    """An `add` decision for a span the reviewer marked, checked against the stored text."""
    doc_text = store.text_of(doc_id)
    if doc_text is None:
        raise ReviewError(f"unknown document {doc_id!r}", 404)
    if label not in LABELS:
        raise ReviewError(f"unknown label {label!r} (labels: {', '.join(LABELS)})")
    if not 0 <= start < end <= len(doc_text):
        raise ReviewError(f"offsets [{start}:{end}] are outside the document (0..{len(doc_text)})")
    if text is not None and doc_text[start:end] != text:
        raise ReviewError(f"offsets [{start}:{end}] give {doc_text[start:end]!r}, not {text!r}")
    table = LABEL_TABLE[label]
    extra = check_fields(table, dict(fields or {}))
    extra = {**label_fields(label), **extra, "sentence": sentence_of(store, doc_id, start)}
    if table == "mentions":
        extra["entity_id"] = new_entity_id(store, doc_text[start:end], extra.get("label", label))
    return {"item_id": item_id(doc_id, table, start, end), "tbl": table, "doc_id": doc_id,
            "decision": "add", "fields": extra, "reviewer": reviewer, "start": start,
            "end": end, "text": doc_text[start:end], "label": label}


def item_decision(store, table: str, item: str, decision: str, fields: dict | None = None,
                  reviewer: str | None = None) -> dict:
    """An accept/reject/correct decision on an existing item (extracted or added)."""
    doc_id = _item_doc(store, table, item)
    checked = check_fields(table, dict(fields or {})) if decision == "correct" else {}
    if decision == "correct" and not checked:
        raise ReviewError("a correction needs at least one field")
    return {"item_id": item, "tbl": table, "doc_id": doc_id, "decision": decision,
            "fields": checked, "reviewer": reviewer}


def _item_doc(store, table: str, item: str) -> str | None:
    """The doc_id of an item, or ReviewError(404) when no such row or added span exists."""
    key = PRIMARY_KEYS[table]
    rows = store.query(f'SELECT * FROM "{table}" WHERE "{key}" = ?', (item,))
    if rows:
        return rows[0].get("doc_id")
    added = get_decision(store.conn, table, item)
    if added is not None and (added["decision"] == "add" or table == "glossary"):
        return added["doc_id"]
    raise ReviewError(f"no {table} item {item!r} in this run", 404)


def glossary_add(store, term_fr: str, fields: dict, reviewer: str | None = None) -> dict:
    """An `add` decision for a glossary term (a new term, or a reviewed English for one)."""
    term = " ".join(unicodedata.normalize("NFC", term_fr).split())
    if not term:
        raise ReviewError("term_fr must not be empty")
    checked = check_fields("glossary", fields)
    if not checked.get("term_en"):
        raise ReviewError("an added glossary term needs term_en")
    return {"item_id": term, "tbl": "glossary", "doc_id": None, "decision": "add",
            "fields": checked, "reviewer": reviewer, "text": term}
