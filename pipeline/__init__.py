"""passerelle: French articles -> normalised, English-facing tables.

Public API:
    extract_text(text, published=None) -> dict[str, list[dict]]
    process_corpus(corpus, out, **options) -> dict   (see pipeline.run)
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "extract_text", "process_corpus"]


def extract_text(text: str, published: str | None = None) -> dict[str, list[dict]]:
    """Run the whole pipeline on one text; return every table's rows (SPEC columns)."""
    from .run import extract_text as _extract_text

    return _extract_text(text, published=published)


def process_corpus(corpus, out, **options) -> dict:
    """Process a corpus folder into a run folder; see :func:`pipeline.run.process_corpus`."""
    from .run import process_corpus as _process_corpus

    return _process_corpus(corpus, out, **options)
