"""Corpus-wide English glossary (placeholder until its issue lands: builds no rows)."""
from __future__ import annotations


def build_glossary(store) -> list[dict]:
    """Glossary rows (SPEC columns) for everything in `store` (none yet)."""
    return []
