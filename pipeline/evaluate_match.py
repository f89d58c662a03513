"""Matching and value rules of GOLD_FORMAT.md, as pure functions over row dicts.

Used by `pipeline.evaluate`; kept apart so each rule is small and testable:
- `match_lenient`: greedy one-to-one matching on character overlap, largest overlap first,
  ties -> smaller union, then earlier gold span, then earlier prediction;
- `match_strict`: one-to-one matching on identical offsets;
- both drop pairs whose gold item is `optional` and never count an unmatched optional item
  (strict also leaves out a prediction that the lenient matching pairs with an optional item);
- `value_ok`: the normalisation rule of each table;
- `glossary_scores`: coverage and accuracy of the corpus glossary against gold terms.
"""
from __future__ import annotations

import math
import unicodedata

from .text import strip_accents

SCORED_TABLES = ("entities", "dates", "quantities", "percentages")
REL_TOL = 1e-6


def _span(row: dict) -> tuple[int, int] | None:
    """(start, end) of a row as ints, or None when the row has no usable span."""
    try:
        start, end = int(row["start"]), int(row["end"])
    except (KeyError, TypeError, ValueError):
        return None
    return (start, end) if start < end else None


def _compatible(table: str, gold: dict, pred: dict) -> bool:
    """Entities need the gold label or one of its alt_labels; other tables any row."""
    if table != "entities":
        return True
    return pred.get("label") in {gold.get("label"), *(gold.get("alt_labels") or [])}


def _sorted(rows: list[dict]) -> list[dict]:
    """Rows in a deterministic order (by span, then label/kind), independent of file order."""
    def key(row: dict):
        span = _span(row) or (-1, -1)
        return (span, str(row.get("label") or row.get("kind") or ""), str(row.get("text")))
    return sorted(rows, key=key)


def _split_optional(pairs, gold, preds):
    """Drop pairs with an optional gold item from both sides; unmatched optional items
    are not misses. Return (pairs, missed gold, spurious predictions)."""
    used_g = {id(g) for g, _ in pairs}
    used_p = {id(p) for _, p in pairs}
    kept = [(g, p) for g, p in pairs if not g.get("optional")]
    fn = [g for g in gold if id(g) not in used_g and not g.get("optional")]
    fp = [p for p in preds if id(p) not in used_p]
    return kept, fn, fp


def _overlap_pairs(table: str, gold: list[dict], preds: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one pairs on overlap (optional items included), sorted by gold span."""
    candidates = []
    for gi, g in enumerate(gold):
        gs, ge = _span(g)
        for pi, p in enumerate(preds):
            span = _span(p)
            if span is None:
                continue
            overlap = min(ge, span[1]) - max(gs, span[0])
            if overlap > 0 and _compatible(table, g, p):
                union = max(ge, span[1]) - min(gs, span[0])
                candidates.append((-overlap, union, gi, pi))
    candidates.sort()
    pairs, taken_g, taken_p = [], set(), set()
    for _, _, gi, pi in candidates:
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            pairs.append((gold[gi], preds[pi]))
    pairs.sort(key=lambda pair: _span(pair[0]))
    return pairs


def match_lenient(table: str, gold: list[dict], preds: list[dict]):
    """Greedy one-to-one overlap matching. Return (pairs, fn gold rows, fp pred rows)."""
    gold, preds = _sorted(gold), _sorted(preds)
    return _split_optional(_overlap_pairs(table, gold, preds), gold, preds)


def match_strict(table: str, gold: list[dict], preds: list[dict]):
    """One-to-one matching on identical offsets. Return (tp gold rows, fn gold rows,
    fp pred rows). A prediction that the lenient matching pairs with an optional item is
    left out here too, so an optional item stays neutral whatever the boundaries."""
    gold, preds = _sorted(gold), _sorted(preds)
    neutral = {id(p) for g, p in _overlap_pairs(table, gold, preds) if g.get("optional")}
    preds = [p for p in preds if id(p) not in neutral]
    pairs, taken = [], set()
    for g in gold:
        for pi, p in enumerate(preds):
            if pi not in taken and _span(p) == _span(g) and _compatible(table, g, p):
                taken.add(pi)
                pairs.append((g, p))
                break
    kept, fn, fp = _split_optional(pairs, gold, preds)
    return [g for g, _ in kept], fn, fp


# --------------------------------------------------------------------------- values

def _text(value) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value)).strip()
    return text or None


def _num_eq(a, b) -> bool:
    """Both empty, or both numbers equal within a relative tolerance of 1e-6."""
    if a is None or a == "" or b is None or b == "":
        return (a is None or a == "") and (b is None or b == "")
    try:
        return math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=0.0)
    except (TypeError, ValueError):
        return False


def entity_value_ok(gold: dict, pred: dict) -> bool:
    """The predicted entity's name_en is the gold name_en, `entity` or an accepted_en."""
    accepted = {_text(v) for v in (gold.get("name_en"), gold.get("entity"),
                                   *(gold.get("accepted_en") or []))} - {None}
    return _text(pred.get("name_en")) in accepted


def date_value_ok(gold: dict, pred: dict) -> bool:
    """`value` equal, or `earliest` and `latest` equal (when gold bounds it)."""
    if _text(gold.get("value")) == _text(pred.get("value")):
        return True
    bounds = (_text(gold.get("earliest")), _text(gold.get("latest")))
    return bounds != (None, None) and bounds == (_text(pred.get("earliest")),
                                                 _text(pred.get("latest")))


def quantity_value_ok(gold: dict, pred: dict) -> bool:
    """value, value_max, currency equal; si_value/si_unit too where gold gives them."""
    if not (_num_eq(gold.get("value"), pred.get("value"))
            and _num_eq(gold.get("value_max"), pred.get("value_max"))
            and _text(gold.get("currency")) == _text(pred.get("currency"))):
        return False
    if gold.get("si_value") is not None and not _num_eq(gold["si_value"], pred.get("si_value")):
        return False
    return gold.get("si_unit") is None or _text(gold["si_unit"]) == _text(pred.get("si_unit"))


def percentage_value_ok(gold: dict, pred: dict) -> bool:
    """value (within tolerance) and kind equal."""
    return (_num_eq(gold.get("value"), pred.get("value"))
            and _text(gold.get("kind")) == _text(pred.get("kind")))


_VALUE_RULES = {"entities": entity_value_ok, "dates": date_value_ok,
                "quantities": quantity_value_ok, "percentages": percentage_value_ok}


def value_ok(table: str, gold: dict, pred: dict) -> bool:
    """Whether a matched prediction has the gold normalised value (per-table rule)."""
    return _VALUE_RULES[table](gold, pred)


# --------------------------------------------------------------------------- glossary

def fold(text) -> str:
    """Case- and accent-insensitive key: NFKD without combining marks, casefolded,
    typographic apostrophes as `'`, whitespace collapsed."""
    text = strip_accents(str(text or ""))
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")
    return " ".join(text.casefold().split())


def _caseless(text) -> str:
    """Case-insensitive key of an English term; typographic apostrophes as `'`."""
    text = unicodedata.normalize("NFC", str(text or ""))
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")
    return " ".join(text.casefold().split())


def _gold_terms(gold_items: list[dict]) -> dict[str, dict]:
    """Gold glossary terms keyed by folded term_fr; duplicates merge their English forms."""
    terms: dict[str, dict] = {}
    for item in gold_items:
        key = fold(item["term_fr"])
        term = terms.setdefault(key, {"keys": {key}, "english": set()})
        if item.get("acronym_fr"):
            term["keys"].add(fold(item["acronym_fr"]))
        for english in (item.get("term_en"), *(item.get("accepted_en") or [])):
            if english:
                term["english"].add(_caseless(english))
    return terms


def _find_row(keys: set[str], by_term: dict, by_acronym: dict) -> tuple[dict, bool] | None:
    """The run row for a gold term: a term_fr match first, else an acronym_fr match
    (second value True). Among several rows, the first by term_fr."""
    for index, via_acronym in ((by_term, False), (by_acronym, True)):
        rows = [row for key in sorted(keys) for row in index.get(key, [])]
        if rows:
            return min(rows, key=lambda r: str(r.get("term_fr"))), via_acronym
    return None


def glossary_scores(gold_items: list[dict], run_rows: list[dict]) -> dict:
    """Coverage = share of gold terms found by term_fr or acronym (case/accent-insensitive);
    accuracy = share of found terms whose term_en (or acronym_en when found via the
    acronym) is the gold term_en or an accepted_en, case-insensitive."""
    by_term: dict[str, list[dict]] = {}
    by_acronym: dict[str, list[dict]] = {}
    for row in run_rows:
        if row.get("term_fr"):
            by_term.setdefault(fold(row["term_fr"]), []).append(row)
        if row.get("acronym_fr"):
            by_acronym.setdefault(fold(row["acronym_fr"]), []).append(row)
    terms = _gold_terms(gold_items)
    found = correct = 0
    for term in terms.values():
        hit = _find_row(term["keys"], by_term, by_acronym)
        if hit is None:
            continue
        found += 1
        row, via_acronym = hit
        english = {_caseless(row.get("term_en"))}
        if via_acronym:
            english.add(_caseless(row.get("acronym_en")))
        correct += bool(english & term["english"])
    return {"coverage": found / len(terms) if terms else None,
            "accuracy": correct / found if found else None,
            "n_gold": len(terms), "n_found": found}
