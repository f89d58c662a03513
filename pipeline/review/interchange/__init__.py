"""Round trips with annotation tools: Label Studio, doccano, Prodigy/spaCy JSONL, brat.

`export_run(store, fmt, out)` writes the run's current spans in a tool's format;
`import_file(store, path, fmt, reviewer)` turns a tool's annotations into review decisions
(see `common.py` for the rules and checks). The label scheme is in `labels.py`.
"""
from __future__ import annotations

from pathlib import Path

from . import brat, doccano, labelstudio, prodigy
from .common import ImportedDoc, ImportedSpan, InterchangeError, export_docs, import_docs

FORMATS = {"labelstudio": labelstudio, "doccano": doccano, "prodigy": prodigy, "brat": brat}

__all__ = ["FORMATS", "ImportedDoc", "ImportedSpan", "InterchangeError", "export_run",
           "guess_format", "import_file", "read_file"]


def export_run(store, fmt: str, out: str | Path) -> list[Path]:
    """Write every ok document of the run in format `fmt` to `out` (a folder for brat)."""
    return FORMATS[fmt].write(export_docs(store), Path(out))


def guess_format(path: str | Path) -> str:
    """The format of a file by its name: a folder or .ann is brat, .json Label Studio,
    .jsonl doccano unless its first line has `spans` (Prodigy)."""
    path = Path(path)
    if path.is_dir() or path.suffix == ".ann":
        return "brat"
    if path.suffix == ".json":
        return "labelstudio"
    if path.suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8-sig") as handle:
            first = next((line for line in handle if line.strip()), "")
        return "prodigy" if '"spans"' in first else "doccano"
    raise InterchangeError(f"{path}: cannot tell the format from the name; give --format")


def read_file(path: str | Path, fmt: str | None = None) -> tuple[list[ImportedDoc], list[str]]:
    path = Path(path)
    if not path.exists():
        raise InterchangeError(f"{path}: no such file or folder")
    return FORMATS[fmt or guess_format(path)].read(path)


def import_file(store, path: str | Path, fmt: str | None = None,
                reviewer: str | None = None) -> dict:
    """Import annotations from `path` as review decisions; return counts and notes."""
    docs, notes = read_file(path, fmt)
    result = import_docs(store, docs, reviewer)
    result["notes"] = notes
    return result
