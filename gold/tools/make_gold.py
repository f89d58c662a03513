"""Build `gold/<stem>.gold.json` from a hand-written annotation source, computing offsets.

Why: offsets typed by hand are always wrong somewhere. Annotations are written as text
snippets that locate themselves in the document; this script finds them, computes
`start`/`end` (Python str indices into the text decoded as SPEC.md says), fills the derived
fields (date bounds and granularity, SI values, fractions, entity names) and writes the
gold file in the format of /work/shared/GOLD_FORMAT.md.

Usage (from the repository root):
    /work/venv/bin/python gold/tools/make_gold.py            # every gold/annotations/*.py
    /work/venv/bin/python gold/tools/make_gold.py STEM ...   # some documents
    /work/venv/bin/python gold/tools/make_gold.py --review STEM   # + capitalised words
                                                                 #   no entity covers

An annotation source `gold/annotations/<stem>.py` is Python executed with these helpers:

    PUBLISHED = "2025-05"                      # must equal the meta sidecar's `published`
    ENT(key, label, category, name_en, acronym_en=None, accepted=(), alt_labels=())
    M(pattern, key, optional=False, note="", flags=(), label=None, alt_labels=None)
    D(pattern, kind, value, gran=None, mod=None, flags=(), optional=False, note="")
    Q(pattern, kind, value, unit=None, cur=None, approx="exact", vmax=None, subject=None,
      flags=(), optional=False, note="")
    P(pattern, value, kind, sign=None, vmax=None, subject=None, flags=(), optional=False,
      note="")
    G(term_fr, term_en, accepted=(), cat="TERM", optional=False, note="")

A `pattern` locates the span (spaces match any of space/NBSP/NNBSP, `'` matches ' ’ `):
    "texte"            exactly one whole-word occurrence in the document, else an error;
    "texte#3"          the 3rd whole-word occurrence (1-based);
    "avant [texte] après"   the bracketed part of a context that occurs exactly once;
    "texte*"           (mentions only) every whole-word occurrence that no other mention
                       already covers; processed after the others, longest pattern first.
Date bounds (`earliest`/`latest`) and granularity are derived from `value` (override with
`earliest=`/`latest=`/`gran=`), SI values from the unit table of goldlib.py, `fraction`
from the percentage value. Explicit spans that overlap raise an error (flat annotation).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import goldlib as gl  # noqa: E402

ANNOTATIONS = gl.GOLD_DIR / "annotations"
_SPACE = "[ \u00a0\u202f]"
_APOS = "['\u2019`]"


class AnnotationError(Exception):
    """An annotation that cannot be placed unambiguously in the document."""


def _regex(snippet: str) -> str:
    """Regex source for a snippet: flexible spaces and apostrophes, whole-word edges."""
    parts = [_SPACE if c == " " else _APOS if c in "'\u2019`" else re.escape(c) for c in snippet]
    body = "".join(parts)
    left = r"(?<!\w)" if snippet[:1].isalnum() else ""
    right = r"(?!\w)" if snippet[-1:].isalnum() else ""
    return left, body, right


def locate(text: str, pattern: str) -> list[tuple[int, int]]:
    """Spans that `pattern` designates in `text` (see the module docstring)."""
    if "[" in pattern:
        before, rest = pattern.split("[", 1)
        inner, after = rest.split("]", 1)
        lb, b_inner, rb = _regex(inner)
        source = (_regex(before)[1] + "(" + b_inner + ")" + _regex(after)[1]) if before or after \
            else lb + "(" + b_inner + ")" + rb
        hits = [(m.start(1), m.end(1)) for m in re.finditer(source, text)]
        if len(hits) != 1:
            raise AnnotationError(f"context {pattern!r} occurs {len(hits)} times")
        return hits
    nth, every = None, pattern.endswith("*")
    if every:
        pattern = pattern[:-1]
    elif m := re.search(r"#(\d+)$", pattern):
        nth, pattern = int(m[1]), pattern[: m.start()]
    left, body, right = _regex(pattern)
    hits = [(m.start(), m.end()) for m in re.finditer(left + body + right, text)]
    if every:
        return hits
    if nth is not None:
        if nth > len(hits):
            raise AnnotationError(f"{pattern!r}#{nth}: only {len(hits)} occurrences")
        return [hits[nth - 1]]
    if len(hits) != 1:
        raise AnnotationError(f"{pattern!r} occurs {len(hits)} times: use #n or [context]")
    return hits


class Builder:
    """Collects the annotations of one document and turns them into gold items."""

    def __init__(self, stem: str, text: str):
        self.stem, self.text = stem, text
        self.published: str | None = None
        self.entities: dict[str, dict] = {}
        self.pending: dict[str, list] = {t: [] for t in gl.SPAN_TABLES}
        self.glossary: list[dict] = []

    # -- helpers exposed to annotation sources ---------------------------------------------
    def ent(self, key, label, category, name_en, acronym_en=None, accepted=(), alt_labels=()):
        if key in self.entities:
            raise AnnotationError(f"entity {key!r} defined twice")
        self.entities[key] = {"label": label, "category": category, "name_en": name_en,
                              "acronym_en": acronym_en, "accepted_en": list(accepted),
                              "alt_labels": list(alt_labels)}

    def mention(self, pattern, key, optional=False, note="", flags=(), label=None,
                alt_labels=None):
        if key not in self.entities:
            raise AnnotationError(f"mention {pattern!r}: unknown entity {key!r}")
        e = self.entities[key]
        item = {"label": label or e["label"], "entity": key, "name_en": e["name_en"],
                "acronym_en": e["acronym_en"],
                "alt_labels": list(alt_labels if alt_labels is not None else e["alt_labels"]),
                "optional": optional, "note": note, "category": e["category"],
                "accepted_en": e["accepted_en"], "flags": list(flags)}
        self.pending["entities"].append((pattern, item))

    def date(self, pattern, kind, value, gran=None, mod=None, flags=(), optional=False,
             note="", **bounds_override):
        earliest, latest = gl.bounds(value) if value and kind in ("date", "time", "interval") \
            else (None, None)
        item = {"kind": kind, "value": value,
                "earliest": bounds_override.get("earliest", earliest),
                "latest": bounds_override.get("latest", latest),
                "granularity": gran if gran is not None else (gl.granularity_of(value) if value else None),
                "modifier": mod, "flags": list(flags), "optional": optional}
        if note:
            item["note"] = note
        self.pending["dates"].append((pattern, item))

    def quantity(self, pattern, kind, value, unit=None, cur=None, approx="exact", vmax=None,
                 subject=None, flags=(), optional=False, note=""):
        si_value, si_unit = gl.si_of(unit, value)
        item = {"kind": kind, "value": float(value), "value_max": None if vmax is None else float(vmax),
                "approx": approx, "unit": unit, "currency": cur, "si_value": si_value,
                "si_unit": si_unit, "subject": subject, "flags": list(flags),
                "optional": optional}
        if note:
            item["note"] = note
        self.pending["quantities"].append((pattern, item))

    def percentage(self, pattern, value, kind, sign=None, vmax=None, subject=None, flags=(),
                   optional=False, note=""):
        item = {"value": float(value), "value_max": None if vmax is None else float(vmax),
                "fraction": float(f"{value / 100:.12g}"), "sign": sign, "kind": kind,
                "subject": subject, "optional": optional, "flags": list(flags)}
        if note:
            item["note"] = note
        self.pending["percentages"].append((pattern, item))

    def gloss(self, term_fr, term_en, accepted=(), cat="TERM", optional=False, note=""):
        item = {"term_fr": term_fr, "term_en": term_en, "accepted_en": list(accepted),
                "category": cat, "optional": optional}
        if note:
            item["note"] = note
        self.glossary.append(item)

    # -- placement -------------------------------------------------------------------------
    def place(self, table: str) -> list[dict]:
        """Resolve every pending pattern of `table` to spans; refuse overlaps."""
        placed: list[dict] = []
        explicit = [(p, i) for p, i in self.pending[table] if not p.endswith("*")]
        every = sorted((x for x in self.pending[table] if x[0].endswith("*")),
                       key=lambda x: -len(x[0]))
        for pattern, item in explicit:
            for start, end in locate(self.text, pattern):
                clash = self._overlap(placed, start, end)
                if clash:
                    raise AnnotationError(f"{table}: {pattern!r} overlaps {clash['text']!r}")
                placed.append(self._with_span(item, start, end))
        for pattern, item in every:
            hits = locate(self.text, pattern)
            if not hits:
                raise AnnotationError(f"{table}: {pattern!r} never occurs")
            for start, end in hits:
                if not self._overlap(placed, start, end):
                    placed.append(self._with_span(item, start, end))
        return sorted(placed, key=lambda x: (x["start"], x["end"]))

    @staticmethod
    def _overlap(placed, start, end):
        return next((p for p in placed if p["start"] < end and start < p["end"]), None)

    def _with_span(self, item: dict, start: int, end: int) -> dict:
        return {"text": self.text[start:end], "start": start, "end": end, **item}

    def build(self) -> dict:
        """The gold document, tables in GOLD_FORMAT order."""
        gold = {"doc": self.stem, "published": self.published}
        for table in gl.SPAN_TABLES:
            gold[table] = self.place(table)
        gold["glossary"] = self.glossary
        return gold

    def namespace(self) -> dict:
        return {"ENT": self.ent, "M": self.mention, "D": self.date, "Q": self.quantity,
                "P": self.percentage, "G": self.gloss}


def review(gold: dict, text: str) -> list[str]:
    """Capitalised words (not sentence-initial) that no entity span covers: a miss list."""
    covered = [(e["start"], e["end"]) for e in gold["entities"]]
    out = []
    for m in re.finditer(r"(?<![\w’'`])[A-ZÀ-ÖØ-Þ][\w’'`-]*", text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        before = text[max(0, m.start() - 2): m.start()]
        if m.start() == 0 or before.strip() in (".", "\n", "", "«", '"', "-", "?", ":"):
            continue
        out.append(f"{m.start():6d} {m.group()}")
    return out


def build_one(stem: str, show_review: bool = False) -> dict:
    """Run the annotation source of `stem` and write `gold/<stem>.gold.json`."""
    text = gl.read_text(gl.GOLD_DIR / f"{stem}.txt")
    builder = Builder(stem, text)
    ns = builder.namespace()
    source = ANNOTATIONS / f"{stem}.py"
    exec(compile(source.read_text(encoding="utf-8"), str(source), "exec"), ns)
    builder.published = ns["PUBLISHED"]
    gold = builder.build()
    out = gl.GOLD_DIR / f"{stem}.gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = {t: len(gold[t]) for t in gl.SPAN_TABLES + ("glossary",)}
    print(f"{stem}: {counts}")
    if show_review:
        print("\n".join(review(gold, text)))
    return gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stems", nargs="*", help="document stems (default: all sources)")
    parser.add_argument("--review", action="store_true", help="list uncovered capitals")
    args = parser.parse_args(argv)
    stems = args.stems or sorted(p.stem for p in ANNOTATIONS.glob("*.py"))
    for stem in stems:
        try:
            build_one(stem, args.review)
        except AnnotationError as err:
            print(f"{stem}: ERROR {err}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
