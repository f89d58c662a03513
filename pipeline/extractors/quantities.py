"""quantities extractor (placeholder until its issue lands: extracts nothing)."""
from __future__ import annotations


def extract(doc, **context) -> list[dict]:
    """Rows of the quantities table found in `doc` (none yet)."""
    return []
