"""`passerelle review {serve,export,import,gold,termbase}`: thin front-ends over pipeline.review.

Wired into the main command by `pipeline/cli.py` (`add_review_parser(sub)` and
`COMMANDS["review"] = cmd_review`); `python -m pipeline.review.cli ...` runs it alone.
Exit codes: 0 success; 2 usage or input errors (no run folder, a file that cannot be imported,
with a message naming the item and the reason).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

STORE_NAME = "passerelle.sqlite"
FORMAT_NAMES = ("labelstudio", "doccano", "prodigy", "brat")


def _port(value: str) -> int:
    number = int(value)
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"port must be in 1..65535, got {number}")
    return number


def add_review_parser(subparsers) -> argparse.ArgumentParser:
    """Register `review` and its subcommands on the main parser's subparsers."""
    review = subparsers.add_parser("review", help="review workbench, annotation tools, gold export")
    sub = review.add_subparsers(dest="review_command", required=True,
                                parser_class=type(review))

    serve = sub.add_parser("serve", help="local web workbench on http://127.0.0.1:PORT/")
    serve.add_argument("--run", type=Path, required=True, help="run folder of `passerelle run`")
    serve.add_argument("--port", type=_port, default=8000, help="port on 127.0.0.1 (default 8000)")
    serve.add_argument("--reviewer", help="name stored with each decision (default: login name)")

    export = sub.add_parser("export", help="current spans for Label Studio, doccano, Prodigy, brat")
    export.add_argument("--run", type=Path, required=True)
    export.add_argument("--format", choices=FORMAT_NAMES, required=True)
    export.add_argument("--out", type=Path, required=True, help="file (a folder for brat)")

    imp = sub.add_parser("import", help="annotations from a tool become review decisions")
    imp.add_argument("--run", type=Path, required=True)
    imp.add_argument("file", type=Path, help="Label Studio .json, doccano/Prodigy .jsonl, brat folder")
    imp.add_argument("--format", choices=FORMAT_NAMES, help="default: from the file name")
    imp.add_argument("--reviewer", help="name stored with the decisions (default: import:<format>)")

    gold = sub.add_parser("gold", help="gold files of fully reviewed documents")
    gold.add_argument("--run", type=Path, required=True)
    gold.add_argument("--out", type=Path, required=True, help="folder for <doc>.gold.json files")

    termbase = sub.add_parser("termbase", help="reviewed glossary terms as a termbase TSV")
    termbase.add_argument("--run", type=Path, required=True)
    termbase.add_argument("--out", type=Path, required=True)
    return review


def _store(run: Path):
    from ..store import Store

    return Store(run / STORE_NAME)


def _serve(args) -> int:
    from .server import serve

    serve(args.run, args.port, args.reviewer)
    return 0


def _export(args) -> int:
    from .interchange import export_run

    with _store(args.run) as store:
        paths = export_run(store, args.format, args.out)
    print(f"passerelle review: wrote {len(paths)} file(s) to {args.out}", file=sys.stderr)
    return 0


def _import(args) -> int:
    from .interchange import guess_format, import_file

    fmt = args.format or guess_format(args.file)
    with _store(args.run) as store:
        result = import_file(store, args.file, fmt, args.reviewer or f"import:{fmt}")
    for note in result["notes"]:
        print(f"passerelle review: {note}", file=sys.stderr)
    print(f"passerelle review: {result['documents']} document(s), {result['spans']} span(s): "
          f"{result['accept']} accepted, {result['correct']} corrected, {result['add']} added, "
          f"{result['reject']} rejected, {result['unchanged']} already decided", file=sys.stderr)
    return 0


def _gold(args) -> int:
    from .gold import write_gold

    with _store(args.run) as store:
        result = write_gold(store, args.out)
    for doc_id, reason in sorted(result["skipped"].items()):
        print(f"passerelle review: {doc_id} skipped: {reason}", file=sys.stderr)
    print(f"passerelle review: {len(result['written'])} gold file(s) in {args.out}", file=sys.stderr)
    return 0


def _termbase(args) -> int:
    from .termbase import write_termbase

    with _store(args.run) as store:
        n = write_termbase(store, args.out, args.run.name)
    print(f"passerelle review: {n} reviewed term(s) written to {args.out}", file=sys.stderr)
    return 0


HANDLERS = {"serve": _serve, "export": _export, "import": _import, "gold": _gold,
            "termbase": _termbase}


def cmd_review(args) -> int:
    """Run one `passerelle review` subcommand; return its exit code."""
    from .interchange import InterchangeError
    from .workbench import ReviewError

    if not (args.run / STORE_NAME).is_file():
        print(f"passerelle review: error: no {STORE_NAME} in {args.run} (run `passerelle run` first)",
              file=sys.stderr)
        return 2
    try:
        return HANDLERS[args.review_command](args)
    except (InterchangeError, ReviewError) as exc:
        print(f"passerelle review: error: {exc}", file=sys.stderr)
        return 2


def main(argv: list[str] | None = None) -> int:
    """`python -m pipeline.review.cli review ...` (the same parser, standalone)."""
    parser = argparse.ArgumentParser(prog="passerelle")
    add_review_parser(parser.add_subparsers(dest="command", required=True))
    return cmd_review(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
