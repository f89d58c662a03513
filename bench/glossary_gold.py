"""Glossary against the gold files: coverage and accuracy, per document and overall.

Copies the gold texts and their metadata (never README.md or the *.en.txt references) into a
temporary corpus, runs `passerelle run` on it (one batch) unless `--run DIR` points at an
existing run of those texts, and scores the corpus glossary with
`pipeline.evaluate_match.glossary_scores` (the scorer of `passerelle evaluate`):

- coverage: gold terms found by `term_fr` or by `acronym_fr`, case- and accent-insensitive;
- accuracy: found terms whose `term_en` (or `acronym_en` when found by the acronym) is the
  gold `term_en` or one of its `accepted_en`;
- also, as the gold README says its checker does, coverage with plural-insensitive French
  (`glossary_rank.group_key` on both sides: `pays enclavé` written, `pays enclavés` in gold).

The glossary is corpus-wide, so each document's gold is scored against the same rows.
`--verbose` lists the gold terms not found and the wrong English per document.

    /work/venv/bin/python bench/glossary_gold.py [--run /tmp/g] [--verbose]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.evaluate_match import _caseless, _find_row, fold, glossary_scores  # noqa: E402
from pipeline.glossary_rank import group_key  # noqa: E402

GOLD = ROOT / "gold"
PASSERELLE = Path(sys.executable).with_name("passerelle")


def gold_docs() -> list[tuple[str, dict]]:
    return [(p.name[:-len(".gold.json")], json.loads(p.read_text("utf-8")))
            for p in sorted(GOLD.glob("*.gold.json"))]


def run_corpus(out: Path) -> None:
    """Copy the gold texts + meta into a temporary corpus and run the pipeline on it."""
    with tempfile.TemporaryDirectory() as tmp:
        for stem, _ in gold_docs():
            for suffix in (".txt", ".meta.json"):
                shutil.copy(GOLD / f"{stem}{suffix}", Path(tmp) / f"{stem}{suffix}")
        subprocess.run([str(PASSERELLE), "run", tmp, "--out", str(out), "--force", "--quiet"],
                       check=True, cwd="/tmp")


def details(items: list[dict], rows: list[dict]) -> tuple[list[str], list[str]]:
    """Gold terms not found, and found terms with a wrong English (with what was given)."""
    by_term: dict[str, list[dict]] = {}
    by_acronym: dict[str, list[dict]] = {}
    for row in rows:
        by_term.setdefault(fold(row["term_fr"]), []).append(row)
        if row.get("acronym_fr"):
            by_acronym.setdefault(fold(row["acronym_fr"]), []).append(row)
    missed, wrong = [], []
    for item in items:
        hit = _find_row({fold(item["term_fr"])}, by_term, by_acronym)
        if hit is None:
            missed.append(f"{item['term_fr']} ({item['category']})")
            continue
        row, via_acronym = hit
        english = {_caseless(row.get("term_en"))} | (
            {_caseless(row.get("acronym_en"))} if via_acronym else set())
        gold_en = {_caseless(e) for e in [item["term_en"], *(item.get("accepted_en") or [])]}
        if not english & gold_en:
            wrong.append(f"{item['term_fr']}: {row.get('term_en')!r} [{row['source']}] "
                         f"!= {item['term_en']!r}")
    return missed, wrong


def plural_insensitive_coverage(items: list[dict], rows: list[dict]) -> float:
    """Share of gold terms whose `group_key` is the key of a row's term_fr or acronym_fr."""
    keys = {group_key(t) for r in rows for t in (r["term_fr"], r.get("acronym_fr")) if t}
    terms = {group_key(i["term_fr"]) for i in items}
    return sum(t in keys for t in terms) / len(terms) if terms else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--run", type=Path, help="existing run folder of the gold texts")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    out = args.run
    if out is None:
        out = Path(tempfile.mkdtemp(prefix="glossary-gold-"))
        run_corpus(out)
    from pipeline.glossary import build_glossary
    from pipeline.store import Store

    with Store(out / "passerelle.sqlite") as store:
        rows = build_glossary(store)  # rebuilt: `--run` may predate the glossary code
    print(f"glossary rows: {len(rows)}")
    print(f"{'document':40} {'gold':>5} {'found':>5} {'coverage':>9} {'accuracy':>9} "
          f"{'cov(pl)':>8}")
    all_items = []
    for stem, gold in gold_docs():
        items = gold.get("glossary", [])
        all_items += items
        s = glossary_scores(items, rows)
        print(f"{stem[:40]:40} {s['n_gold']:5d} {s['n_found']:5d} {s['coverage']:9.3f} "
              f"{s['accuracy']:9.3f} {plural_insensitive_coverage(items, rows):8.3f}")
        if args.verbose:
            missed, wrong = details(items, rows)
            for line in missed:
                print(f"    miss   {line}")
            for line in wrong:
                print(f"    wrong  {line}")
    s = glossary_scores(all_items, rows)
    print(f"{'all (distinct folded terms)':40} {s['n_gold']:5d} {s['n_found']:5d} "
          f"{s['coverage']:9.3f} {s['accuracy']:9.3f} "
          f"{plural_insensitive_coverage(all_items, rows):8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
