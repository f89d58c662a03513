"""Glossary review decisions back into termbase format (`passerelle review termbase`).

The file has the layout of `pipeline/data/termbase.tsv`: `#` comment lines, then the header
`term_fr<TAB>term_en<TAB>domain<TAB>notes`, one row per reviewed glossary term (accepted,
corrected or added, with an English term; rejected terms are left out), sorted by term_fr.
`domain` and `notes` are the reviewer's when given (edit fields `domain`, `notes`); the notes
always end with who reviewed the term and when, and an English acronym when there is one.
"""
from __future__ import annotations

from pathlib import Path

from .apply import apply_decisions
from .decisions import load_decisions

HEADER = ("term_fr", "term_en", "domain", "notes")


def _cell(value) -> str:
    return " ".join(str(value or "").split())


def termbase_rows(store) -> list[dict]:
    """One termbase row per reviewed glossary term."""
    decisions = {d["item_id"]: d for d in load_decisions(store.conn) if d["tbl"] == "glossary"}
    rows = apply_decisions({"glossary": store.table("glossary")}, list(decisions.values()))["glossary"]
    out = []
    for row in rows:
        decision = decisions.get(row["term_fr"])
        if decision is None or not row.get("term_en"):
            continue
        fields = decision["fields"]
        notes = [fields.get("notes") or ""]
        if row.get("acronym_en"):
            notes.append(f"acronym: {row['acronym_en']}")
        notes.append(f"reviewed by {decision['reviewer'] or 'unknown'} {(decision['decided_at'] or '')[:10]}")
        out.append({"term_fr": _cell(row["term_fr"]), "term_en": _cell(row["term_en"]),
                    "domain": _cell(fields.get("domain")),
                    "notes": _cell("; ".join(n for n in notes if n))})
    return out


def termbase_tsv(store, run_name: str = "") -> str:
    lines = [f"# Glossary terms reviewed with passerelle review{f' ({run_name})' if run_name else ''}.",
             "# Same columns as pipeline/data/termbase.tsv; merge by hand after checking.",
             "\t".join(HEADER)]
    lines += ["\t".join(row[c] for c in HEADER) for row in termbase_rows(store)]
    return "\n".join(lines) + "\n"


def write_termbase(store, out: str | Path, run_name: str = "") -> int:
    """Write the reviewed terms to `out`; return how many rows."""
    from ..export import atomic_write

    data = termbase_tsv(store, run_name)
    atomic_write(Path(out), data)
    return data.count("\n") - 3
