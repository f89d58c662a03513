"""`passerelle glossary`: filter and render the glossary rows of a run."""
from __future__ import annotations

from .export import to_csv, to_json
from .tbx import glossary_to_tbx

TABLE_COLUMNS = ("term_fr", "term_en", "category", "source", "confidence", "status")


def filter_rows(rows: list[dict], needs_review: bool = False, category: str | None = None) -> list[dict]:
    """Rows that need review and/or belong to `category` (case-insensitive)."""
    if needs_review:
        rows = [r for r in rows if r.get("status") == "needs_review"]
    if category:
        rows = [r for r in rows if (r.get("category") or "").casefold() == category.casefold()]
    return rows


def render(rows: list[dict], fmt: str) -> str:
    """The rows as an aligned text table, CSV, JSON or TBX."""
    if fmt == "csv":
        return to_csv("glossary", rows)
    if fmt == "json":
        return to_json(rows)
    if fmt == "tbx":
        return glossary_to_tbx(rows)
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in TABLE_COLUMNS] for r in rows]
    widths = [min(max([len(c)] + [len(row[i]) for row in cells]), 48) for i, c in enumerate(TABLE_COLUMNS)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(TABLE_COLUMNS, widths))]
    lines += ["  ".join(v[:w].ljust(w) for v, w in zip(row, widths)) for row in cells]
    lines.append(f"{len(rows)} term(s)")
    return "\n".join(line.rstrip() for line in lines) + "\n"
