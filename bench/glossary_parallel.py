"""Glossary English attested in human reference translations (WMT14 newstest2014 fr-en).

Takes the originally French half of `/work/shared/eval/parallel-fr-en/newstest2014-fr-en.jsonl`
(origlang == "fr": 1,500 sentences of French news with their English references), groups it
by `docid` into documents (segments in `seg_id` order, one per line, as the gold WMT texts),
runs the pipeline once over that corpus (`process_corpus`, one batch) and checks each glossary
row against the references:

- the row's French (`term_fr`, or `acronym_fr`) is located in the French segments by word
  key: punctuation dropped, case-, accent-, apostrophe- and hyphen-insensitive, each word's
  plural `-s`/`-x` folded (`pipeline.glossary_rank.group_key` on both sides), then a run of
  whole words;
- the row's English is **attested** when its `term_en` (or `acronym_en`) occurs as a run of
  whole words in the reference of at least one of those segments, case-insensitively, with
  apostrophes/hyphens as spaces, a possessive `'s` dropped and simple English plurals folded
  on both sides (`-ies` -> `-y`; `-ches`/`-shes`/`-sses`/`-xes`/`-zes` -> drop `es`;
  else a final `s` after 3+ letters and not `ss` is dropped), so `critical mineral` matches
  `critical minerals`; a second comparison drops the hyphens inside words on both sides
  (`antisemitism` ~ `anti-Semitism`).

Reported: the share of rows with an English term that is attested (target >= 70 %), the
share of rows left empty (target < 25 %), both per `source` and per kind of row (entity,
acronym, term), and rows whose French could not be located (left out of the attested share).
`--show N` prints N unattested and N empty rows per source; `--gaps N` the N words of empty
term rows that the word lexicon lacks (what blocks compositional translation). About a
minute on 2 cores.

    /work/venv/bin/python bench/glossary_parallel.py [--show 10] [--gaps 30] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.glossary_rank import group_key  # noqa: E402

DATA = Path("/work/shared/eval/parallel-fr-en/newstest2014-fr-en.jsonl")


def load_documents() -> dict[str, list[dict]]:
    """French-original segments grouped by docid, in seg_id order."""
    docs: dict[str, list[dict]] = defaultdict(list)
    for line in DATA.read_text("utf-8").splitlines():
        row = json.loads(line)
        if row.get("origlang") == "fr":
            docs[row["docid"]].append(row)
    return {d: sorted(rows, key=lambda r: r["seg_id"]) for d, rows in sorted(docs.items())}


def write_corpus(docs: dict[str, list[dict]], folder: Path) -> None:
    for docid, rows in docs.items():
        (folder / f"{docid}.txt").write_text("\n".join(r["fr"] for r in rows) + "\n", "utf-8")
        meta = {"title": rows[0]["fr"], "published": "2013", "language": "fr"}
        (folder / f"{docid}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")


def english_key(text: str, join_hyphens: bool = False) -> str:
    """Word key of English text (see the module docstring)."""
    if join_hyphens:
        text = re.sub(r"(?<=\w)[-‐‑](?=\w)", "", text)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’]s\b", "", text)
    words = re.findall(r"[a-z0-9&]+", text)
    return " ".join(_fold_en(w) for w in words)


def _fold_en(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def french_key(text: str) -> str:
    """Word key of French text: punctuation dropped, then `group_key`."""
    return group_key(re.sub(r"[^\w'’\-&]+", " ", text))


def locate(row: dict, segments: list[tuple[str, str, str]]) -> list[int]:
    """Indices of the segments whose French contains the row's term_fr or acronym_fr."""
    keys = {french_key(t) for t in (row["term_fr"], row.get("acronym_fr")) if t}
    return [i for i, (fr, *_) in enumerate(segments) if any(_contains(fr, k) for k in keys)]


def attested(row: dict, refs: list[tuple[str, str]]) -> bool:
    """Whether term_en (or acronym_en) occurs in one of the references, given as their two
    keys (hyphens as spaces, hyphens dropped)."""
    english = [e for e in (row.get("term_en"), row.get("acronym_en")) if e]
    return any(_contains(ref[j], english_key(e, bool(j)))
               for ref in refs for e in english for j in (0, 1))


def kind_of(row: dict) -> str:
    return row["category"] if row["category"] in ("term", "acronym") else "entity"


def score(rows: list[dict], segments: list[tuple[str, str, str]]) -> list[tuple[dict, str]]:
    """Per-row outcome: empty, unlocated, attested or not (see the module docstring)."""
    out = []
    for row in rows:
        hits = locate(row, segments)
        if not row.get("term_en"):
            outcome = "empty"
        elif not hits:
            outcome = "unlocated"
        else:
            refs = [(segments[i][1], segments[i][2]) for i in hits]
            outcome = "attested" if attested(row, refs) else "unattested"
        out.append((row, outcome))
    return out


def _line(label: str, outcomes: list[str]) -> str:
    n = len(outcomes)
    empty = outcomes.count("empty")
    att, unatt = outcomes.count("attested"), outcomes.count("unattested")
    judged = att + unatt
    share = f"{att / judged:6.1%}" if judged else "     -"
    return (f"{label:16} {n:6d} {empty:6d} {empty / n if n else 0:7.1%} {judged:7d} {att:7d} "
            f"{share:>8} {outcomes.count('unlocated'):6d}")


def report(results: list[tuple[dict, str]], show: int) -> None:
    header = f"{'':16} {'rows':>6} {'empty':>6} {'empty%':>7} {'judged':>7} {'attest':>7} {'attest%':>8} {'unloc':>6}"
    print(header)
    print(_line("all", [o for _, o in results]))
    for title, key in (("by source", lambda r: r["source"]), ("by kind", kind_of)):
        print(f"-- {title}")
        groups: dict[str, list[str]] = defaultdict(list)
        for row, outcome in results:
            groups[key(row)].append(outcome)
        for name in sorted(groups):
            print(_line(name, groups[name]))
    if show:
        for wanted in ("unattested", "empty"):
            print(f"-- {wanted} (up to {show} per source)")
            seen: dict[str, int] = defaultdict(int)
            for row, outcome in results:
                if outcome == wanted and seen[row["source"]] < show:
                    seen[row["source"]] += 1
                    print(f"   [{row['source']}/{kind_of(row)}] {row['term_fr']!r} -> {row['term_en']!r}")


def lexicon_gaps(rows: list[dict], top: int) -> list[tuple[str, int]]:
    """Words of empty term rows that the word lexicon knows neither as noun nor adjective
    (tried as written and without a final s/x): what blocks compositional translation."""
    from collections import Counter

    from pipeline.terminology import lookup_word

    counts: Counter = Counter()
    for row in rows:
        if row["term_en"] or row["category"] != "term":
            continue
        for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", row["term_fr"].lower()):
            if len(word) < 3 or word in {"des", "les", "aux", "sur", "pour", "par", "avec"}:
                continue
            forms = {word, word[:-1] if word[-1] in "sx" else word}
            if not any(lookup_word(f, pos) for f in forms for pos in ("NOUN", "ADJ")):
                counts[word] += 1
    return counts.most_common(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="examples per source and outcome")
    parser.add_argument("--keep", type=Path, help="run folder to write (and reuse if present)")
    parser.add_argument("--gaps", type=int, default=0, help="list the N commonest lexicon gaps")
    args = parser.parse_args(argv)
    from pipeline.glossary import build_glossary
    from pipeline.run import process_corpus
    from pipeline.store import Store

    docs = load_documents()
    segments = [(french_key(r["fr"]), english_key(r["en"]), english_key(r["en"], True)) for rows in docs.values() for r in rows]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        write_corpus(docs, corpus)
        out = args.keep or Path(tmp) / "run"
        summary = process_corpus(corpus, out, quiet=True)
        with Store(out / "passerelle.sqlite") as store:
            rows = build_glossary(store)  # rebuilt: a reused run folder may predate the code
    print(f"{len(docs)} documents, {len(segments)} segments, {summary['failed']} failed, "
          f"run {time.perf_counter() - started:.0f} s, {len(rows)} glossary rows")
    report(score(rows, segments), args.show)
    if args.gaps:
        print("-- words of empty term rows unknown to the word lexicon")
        print("   " + ", ".join(f"{w} ({n})" for w, n in lexicon_gaps(rows, args.gaps)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
