"""Quantities/percentages/numbers against the external French suites (/work/shared/eval).

Usage: /work/venv/bin/python bench/quantities_suites.py [--peer] [--full] [--show CATEGORY]

- numbers/ordinals are scored on the pure finder `pipeline.extractors.numbers.find_numbers`;
- money, dimensions, temperature, age and percentages go through ONE loaded pipeline
  (`build_nlp()`, `nlp.pipe` of `nlp.make_doc` docs, rows read from `doc.spans["passerelle"]`).
  By default only the model + `passerelle_quantities` run (the later components cannot change
  QUANTITY/PERCENT spans); `--full` runs every component.
- `--peer` also scores Microsoft's Python package `recognizers-text-suite` on the same inputs.

Not comparable (reported apart, in a second line per suite): cases that contradict SPEC.md,
listed with the rule they break in `bench/quantities_not_comparable.tsv`, plus two automatic
rules: a case expecting a result without a value (relative ordinals `dernier`, a unit alone
`en fahrenheit`: nothing to compare a number with) and a percentage case whose input has no
percent cue (`un sur trois`, `un quart de`: SPEC says fractions are not percentages). Both
systems are scored on the same comparable subset.

A case is *reproduced* when the predicted set of (span, value) equals the expected set
(strict: no missing and no extra prediction of that category; values within 1e-6 relative).
Negative cases (nothing expected) pass when nothing is predicted. Duckling corpora expect one
entity covering the whole input; passerelle's documented span rule leaves a leading
approximator (`au moins`, `plus de`) outside the span, so for Duckling a span that ends at the
input's end and starts right after such an approximator counts as the same span, and an
open interval (`above`/`under`) must carry the matching `approx`. Money sub-units
(`34 cents`, RT unit Cent/Pence/Penny/Centimes) match either as written (34) or in the major
unit (0.34, how passerelle normalises money to ISO 4217 amounts), for every system. Recognizers-Text specs are
reported on all cases and on the subset the upstream .NET CI runs (`supported_dotnet`), each
also restricted to its comparable cases.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = Path("/work/shared/eval")

SUITES = {  # category -> [(file, source)]
    "numbers": [("recognizers-text/Number/NumberModel.jsonl", "rt"), ("duckling/Numeral.jsonl", "dk")],
    "ordinals": [("recognizers-text/Number/OrdinalModel.jsonl", "rt"), ("duckling/Ordinal.jsonl", "dk")],
    "money": [("recognizers-text/NumberWithUnit/CurrencyModel.jsonl", "rt"), ("duckling/AmountOfMoney.jsonl", "dk")],
    "percentages": [("recognizers-text/Number/PercentModel.jsonl", "rt"),
                    ("recognizers-text/Number/PercentModelPercentMode.jsonl", "rt")],
    "dimensions": [("recognizers-text/NumberWithUnit/DimensionModel.jsonl", "rt"), ("duckling/Distance.jsonl", "dk"),
                   ("duckling/Volume.jsonl", "dk"), ("duckling/Quantity.jsonl", "dk")],
    "temperature": [("recognizers-text/NumberWithUnit/TemperatureModel.jsonl", "rt"),
                    ("duckling/Temperature.jsonl", "dk")],
    "age": [("recognizers-text/NumberWithUnit/AgeModel.jsonl", "rt")],
}
#: Recognizers-Text's DimensionModel has no temperatures (TemperatureModel does): same split here
MEASURE_KINDS = {"mass", "length", "area", "volume", "energy", "power", "speed", "other"}
OPEN_APPROX = {"from": {"more_than", "at_least"}, "to": {"less_than", "at_most", "up_to"}}


def rt_value(raw) -> float | None:
    if raw is None:
        return None
    text = str(raw).strip().rstrip("%").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


SUBUNITS = {"Cent", "Centimes", "Pence", "Penny"}


def _major(value, unit):
    """Recognizers-Text gives `34 cents` as 34 Cent; passerelle normalises money to the major
    unit (USD 0.34): either reading of the same amount is accepted (for every system)."""
    return value / 100 if value is not None and unit in SUBUNITS else None


PERCENT_CUE = ("%", "pour cent", "pour-cent", "pourcent", "pourcentage", "p. 100", "p.100")


def _listed_not_comparable() -> dict[str, str]:
    path = Path(__file__).resolve().parent / "quantities_not_comparable.tsv"
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {r[0]: r[1] for r in rows[1:]}


def not_comparable(case: dict, category: str) -> str | None:
    """Why `case` contradicts SPEC.md (see the module doc), or None when it is comparable."""
    listed = _listed_not_comparable().get(case["id"])
    if listed:
        return listed
    if any(e[1] is None for e in case["expected"]):
        return "a result without a value (relative ordinal or unit alone)"
    if category == "percentages" and not any(c in case["input"].casefold() for c in PERCENT_CUE):
        return "SPEC: fractions are not percentages (no percent cue)"
    return None


def load(category: str) -> list[dict]:
    """Cases: {id, source, input, expected: [(span, value, value_max, open, alt_value)], dotnet}."""
    cases = []
    for name, source in SUITES[category]:
        for line in (EVAL / name).read_text("utf-8").splitlines():
            d = json.loads(line)
            if source == "rt":
                exp = [(tuple(x["span"]) if x["span"] else None, rt_value(x["value"]), None, None,
                        _major(rt_value(x["value"]), x.get("unit"))) for x in d["expected"]]
                cases.append({"id": d["id"], "source": name, "input": d["input"], "expected": exp,
                              "dotnet": d.get("supported_dotnet", True)})
            else:
                cases.append({"id": d["id"], "source": name, "input": d["input"],
                              "expected": _duckling_expected(d), "dotnet": True})
    return cases


def _duckling_expected(d: dict) -> list[tuple]:
    e, span = d["expected"], (0, len(d["input"]))
    if e is None:
        return []
    if e["type"] == "value":
        return [(span, float(e["value"]), None, None, None)]
    lo, hi = e.get("from"), e.get("to")
    if lo and hi:
        return [(span, float(lo["value"]), float(hi["value"]), None, None)]
    return [(span, float((lo or hi)["value"]), None, "from" if lo else "to", None)]


def close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _span_ok(case: dict, exp_span, pred: dict) -> bool:
    if exp_span is None:
        return False
    if (pred["start"], pred["end"]) == tuple(exp_span):
        return True
    if not case["source"].startswith("duckling"):
        return False
    from pipeline.extractors import quantities_lexicon as lex

    text = case["input"]
    if pred["end"] != len(text.rstrip()):
        return False
    found = lex.approx_before(text, pred["start"])
    return bool(found) and found[1] == 0


def matches(case: dict, exp: tuple, pred: dict) -> bool:
    span, value, value_max, open_end, alt = exp
    if not _span_ok(case, span, pred):
        return False
    if not close(value, pred["value"]) and not (alt is not None and close(alt, pred["value"])):
        return False
    if value_max is not None or pred.get("value_max") is not None:
        if not close(value_max, pred.get("value_max")):
            return False
    if open_end and pred.get("approx") not in OPEN_APPROX[open_end]:
        return False
    return True


def score(case: dict, preds: list[dict]) -> bool:
    exp = list(case["expected"])
    if len(exp) != len(preds):
        return False
    left = list(preds)
    for e in exp:
        hit = next((p for p in left if matches(case, e, p)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


# --------------------------------------------------------------------------- predictions

def predict_numbers(cases: list[dict], category: str) -> list[list[dict]]:
    from pipeline.extractors.numbers import find_numbers

    want = {"numbers": ("cardinal", "fraction"), "ordinals": ("ordinal",)}[category]
    return [[{"start": m.start, "end": m.end, "value": m.value} for m in find_numbers(c["input"])
             if m.kind in want] for c in cases]


def predict_pipeline(cases: list[dict], category: str, full: bool) -> list[list[dict]]:
    from pipeline.components import SPANS_KEY
    from pipeline.nlp import build_nlp

    nlp = build_nlp()
    docs = (nlp.make_doc(c["input"]) for c in cases)
    keep = None if full else [n for n in nlp.pipe_names if not n.startswith("passerelle_")] + ["passerelle_quantities"]
    disabled = [] if keep is None else [n for n in nlp.pipe_names if n not in keep]
    out = []
    with nlp.select_pipes(disable=disabled):
        for doc in nlp.pipe(docs, batch_size=64):
            rows = []
            for span in doc.spans.get(SPANS_KEY, []):
                row = span._.value
                if _wanted(category, span.label_, row):
                    rows.append(row)
            out.append(rows)
    return out


def _wanted(category: str, label: str, row: dict) -> bool:
    if category == "percentages":
        return label == "PERCENT"
    if label != "QUANTITY":
        return False
    kind = row["kind"]
    return {"money": kind == "money", "dimensions": kind in MEASURE_KINDS,
            "temperature": kind == "temperature", "age": kind == "age"}[category]


def predict_peer(cases: list[dict], category: str) -> list[list[dict]] | None:
    try:
        from recognizers_number import Culture, recognize_number, recognize_ordinal, recognize_percentage
        from recognizers_number_with_unit import (recognize_age, recognize_currency, recognize_dimension,
                                                  recognize_temperature)
    except Exception as exc:  # noqa: BLE001
        print(f"  peer unavailable: {type(exc).__name__}: {exc}")
        return None
    fn = {"numbers": recognize_number, "ordinals": recognize_ordinal, "money": recognize_currency,
          "percentages": recognize_percentage, "dimensions": recognize_dimension,
          "temperature": recognize_temperature, "age": recognize_age}[category]
    out = []
    for c in cases:
        try:
            res = fn(c["input"], Culture.French)
        except Exception:  # noqa: BLE001 - count a crash as no prediction
            res = []
        out.append([{"start": r.start, "end": r.end + 1, "value": rt_value((r.resolution or {}).get("value"))}
                    for r in res if (r.resolution or {}).get("value") is not None])
    return out


def report(category: str, cases: list[dict], preds: list[list[dict]], label: str, show: bool) -> dict:
    by_source: dict[str, list[int]] = {}
    for c, p in zip(cases, preds):
        ok = score(c, p)
        keys = (c["source"], "ALL") + (("RT dotnet-supported",) if c["dotnet"] and c["source"].startswith("recog") else ())
        why = not_comparable(c, category)
        keys += ("ALL comparable (SPEC)",) if why is None else ()
        keys += ("RT dotnet-supported comparable",) if why is None and "RT dotnet-supported" in keys else ()
        if show and why is not None and label == "passerelle":
            print(f"    NOT COMPARABLE {c['id']}: {c['input'][:60]!r}: {why}")
        for key in keys:
            tot = by_source.setdefault(key, [0, 0])
            tot[0] += ok
            tot[1] += 1
        if show and not ok and why is None:
            print(f"    MISS {c['id']}: {c['input'][:90]!r}\n       expected {c['expected']}\n"
                  f"       got {[(p['start'], p['end'], p['value'], p.get('value_max'), p.get('approx')) for p in p]}")
    for key, (ok, n) in by_source.items():
        print(f"  {label:11s} {category:12s} {key:60s} {ok:4d}/{n:<4d} {100 * ok / n:5.1f}%")
    return by_source


def results_table(results: dict[str, dict[str, dict]]) -> str:
    """Markdown: per category and case set, passerelle and the peer package side by side."""
    def cell(tot):
        return f"{tot[0]}/{tot[1]} ({100 * tot[0] / tot[1]:.1f}%)" if tot and tot[1] else "-"
    lines = ["| category | cases | passerelle | peer (RT Python) |", "|---|---|---:|---:|"]
    for cat, by_label in results.items():
        ours, peer = by_label.get("passerelle", {}), by_label.get("RT-python", {})
        for key in ours:
            name = Path(key).stem if "/" in key else key
            lines.append(f"| {cat} | {name} | {cell(ours[key])} | {cell(peer.get(key))} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", action="store_true", help="also score recognizers-text-suite")
    ap.add_argument("--full", action="store_true", help="run every passerelle component")
    ap.add_argument("--show", default="", help="print the misses of this category")
    ap.add_argument("--only", default="", help="comma-separated categories")
    ap.add_argument("--write", action="store_true",
                    help="regenerate the quantities section of bench/RESULTS.md (all categories)")
    args = ap.parse_args()
    if args.write and args.only:
        ap.error("--write regenerates every category: drop --only")
    cats = [c for c in SUITES if not args.only or c in args.only.split(",")]
    started = time.perf_counter()
    results: dict[str, dict[str, dict]] = {}
    for cat in cats:
        cases = load(cat)
        if cat in ("numbers", "ordinals"):
            preds = predict_numbers(cases, cat)
        else:
            preds = predict_pipeline(cases, cat, args.full)
        results[cat] = {"passerelle": report(cat, cases, preds, "passerelle", args.show == cat)}
        if args.peer:
            peer = predict_peer(cases, cat)
            if peer is not None:
                results[cat]["RT-python"] = report(cat, cases, peer, "RT-python", False)
    print(f"elapsed {time.perf_counter() - started:.1f}s")
    if args.write:
        from results import machine_line, write_section

        command = "bench/quantities_suites.py" + (" --peer" if args.peer else "") + (" --full" if args.full else "")
        write_section("quantities", f"## Quantities, money, percentages, numbers\n\n{machine_line()}"
                      f"\n\nCommand: `{command}` · a case counts when the predicted set of (span, "
                      "value) equals the expected set; \"comparable\" leaves out the cases listed "
                      "with a reason in `bench/quantities_not_comparable.tsv` and the automatic "
                      "rules of the script (see bench/README.md)\n\n" + results_table(results))


if __name__ == "__main__":
    main()
