"""The output contract of SPEC.md as code: tables, columns (in order) and their types.

Everything that writes or reads a table (tables.py, store.py, export.py, evaluate.py,
review/) takes its column list from here, so the contract lives in one place.
"""
from __future__ import annotations

from typing import Final

# Column types: "text", "int", "float". Keys are primary keys of the SQLite tables.
TABLES: Final[dict[str, dict[str, str]]] = {
    "documents": {
        "doc_id": "text", "source_path": "text", "title": "text", "language": "text",
        "published": "text", "published_source": "text", "n_chars": "int",
        "n_tokens": "int", "n_sentences": "int", "sha256": "text", "status": "text",
        "error": "text", "pipeline_version": "text",
    },
    "entities": {
        "entity_id": "text", "label": "text", "category": "text", "name_fr": "text",
        "name_en": "text", "acronym_fr": "text", "acronym_en": "text", "kb_id": "text",
        "n_mentions": "int", "n_docs": "int",
    },
    "mentions": {
        "mention_id": "text", "doc_id": "text", "entity_id": "text", "text": "text",
        "label": "text", "start": "int", "end": "int", "sentence": "int", "source": "text",
    },
    "dates": {
        "date_id": "text", "doc_id": "text", "text": "text", "start": "int", "end": "int",
        "sentence": "int", "kind": "text", "value": "text", "earliest": "text",
        "latest": "text", "granularity": "text", "modifier": "text", "anchor": "text",
        "text_en": "text", "flags": "text",
    },
    "quantities": {
        "quantity_id": "text", "doc_id": "text", "text": "text", "start": "int",
        "end": "int", "sentence": "int", "kind": "text", "value": "float",
        "value_max": "float", "approx": "text", "unit": "text", "unit_text": "text",
        "currency": "text", "si_value": "float", "si_unit": "text", "subject": "text",
        "text_en": "text", "flags": "text",
    },
    "percentages": {
        "percentage_id": "text", "doc_id": "text", "text": "text", "start": "int",
        "end": "int", "sentence": "int", "value": "float", "value_max": "float",
        "fraction": "float", "sign": "text", "kind": "text", "subject": "text",
        "text_en": "text", "flags": "text",
    },
    "glossary": {
        "term_fr": "text", "term_en": "text", "category": "text", "acronym_fr": "text",
        "acronym_en": "text", "source": "text", "confidence": "float", "n_docs": "int",
        "n_occurrences": "int", "example": "text", "status": "text",
    },
}

PRIMARY_KEYS: Final[dict[str, str]] = {
    "documents": "doc_id", "entities": "entity_id", "mentions": "mention_id",
    "dates": "date_id", "quantities": "quantity_id", "percentages": "percentage_id",
    "glossary": "term_fr",
}

#: Tables with one row per extraction in one document (they carry doc_id, start, end).
SPAN_TABLES: Final[tuple[str, ...]] = ("mentions", "dates", "quantities", "percentages")

#: Tables computed over the whole corpus from the per-document rows.
CORPUS_TABLES: Final[tuple[str, ...]] = ("entities", "glossary")

#: Export order of the tables.
TABLE_ORDER: Final[tuple[str, ...]] = (
    "documents", "entities", "mentions", "dates", "quantities", "percentages", "glossary",
)

#: Id prefixes of span rows: `<doc_id>-<prefix><start>-<end>` (stable while the text is).
ID_PREFIX: Final[dict[str, str]] = {
    "mentions": "m", "dates": "d", "quantities": "q", "percentages": "p",
}


def columns(table: str) -> list[str]:
    """The SPEC column list of `table`, in order."""
    return list(TABLES[table])


def empty_row(table: str) -> dict:
    """A row of `table` with every column set to None."""
    return dict.fromkeys(TABLES[table])
