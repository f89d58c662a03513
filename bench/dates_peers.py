"""Dates only, fast: the Duckling Time/Duration corpora and the Recognizers-Text French
DateTime specs through `pipeline.extractors.dates.extract` on plain strings (no spaCy model:
no tense from a parse), with the case loaders and value checks of bench/peers.py. Prints the
share of cases whose span and value are reproduced, per category; `--fail N` lists failures.

The authoritative figures (whole pipeline, one loaded model) come from
`bench/peers.py --suite duckling recognizers-text`; this script is for iterating quickly.

    /work/venv/bin/python bench/dates_peers.py [--suite duckling|rt] [--fail N] [--group NAME]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import peer_checks as chk  # noqa: E402
import suite_duckling  # noqa: E402
import suite_rt  # noqa: E402
from common import EVAL_DIR, Case, Target, describe_failure, load_jsonl, score_case  # noqa: E402

RT_DIR = EVAL_DIR / "recognizers-text" / "DateTime"

from pipeline.extractors import dates  # noqa: E402

RT_EXTRACTOR_PARSER = [
    "DateExtractor", "DateParser", "DatePeriodExtractor", "DatePeriodParser", "DateTimeExtractor",
    "DateTimeParser", "DateTimePeriodExtractor", "DateTimePeriodParser", "DurationExtractor",
    "DurationParser", "HolidayExtractor", "HolidayParser", "MergedExtractor", "MergedParser",
    "SetExtractor", "SetParser", "TimeExtractor", "TimeParser", "TimePeriodExtractor",
    "TimePeriodParser"]


def _parser_check(resolution: dict | None, anchor: str | None):
    """Parser specs: the Timex, the future or past resolution (a date, a time on the anchor
    day, a `(A,B,P)` range as `A/B`), or a daterange's start/end as earliest/latest."""
    if not resolution:
        return None
    timex = resolution.get("Timex") or ""
    values, bounds = set(), set()
    if timex.startswith("(") and timex.count(",") == 2:
        a, b, _ = timex[1:-1].split(",")
        values.update({f"{a}/{b}", f"{a}/{suite_rt._day_before(b) or b}"})
    elif timex:
        values.add(timex)
    for key in ("FutureResolution", "PastResolution"):
        res = resolution.get(key) or {}
        if res.get("date"):
            values.add(res["date"])
        if res.get("time") and anchor:
            values.add(f"{anchor}T{res['time']}")
        if res.get("dateTime"):
            values.add(res["dateTime"].replace(" ", "T"))
        if res.get("startDate") and res.get("endDate"):
            start, end = res["startDate"][:10], res["endDate"][:10]
            bounds.update({(start, end), (start, suite_rt._day_before(end))})
    return chk.dates(values, bounds)


def load_rt_specs(specs: list[str]) -> list[Case]:
    """Recognizers-Text French extractor/parser specs (`Type` + span, parsers also `Value`)."""
    cases = []
    for spec in specs:
        for row in load_jsonl(RT_DIR / f"{spec}.jsonl", None):
            anchor = (row.get("reference_datetime") or "")[:10] or None
            targets = [Target("dates", e["span"][0], e["span"][1],
                              _parser_check(e.get("resolution"), anchor) if spec.endswith("Parser") else None,
                              f"timex={e.get('timex')}")
                       for e in row["expected"] if e.get("span")]
            cases.append(Case(suite="recognizers-text", group=spec, case_id=row["id"],
                              text=row["input"], published=anchor, targets=targets,
                              tables=("dates",), soft=not row["supported_dotnet"]))
    return cases


def _peer_form(row: dict) -> dict:
    """`XXXX-XX-XXT07:00` (a clock time on an unknown day, TIMEX3) is written `T07:00` by the
    peers: the same value, compared in their spelling."""
    value = row.get("value") or ""
    if value.startswith("XXXX-XX-XXT"):
        return dict(row, value=value[10:])
    return row


def run(cases) -> dict[str, list]:
    groups: dict[str, list] = {}
    for case in cases:
        rows = [_peer_form(r) for r in dates.extract(case.text, anchor=case.published)]
        groups.setdefault(case.group, []).append(score_case(case, {"dates": rows}))
    return groups


_CONVENTION = re.compile(
    r"^(?:(?:à|a|au|aux|en|dans|depuis|vers|pour|sur|dès|avant|après|apres|jusqu'à|jusqu'au|"
    r"à partir de|à partir du|le|la|les|l'|du|de|d')\s*)+", re.IGNORECASE)


def _core(text: str) -> str:
    """A span without its leading prepositions/determiners (where SPEC and the peers differ)."""
    return _CONVENTION.sub("", text.replace("’", "'").strip()).strip(" ,.")


def span_modulo_conventions(result) -> bool:
    """Every target has a row whose span equals it once leading prepositions and
    determiners are dropped from both (`pour le 27e` ~ `le 27e`, `depuis 3 ans` ~ `3 ans`)."""
    rows = result.rows.get("dates", [])
    text = result.case.text
    return all(any(_core(r["text"]) == _core(text[t.start:t.end]) for r in rows)
               for t in result.case.targets)


def table(groups: dict[str, list]) -> None:
    """n, found (overlap), exact span, span modulo conventions, value on the overlapping row,
    and exact span + value."""
    print(f"{'group':34} {'n':>4} {'found':>6} {'span':>6} {'span~':>6} {'value':>10} {'span+value':>10}")
    tot = [0, 0, 0, 0, 0, 0, 0]
    for name, results in sorted(groups.items()):
        pos = [r for r in results if r.case.targets]
        n = len(pos)
        found = sum(r.found for r in pos)
        span = sum(r.span_ok for r in pos)
        loose = sum(span_modulo_conventions(r) for r in pos)
        comparable = [r for r in pos if r.value_ok is not None]
        value = sum(bool(r.value_ok) for r in comparable)
        both = sum(r.span_ok and r.value_ok is not False for r in pos)
        print(f"{name:34} {n:4} {found / max(n, 1):6.1%} {span / max(n, 1):6.1%} {loose / max(n, 1):6.1%} "
              f"{value:4}/{len(comparable):<5} {both / max(n, 1):10.1%}")
        for i, v in enumerate((n, found, span, loose, value, len(comparable), both)):
            tot[i] += v
    n = max(tot[0], 1)
    print(f"{'ALL':34} {tot[0]:4} {tot[1] / n:6.1%} {tot[2] / n:6.1%} {tot[3] / n:6.1%} "
          f"{tot[4]:4}/{tot[5]:<5} {tot[6] / n:10.1%}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--suite", choices=("duckling", "rt", "rt-model"), default="duckling")
    parser.add_argument("--fail", type=int, default=0)
    parser.add_argument("--group", default=None)
    parser.add_argument("--soft", action="store_true", help="RT: NotSupported cases instead")
    args = parser.parse_args(argv)
    if args.suite == "duckling":
        cases = suite_duckling.load_cases(["Time", "Duration"])
    elif args.suite == "rt":
        cases = [c for c in load_rt_specs(RT_EXTRACTOR_PARSER) if c.soft == args.soft]
    else:
        cases = [c for c in suite_rt.load_cases(["DateTimeModel"]) if c.soft == args.soft]
    groups = run(cases)
    table(groups)
    if args.fail:
        for name, results in groups.items():
            if args.group and args.group != name:
                continue
            failed = [r for r in results if not (r.span_ok and r.value_ok is not False)]
            print(f"\n-- {name}: {len(failed)} failures")
            for r in failed[:args.fail]:
                print(describe_failure(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
