"""French TimeBank (TIMEX3) and HIPE-2020 French test (NER), scored with `passerelle evaluate`.

Each gold unit becomes a gold document of GOLD_FORMAT and the predicted rows a run, so the
numbers are those of `pipeline.evaluate.score` (greedy overlap matching, strict = exact).

- TimeBank: `dct` is the published date; gold `dates` = the TIMEX3 spans, `kind` = the
  TIMEX3 type in lower case (date, time, duration, set), `value` = the TIMEX3 value; the
  normalisation accuracy is TIMEX3 value == our `value` on lenient matches.
- HIPE: pers -> PERSON, loc -> LOCATION, org -> ORG. `prod` and `time` spans become
  *optional* items that accept any label, so a prediction on them is neither rewarded nor
  penalised; our MISC mentions are left out. The raw model's `doc.ents` (PER, LOC, ORG; its
  MISC left out) are scored the same way, in the same pass.
"""
from __future__ import annotations

import time

from common import EVAL_DIR, load_jsonl

from pipeline.evaluate import score

TIMEBANK = EVAL_DIR / "ner-fr" / "fr-timebank-timex3.jsonl"
HIPE = EVAL_DIR / "ner-fr" / "hipe2020-fr-test.jsonl"
HIPE_LABELS = {"pers": "PERSON", "loc": "LOCATION", "org": "ORG"}
RAW_LABELS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG"}
ANY_LABEL = ["PERSON", "LOCATION", "ORG", "MISC"]


def _errors(outputs: list[dict]) -> dict[str, int]:
    """Distinct runner error messages and how many inputs had each."""
    counts: dict[str, int] = {}
    for out in outputs:
        if out["error"]:
            counts[out["error"]] = counts.get(out["error"], 0) + 1
    return counts


def _run_tables(doc_ids: list[str], outputs: list[dict], table: str, rows_of) -> dict:
    """A minimal run: one `documents` row per unit and the unit's rows of `table`."""
    run = {"documents": [{"doc_id": d, "source_path": f"{d}.txt"} for d in doc_ids], table: []}
    for doc_id, out in zip(doc_ids, outputs):
        run[table].extend(dict(row, doc_id=doc_id) for row in rows_of(out))
    return run


def run_timebank(runner, limit: int | None = None) -> dict:
    """Dates P/R/F1 + value accuracy on French TimeBank; wall-clock of the batch."""
    docs = load_jsonl(TIMEBANK, limit)
    gold = [{"doc": d["doc_id"], "dates": [
        {"text": s["text"], "start": s["start"], "end": s["end"], "kind": s["type"].lower(),
         "value": s.get("value")} for s in d["spans"]]} for d in docs]
    started = time.perf_counter()
    outputs = runner([(d["text"], d["dct"]) for d in docs])
    seconds = time.perf_counter() - started
    run = _run_tables([d["doc_id"] for d in docs], outputs, "dates", lambda o: o["tables"]["dates"])
    result = score(gold, run)["dates"]
    return {"scores": result, "n_docs": len(docs), "n_gold": sum(len(d["spans"]) for d in docs),
            "seconds": seconds, "n_tokens": sum(o["n_tokens"] for o in outputs),
            "errors": _errors(outputs)}


def _hipe_gold(unit: dict) -> dict:
    items = []
    for s in unit["spans"]:
        label = HIPE_LABELS.get(s["label"])
        item = {"text": s["text"], "start": s["start"], "end": s["end"]}
        if label:
            items.append(dict(item, label=label))
        else:
            items.append(dict(item, label="MISC", alt_labels=ANY_LABEL, optional=True))
    return {"doc": unit["id"].replace("/", "_"), "entities": items}


def _ours(out: dict) -> list[dict]:
    return [m for m in out["tables"]["mentions"] if m.get("label") in ("PERSON", "LOCATION", "ORG")]


def _raw(out: dict) -> list[dict]:
    rows = []
    for start, end, label in out["raw_ents"] or []:
        if label in RAW_LABELS:
            rows.append({"start": start, "end": end, "label": RAW_LABELS[label], "entity_id": None})
    return rows


def run_hipe(runner, limit: int | None = None) -> dict:
    """Mentions P/R/F1 (PERSON, LOCATION, ORG) of passerelle and of the raw model."""
    units = load_jsonl(HIPE, limit)
    gold = [_hipe_gold(u) for u in units]
    doc_ids = [g["doc"] for g in gold]
    started = time.perf_counter()
    outputs = runner([(u["text"], u.get("date")) for u in units], raw_ents=True)
    seconds = time.perf_counter() - started
    ours = score(gold, _run_tables(doc_ids, outputs, "mentions", _ours))["entities"]
    raw = score(gold, _run_tables(doc_ids, outputs, "mentions", _raw))["entities"]
    n_gold = sum(1 for g in gold for e in g["entities"] if not e.get("optional"))
    return {"passerelle": ours, "raw_model": raw, "n_units": len(units), "n_gold": n_gold,
            "seconds": seconds, "errors": _errors(outputs)}
