"""What every interchange format shares: the documents to export, and imported annotations
turned into review decisions after strict checks.

Export: every ok document with its current spans (extracted or added, not rejected) under the
label scheme of `labels.py`. Import: a format parser yields `ImportedDoc`s; `import_docs`
finds each document in the store (by doc_id, else by identical text), checks every span
(known label, offsets inside the text, the quoted text equal to the text at those offsets;
Label Studio's UTF-16 offsets are converted when that is what makes the quote match) and
refuses the whole file on the first problem, naming the item. Then, per document:

- an imported span identical to a current span (same offsets, same label) accepts it (an
  item that already has a decision keeps it, so a correction made in the workbench survives);
- a current span absent from the file is rejected;
- an imported span that is not a current span is added, or restores a rejected extraction;
- same offsets, another label of the same table: a correction (`label`, or quantity `kind`);
  another table: a rejection there and an addition here.
All decisions of one file are written in one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..decisions import write_many
from ..labels import LABEL_TABLE, LABELS, item_id, label_fields
from ..workbench import doc_items, span_decision


class InterchangeError(ValueError):
    """A file that cannot be imported; the message names the item and the reason."""


@dataclass
class ImportedSpan:
    start: int
    end: int
    label: str
    text: str | None = None  # the quoted text, when the format carries it
    ref: str = ""            # where it is in the file (for messages)


@dataclass
class ImportedDoc:
    ref: str                 # where it is in the file (for messages)
    text: str | None
    doc_id: str | None = None
    spans: list[ImportedSpan] = field(default_factory=list)
    utf16: bool = False      # offsets may be UTF-16 code units (browser-based tools)


def export_docs(store) -> list[dict]:
    """`{doc_id, source_path, title, text, spans}` per ok document; spans are
    `{start, end, label, text, item_id, value, status}` sorted by offsets."""
    out = []
    for doc in store.table("documents"):
        if doc["status"] != "ok":
            continue
        text = store.text_of(doc["doc_id"]) or ""
        spans = [{"start": it["start"], "end": it["end"], "label": it["label"], "text": it["text"],
                  "item_id": it["item_id"], "value": it["value"], "status": it["status"]}
                 for it in doc_items(store, doc["doc_id"])
                 if it["tbl"] != "glossary" and it["status"] != "rejected"]
        spans.sort(key=lambda s: (s["start"], s["end"], LABELS.index(s["label"])))
        out.append({"doc_id": doc["doc_id"], "source_path": doc["source_path"],
                    "title": doc["title"], "text": text, "spans": spans})
    return out


def utf16_to_cp(text: str, offset: int) -> int | None:
    """The code-point offset of a UTF-16 code-unit offset in `text` (None if inside a pair)."""
    units = 0
    for index, char in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
        if units > offset:
            return None
    return len(text) if units == offset else None


def _first_difference(a: str, b: str) -> str:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"at character {i} ({x!r} in the file, {y!r} in the run)"
    return f"in length ({len(a)} characters in the file, {len(b)} in the run)"


def _find_doc(store, doc: ImportedDoc, by_text: dict[str, str]) -> tuple[str, str]:
    if doc.doc_id is not None:
        stored = store.text_of(doc.doc_id)
        if stored is not None:
            if doc.text is not None and doc.text != stored:
                raise InterchangeError(f"{doc.ref}: its text differs from document {doc.doc_id} "
                                       f"{_first_difference(doc.text, stored)}; offsets would not match")
            return doc.doc_id, stored
    if doc.text is not None and doc.text in by_text:
        return by_text[doc.text], doc.text
    known = f"doc_id {doc.doc_id!r} is not in this run and " if doc.doc_id else ""
    raise InterchangeError(f"{doc.ref}: {known}no document of this run has its text")


def _check_span(span: ImportedSpan, text: str, utf16: bool, where: str) -> ImportedSpan:
    what = f"{where}, {span.ref or 'span'} [{span.start}:{span.end}] {span.label}"
    if span.label not in LABELS:
        raise InterchangeError(f"{what}: unknown label (labels: {', '.join(LABELS)})")
    if type(span.start) is not int or type(span.end) is not int or not 0 <= span.start < span.end:
        raise InterchangeError(f"{what}: offsets must be integers with 0 <= start < end")
    start, end = span.start, span.end
    if span.text is not None and text[start:end] != span.text and utf16:
        start16, end16 = utf16_to_cp(text, start), utf16_to_cp(text, end)
        if start16 is not None and end16 is not None and text[start16:end16] == span.text:
            start, end = start16, end16
    if end > len(text):
        raise InterchangeError(f"{what}: offsets beyond the end of the document ({len(text)} characters)")
    if span.text is not None and text[start:end] != span.text:
        raise InterchangeError(f"{what}: the file quotes {span.text!r} but the document has "
                               f"{text[start:end]!r} at these offsets")
    return ImportedSpan(start, end, span.label, text[start:end], span.ref)


def _doc_decisions(store, doc_id: str, spans: list[ImportedSpan], reviewer: str | None,
                   where: str) -> tuple[list[dict], int]:
    """The decisions that make document `doc_id` agree with the imported `spans`, and the
    number of distinct imported spans."""
    items = {(it["tbl"], it["item_id"]): it for it in doc_items(store, doc_id) if it["tbl"] != "glossary"}
    wanted: dict[tuple[str, str], ImportedSpan] = {}
    for span in spans:
        key = (LABEL_TABLE[span.label], item_id(doc_id, LABEL_TABLE[span.label], span.start, span.end))
        if key in wanted and wanted[key].label != span.label:
            raise InterchangeError(f"{where}: span [{span.start}:{span.end}] has two labels of one "
                                   f"table ({wanted[key].label}, {span.label})")
        wanted[key] = span
    decisions = []
    for key, span in sorted(wanted.items(), key=lambda kv: (kv[1].start, kv[1].end, kv[0])):
        item = items.get(key)
        base = {"item_id": key[1], "tbl": key[0], "doc_id": doc_id, "reviewer": reviewer, "fields": {}}
        if item is None:
            decisions.append(span_decision(store, doc_id, span.start, span.end, span.label, span.text,
                                           reviewer=reviewer))
        elif item["label"] != span.label:
            fields = label_fields(span.label, item["row"].get("kind"))
            decisions.append({**base, "decision": "correct", "fields": fields})
        elif item["status"] in ("unreviewed", "rejected"):
            decisions.append({**base, "decision": "accept"})
    for key, item in sorted(items.items()):
        if key not in wanted and item["status"] != "rejected":
            decisions.append({"item_id": key[1], "tbl": key[0], "doc_id": doc_id,
                              "reviewer": reviewer, "fields": {}, "decision": "reject"})
    return decisions, len(wanted)


def import_docs(store, docs: list[ImportedDoc], reviewer: str | None) -> dict:
    """Check every imported document, then write all their decisions in one transaction.
    Return `{"documents", "accept", "reject", "correct", "add", "unchanged"}` counts."""
    by_text = {}
    for row in store.query("SELECT doc_id, text FROM doc_texts ORDER BY doc_id"):
        by_text.setdefault(row["text"], row["doc_id"])
    planned: dict[str, list[ImportedSpan]] = {}
    refs: dict[str, str] = {}
    for doc in docs:
        doc_id, text = _find_doc(store, doc, by_text)
        if doc_id in planned:
            raise InterchangeError(f"{doc.ref}: document {doc_id} already given by {refs[doc_id]}")
        planned[doc_id] = [_check_span(s, text, doc.utf16, doc.ref) for s in doc.spans]
        refs[doc_id] = doc.ref
    decisions, n_spans = [], 0
    for doc_id, spans in planned.items():
        made, n = _doc_decisions(store, doc_id, spans, reviewer, refs[doc_id])
        decisions += made
        n_spans += n
    write_many(store.conn, decisions)
    counts = {k: 0 for k in ("accept", "reject", "correct", "add")}
    for decision in decisions:
        counts[decision["decision"]] += 1
    return {"documents": len(planned), "spans": n_spans, **counts,
            "unchanged": n_spans - counts["accept"] - counts["correct"] - counts["add"]}
