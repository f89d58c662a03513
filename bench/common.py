"""Shared machinery of the peer benchmarks: cases, runners, per-case scoring, summaries.

A *case* is one input text of a peer suite with the extractions it expects (*targets*), each
mapped onto one passerelle table (`dates`, `quantities`, `percentages`) with a value check.
A case is scored on:
- found:    every target overlaps a predicted row of its table (negative case: no row);
- span-ok:  every target has a row with exactly its offsets (full-input suites such as
            Duckling: exactly one row of the table, covering the whole input);
- value-ok: every comparable target's overlapping row (one-to-one, largest overlap first:
            the matcher of `passerelle evaluate`) passes the value check; `None` when no
            target of the case is comparable (counted apart, never as a failure);
- extra:    the table has rows that match no target.
Negative cases (nothing expected) pass when the case's tables stay empty; they are counted
apart from the positive cases.
"""
from __future__ import annotations

import json
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.evaluate_match import match_lenient, match_strict  # noqa: E402

EVAL_DIR = Path("/work/shared/eval")
ROW_TABLES = ("mentions", "dates", "quantities", "percentages")

Check = Callable[[dict], bool]


@dataclass
class Target:
    """One expected extraction: a span of the input, the table it maps to, a value check
    (None = value not comparable) and a short description of the expected value."""

    table: str
    start: int
    end: int
    check: Check | None
    expect: str = ""


@dataclass
class Case:
    suite: str
    group: str
    case_id: str
    text: str
    published: str | None
    targets: list[Target]
    tables: tuple[str, ...]  # the tables a negative case must leave empty / extras are counted in
    soft: bool = False  # NotSupported upstream: reported apart as a soft target
    full_input: bool = False


@dataclass
class CaseResult:
    case: Case
    found: bool
    span_ok: bool
    value_ok: bool | None
    extra: bool
    rows: dict = field(default_factory=dict)


def close(a, b, rel: float = 1e-6) -> bool:
    """Numbers equal within a relative tolerance (None only equals None)."""
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=1e-12)
    except (TypeError, ValueError):
        return False


def load_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
    return rows[:limit] if limit else rows


# --------------------------------------------------------------------------- scoring

def score_case(case: Case, tables: dict[str, list[dict]]) -> CaseResult:
    """Score one case against the predicted rows of its input."""
    rows = {t: list(tables.get(t, [])) for t in case.tables}
    predicted = [dict(r, _table=t) for t in case.tables for r in rows[t]]
    if not case.targets:
        empty = not predicted
        return CaseResult(case, empty, empty, empty, not empty, rows)
    found = span_ok = True
    values: list[bool] = []
    used: set[int] = set()
    for table in sorted({t.table for t in case.targets}):
        gold = [{"start": t.start, "end": t.end, "_target": t} for t in case.targets if t.table == table]
        preds = [r for r in predicted if r["_table"] == table]
        pairs, missed, _ = match_lenient("dates", gold, preds)
        used.update(id(p) for _, p in pairs)
        found &= not missed
        _, strict_missed, _ = match_strict("dates", gold, preds)
        span_ok &= not strict_missed
        for g, p in pairs:
            if g["_target"].check is not None:
                values.append(bool(g["_target"].check(p)))
        values += [False for g in missed if g["_target"].check is not None]
    if case.full_input:
        span_ok = _covers_input(case, predicted)
    extra = any(id(p) not in used for p in predicted)
    return CaseResult(case, found, span_ok, all(values) if values else None, extra, rows)


def _covers_input(case: Case, predicted: list[dict]) -> bool:
    """Full-input semantics: exactly one row, spanning the whole (stripped) input."""
    text = case.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    target_tables = {t.table for t in case.targets}
    rows = [r for r in predicted if r["_table"] in target_tables]
    return len(rows) == 1 and (rows[0].get("start"), rows[0].get("end")) == (start, end)


def summarise(results: list[CaseResult]) -> dict:
    """Counts of one group. found/span-ok/value-ok/extra are over positive cases (value-ok
    over those with a comparable value); negative cases (nothing expected) count apart."""
    positive = [r for r in results if r.case.targets]
    comparable = [r for r in positive if r.value_ok is not None]
    negative = [r for r in results if not r.case.targets]
    return {
        "n": len(positive),
        "found": sum(r.found for r in positive),
        "span_ok": sum(r.span_ok for r in positive),
        "value_n": len(comparable),
        "value_ok": sum(bool(r.value_ok) for r in comparable),
        "extra": sum(r.extra for r in positive),
        "neg_n": len(negative),
        "neg_ok": sum(r.span_ok for r in negative),
    }


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}%" if n else "-"


def format_groups(title: str, groups: dict[str, dict]) -> str:
    """A markdown table: one row per group with counts and shares."""
    lines = [f"**{title}**", "",
             "| group | n | found | span-ok | value-ok / comparable | extra rows "
             "| negatives: nothing extracted |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    total = dict.fromkeys(("n", "found", "span_ok", "value_n", "value_ok", "extra", "neg_n",
                           "neg_ok"), 0)
    for name, s in groups.items():
        lines.append(_group_line(name, s))
        for key in total:
            total[key] += s[key]
    if len(groups) > 1:
        lines.append(_group_line("**all**", total))
    return "\n".join(lines)


def _group_line(name: str, s: dict) -> str:
    return (f"| {name} | {s['n']} | {s['found']} ({_pct(s['found'], s['n'])}) "
            f"| {s['span_ok']} ({_pct(s['span_ok'], s['n'])}) "
            f"| {s['value_ok']}/{s['value_n']} ({_pct(s['value_ok'], s['value_n'])}) "
            f"| {s['extra']} | {s['neg_ok']}/{s['neg_n']} |")


def describe_failure(result: CaseResult) -> str:
    """One line for --verbose: the input, what was expected, what came out."""
    case = result.case
    want = "; ".join(f"{t.table}[{t.start}:{t.end}] {case.text[t.start:t.end]!r} {t.expect}"
                     for t in case.targets) or "nothing"
    got = "; ".join(f"{table}[{r.get('start')}:{r.get('end')}] {r.get('text')!r} "
                    + _row_values(table, r) for table, rows in result.rows.items() for r in rows) or "nothing"
    flags = f"found={int(result.found)} span={int(result.span_ok)} value={result.value_ok}"
    return f"  {case.case_id} {flags}\n    input: {case.text!r}\n    want:  {want}\n    got:   {got}"


def _row_values(table: str, row: dict) -> str:
    keys = {"dates": ("kind", "value", "earliest", "latest"),
            "quantities": ("kind", "value", "value_max", "unit", "currency", "si_value", "si_unit"),
            "percentages": ("kind", "value", "value_max")}.get(table, ("label",))
    return " ".join(f"{k}={row[k]}" for k in keys if row.get(k) is not None)


# --------------------------------------------------------------------------- runners

class BatchRunner:
    """All inputs of a suite through ONE loaded pipeline (`build_nlp()` + `nlp.pipe`).

    `raw_ents=True` also returns the statistical model's own `doc.ents` (captured after the
    model's components and before passerelle's), so a suite can compare both in one pass."""

    def __init__(self, batch_size: int = 64):
        from pipeline.nlp import build_nlp

        started = time.perf_counter()
        self.nlp = build_nlp()
        self.load_seconds = time.perf_counter() - started
        self.batch_size = batch_size

    def __call__(self, items: list[tuple[str, str | None]], raw_ents: bool = False) -> list[dict]:
        from pipeline.ingest import normalize_published
        from pipeline.tables import doc_rows

        nlp = self.nlp
        model_pipes = [n for n in nlp.pipe_names if not n.startswith("passerelle_")]
        ours = [(n, p) for n, p in nlp.pipeline if n.startswith("passerelle_")]
        docs = []
        for i, (text, published) in enumerate(items):
            doc = nlp.make_doc(text)
            doc._.doc_meta = {"doc_id": f"case{i}", "published": normalize_published(published),
                              "published_source": "metadata" if published else "none"}
            docs.append(doc)
        out = []
        with nlp.select_pipes(enable=model_pipes):
            for i, doc in enumerate(nlp.pipe(docs, batch_size=self.batch_size)):
                raw = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
                out.append(self._finish(doc, ours, f"case{i}", doc_rows, raw if raw_ents else None))
        return out

    @staticmethod
    def _finish(doc, components, doc_id, doc_rows, raw) -> dict:
        """passerelle's components one by one: a failing component is recorded and skipped,
        so one broken extractor does not hide what the others produce."""
        errors = []
        for name, proc in components:
            try:
                doc = proc(doc)
            except Exception as exc:  # noqa: BLE001 - one bad input never stops a suite
                errors.append(f"{name}: {type(exc).__name__}: {exc}")
        try:
            rows = doc_rows(doc, doc_id)
            tables = {t: rows.get(t, []) for t in ROW_TABLES}
        except Exception as exc:  # noqa: BLE001
            tables = {t: [] for t in ROW_TABLES}
            errors.append(f"tables: {type(exc).__name__}: {exc}")
        return {"tables": tables, "raw_ents": raw, "error": "; ".join(errors) or None,
                "n_tokens": len(doc)}


class ExtractRunner:
    """One call of an `extract_text(text, published=None)`-like function per input (slow: a
    stand-in while the batch runner is unavailable, or to test with a stub)."""

    load_seconds = 0.0

    def __init__(self, extract: Callable[..., dict]):
        self.extract = extract

    def __call__(self, items: list[tuple[str, str | None]], raw_ents: bool = False) -> list[dict]:
        out = []
        for text, published in items:
            try:
                tables, error = self.extract(text, published=published), None
            except Exception as exc:  # noqa: BLE001
                tables, error = {}, f"{type(exc).__name__}: {exc}"
            out.append({"tables": {t: tables.get(t, []) for t in ROW_TABLES},
                        "raw_ents": [] if raw_ents else None, "error": error,
                        "n_tokens": len(text.split())})
        return out
