"""Run the peer suites of /work/shared/eval through passerelle and print how much matches.

    /work/venv/bin/python bench/peers.py [--suite NAME] [--limit N] [--verbose K] [--write]

Suites: `recognizers-text` (Microsoft Recognizers-Text French model specs), `duckling`
(Duckling French corpora), `timebank` (French TimeBank TIMEX3), `hipe` (HIPE-2020 French
test NER). Per suite and spec/dimension it prints n, found, span-ok and value-ok (see
`common.py` for the definitions and `bench/README.md` for how each suite's expected values
map onto SPEC's fields and what is not comparable). Recognizers-Text cases that upstream marks
NotSupported for .NET are reported apart as soft targets.

How expected values map onto SPEC's fields (details, and what is not comparable, in
bench/README.md and the docstrings of suite_rt.py, suite_duckling.py, suite_ner.py):
- numbers, ordinals, ranges, money, dimensions, temperatures, ages -> `quantities`
  (`value`/`value_max`/`approx`, kind `rank`/`age`, ISO `currency`, `si_value`/`si_unit`);
- percentages -> `percentages.value`;
- DateTime / Time / Duration / TIMEX3 -> `dates` (`value` as TIMEX3, or `earliest`/`latest`);
- HIPE pers/loc/org -> `mentions` PERSON/LOCATION/ORG.
Bare numbers (the input is only the number) are never extracted by SPEC: they are grouped
as `[bare]` and their value is also measured on the pure normaliser.

All inputs of a suite go through ONE loaded pipeline (`pipeline.nlp.build_nlp()` +
`nlp.pipe`); model load time is printed apart. `--write` regenerates the `peers` section of
bench/RESULTS.md (with date, commit and machine).
"""
from __future__ import annotations

import argparse
import sys
import time

import common
import suite_duckling
import suite_ner
import suite_rt
from common import BatchRunner, ExtractRunner, describe_failure, format_groups, score_case, summarise
from results import machine_line, write_section

SUITES = ("recognizers-text", "duckling", "timebank", "hipe")


def _score_cases(cases, runner, verbose: int) -> tuple[dict, list[str], float, dict]:
    """Run cases in one batch; return {group: [results]}, verbose lines, seconds and the
    distinct error messages with their counts."""
    started = time.perf_counter()
    outputs = runner([(c.text, c.published) for c in cases])
    seconds = time.perf_counter() - started
    groups: dict[str, list] = {}
    errors: dict[str, int] = {}
    for case, out in zip(cases, outputs):
        groups.setdefault(case.group, []).append(score_case(case, out["tables"]))
        if out["error"]:
            errors[out["error"]] = errors.get(out["error"], 0) + 1
    lines = []
    if verbose:
        for name, results in groups.items():
            failed = [r for r in results if not (r.span_ok and r.value_ok is not False)]
            lines += [f"-- {name}: first failures"] + [describe_failure(r) for r in failed[:verbose]]
    return groups, lines, seconds, errors


def error_note(errors: dict[str, int], total: int) -> str:
    """The distinct pipeline errors (a failing component is skipped, not fatal)."""
    if not errors:
        return "0 errors"
    worst = sorted(errors.items(), key=lambda kv: -kv[1])[:3]
    return f"{sum(errors.values())}/{total} inputs with errors (" + "; ".join(
        f"{n}× {msg[:120]}" for msg, n in worst) + ")"


def _normalisers():
    """The pure number normalisers, when the pipeline has them (else None)."""
    try:
        from pipeline.extractors.numbers import parse_number, parse_ordinal
    except ImportError:
        return None
    return parse_number, parse_ordinal


def bare_normaliser_table(groups: dict[str, list]) -> str | None:
    """Bare numbers are not extracted by design (SPEC), so their value is measured on the
    pure normaliser instead: parse_number / parse_ordinal on the gold span's text."""
    funcs = _normalisers()
    bare = {g: rs for g, rs in groups.items() if g.endswith("[bare]") and rs}
    if funcs is None or not bare:
        return None
    lines = ["| group | n | parsed | value-ok |", "|---|---:|---:|---:|"]
    for name, results in bare.items():
        ordinal = name.startswith("Ordinal")
        parse = funcs[1] if ordinal else funcs[0]
        n = parsed = ok = 0
        for result in results:
            for target in result.case.targets:
                n += 1
                value = parse(result.case.text[target.start:target.end])
                parsed += value is not None
                row = {"value": value, "kind": "rank" if ordinal else None}
                ok += bool(value is not None and target.check is not None and target.check(row))
        lines.append(f"| {name} | {n} | {parsed} | {ok} ({100 * ok / n:.1f}%) |" if n else f"| {name} | 0 | 0 | 0 |")
    return ("Bare numbers through the pure normaliser (`parse_number` / `parse_ordinal` on the "
            "expected text; SPEC never extracts a bare number):\n\n" + "\n".join(lines))


def case_suite_report(title: str, cases, runner, verbose: int) -> tuple[str, list[str]]:
    """Markdown for a case-based suite: main table, then soft targets if any."""
    groups, lines, seconds, errors = _score_cases(cases, runner, verbose)
    firm = {g: [r for r in rs if not r.case.soft] for g, rs in groups.items()}
    soft = {g: [r for r in rs if r.case.soft] for g, rs in groups.items()}
    parts = [format_groups(f"{title} — {sum(map(len, firm.values()))} cases; {len(cases)} inputs "
                           f"(soft targets included) in {seconds:.1f} s, "
                           f"{error_note(errors, len(cases))}",
                           {g: summarise(rs) for g, rs in firm.items() if rs})]
    normaliser = bare_normaliser_table(firm)
    if normaliser:
        parts.append(normaliser)
    if any(soft.values()):
        parts.append(format_groups(f"{title} — soft targets (NotSupported upstream), "
                                   f"{sum(map(len, soft.values()))} cases",
                                   {g: summarise(rs) for g, rs in soft.items() if rs}))
    return "\n\n".join(parts), lines


def _prf(scores: dict, with_norm: bool = True) -> str:
    """Table cells: lenient P/R/F1, strict P/R/F1, [value accuracy], tp, fp, fn."""
    le, st = scores["lenient"], scores["strict"]
    cells = [f"{v:.3f}" for v in (le["p"], le["r"], le["f1"], st["p"], st["r"], st["f1"])]
    if with_norm:
        cells.append("-" if scores["normalisation"] is None else f"{scores['normalisation']:.3f}")
    cells += [str(scores["tp"]), str(scores["fp"]), str(scores["fn"])]
    return " | ".join(cells)


def _prf_head(with_norm: bool = True) -> str:
    names = ["", "lenient P", "R", "F1", "strict P", "R", "F1"]
    names += ["value acc."] if with_norm else []
    names += ["tp", "fp", "fn"]
    return "| " + " | ".join(names) + " |\n|---|" + "---:|" * (len(names) - 1)


def timebank_report(runner, limit: int | None) -> str:
    res = suite_ner.run_timebank(runner, limit)
    rows = [f"| **dates** | {_prf(res['scores'])} |"]
    rows += [f"| {kind} | {_prf(s)} |" for kind, s in res["scores"]["by_label"].items()]
    speed = res["n_tokens"] / res["seconds"] if res["seconds"] else 0.0
    return (f"**French TimeBank** — {res['n_docs']} docs, {res['n_gold']} TIMEX3, "
            f"{res['seconds']:.1f} s wall clock for the batch ({speed:.0f} tokens/s, model load "
            f"excluded), {error_note(res['errors'], res['n_docs'])}\n\n{_prf_head()}\n" + "\n".join(rows) +
            "\n\n(per kind: hits and misses under the TIMEX3 type, spurious rows under our kind)")


def hipe_report(runner, limit: int | None) -> str:
    res = suite_ner.run_hipe(runner, limit)
    rows = []
    for name in ("passerelle", "raw_model"):
        rows.append(f"| **{name}** | {_prf(res[name], False)} |")
        rows += [f"| {name} {label} | {_prf(sub, False)} |"
                 for label, sub in res[name]["by_label"].items()]
    return (f"**HIPE-2020 French test** — {res['n_units']} units, {res['n_gold']} scored entities "
            f"(pers, loc, org), {res['seconds']:.1f} s, {error_note(res['errors'], res['n_units'])}\n\n"
            f"{_prf_head(False)}\n" + "\n".join(rows))


def run_peers(suites, limit: int | None, runner, verbose: int = 0) -> tuple[str, list[str]]:
    """Markdown report of the chosen suites and the verbose failure lines."""
    parts, lines = [], []
    for suite in suites:
        if suite == "recognizers-text":
            text, extra = case_suite_report("Recognizers-Text (model specs)",
                                            suite_rt.load_cases(limit=limit), runner, verbose)
        elif suite == "duckling":
            text, extra = case_suite_report("Duckling (full input)",
                                            suite_duckling.load_cases(limit=limit), runner, verbose)
        elif suite == "timebank":
            text, extra = timebank_report(runner, limit), []
        else:
            text, extra = hipe_report(runner, limit), []
        parts.append(text)
        lines += extra
    return "\n\n".join(parts), lines


def main(argv: list[str] | None = None, runner=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", choices=SUITES, action="append",
                        help="run only this suite (repeatable); default: all")
    parser.add_argument("--limit", type=int, default=None,
                        help="first N cases of each spec/dimension file (N docs/units for NER)")
    parser.add_argument("--verbose", type=int, default=0, metavar="K",
                        help="print the first K failures of each group")
    parser.add_argument("--per-text", action="store_true",
                        help="call pipeline.extract_text per input instead of the batch runner")
    parser.add_argument("--write", action="store_true", help="regenerate the peers section of RESULTS.md")
    args = parser.parse_args(argv)
    if runner is None:
        if args.per_text:
            from pipeline import extract_text
            runner = ExtractRunner(extract_text)
        else:
            runner = BatchRunner()
    suites = args.suite or list(SUITES)
    report, lines = run_peers(suites, args.limit, runner, args.verbose)
    header = (f"## Peer suites\n\n{machine_line()}\n\nCommand: `bench/peers.py"
              f"{''.join(f' --suite {s}' for s in args.suite or [])}"
              f"{f' --limit {args.limit}' if args.limit else ''}` · model load "
              f"{runner.load_seconds:.1f} s (not included below)\n")
    print(header + "\n" + report)
    if lines:
        print("\n" + "\n".join(lines))
    if args.write:
        write_section("peers", header + "\n" + report)
        print(f"\nwrote the peers section of {common.ROOT / 'bench' / 'RESULTS.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
