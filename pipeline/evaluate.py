"""Score a run folder against gold files (GOLD_FORMAT.md): P/R/F1 and normalisation accuracy.

Pure Python (no spaCy): `load_gold` reads and validates `*.gold.json`, `load_run` reads
`RUN/json/<table>.json`, `score` applies the matching rules of GOLD_FORMAT.md, and
`format_report` / `cli_evaluate` present the result. Decisions the format leaves open:

- Gold documents are matched to run documents by `doc` = the file stem of `source_path`
  (the relative path without its suffix is accepted too). A gold document absent from the
  run counts all its items as misses; run documents without gold are not scored. A stem
  shared by two run documents is an error unless `doc` is the relative path.
- A table key missing from a gold file means "not annotated": that document is left out of
  that table's scores. An empty list means "annotated, nothing to find".
- Matching is greedy one-to-one, largest character overlap first; ties go to the pair with
  the smaller union (tighter fit), then to the earlier gold span, then the earlier prediction.
  Strict scores use their own one-to-one matching on exact offsets.
- A prediction matched to an `optional` gold item is dropped from both sides, in the strict
  scores too (whatever its boundaries), so an optional item never counts either way.
- P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2PR/(P+R), each 0.0 when its denominator is 0.
  `normalisation` = correct/matched over lenient pairs, None when nothing matched.
  Glossary `coverage` is None without gold terms and `accuracy` None when none was found;
  a gold term found through a row's `acronym_fr` also accepts that row's `acronym_en`.
- Per-label (entities) / per-kind (other tables) counts: a hit or a miss goes to the gold
  item's label/kind, a spurious prediction to its own.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from .evaluate_match import (
    SCORED_TABLES, glossary_scores, match_lenient, match_strict, value_ok,
)
from .evaluate_report import format_report
from .schema import TABLE_ORDER

__all__ = [
    "SCORED_TABLES", "load_gold", "load_run", "score", "score_detailed", "format_report",
    "cli_evaluate",
]

ENTITY_LABELS = ("PERSON", "ORG", "LOCATION", "MISC")
GOLD_TABLES = ("entities", "dates", "quantities", "percentages", "glossary")


# --------------------------------------------------------------------------- gold files

def load_gold(paths) -> list[dict]:
    """Read gold files: `paths` is a path or a list of paths, each a file or a folder
    (searched recursively for `*.gold.json`). Raise ValueError naming the bad file."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    for entry in map(Path, paths):
        if entry.is_dir():
            found = sorted(p for p in entry.rglob("*.gold.json")
                           if not any(part.startswith(".") for part in p.relative_to(entry).parts))
            if not found:
                raise ValueError(f"{entry}: no *.gold.json file in this folder")
            files.extend(found)
        elif entry.is_file():
            files.append(entry)
        else:
            raise ValueError(f"{entry}: no such gold file or folder")
    docs, seen = [], {}
    for path in files:
        doc = _read_gold_file(path)
        if doc["doc"] in seen:
            raise ValueError(f"{path}: doc {doc['doc']!r} already given by {seen[doc['doc']]}")
        seen[doc["doc"]] = path
        docs.append(doc)
    return docs


def _read_gold_file(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a readable JSON file ({exc})") from exc
    try:
        _check_gold(data)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None
    return data


def _check_gold(data) -> None:
    """Raise ValueError describing the first problem of one gold document."""
    if not isinstance(data, dict):
        raise ValueError("top level must be a JSON object")
    if not isinstance(data.get("doc"), str) or not data["doc"].strip():
        raise ValueError("'doc' must be a non-empty string (the document's file stem)")
    for table in GOLD_TABLES:
        if table in data and not isinstance(data[table], list):
            raise ValueError(f"'{table}' must be a list")
    for table in SCORED_TABLES:
        for i, item in enumerate(data.get(table, [])):
            where = f"{table}[{i}]"
            if not isinstance(item, dict):
                raise ValueError(f"{where} must be an object")
            _check_span(item, where)
            _check_optional_fields(item, where)
            if table == "entities":
                _check_entity(item, where)
    for i, item in enumerate(data.get("glossary", [])):
        where = f"glossary[{i}]"
        if not isinstance(item, dict):
            raise ValueError(f"{where} must be an object")
        if not isinstance(item.get("term_fr"), str) or not item["term_fr"].strip():
            raise ValueError(f"{where}: 'term_fr' must be a non-empty string")
        if item.get("term_en") is not None and not isinstance(item["term_en"], str):
            raise ValueError(f"{where}: 'term_en' must be a string or null")
        _check_str_list(item, "accepted_en", where)


def _check_span(item: dict, where: str) -> None:
    start, end, text = item.get("start"), item.get("end"), item.get("text")
    if type(start) is not int or type(end) is not int:
        raise ValueError(f"{where}: 'start' and 'end' must be integers")
    if not 0 <= start < end:
        raise ValueError(f"{where}: need 0 <= start < end, got [{start}:{end}]")
    if not isinstance(text, str):
        raise ValueError(f"{where}: 'text' must be a string")
    if len(text) != end - start:
        raise ValueError(f"{where}: 'text' {text!r} has {len(text)} characters "
                         f"but [{start}:{end}] spans {end - start}")


def _check_optional_fields(item: dict, where: str) -> None:
    if "optional" in item and not isinstance(item["optional"], bool):
        raise ValueError(f"{where}: 'optional' must be true or false")


def _check_entity(item: dict, where: str) -> None:
    if item.get("label") not in ENTITY_LABELS:
        raise ValueError(f"{where}: 'label' must be one of {', '.join(ENTITY_LABELS)}, "
                         f"got {item.get('label')!r}")
    _check_str_list(item, "alt_labels", where)
    bad = [lab for lab in item.get("alt_labels") or [] if lab not in ENTITY_LABELS]
    if bad:
        raise ValueError(f"{where}: unknown alt_labels {bad}")
    _check_str_list(item, "accepted_en", where)


def _check_str_list(item: dict, key: str, where: str) -> None:
    value = item.get(key)
    if value is not None and (not isinstance(value, list)
                              or not all(isinstance(v, str) for v in value)):
        raise ValueError(f"{where}: '{key}' must be a list of strings")


# --------------------------------------------------------------------------- run folder

def load_run(run_dir) -> dict[str, list[dict]]:
    """Read `run_dir/json/<table>.json` for every table; a missing table file (other than
    documents) reads as empty. Raise ValueError when the folder is not a run folder."""
    json_dir = Path(run_dir) / "json"
    if not (json_dir / "documents.json").is_file():
        raise ValueError(f"{run_dir}: not a run folder (no json/documents.json)")
    run: dict[str, list[dict]] = {}
    for table in TABLE_ORDER:
        path = json_dir / f"{table}.json"
        if not path.is_file():
            run[table] = []
            continue
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}: not a readable JSON file ({exc})") from exc
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValueError(f"{path}: must be a JSON array of objects")
        run[table] = rows
    return run


def _doc_index(documents: list[dict]) -> dict[str, str]:
    """Map a gold `doc` key (file stem, or relative path without suffix) to a run doc_id;
    a stem shared by two documents maps to None (ambiguous)."""
    index: dict[str, str | None] = {}
    for row in documents:
        source = row.get("source_path") or ""
        path = Path(source)
        for key in {path.stem, path.with_suffix("").as_posix()}:
            if key in index and index[key] != row["doc_id"]:
                index[key] = None
            else:
                index[key] = row["doc_id"]
    return index


def _predictions(run: dict[str, list[dict]], table: str) -> dict[str, list[dict]]:
    """Predicted rows of `table` grouped by doc_id; entities come from mentions joined
    with entities (adds the entity's `name_en`)."""
    if table == "entities":
        names = {e.get("entity_id"): e.get("name_en") for e in run.get("entities", [])}
        rows = [dict(m, name_en=names.get(m.get("entity_id"))) for m in run.get("mentions", [])]
    else:
        rows = run.get(table, [])
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row.get("doc_id"), []).append(row)
    return grouped


# --------------------------------------------------------------------------- scoring

def score(gold_docs: list[dict], run: dict[str, list[dict]]) -> dict:
    """Scores of `run` against `gold_docs`: `{table: {"lenient": {"p","r","f1"}, "strict":
    {...}, "normalisation", "tp", "fp", "fn", "by_label": {label: {same keys}}}, ...,
    "glossary": {"coverage", "accuracy", "n_gold", "n_found"}}`."""
    return score_detailed(gold_docs, run)[0]


def score_detailed(gold_docs: list[dict], run: dict[str, list[dict]]) -> tuple[dict, list[dict]]:
    """`score` plus the verbose items: misses, spurious rows, wrong values, missing docs."""
    index = _doc_index(run.get("documents", []))
    ambiguous = [g["doc"] for g in gold_docs if g["doc"] in index and index[g["doc"]] is None]
    if ambiguous:
        raise ValueError(f"gold doc {ambiguous[0]!r} matches several run documents by file stem; "
                         "give its path relative to the corpus, without suffix, as 'doc'")
    items: list[dict] = []
    result: dict = {}
    items += [{"type": "nodoc", "table": "documents", "doc": gold["doc"]}
              for gold in gold_docs if index.get(gold["doc"]) is None]
    for table in SCORED_TABLES:
        predicted = _predictions(run, table)
        counts = _Counts()
        for gold in gold_docs:
            if table not in gold:
                continue
            doc_id = index.get(gold["doc"])
            preds = predicted.get(doc_id, []) if doc_id is not None else []
            _score_doc(table, gold["doc"], gold[table], preds, counts, items)
        result[table] = counts.summary()
    result["glossary"] = glossary_scores(
        [item for gold in gold_docs for item in gold.get("glossary", [])],
        run.get("glossary", []))
    return result, items


def _score_doc(table: str, doc: str, gold: list[dict], preds: list[dict],
               counts: "_Counts", items: list[dict]) -> None:
    """Add one document's matches of one table to `counts` and `items`."""
    pairs, fn, fp = match_lenient(table, gold, preds)
    for g, p in pairs:
        ok = value_ok(table, g, p)
        counts.add(_key(table, g), tp=1, correct=int(ok))
        if not ok:
            items.append(_item("wrong", table, doc, g, p))
    for g in fn:
        counts.add(_key(table, g), fn=1)
        items.append(_item("miss", table, doc, g, None))
    for p in fp:
        counts.add(_key(table, p), fp=1)
        items.append(_item("spurious", table, doc, None, p))
    s_tp, s_fn, s_fp = match_strict(table, gold, preds)
    for groups, field in ((s_tp, "s_tp"), (s_fn, "s_fn"), (s_fp, "s_fp")):
        for row in groups:
            counts.add(_key(table, row), **{field: 1})


def _key(table: str, row: dict) -> str:
    key = row.get("label") if table == "entities" else row.get("kind")
    return key if key else "(none)"


def _item(kind: str, table: str, doc: str, gold: dict | None, pred: dict | None) -> dict:
    ref = gold if gold is not None else pred
    return {"type": kind, "table": table, "doc": doc, "start": ref.get("start"),
            "end": ref.get("end"), "text": ref.get("text"), "gold": gold, "pred": pred}


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall, F1; each 0.0 when its denominator is 0."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1}


class _Counts:
    """Lenient/strict counts and correct values, in total and per label/kind."""

    FIELDS = ("tp", "fp", "fn", "correct", "s_tp", "s_fp", "s_fn")

    def __init__(self) -> None:
        self.total = dict.fromkeys(self.FIELDS, 0)
        self.by_key: dict[str, dict[str, int]] = {}

    def add(self, key: str, **delta: int) -> None:
        bucket = self.by_key.setdefault(key, dict.fromkeys(self.FIELDS, 0))
        for name, n in delta.items():
            bucket[name] += n
            self.total[name] += n

    @staticmethod
    def _summary(c: dict[str, int]) -> dict:
        return {"lenient": prf(c["tp"], c["fp"], c["fn"]),
                "strict": prf(c["s_tp"], c["s_fp"], c["s_fn"]),
                "normalisation": c["correct"] / c["tp"] if c["tp"] else None,
                "tp": c["tp"], "fp": c["fp"], "fn": c["fn"]}

    def summary(self) -> dict:
        out = self._summary(self.total)
        out["by_label"] = {k: self._summary(v) for k, v in sorted(self.by_key.items())}
        return out


# --------------------------------------------------------------------------- command

def _gold_texts(corpus: str, gold_docs: list[dict]) -> set[str]:
    """Relative paths of the corpus texts that have a gold file (other files are not run)."""
    from .ingest import discover

    root = Path(corpus)
    wanted = {g["doc"] for g in gold_docs}
    return {p.relative_to(root).as_posix() for p in discover(root)
            if p.relative_to(root).with_suffix("").as_posix() in wanted or p.stem in wanted}


def cli_evaluate(gold: list[str], run: str | None, corpus: str | None,
                 verbose: bool = False, as_json: bool = False) -> int:
    """`passerelle evaluate`: score RUN (or a fresh run of CORPUS) against gold files.
    With `corpus` and no `gold`, the corpus's own `*.gold.json` files are used.
    Return 0, or 2 on a usage or input error (message on stderr)."""
    try:
        if corpus is None and run is None:
            raise ValueError("give a run folder (--run) or a corpus to process (--corpus)")
        gold_docs = load_gold(list(gold) if gold else [corpus] if corpus else [])
        if not gold_docs:
            raise ValueError("no gold files given")
        if corpus is not None:
            with tempfile.TemporaryDirectory(prefix="passerelle-eval-") as tmp:
                from .run import process_corpus  # spaCy only when a run is needed
                process_corpus(corpus, tmp, quiet=True, select=_gold_texts(corpus, gold_docs))
                run_tables = load_run(tmp)
        else:
            run_tables = load_run(run)
        result, items = score_detailed(gold_docs, run_tables)
    except ValueError as exc:
        print(f"passerelle evaluate: {exc}", file=sys.stderr)
        return 2
    for item in items:
        if item["type"] == "nodoc":
            print(f"warning: gold doc {item['doc']!r} is not in the run", file=sys.stderr)
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(format_report(result, items if verbose else None))
    return 0
