"""The review label scheme: which annotation-tool label each table row gets, and back.

One flat label set is shared by the workbench and every interchange format:

| table        | label                                   |
|--------------|-----------------------------------------|
| mentions     | its entity label: PERSON ORG LOCATION MISC |
| dates        | DATE (every kind; `kind` stays a field) |
| quantities   | MONEY when kind is money, else QUANTITY |
| percentages  | PERCENT                                 |

A label change inside one table is a correction (`ORG` -> `PERSON` sets `label`;
`QUANTITY` -> `MONEY` sets kind `money`, `MONEY` -> `QUANTITY` sets kind `other`); a label
that moves a span to another table is a rejection there plus an addition here.
"""
from __future__ import annotations

from typing import Final

from ..schema import ID_PREFIX, PRIMARY_KEYS, SPAN_TABLES

ENTITY_LABELS: Final = ("PERSON", "ORG", "LOCATION", "MISC")
LABELS: Final = ENTITY_LABELS + ("DATE", "QUANTITY", "MONEY", "PERCENT")
LABEL_TABLE: Final[dict[str, str]] = {
    **{label: "mentions" for label in ENTITY_LABELS},
    "DATE": "dates", "QUANTITY": "quantities", "MONEY": "quantities", "PERCENT": "percentages",
}
TABLE_LABELS: Final[dict[str, tuple[str, ...]]] = {
    table: tuple(label for label in LABELS if LABEL_TABLE[label] == table) for table in SPAN_TABLES
}
#: Tables whose rows can be reviewed (span tables plus the corpus-wide glossary).
REVIEW_TABLES: Final = SPAN_TABLES + ("glossary",)
REVIEW_STATUSES: Final = ("unreviewed", "accepted", "corrected", "added")

#: Fields a reviewer may edit, per table, most often edited first (`name_en` of a mention
#: edits its entity).
EDITABLE: Final[dict[str, tuple[str, ...]]] = {
    "mentions": ("label", "name_en"),
    "dates": ("value", "kind", "earliest", "latest", "granularity", "modifier", "text_en"),
    "quantities": ("value", "value_max", "unit", "currency", "kind", "approx", "si_value",
                   "si_unit", "subject", "text_en"),
    "percentages": ("value", "value_max", "kind", "sign", "fraction", "subject", "text_en"),
    "glossary": ("term_en", "category", "acronym_fr", "acronym_en", "domain", "notes"),
}
#: Typed editable fields that are not SPEC columns of their table.
EXTRA_FIELD_TYPES: Final[dict[str, dict[str, str]]] = {
    "mentions": {"name_en": "text"},
    "glossary": {"domain": "text", "notes": "text"},
}


def label_of(table: str, row: dict) -> str:
    """The interchange label of one row of a span table."""
    if table == "mentions":
        return row.get("label") or "MISC"
    if table == "quantities":
        return "MONEY" if row.get("kind") == "money" else "QUANTITY"
    return {"dates": "DATE", "percentages": "PERCENT"}[table]


def label_fields(label: str, current_kind: str | None = None) -> dict:
    """The row fields a label implies (used when a label is changed or a span added)."""
    table = LABEL_TABLE[label]
    if table == "mentions":
        return {"label": label}
    if label == "MONEY":
        return {"kind": "money"}
    if label == "QUANTITY" and current_kind in (None, "money"):
        return {"kind": "other"}
    return {}


def item_id(doc_id: str, table: str, start: int, end: int) -> str:
    """The stable id of a span row (same rule as tables.py: `<doc_id>-<prefix><start>-<end>`)."""
    return f"{doc_id}-{ID_PREFIX[table]}{start}-{end}"


def id_column(table: str) -> str:
    return PRIMARY_KEYS[table]
