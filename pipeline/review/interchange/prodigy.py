"""Prodigy / spaCy JSONL with `spans`: one document per line.

Export: `{"text", "meta": {"doc_id", "source_path"}, "tokens": [{"text", "start", "end",
"id", "ws"}], "spans": [{"start", "end", "label", "token_start", "token_end", "text"}]}`.
Tokens come from a simple, dependency-free tokenizer (runs of letters/digits, single other
characters) that also cuts at every span boundary, so each span covers whole tokens, as
Prodigy's manual interfaces need. Import: lines with `text` and `spans` (`start`, `end`,
`label`; `text` checked when present; tokens are ignored); lines answered `ignore` or
`reject` are skipped.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .common import ImportedDoc, ImportedSpan, InterchangeError
from .doccano import read_lines

TOKEN = re.compile(r"[^\W_]+|\S", re.UNICODE)


def tokens(text: str, cuts: set[int]) -> list[dict]:
    """Tokens of `text`, also split at each offset in `cuts`; `ws` says a space follows."""
    pieces = []
    for match in TOKEN.finditer(text):
        start = match.start()
        for cut in sorted(c for c in cuts if match.start() < c < match.end()):
            pieces.append((start, cut))
            start = cut
        pieces.append((start, match.end()))
    out = []
    for i, (start, end) in enumerate(pieces):
        out.append({"text": text[start:end], "start": start, "end": end, "id": i,
                    "ws": end < len(text) and text[end].isspace()})
    return out


def _record(doc: dict) -> dict:
    toks = tokens(doc["text"], {p for s in doc["spans"] for p in (s["start"], s["end"])})
    first = {t["start"]: t["id"] for t in toks}
    last = {t["end"]: t["id"] for t in toks}
    spans = [{"start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"],
              "token_start": first.get(s["start"]), "token_end": last.get(s["end"])}
             for s in doc["spans"]]
    return {"text": doc["text"], "meta": {"doc_id": doc["doc_id"], "source_path": doc["source_path"]},
            "tokens": toks, "spans": spans}


def dumps(docs: list[dict]) -> str:
    return "".join(json.dumps(_record(doc), ensure_ascii=False) + "\n" for doc in docs)


def write(docs: list[dict], out: Path) -> list[Path]:
    from ...export import atomic_write

    atomic_write(out, dumps(docs))
    return [out]


def read(path: Path) -> tuple[list[ImportedDoc], list[str]]:
    docs, notes = [], []
    for ref, obj in read_lines(path):
        if obj.get("answer") in ("ignore", "reject"):
            notes.append(f"{ref}: answer {obj['answer']!r}, skipped")
            continue
        spans = []
        for i, span in enumerate(obj.get("spans") or []):
            if not isinstance(span, dict):
                raise InterchangeError(f"{ref}, span {i}: expected an object")
            spans.append(ImportedSpan(span.get("start"), span.get("end"), span.get("label"),
                                      span.get("text"), f"span {i}"))
        meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
        docs.append(ImportedDoc(ref, obj["text"], meta.get("doc_id") or obj.get("doc_id"), spans))
    return docs, notes
