"""Verify the gold files: exact offsets, GOLD_FORMAT keys, SPEC closed lists, flatness.

Why: every extractor is scored against these files, so a wrong offset or an unknown
kind silently corrupts every score. For each `gold/*.gold.json` this checks that
- the top-level keys are GOLD_FORMAT's, each item has its table's GOLD_FORMAT keys plus
  only the extension keys documented in gold/README.md (goldlib.EXTENSION_KEYS);
- `doc_text[start:end] == text` for every span item (text decoded as SPEC.md says);
- labels, kinds, granularities, modifiers, approx values, signs, glossary categories are in
  the closed lists; currencies are ISO 4217 codes; units are in the unit table;
- derived values agree: date bounds and granularity vs `value`, SI value vs unit,
  `fraction == value / 100`, money has a currency and no SI value;
- no two items of one table overlap (flat annotation), items are sorted by offset;
- mentions of one `entity` share name_en / acronym_en / category;
- glossary terms are unique and occur in the text (accent-, case- and plural-insensitive);
- the sidecar `<stem>.meta.json` has title/published/source/language=fr and the same
  `published` as the gold file.

Usage: /work/venv/bin/python gold/tools/check_gold.py [--counts] [STEM ...]
Exit status 1 when anything is wrong; `--counts` prints a Markdown table of counts.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goldlib as gl  # noqa: E402

CURRENCIES = {"USD", "EUR", "GBP", "CNY", "XOF", "XAF", "JPY", "CHF", "CAD", "RUB", "UAH",
              "KZT", "INR", "NGN"}


def _iso4217() -> set[str]:
    """ISO 4217 codes from pycountry when available (else a built-in short list)."""
    try:
        import pycountry
        return {c.alpha_3 for c in pycountry.currencies}
    except ImportError:  # the checker must also run with a bare Python
        return CURRENCIES


def _fold(text: str) -> str:
    """Lower-case, accents off, apostrophes and dashes unified, plural -s/-x dropped."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[’`]", "'", text).replace("\u2013", "-")
    text = re.sub(r"[\s\u00a0\u202f]+", " ", text)
    return re.sub(r"(\w{3,}?)[sx]\b", r"\1", text)


class Checker:
    """Collects the problems of one gold file."""

    def __init__(self, stem: str):
        self.stem = stem
        self.errors: list[str] = []
        self.text = gl.read_text(gl.GOLD_DIR / f"{stem}.txt")
        self.gold = json.loads((gl.GOLD_DIR / f"{stem}.gold.json").read_text(encoding="utf-8"))
        self.currencies = _iso4217()

    def err(self, where: str, message: str) -> None:
        self.errors.append(f"{self.stem}: {where}: {message}")

    def run(self) -> list[str]:
        g = self.gold
        if tuple(g) != gl.TOP_KEYS:
            self.err("top", f"keys {list(g)} != {list(gl.TOP_KEYS)}")
        if g.get("doc") != self.stem:
            self.err("top", f"doc {g.get('doc')!r} != file stem")
        self.check_meta()
        for table in gl.SPAN_TABLES:
            self.check_table(table, g.get(table, []))
        self.check_entities_consistent(g.get("entities", []))
        self.check_glossary(g.get("glossary", []))
        return self.errors

    def check_meta(self) -> None:
        path = gl.GOLD_DIR / f"{self.stem}.meta.json"
        if not path.is_file():
            return self.err("meta", "missing sidecar")
        meta = json.loads(path.read_text(encoding="utf-8"))
        for key in ("title", "published", "source", "language"):
            if not meta.get(key):
                self.err("meta", f"missing {key}")
        if meta.get("language") != "fr":
            self.err("meta", "language must be fr")
        if meta.get("published") != self.gold.get("published"):
            self.err("meta", "published differs from the gold file")
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(self.gold.get("published"))):
            self.err("top", "published is not ISO at year/month/day precision")

    def check_table(self, table: str, items: list[dict]) -> None:
        required, extra = gl.REQUIRED_KEYS[table], gl.EXTENSION_KEYS[table]
        previous = None
        for n, item in enumerate(items):
            where = f"{table}[{n}] {item.get('text')!r}"
            missing = [k for k in required if k not in item]
            unknown = [k for k in item if k not in required and k not in extra]
            if missing or unknown:
                self.err(where, f"missing keys {missing}, unknown keys {unknown}")
                continue
            self.check_span(where, item)
            if previous is not None:
                if item["start"] < previous["end"]:
                    self.err(where, f"overlaps {previous['text']!r} (flat annotation)")
                if (item["start"], item["end"]) < (previous["start"], previous["end"]):
                    self.err(where, "items not sorted by offset")
            previous = item
            if not isinstance(item["optional"], bool):
                self.err(where, "optional must be a boolean")
            getattr(self, f"check_{table}")(where, item)

    def check_span(self, where: str, item: dict) -> None:
        start, end = item["start"], item["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(self.text)):
            return self.err(where, f"bad offsets {start}..{end}")
        if self.text[start:end] != item["text"]:
            self.err(where, f"doc_text[{start}:{end}] = {self.text[start:end]!r}")
        if item["text"] != item["text"].strip():
            self.err(where, "span has outer whitespace")

    def check_entities(self, where: str, item: dict) -> None:
        if item["label"] not in gl.LABELS:
            self.err(where, f"label {item['label']!r}")
        if any(a not in gl.LABELS or a == item["label"] for a in item["alt_labels"]):
            self.err(where, f"alt_labels {item['alt_labels']!r}")
        if not item["entity"] or not item["name_en"]:
            self.err(where, "entity and name_en are required")
        if item.get("category") not in gl.ENTITY_CATEGORIES:
            self.err(where, f"category {item.get('category')!r}")

    def check_dates(self, where: str, item: dict) -> None:
        kind, value = item["kind"], item["value"]
        if kind not in gl.DATE_KINDS:
            return self.err(where, f"kind {kind!r}")
        if item["modifier"] is not None and item["modifier"] not in gl.DATE_MODIFIERS:
            self.err(where, f"modifier {item['modifier']!r}")
        gran = item["granularity"]
        if gran is not None and gran not in gl.GRANULARITIES:
            self.err(where, f"granularity {gran!r}")
        if value is None:
            if not item["optional"]:
                self.err(where, "value may be null only on optional items")
            return
        if not gl.valid_date_value(kind, value):
            return self.err(where, f"value {value!r} is not a valid {kind}")
        expect = gl.bounds(value) if kind in ("date", "time", "interval") else (None, None)
        if (item["earliest"], item["latest"]) != expect:
            self.err(where, f"earliest/latest {item['earliest']}..{item['latest']} != {expect}")
        implied = gl.granularity_of(value)
        if implied is not None and gran != implied:
            self.err(where, f"granularity {gran!r} but value implies {implied!r}")
        if kind == "interval" and "/" not in value:
            self.err(where, "an interval value needs a '/'")
        if kind == "time" and "T" not in value:
            self.err(where, "a time value needs a 'T' part")

    def check_quantities(self, where: str, item: dict) -> None:
        kind, unit = item["kind"], item["unit"]
        if kind not in gl.QUANTITY_KINDS:
            return self.err(where, f"kind {kind!r}")
        if item["approx"] not in gl.APPROX:
            self.err(where, f"approx {item['approx']!r}")
        if not isinstance(item["value"], float):
            self.err(where, "value must be a float")
        if item["value_max"] is not None and item["value_max"] <= item["value"]:
            self.err(where, "value_max must exceed value")
        if kind == "money":
            if item["currency"] not in self.currencies or unit or item["si_value"] is not None:
                self.err(where, "money needs an ISO 4217 currency and no unit/SI")
        elif item["currency"] is not None:
            self.err(where, "currency on a non-money quantity")
        if kind in gl.UNITLESS_KINDS and unit is not None:
            self.err(where, f"{kind} has no unit")
        if kind not in gl.UNITLESS_KINDS and unit not in gl.UNITS:
            return self.err(where, f"unit {unit!r} not in the unit table")
        if (item["si_value"], item["si_unit"]) != gl.si_of(unit, item["value"]):
            self.err(where, f"SI {item['si_value']} {item['si_unit']} != {gl.si_of(unit, item['value'])}")

    def check_percentages(self, where: str, item: dict) -> None:
        if item["kind"] not in gl.PERCENT_KINDS:
            self.err(where, f"kind {item['kind']!r}")
        if item["sign"] is not None and item["sign"] not in gl.SIGNS:
            self.err(where, f"sign {item['sign']!r}")
        if abs(item["fraction"] - item["value"] / 100) > 1e-12:
            self.err(where, "fraction != value / 100")
        if item["sign"] == "-" and item["value"] >= 0:
            self.err(where, "a written minus sign needs a negative value")
        if item["value_max"] is not None and item["value_max"] <= item["value"]:
            self.err(where, "value_max must exceed value")

    def check_entities_consistent(self, items: list[dict]) -> None:
        seen: dict[str, tuple] = {}
        for item in items:
            sig = (item.get("name_en"), item.get("acronym_en"), item.get("category"))
            if seen.setdefault(item.get("entity"), sig) != sig:
                self.err("entities", f"entity {item.get('entity')!r} has differing names")

    def check_glossary(self, items: list[dict]) -> None:
        folded_text = _fold(self.text)
        seen = set()
        for n, item in enumerate(items):
            where = f"glossary[{n}] {item.get('term_fr')!r}"
            missing = [k for k in gl.REQUIRED_KEYS["glossary"] if k not in item]
            unknown = [k for k in item if k not in gl.REQUIRED_KEYS["glossary"]
                       and k not in gl.EXTENSION_KEYS["glossary"]]
            if missing or unknown:
                self.err(where, f"missing keys {missing}, unknown keys {unknown}")
                continue
            if item["category"] not in gl.GLOSSARY_CATEGORIES:
                self.err(where, f"category {item['category']!r}")
            if not item["term_en"] or not isinstance(item["accepted_en"], list):
                self.err(where, "term_en required, accepted_en must be a list")
            if item["term_fr"] in seen:
                self.err(where, "duplicate term_fr")
            seen.add(item["term_fr"])
            if _fold(item["term_fr"]) not in folded_text:
                self.err(where, "term does not occur in the text")


def counts_table(stems: list[str]) -> str:
    """Markdown table: items per table per document (optional items in parentheses)."""
    head = "| document | entities | dates | quantities | percentages | glossary |"
    rows = [head, "|---|---|---|---|---|---|"]
    for stem in stems:
        g = json.loads((gl.GOLD_DIR / f"{stem}.gold.json").read_text(encoding="utf-8"))
        cells = []
        for table in gl.SPAN_TABLES + ("glossary",):
            n_opt = sum(1 for x in g[table] if x.get("optional"))
            cells.append(f"{len(g[table])} ({n_opt})")
        rows.append(f"| `{stem}` | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stems", nargs="*")
    parser.add_argument("--counts", action="store_true", help="print a Markdown count table")
    args = parser.parse_args(argv)
    stems = args.stems or sorted(p.name[: -len(".gold.json")]
                                 for p in gl.GOLD_DIR.glob("*.gold.json"))
    errors = [e for stem in stems for e in Checker(stem).run()]
    print("\n".join(errors) if errors else f"OK: {len(stems)} gold files")
    if args.counts:
        print(counts_table(stems))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
