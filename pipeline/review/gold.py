"""Gold files from reviewed documents (`passerelle review gold --run DIR --out DIR`).

A document is exported when it is fully reviewed: every item (span rows, added spans, and the
glossary rows of its terms) has a decision, and it has at least one item. The file holds the
reviewed rows (rejected ones left out, corrections applied) in the vocabulary of
GOLD_FORMAT.md, so `passerelle evaluate --gold DIR --run RUN` scores a run against reviewed
work. `doc` is the file stem of the document (the relative path without suffix when two
documents share a stem); the file is `<doc>.gold.json` (`/` written as `__`). A
`glossary` key is written only when the document has glossary items.
"""
from __future__ import annotations

import json
from pathlib import Path

from .apply import apply_decisions, review_tables_of
from .decisions import load_decisions
from .items import progress
from .workbench import doc_items, terms_by_doc

DATE_KEYS = ("kind", "value", "earliest", "latest", "granularity", "modifier")
QUANTITY_KEYS = ("kind", "value", "value_max", "approx", "unit", "currency", "si_value",
                 "si_unit", "subject")
PERCENT_KEYS = ("value", "value_max", "fraction", "sign", "kind", "subject")


def _span(row: dict) -> dict:
    return {"text": row["text"], "start": row["start"], "end": row["end"]}


def _flags(row: dict) -> list[str]:
    return [f for f in (row.get("flags") or "").split(";") if f]


def gold_document(store, doc: dict, doc_key: str) -> dict:
    """The gold dict of one (fully reviewed) stored document."""
    doc_id = doc["doc_id"]
    decisions = load_decisions(store.conn, doc_id)
    rows = apply_decisions(review_tables_of(store, doc_id), decisions)
    entities = {e["entity_id"]: e for e in rows["entities"]}
    gold = {"doc": doc_key, "published": doc["published"], "entities": [], "dates": [],
            "quantities": [], "percentages": []}
    for m in rows["mentions"]:
        entity = entities.get(m["entity_id"], {})
        gold["entities"].append({**_span(m), "label": m["label"],
                                 "entity": entity.get("name_en") or entity.get("name_fr") or m["text"],
                                 "name_en": entity.get("name_en"), "acronym_en": entity.get("acronym_en"),
                                 "alt_labels": [], "optional": False, "note": ""})
    for table, keys in (("dates", DATE_KEYS), ("quantities", QUANTITY_KEYS),
                        ("percentages", PERCENT_KEYS)):
        for row in rows[table]:
            item = {**_span(row), **{k: row.get(k) for k in keys}}
            if table != "percentages":
                item["flags"] = _flags(row)
            gold[table].append({**item, "optional": False})
    terms = terms_by_doc(store, doc_id).get(doc_id, set())
    glossary = [g for g in rows["glossary"] if g["term_fr"] in terms]
    if glossary:
        gold["glossary"] = [{"term_fr": g["term_fr"], "term_en": g["term_en"], "accepted_en": [],
                             "category": g["category"], "acronym_fr": g["acronym_fr"]}
                            for g in glossary]
    reviewers = sorted({d["reviewer"] for d in decisions if d["reviewer"] and
                        (d["tbl"] != "glossary" or d["item_id"] in terms)})
    gold["provenance"] = {"tool": "passerelle review", "doc_id": doc_id, "reviewers": reviewers}
    return gold


def _doc_keys(documents: list[dict]) -> dict[str, str]:
    stems: dict[str, int] = {}
    for doc in documents:
        stem = Path(doc["source_path"]).stem
        stems[stem] = stems.get(stem, 0) + 1
    return {d["doc_id"]: (Path(d["source_path"]).stem if stems[Path(d["source_path"]).stem] == 1
                          else Path(d["source_path"]).with_suffix("").as_posix())
            for d in documents}


def write_gold(store, out: str | Path) -> dict:
    """Write one gold file per fully reviewed document into `out`; return
    `{"written": [paths], "skipped": {doc_id: reason}}`."""
    from ..export import atomic_write

    out = Path(out)
    documents = [d for d in store.table("documents") if d["status"] == "ok"]
    keys = _doc_keys(documents)
    written, skipped = [], {}
    for doc in documents:
        state = progress(doc_items(store, doc["doc_id"]))
        if not state["total"]:
            skipped[doc["doc_id"]] = "no items to review"
            continue
        if not state["complete"]:
            skipped[doc["doc_id"]] = f"{state['unreviewed']} of {state['total']} items not decided"
            continue
        gold = gold_document(store, doc, keys[doc["doc_id"]])
        path = out / (keys[doc["doc_id"]].replace("/", "__") + ".gold.json")
        atomic_write(path, json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
        written.append(path)
    return {"written": written, "skipped": skipped}
