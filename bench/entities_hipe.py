"""Entities on CLEF-HIPE-2020 French test (historical newspapers): raw model vs passerelle.

Usage: python bench/entities_hipe.py [path/to/hipe2020-fr-test.jsonl] [--limit N]

Gold labels pers -> PERSON, loc -> LOCATION, org -> ORG; `prod` and `time` items and MISC
predictions are left out (HIPE has no MISC class). All units go once through the model
pipes of `build_nlp()` (batched with nlp.pipe); the raw model's `doc.ents` are recorded,
then passerelle's components run on the same Docs in pipeline order. Prints lenient
(overlap, one-to-one, largest overlap first) and strict (exact offsets) P/R/F1 per label.
HIPE person spans include titles (`M. de Luze`, `le général X`) where SPEC excludes them,
so `strict-spec` also scores both systems against gold person spans with the leading
titles removed (by passerelle's own title list: a convention change, not a gold fix).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT = Path("/work/shared/eval/ner-fr/hipe2020-fr-test.jsonl")
GOLD_LABELS = {"pers": "PERSON", "loc": "LOCATION", "org": "ORG"}
RAW_LABELS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG"}
LABELS = ("PERSON", "LOCATION", "ORG")


def load(path: Path, limit: int | None) -> list[dict]:
    units = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return units[:limit] if limit else units


def run(units: list[dict]) -> tuple[list[list[tuple]], list[list[tuple]], float]:
    """(raw model spans, passerelle spans, seconds) per unit: (start, end, label)."""
    import pipeline.components  # noqa: F401 - registers the extensions and factories
    from pipeline.nlp import COMPONENTS, build_nlp

    nlp = build_nlp()
    ours = [name for name in nlp.pipe_names if name in COMPONENTS]
    docs = []
    for unit in units:
        doc = nlp.make_doc(unit["text"])
        doc._.doc_meta = {"doc_id": unit["id"], "published": unit.get("date")}
        docs.append(doc)
    raw, mine = [], []
    start = time.perf_counter()
    with nlp.select_pipes(disable=ours):
        processed = list(nlp.pipe(docs, batch_size=64))
    for doc in processed:
        raw.append([(e.start_char, e.end_char, RAW_LABELS[e.label_]) for e in doc.ents
                    if e.label_ in RAW_LABELS])
        for name in ours:
            doc = nlp.get_pipe(name)(doc)
        mine.append([(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS])
    return raw, mine, time.perf_counter() - start


def match(gold: list[tuple], pred: list[tuple], strict: bool) -> list[tuple[tuple, tuple]]:
    """One-to-one pairs with the same label: exact offsets, or largest overlap first."""
    pairs = []
    for g in gold:
        for p in pred:
            if g[2] != p[2]:
                continue
            if strict and (g[0], g[1]) != (p[0], p[1]):
                continue
            overlap = min(g[1], p[1]) - max(g[0], p[0])
            if overlap > 0:
                pairs.append((overlap, g, p))
    used_g, used_p, out = set(), set(), []
    for _, g, p in sorted(pairs, key=lambda x: -x[0]):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return out


def score(golds: list[list[tuple]], preds: list[list[tuple]], strict: bool) -> dict:
    counts = {label: Counter() for label in LABELS + ("ALL",)}
    for gold, pred in zip(golds, preds):
        matched = match(gold, pred, strict)
        for label in LABELS:
            tp = sum(1 for g, _ in matched if g[2] == label)
            counts[label]["tp"] += tp
            counts[label]["fn"] += sum(1 for g in gold if g[2] == label) - tp
            counts[label]["fp"] += sum(1 for p in pred if p[2] == label) - tp
    for label in LABELS:
        counts["ALL"].update(counts[label])
    return {label: prf(c) for label, c in counts.items()}


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def spec_span(text: str, item: tuple) -> tuple:
    """A HIPE person span under SPEC's convention: leading titles, honorifics and
    determiners left out (`M. de Luze` -> `de Luze`, `le général X` -> `X`)."""
    from pipeline.extractors.entity_repair import strip_leading

    start, end, label = item
    if label != "PERSON":
        return item
    new_start, _, complement = strip_leading(text, start, end, sentence_initial=True)
    return item if complement or new_start >= end else (new_start, end, label)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    units = load(args.path, args.limit)
    gold = [[(s["start"], s["end"], GOLD_LABELS[s["label"]]) for s in u["spans"]
             if s["label"] in GOLD_LABELS] for u in units]
    raw, mine, seconds = run(units)
    n_chars = sum(len(u["text"]) for u in units)
    print(f"HIPE-2020 fr test: {len(units)} units, {sum(map(len, gold))} gold PER/LOC/ORG, "
          f"{n_chars} chars, {seconds:.1f} s")
    spec_gold = [[spec_span(u["text"], g) for g in unit] for u, unit in zip(units, gold)]
    for mode, golds, strict in (("lenient", gold, False), ("strict", gold, True),
                                ("strict-spec", spec_gold, True)):
        raw_s, mine_s = score(golds, raw, strict), score(golds, mine, strict)
        print(f"\n{mode:8}  {'raw model P/R/F1':>24}  {'passerelle P/R/F1':>24}")
        for label in LABELS + ("ALL",):
            fmt = "  ".join(f"{v:.3f}" for v in raw_s[label])
            fmt2 = "  ".join(f"{v:.3f}" for v in mine_s[label])
            print(f"{label:9} {fmt:>24}  {fmt2:>24}")


if __name__ == "__main__":
    main()
