"""brat standoff: a folder with `<doc_id>.txt` (the exact text) and `<doc_id>.ann` per document.

Export: `T<n>\\t<LABEL> <start> <end>\\t<text>` per span (a span that crosses a line break is
written as fragments, `<start> <end>;<start> <end>`, as brat requires), `#<n>\\tAnnotatorNotes
T<n>\\t<normalised value>`, plus `annotation.conf` and `visual.conf` for the label scheme.
Import: a folder of `.ann` files (or one `.ann`) with their `.txt` beside them; the document
is the `.txt`'s text (doc_id = the file stem when it is one). Text-bound annotations (`T`)
are spans: fragments are joined into one span when only whitespace separates them; the
quoted text is checked. Other lines (relations, events, attributes, notes) are ignored.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..labels import ENTITY_LABELS, LABELS
from .common import ImportedDoc, ImportedSpan, InterchangeError

COLOURS = {"PERSON": "#fde68a", "ORG": "#bfdbfe", "LOCATION": "#bbf7d0", "MISC": "#e9d5ff",
           "DATE": "#fed7aa", "QUANTITY": "#a5f3fc", "MONEY": "#fbcfe8", "PERCENT": "#fecaca"}
LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for piece in text[start:end].split("\n"):
        if piece:
            out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


def ann(doc: dict) -> str:
    lines = []
    for n, span in enumerate(doc["spans"], 1):
        frags = _fragments(doc["text"], span["start"], span["end"])
        where = ";".join(f"{a} {b}" for a, b in frags)
        quoted = " ".join(doc["text"][a:b] for a, b in frags)
        lines.append(f"T{n}\t{span['label']} {where}\t{quoted}")
        note = " ".join(f"{span['value']} ({span['item_id']})".split())
        lines.append(f"#{n}\tAnnotatorNotes T{n}\t{note}")
    return "".join(line + "\n" for line in lines)


def conf() -> tuple[str, str]:
    annotation = ("[entities]\n" + "".join(f"{l}\n" for l in LABELS)
                  + "\n[relations]\n\n[events]\n\n[attributes]\n")
    visual = "[labels]\n" + "".join(f"{l} | {l.title() if l in ENTITY_LABELS else l}\n" for l in LABELS)
    visual += "\n[drawing]\n" + "".join(f"{l}\tbgColor:{c}\n" for l, c in COLOURS.items())
    return annotation, visual


def write(docs: list[dict], out: Path) -> list[Path]:
    from ...export import atomic_write

    written = []
    for doc in docs:
        for suffix, data in ((".txt", doc["text"]), (".ann", ann(doc))):
            path = out / f"{doc['doc_id']}{suffix}"
            atomic_write(path, data)
            written.append(path)
    annotation, visual = conf()
    atomic_write(out / "annotation.conf", annotation)
    atomic_write(out / "visual.conf", visual)
    return written + [out / "annotation.conf", out / "visual.conf"]


def _span(line: str, text: str, ref: str) -> ImportedSpan | None:
    if not line.startswith("T"):
        return None
    match = LINE.match(line)
    if not match:
        raise InterchangeError(f"{ref}: not a brat text-bound line ('T1<TAB>LABEL start end<TAB>text')")
    tid, label, where, quoted = match.groups()
    try:
        frags = [tuple(int(x) for x in part.split()) for part in where.split(";")]
        assert all(len(f) == 2 for f in frags)
    except (ValueError, AssertionError):
        raise InterchangeError(f"{ref} {tid}: bad offsets {where!r}") from None
    start, end = frags[0][0], frags[-1][1]
    gaps = [text[a[1]:b[0]] for a, b in zip(frags, frags[1:])]
    if any(gap.strip() or b[0] < a[1] for gap, a, b in zip(gaps, frags, frags[1:])):
        raise InterchangeError(f"{ref} {tid}: discontinuous span {where!r} (fragments must be "
                               "separated by whitespace only)")
    joined = " ".join(text[a:b] for a, b in frags) if len(frags) > 1 else None
    if joined is not None and quoted != joined:
        raise InterchangeError(f"{ref} {tid}: the file quotes {quoted!r} but the document has "
                               f"{joined!r} at these offsets")
    return ImportedSpan(start, end, label, None if joined is not None else quoted, tid)


def read(path: Path) -> tuple[list[ImportedDoc], list[str]]:
    files = sorted(path.glob("*.ann")) if path.is_dir() else [path]
    if not files:
        raise InterchangeError(f"{path}: no .ann file")
    docs = []
    for ann_path in files:
        txt_path = ann_path.with_suffix(".txt")
        try:
            text = txt_path.read_text(encoding="utf-8")
            lines = ann_path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InterchangeError(f"{ann_path.name}: cannot read it and its .txt ({exc})") from exc
        spans = []
        for number, line in enumerate(lines, 1):
            span = _span(line, text, f"{ann_path.name} line {number}")
            if span is not None:
                spans.append(span)
        docs.append(ImportedDoc(ann_path.name, text, ann_path.stem, spans))
    return docs, []
