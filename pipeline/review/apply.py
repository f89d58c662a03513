"""Review decisions applied to exported rows: what a reviewed run exports.

`apply_reviews(store, tables)` reads the store's decisions and calls `apply_decisions`, which
is pure over rows + decisions and idempotent (applying twice gives the same rows):

- rows of mentions/dates/quantities/percentages/glossary get a trailing `review_status`:
  `unreviewed`, `accepted`, `corrected` or `added`; rejected rows are dropped;
- a correction replaces the extracted values of the fields it names (types follow schema.py;
  a percentage whose `value` is corrected without `fraction` gets fraction = value / 100);
- an added span becomes a row of its table (`source = review` for mentions), also when the
  pipeline did not extract it again; at the offsets of an extracted row of the same table it
  is that row with the added fields on top; an added span of a document no longer in `documents`
  (its text changed, so its offsets mean nothing) is left out;
- glossary corrections and additions set `source = review`, `status = reviewed`,
  `confidence = 1.0` whatever source the glossary builder used; accepting a glossary row
  that has an English term sets `status = reviewed` and keeps its source;
- `entities` follows the reviewed mentions: counts are recomputed, entities left without
  mentions are dropped, added mentions of new entities create them, a mention correction of
  `name_en` renames its entity, and a relabelled entity takes its mentions' majority label.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from ..schema import PRIMARY_KEYS, SPAN_TABLES, TABLES, empty_row
from .decisions import load_decisions
from .labels import REVIEW_TABLES, label_fields

#: Tables whose exported rows carry a trailing `review_status` column.
REVIEWED_TABLES = REVIEW_TABLES
STATUS = {"accept": "accepted", "correct": "corrected", "add": "added", "reject": "rejected"}


def apply_reviews(store, tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """`tables` with the review decisions stored in `store` applied (see the module doc)."""
    return apply_decisions(tables, load_decisions(store.conn))


def coerce(table: str, column: str, value):
    """`value` converted to the schema type of `table.column` ('' and None -> None)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = TABLES.get(table, {}).get(column, "text")
    if kind == "float":
        return float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    if kind == "int":
        return int(value)
    return str(value).strip()


def _set_fields(table: str, row: dict, fields: dict) -> dict:
    for column, value in fields.items():
        if column in TABLES[table] and column != PRIMARY_KEYS[table]:
            row[column] = coerce(table, column, value)
    if table == "percentages" and "value" in fields and "fraction" not in fields:
        row["fraction"] = None if row["value"] is None else row["value"] / 100
    return row


def _added_row(table: str, decision: dict) -> dict:
    """A new row of `table` built from an `add` decision."""
    fields = decision["fields"]
    row = empty_row(table)
    row[PRIMARY_KEYS[table]] = decision["item_id"]
    if table == "glossary":
        row.update(n_docs=0, n_occurrences=0)
        return row
    row.update(doc_id=decision["doc_id"], text=decision["text"], start=decision["start"],
               end=decision["end"], sentence=fields.get("sentence"))
    if table == "mentions":
        row.update(entity_id=fields.get("entity_id"), source="review")
    return row


def resolve(table: str, raw: dict | None, decision: dict | None) -> tuple[dict, str]:
    """The row after `decision` (a copy) and its status: unreviewed, accepted, corrected,
    added or rejected. `raw` is the extracted row, None for a span only the reviewer found."""
    row = dict(raw) if raw is not None else _added_row(table, decision)
    row.pop("review_status", None)
    if decision is None:
        return _tail(row, "unreviewed")
    status = STATUS[decision["decision"]]
    if status in ("corrected", "added"):
        if table != "glossary" and decision["decision"] == "add" and decision["label"]:
            _set_fields(table, row, label_fields(decision["label"], row.get("kind")))
        _set_fields(table, row, decision["fields"])
        if table == "glossary":
            row.update(source="review", status="reviewed", confidence=1.0)
    elif status == "accepted" and table == "glossary" and row.get("term_en"):
        row["status"] = "reviewed"
    return _tail(row, status)


def _tail(row: dict, status: str) -> tuple[dict, str]:
    row["review_status"] = status
    return row, status


def _sort_key(table: str):
    if table == "glossary":
        return lambda r: (r["term_fr"] or "",)
    key = PRIMARY_KEYS[table]
    return lambda r: (r["doc_id"] or "", r["start"] or 0, r["end"] or 0, r[key] or "")


def apply_decisions(tables: dict[str, list[dict]], decisions: list[dict]) -> dict[str, list[dict]]:
    """Pure core of `apply_reviews`: `tables` (rows per table) with `decisions` applied."""
    by_table: dict[str, dict[str, dict]] = defaultdict(dict)
    for decision in decisions:
        by_table[decision["tbl"]][decision["item_id"]] = decision
    docs = {d["doc_id"] for d in tables["documents"]} if "documents" in tables else None
    out = dict(tables)
    for table in REVIEW_TABLES:
        if table not in tables:
            continue
        rows, seen, key = [], set(), PRIMARY_KEYS[table]
        for raw in tables[table]:
            seen.add(raw[key])
            row, status = resolve(table, raw, by_table[table].get(raw[key]))
            if status != "rejected":
                rows.append(row)
        for item, decision in sorted(by_table[table].items()):
            if (item not in seen and decision["decision"] == "add"
                    and (table == "glossary" or docs is None or decision["doc_id"] in docs)):
                rows.append(resolve(table, None, decision)[0])
        out[table] = sorted(rows, key=_sort_key(table))
    if "entities" in tables and "mentions" in tables:
        out["entities"] = reviewed_entities(tables["entities"], out["mentions"],
                                            list(by_table["mentions"].values()))
    return out


def reviewed_entities(entities: list[dict], mentions: list[dict],
                      decisions: list[dict]) -> list[dict]:
    """Entity rows that agree with the reviewed `mentions` (see the module doc)."""
    by_id = {e["entity_id"]: dict(e) for e in entities}
    by_mention = {m["mention_id"]: m for m in mentions}
    touched: set[str] = set()
    for decision in sorted(decisions, key=lambda d: (d["decided_at"] or "", d["item_id"])):
        mention = by_mention.get(decision["item_id"])
        if mention is None or decision["decision"] not in ("correct", "add"):
            continue
        entity_id = mention["entity_id"]
        touched.add(entity_id)
        entity = by_id.setdefault(entity_id, _new_entity(mention))
        if decision["fields"].get("name_en"):
            entity["name_en"] = str(decision["fields"]["name_en"]).strip()
    labels: dict[str, Counter] = defaultdict(Counter)
    docs: dict[str, set] = defaultdict(set)
    for mention in mentions:
        labels[mention["entity_id"]][mention["label"]] += 1
        docs[mention["entity_id"]].add(mention["doc_id"])
    rows = []
    for entity_id in sorted(by_id):
        if entity_id not in labels:
            continue
        entity = by_id[entity_id]
        entity.update(n_mentions=sum(labels[entity_id].values()), n_docs=len(docs[entity_id]))
        if entity_id in touched:
            entity["label"] = max(labels[entity_id].items(), key=lambda kv: (kv[1], kv[0] == entity["label"]))[0]
        rows.append(entity)
    return rows


def _new_entity(mention: dict) -> dict:
    entity = empty_row("entities")
    entity.update(entity_id=mention["entity_id"], label=mention["label"], name_fr=mention["text"])
    return entity


def review_tables_of(store, doc_id: str | None = None) -> dict[str, list[dict]]:
    """The store's rows of every table (of one document's span tables when `doc_id` is set)."""
    tables = {}
    for table in TABLES:
        if doc_id is not None and table in SPAN_TABLES:
            cols = ", ".join(f'"{c}"' for c in TABLES[table])
            tables[table] = store.query(
                f'SELECT {cols} FROM "{table}" WHERE doc_id = ? ORDER BY start, "end", '
                f'{PRIMARY_KEYS[table]}', (doc_id,))
        else:
            tables[table] = store.table(table)
    return tables
