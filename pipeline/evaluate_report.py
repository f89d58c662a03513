"""Plain-text report of `pipeline.evaluate.score` results (and, verbose, of each error)."""
from __future__ import annotations

SHOWN_FIELDS = {
    "entities": ("label", "name_en"),
    "dates": ("kind", "value", "earliest", "latest"),
    "quantities": ("kind", "value", "value_max", "currency", "si_value", "si_unit"),
    "percentages": ("kind", "value"),
}
_TAGS = {"miss": "MISS", "spurious": "SPURIOUS", "wrong": "WRONG"}


def _num(value) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def _row(name: str, scores: dict) -> str:
    le, st = scores["lenient"], scores["strict"]
    return (f"{name:<22} {_num(le['p'])} {_num(le['r'])} {_num(le['f1'])}   "
            f"{_num(st['p'])} {_num(st['r'])} {_num(st['f1'])}   "
            f"{_num(scores['normalisation'])}  {scores['tp']:5d} {scores['fp']:5d} {scores['fn']:5d}")


def format_report(result: dict, verbose_items: list[dict] | None = None) -> str:
    """A table of the scores; with `verbose_items` (from `score_detailed`), one line per
    miss, spurious row, wrong value and gold document absent from the run."""
    head = (f"{'table / label':<22} {'len P':>6} {'len R':>6} {'len F1':>6}   "
            f"{'str P':>6} {'str R':>6} {'str F1':>6}   {'norm':>6}  "
            f"{'tp':>5} {'fp':>5} {'fn':>5}")
    lines = [head, "-" * len(head)]
    for table, scores in result.items():
        if table == "glossary":
            continue
        lines.append(_row(table, scores))
        for label, sub in scores.get("by_label", {}).items():
            lines.append(_row(f"  {label}", sub))
    glossary = result.get("glossary")
    if glossary is not None:
        lines.append("")
        lines.append(f"glossary: coverage {_num(glossary['coverage']).strip()} "
                     f"({glossary['n_found']}/{glossary['n_gold']} gold terms found), "
                     f"accuracy {_num(glossary['accuracy']).strip()}")
    lines.append("(P/R/F1 are 0.000 when undefined; '-' = no matched pair)")
    if verbose_items:
        lines.append("")
        lines.extend(format_item(item) for item in verbose_items)
    return "\n".join(lines)


def _fields(table: str, row: dict | None) -> str:
    if row is None:
        return ""
    parts = [f"{name}={_show(row.get(name))}" for name in SHOWN_FIELDS[table]
             if row.get(name) is not None]
    return " ".join(parts)


def _show(value) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def format_item(item: dict) -> str:
    """One verbose line, e.g. `MISS dates doc=a [12:25] 'novembre 2024' kind=date value=2024-11`."""
    if item["type"] == "nodoc":
        return f"NODOC doc={item['doc']} (gold document not found in the run)"
    table = item["table"]
    where = f"{_TAGS[item['type']]} {table} doc={item['doc']} [{item['start']}:{item['end']}] {item['text']!r}"
    if item["type"] == "wrong":
        pred = item["pred"]
        pred_span = f"[{pred.get('start')}:{pred.get('end')}] {pred.get('text')!r} " \
            if (pred.get("start"), pred.get("end")) != (item["start"], item["end"]) else ""
        return f"{where} gold {_fields(table, item['gold'])} | got {pred_span}{_fields(table, pred)}"
    return f"{where} {_fields(table, item['gold'] if item['type'] == 'miss' else item['pred'])}".rstrip()
