"""Review items: the extracted rows of a document with their decisions, as the workbench,
the importer and the gold export see them (pure functions over rows + decisions).

An item is one row of a span table (or a glossary row whose term occurs in the document),
or a span only the reviewer added. Its `status` is unreviewed, accepted, corrected, added or
rejected (`apply.resolve`); rejected items stay visible here so they can be undone.
Flagged items: span rows whose `flags` is non-empty, mentions whose `source` names a fuzzy or
spelling repair (mentions have no flags column), glossary rows with status needs_review.
"""
from __future__ import annotations

from collections import defaultdict

from ..schema import PRIMARY_KEYS, SPAN_TABLES
from .apply import resolve
from .labels import EDITABLE, REVIEW_TABLES, label_of

FUZZY_SOURCE_MARKS = ("fuzzy", "spell", "typo", "repair")


def flags_of(table: str, row: dict) -> list[str]:
    """The machine warnings of a row, as a list."""
    if table == "glossary":
        return ["needs_review"] if row.get("status") == "needs_review" else []
    flags = [f for f in (row.get("flags") or "").split(";") if f]
    source = str(row.get("source") or "")
    if table == "mentions" and any(mark in source for mark in FUZZY_SOURCE_MARKS):
        flags.append(f"source:{source}")
    return flags


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else repr(value)
    return str(value)


def describe(table: str, row: dict, entity: dict | None = None) -> str:
    """The normalised value of a row in one line (the hover text of a highlight)."""
    if table == "mentions":
        entity = entity or {}
        name = entity.get("name_en") or "(no English name)"
        return f"{name} [{row.get('entity_id')}]"
    if table == "dates":
        parts = [row.get("kind"), row.get("value"), row.get("modifier")]
    elif table == "quantities":
        amount = _fmt(row.get("value")) + (f"-{_fmt(row['value_max'])}" if row.get("value_max") is not None else "")
        parts = [row.get("kind"), row.get("approx") if row.get("approx") not in (None, "exact") else None,
                 amount, row.get("currency") or row.get("unit"),
                 f"= {_fmt(row.get('si_value'))} {row.get('si_unit')}" if row.get("si_unit") else None]
    elif table == "percentages":
        parts = [row.get("kind"), f"{row.get('sign') or ''}{_fmt(row.get('value'))} %"]
    else:
        parts = [row.get("term_en") or "(no English term)", row.get("source")]
    return " ".join(_fmt(p) for p in parts if p not in (None, ""))


def _edit_values(table: str, row: dict, entity: dict | None, decision: dict | None) -> dict:
    values = {}
    fields = (decision or {}).get("fields") or {}
    for field in EDITABLE[table]:
        if field == "name_en":
            value = fields.get("name_en", (entity or {}).get("name_en"))
        elif field in ("domain", "notes"):
            value = fields.get(field)
        else:
            value = row.get(field)
        values[field] = _fmt(value)
    return values


def make_item(table: str, raw: dict | None, decision: dict | None,
              entities: dict[str, dict]) -> dict:
    """One review item (a plain dict the templates, the API and the importer share)."""
    row, status = resolve(table, raw, decision)
    entity = entities.get(row.get("entity_id")) if table == "mentions" else None
    if entity is not None and decision and decision["fields"].get("name_en"):
        entity = {**entity, "name_en": decision["fields"]["name_en"]}
    flags = flags_of(table, raw or row)
    item = {
        "tbl": table, "item_id": row[PRIMARY_KEYS[table]], "doc_id": row.get("doc_id"),
        "status": status, "decision": decision["decision"] if decision else None,
        "version": decision["version"] if decision else 0,
        "reviewer": decision["reviewer"] if decision else None,
        "flags": flags, "flagged": bool(flags), "row": row, "extracted": raw is not None,
        "value": describe(table, row, entity), "edit": _edit_values(table, row, entity, decision),
    }
    if table == "glossary":
        item.update(start=None, end=None, text=row["term_fr"], label="TERM")
    else:
        item.update(start=row["start"], end=row["end"], text=row["text"], label=label_of(table, row))
    return item


def build_items(tables: dict[str, list[dict]], decisions: list[dict],
                glossary_terms: set[str] | None = None) -> list[dict]:
    """Items of one document: `tables` holds its span rows (plus `glossary` and `entities`),
    `decisions` its decisions; glossary rows count when their term is in `glossary_terms`.
    Order: table by table, flagged items first, then by offsets."""
    by_table: dict[str, dict[str, dict]] = defaultdict(dict)
    for decision in decisions:
        by_table[decision["tbl"]][decision["item_id"]] = decision
    entities = {e["entity_id"]: e for e in tables.get("entities", [])}
    items = []
    for table in REVIEW_TABLES:
        key = PRIMARY_KEYS[table]
        rows = tables.get(table, [])
        if table == "glossary":
            rows = [r for r in rows if r["term_fr"] in (glossary_terms or set())]
        seen = {r[key] for r in rows}
        part = [make_item(table, raw, by_table[table].get(raw[key]), entities) for raw in rows]
        part += [make_item(table, None, d, entities) for i, d in sorted(by_table[table].items())
                 if i not in seen and d["decision"] == "add" and table != "glossary"]
        part.sort(key=lambda it: (not it["flagged"], it["start"] or 0, it["end"] or 0, it["item_id"]))
        items += part
    return items


def progress(items: list[dict]) -> dict:
    """Counts of a document's items: total, decided, unreviewed, flagged, per table and status."""
    per_table = {t: 0 for t in REVIEW_TABLES}
    statuses = {s: 0 for s in ("unreviewed", "accepted", "corrected", "added", "rejected")}
    for item in items:
        statuses[item["status"]] += 1
        if item["status"] != "rejected":
            per_table[item["tbl"]] += 1
    total = len(items)
    decided = total - statuses["unreviewed"]
    return {"total": total, "decided": decided, "unreviewed": statuses["unreviewed"],
            "flagged": sum(it["flagged"] for it in items),
            "flagged_unreviewed": sum(it["flagged"] and it["status"] == "unreviewed" for it in items),
            "percent": round(100 * decided / total) if total else 100,
            "per_table": per_table, "statuses": statuses, "complete": decided == total}


def segments(text: str, items: list[dict]) -> list[dict]:
    """The text cut at every span boundary: `{start, text, ids, primary}` where `ids` lists
    the span items covering the piece (shortest first) and `primary` is the one that colours
    it (the shortest item that is not rejected, else the shortest)."""
    spans = [it for it in items if it["start"] is not None]
    cuts = sorted({0, len(text), *(it["start"] for it in spans), *(it["end"] for it in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((it for it in spans if it["start"] <= a and it["end"] >= b),
                          key=lambda it: (it["end"] - it["start"], it["item_id"]))
        live = [it for it in covering if it["status"] != "rejected"]
        primary = (live or covering or [None])[0]
        out.append({"start": a, "text": text[a:b], "ids": [it["item_id"] for it in covering],
                    "covering": covering, "primary": primary})
    return out


def group_by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


def corpus_items(tables: dict[str, list[dict]], decisions: list[dict],
                 terms_by_doc: dict[str, set[str]]) -> dict[str, list[dict]]:
    """Items of every document in `tables["documents"]`, keyed by doc_id."""
    rows = {t: group_by_doc(tables.get(t, [])) for t in SPAN_TABLES}
    dec_by_doc = group_by_doc([d for d in decisions if d["tbl"] != "glossary"])
    glossary_decisions = [d for d in decisions if d["tbl"] == "glossary"]
    out = {}
    for doc in tables["documents"]:
        doc_id = doc["doc_id"]
        doc_tables = {t: rows[t].get(doc_id, []) for t in SPAN_TABLES}
        doc_tables.update(glossary=tables.get("glossary", []), entities=tables.get("entities", []))
        out[doc_id] = build_items(doc_tables, dec_by_doc.get(doc_id, []) + glossary_decisions,
                                  terms_by_doc.get(doc_id, set()))
    return out
