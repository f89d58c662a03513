"""doccano sequence labelling JSONL: one document per line.

Export: `{"id", "text", "label": [[start, end, "LABEL"], ...], "doc_id", "source_path"}`
(doccano keeps the extra keys as metadata and gives them back on export).
Import: the same lines; spans come from `label` (`[[start, end, "LABEL"], ...]`) or, in the
newer span export, `entities` (`[{"start_offset", "end_offset", "label"}]`). doccano carries
no quoted text, so offsets are checked against the document bounds only.
"""
from __future__ import annotations

import json
from pathlib import Path

from .common import ImportedDoc, ImportedSpan, InterchangeError


def dumps(docs: list[dict]) -> str:
    lines = []
    for n, doc in enumerate(docs, 1):
        lines.append(json.dumps({
            "id": n, "text": doc["text"],
            "label": [[s["start"], s["end"], s["label"]] for s in doc["spans"]],
            "doc_id": doc["doc_id"], "source_path": doc["source_path"],
        }, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def write(docs: list[dict], out: Path) -> list[Path]:
    from ...export import atomic_write

    atomic_write(out, dumps(docs))
    return [out]


def read_lines(path: Path) -> list[tuple[str, dict]]:
    """(reference, object) per non-empty JSONL line; InterchangeError on a bad line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InterchangeError(f"{path}: not a readable UTF-8 file ({exc})") from exc
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InterchangeError(f"{path.name} line {number}: not JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InterchangeError(f"{path.name} line {number}: need an object with a 'text' string")
        out.append((f"{path.name} line {number}", obj))
    return out


def _spans(obj: dict, ref: str) -> list[ImportedSpan]:
    spans = []
    for i, entry in enumerate(obj.get("label") or []):
        if not isinstance(entry, list) or len(entry) != 3:
            raise InterchangeError(f"{ref}, label {i}: expected [start, end, \"LABEL\"]")
        spans.append(ImportedSpan(entry[0], entry[1], entry[2], None, f"label {i}"))
    for i, entry in enumerate(obj.get("entities") or []):
        if not isinstance(entry, dict):
            raise InterchangeError(f"{ref}, entity {i}: expected an object")
        spans.append(ImportedSpan(entry.get("start_offset"), entry.get("end_offset"),
                                  entry.get("label"), None, f"entity {entry.get('id', i)}"))
    return spans


def read(path: Path) -> tuple[list[ImportedDoc], list[str]]:
    docs = [ImportedDoc(ref, obj["text"], obj.get("doc_id") or (obj.get("meta") or {}).get("doc_id"),
                        _spans(obj, ref)) for ref, obj in read_lines(path)]
    return docs, []
