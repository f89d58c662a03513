"""French TimeBank (108 news docs, 425 TIMEX3) through ONE loaded pipeline: dates P/R/F1
(strict = exact offsets, lenient = overlap, one-to-one, largest overlap first: the matcher of
`passerelle evaluate`), value accuracy on matched spans, per TIMEX3 type, and wall clock
including the spaCy model load.

Two views of the gold, both printed:
- raw: the TIMEX3 spans as annotated;
- SPEC-aligned: where SPEC and TimeBank disagree SPEC wins, and the gold is rewritten by
  rules that look only at the gold and the text (never at our output):
  * a range written `du X au Y`, `entre X et Y`, `de X à Y`, `X-Y`, `X/Y` is ONE interval in
    SPEC (`29-30 mai 2025`, `entre 2019 et 2022`) but two TIMEX3 in FTiB: two gold spans of the
    same type joined by such a connector become one span (marker included) valued `vX/vY`
    (durations `de 8 à 24 mois` likewise);
  * decades and centuries: SPEC writes `199` (1990s), FTiB `199X`/`18XX`: trailing X's of a
    2-3 digit value are dropped before comparing.
  Other known differences are left in both views and listed at the end of the output.

    /work/venv/bin/python bench/dates_timebank.py [--errors N] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate_match import match_lenient, match_strict  # noqa: E402

DATA = Path("/work/shared/eval/ner-fr/fr-timebank-timex3.jsonl")
KIND_TO_TYPE = {"date": "DATE", "interval": "DATE", "time": "TIME", "duration": "DURATION",
                "set": "SET", "vague": "TIME"}
#: connector between two gold spans -> the marker that must open the range ("" = none needed)
CONNECTORS = {"-": "", "–": "", "/": "", "au": "du", "jusqu'au": "du", "à": "de", "et": "entre"}
DIFFERENCES = """\
Known SPEC/TimeBank differences (not rewritten in either view):
- vague words: SPEC `ces derniers jours`/`ces dernières années` -> vague PAST_REF; FTiB DURATION PXD/PXY;
- FTiB annotates adjectives inconsistently (`prochain`, `précédent` tagged; `actuel`, `futur`,
  `récentes` sometimes not; `Le futur` with its article once) and event-anchored phrases
  (`la même époque`, `l'époque gréco-romaine`, `l'heure de l'Europe`): not dates here
  (`ce moment là` is: the last date of the text);
- FTiB's span of `les mois d'été,` keeps the comma (a lenient match only);
- FTiB sometimes keeps `vers` inside the span (`Vers 0 h 40`); SPEC excludes leading prepositions;
- a day and its part of day are one span in both (`dimanche soir`); a day and a clock time are
  two rows in both (`samedi 24 juillet` + `15 h 45`), except twice in FTiB (`Hier à 10 h`,
  `vers 15 h 30, hier`);
- `d'ici` is split by FTiB (`d'[ici] la fin de l'année`); here `d'ici` is a preposition (modifier `by`)."""


def load(limit: int | None) -> list[dict]:
    docs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return docs[:limit] if limit else docs


def gold_rows(doc: dict) -> list[dict]:
    return [{"text": s["text"], "start": s["start"], "end": s["end"], "kind": s["type"],
             "value": s.get("value")} for s in doc["spans"]]


def aligned(doc: dict, rows: list[dict]) -> list[dict]:
    """The SPEC-aligned gold: ranges merged into one interval, decade X's dropped."""
    text, out, i = doc["text"], [], 0
    rows = sorted(rows, key=lambda r: r["start"])
    while i < len(rows):
        a = rows[i]
        b = rows[i + 1] if i + 1 < len(rows) else None
        start = _range_start(text, a, b)
        if start is not None:
            out.append({"text": text[start:b["end"]], "start": start, "end": b["end"],
                        "kind": a["kind"], "value": f"{a['value']}/{b['value']}"})
            i += 2
            continue
        out.append(dict(a, value=re.sub(r"^(\d{2,3})X+$", r"\1", a["value"] or "")))
        i += 1
    return out


def _range_start(text: str, a: dict, b: dict | None) -> int | None:
    """Start of the merged interval when gold spans a and b form one SPEC range, else None."""
    if b is None or a["kind"] != b["kind"]:
        return None
    connector = text[a["end"]:b["start"]].strip().lower().replace("’", "'")
    if connector not in CONNECTORS:
        return None
    marker = CONNECTORS[connector]
    if not marker:
        return a["start"]
    m = re.search(rf"\b{marker}\s+$", text[max(0, a["start"] - 8):a["start"]], re.IGNORECASE)
    return a["start"] - len(m.group(0)) if m else None


def run_pipeline(docs: list[dict]) -> tuple[list[list[dict]], float, float]:
    """Our dates rows per document, the model-load seconds and the total seconds."""
    started = time.perf_counter()
    from pipeline.nlp import build_nlp

    nlp = build_nlp()
    loaded = time.perf_counter() - started

    def stream():
        for d in docs:
            sdoc = nlp.make_doc(d["text"])
            sdoc._.doc_meta = {"doc_id": d["doc_id"], "published": d["dct"], "published_source": "metadata"}
            yield sdoc

    out = []
    for sdoc in nlp.pipe(stream(), batch_size=16):  # the whole pipeline, as `passerelle run`
        out.append([dict(s._.value) for s in sdoc.spans.get("passerelle", []) if s.label_ == "DATE"])
    return out, loaded, time.perf_counter() - started


def value_equal(gold: dict, pred: dict) -> bool:
    g, p = gold.get("value") or "", pred.get("value") or ""
    return g == p or re.sub(r"^(\d{2,3})X+$", r"\1", g) == p


def score(golds: list[list[dict]], preds: list[list[dict]]) -> dict:
    counts = Counter()
    per_type = Counter()
    errors = {"fn": [], "fp": [], "value": [], "span": []}
    for doc_index, (gold, pred) in enumerate(zip(golds, preds)):
        pairs, fn, fp = match_lenient("dates", gold, pred)
        tp_strict, _, _ = match_strict("dates", gold, pred)
        strict_ids = {id(g) for g in tp_strict}
        counts.update(gold=len(gold), pred=len(pred), lenient=len(pairs), strict=len(tp_strict))
        for g, p in pairs:
            ok = value_equal(g, p)
            counts.update(value_ok_lenient=ok)
            if id(g) in strict_ids:
                counts.update(value_ok_strict=ok)
            else:
                errors["span"].append((doc_index, g, p))
            per_type.update({(g["kind"], "match"): 1, (g["kind"], "value_ok"): ok})
            if not ok:
                errors["value"].append((doc_index, g, p))
        for g in gold:
            per_type[(g["kind"], "gold")] += 1
        errors["fn"] += [(doc_index, g, None) for g in fn]
        errors["fp"] += [(doc_index, None, p) for p in fp]
    return {"counts": counts, "per_type": per_type, "errors": errors}


def prf(tp: int, n_gold: int, n_pred: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def report(name: str, result: dict) -> None:
    c = result["counts"]
    print(f"\n== {name}: {c['gold']} gold, {c['pred']} predicted")
    print(f"strict   {prf(c['strict'], c['gold'], c['pred'])}")
    print(f"lenient  {prf(c['lenient'], c['gold'], c['pred'])}")
    print(f"value accuracy: on strict matches {c['value_ok_strict']}/{c['strict']} = "
          f"{c['value_ok_strict'] / max(c['strict'], 1):.3f}; on lenient matches "
          f"{c['value_ok_lenient']}/{c['lenient']} = {c['value_ok_lenient'] / max(c['lenient'], 1):.3f}")
    t = result["per_type"]
    for kind in ("DATE", "TIME", "DURATION", "SET"):
        print(f"  {kind:8} gold {t[(kind, 'gold')]:3}  matched {t[(kind, 'match')]:3}  "
              f"value ok {t[(kind, 'value_ok')]:3}")


def show_errors(docs: list[dict], result: dict, n: int) -> None:
    for key in ("fn", "fp", "span", "value"):
        items = result["errors"][key][:n]
        print(f"\n-- {key} ({len(result['errors'][key])})")
        for doc_index, g, p in items:
            text = docs[doc_index]["text"]
            row = g or p
            left = text[max(0, row["start"] - 30):row["start"]].replace("\n", " ")
            right = text[row["end"]:row["end"] + 20].replace("\n", " ")
            gold_s = f"{g['text']!r} {g['kind']} {g['value']}" if g else ""
            pred_s = f"{p['text']!r} {p.get('kind')} {p.get('value')}" if p else ""
            print(f"  [{docs[doc_index]['dct']}] ...{left}[{row['text']}]{right}...  gold={gold_s}  pred={pred_s}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print N errors of each class")
    parser.add_argument("--view", choices=("raw", "aligned"), default="aligned")
    args = parser.parse_args(argv)
    docs = load(args.limit)
    preds, loaded, total = run_pipeline(docs)
    raw = [gold_rows(d) for d in docs]
    spec = [aligned(d, g) for d, g in zip(docs, raw)]
    print(f"French TimeBank: {len(docs)} docs; {total:.1f} s total including {loaded:.1f} s model load "
          "(one full pipeline, nlp.pipe)")
    results = {"raw": score(raw, preds), "aligned": score(spec, preds)}
    report("raw TimeBank spans", results["raw"])
    report("SPEC-aligned gold", results["aligned"])
    print("\n" + DIFFERENCES)
    if args.errors:
        show_errors(docs, results[args.view], args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
