"""The `passerelle` command: thin argparse front-ends over typed functions.

Exit codes: 0 success; 1 some documents failed (the run still completed); 2 usage errors
(bad arguments, missing corpus folder).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .review.cli import add_review_parser, cmd_review


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on usage errors: keep that contract
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="passerelle", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"passerelle {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = sub.add_parser("run", help="process a corpus folder into tables")
    run.add_argument("corpus", type=Path, help="folder of .txt/.md articles")
    run.add_argument("--out", type=Path, default=Path("output"), help="run folder (default: output)")
    run.add_argument("--workers", type=_positive, default=1, help="worker processes (each runs the model and the extractors)")
    run.add_argument("--batch-size", type=_positive, default=16, help="documents per nlp.pipe batch")
    run.add_argument("--force", action="store_true", help="re-process every document")
    run.add_argument("--prune", action="store_true", help="drop rows of deleted source files")
    run.add_argument("--quiet", action="store_true", help="no progress bar, no summary")

    ev = sub.add_parser("evaluate", help="score a run against gold files")
    ev.add_argument("--gold", nargs="+", default=[], help="gold files or folders of *.gold.json")
    ev.add_argument("--run", help="run folder written by `passerelle run`")
    ev.add_argument("--corpus", help="corpus with gold files beside the texts: run, then score")
    ev.add_argument("--verbose", action="store_true", help="list misses, spurious and wrong values")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")

    gl = sub.add_parser("glossary", help="print or filter the glossary of a run")
    gl.add_argument("--run", type=Path, default=Path("output"), help="run folder (default: output)")
    gl.add_argument("--needs-review", action="store_true", help="only rows that need review")
    gl.add_argument("--category", help="only rows of this category (e.g. acronym, term, country)")
    gl.add_argument("--format", choices=("table", "csv", "json", "tbx"), default="table")
    add_review_parser(sub)
    return parser


def cmd_glossary(args) -> int:
    import json

    from .glossary_cli import filter_rows, render

    path = args.run / "json" / "glossary.json"
    if not path.is_file():
        print(f"passerelle glossary: error: no glossary in {args.run} (run `passerelle run` first)",
              file=sys.stderr)
        return 2
    rows = filter_rows(json.loads(path.read_text(encoding="utf-8")), args.needs_review, args.category)
    sys.stdout.write(render(rows, args.format))
    return 0


def cmd_run(args) -> int:
    from .run import WorkerDied, process_corpus

    if not args.corpus.is_dir():
        print(f"passerelle: error: corpus folder not found: {args.corpus}", file=sys.stderr)
        return 2
    try:
        summary = process_corpus(args.corpus, args.out, workers=args.workers,
                                 batch_size=args.batch_size, force=args.force, prune=args.prune,
                                 quiet=args.quiet)
    except WorkerDied as exc:
        print(f"passerelle: error: {exc}", file=sys.stderr)
        return 1
    for line in summary["warnings"] + summary["failures"]:
        print(f"passerelle: {line}", file=sys.stderr)
    if not args.quiet:
        print(format_summary(summary, args.out), file=sys.stderr)
    if summary["failed"]:
        print(f"passerelle: {summary['failed']} document(s) failed", file=sys.stderr)
        return 1
    return 0


def format_summary(summary: dict, out: Path) -> str:
    rows = ", ".join(f"{table} {n}" for table, n in summary["rows"].items())
    return (f"{summary['documents']} documents: {summary['processed']} processed, "
            f"{summary['skipped']} skipped unchanged, {summary['failed']} failed"
            + (f", {summary['pruned']} pruned" if summary["pruned"] else "")
            + f"\nrows: {rows}\nwritten to {out} in {summary['elapsed_s']:.1f} s")


def cmd_evaluate(args) -> int:
    from .evaluate import cli_evaluate

    if not args.corpus and not (args.gold and args.run):
        print("passerelle evaluate: error: give --gold and --run, or --corpus", file=sys.stderr)
        return 2
    return cli_evaluate(args.gold, args.run, args.corpus, args.verbose, args.json)


COMMANDS = {"run": cmd_run, "evaluate": cmd_evaluate, "glossary": cmd_glossary,
            "review": cmd_review}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command](args)
