"""Entity knowledge base: curated organisations, people, places and events.

The data lives in ``pipeline/data/kb/*.tsv`` (one file per entity type, columns in
``KB_COLUMNS``).  This module only loads and indexes it; matching text against it is
the entity extractor's job.  It is deliberately spaCy-free so that it can be used and
tested on plain strings.

Countries and CLDR regions are *not* in the KB: they come from CLDR via babel at run
time.  ``AMBIGUOUS.txt`` documents the keys that knowingly map to entries of different
labels (or collide with a CLDR territory name).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .text import strip_accents

KB_FILES: tuple[str, ...] = ("organizations.tsv", "people.tsv", "places.tsv", "events.tsv")
KB_COLUMNS: tuple[str, ...] = (
    "id", "wikidata", "label", "category", "name_en", "name_fr", "acronym_en",
    "acronym_fr", "aliases_fr", "aliases_en", "country", "notes",
)
ALIAS_SEPARATOR = " | "

# Apostrophes and dashes that French news text uses interchangeably.
_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SEPARATORS_RE = re.compile(f"[{re.escape(_APOSTROPHES + _DASHES)}]")
_LEADING_ARTICLE_RE = re.compile(r"^(?:l |le |la |les )")


@dataclass(frozen=True)
class KBEntry:
    """One knowledge-base row; empty cells are empty strings, aliases are tuples."""

    id: str
    wikidata: str
    label: str
    category: str
    name_en: str
    name_fr: str
    acronym_en: str
    acronym_fr: str
    aliases_fr: tuple[str, ...]
    aliases_en: tuple[str, ...]
    country: str
    notes: str

    def surface_forms(self) -> tuple[str, ...]:
        """Every name, acronym and alias in both languages (non-empty, in column order)."""
        forms = (self.name_en, self.name_fr, self.acronym_en, self.acronym_fr,
                 *self.aliases_fr, *self.aliases_en)
        return tuple(f for f in forms if f)


def normalize_key(s: str) -> str:
    """Return the lookup key of a surface form.

    Casefolded, accents removed, apostrophes/hyphens/dashes turned into spaces,
    whitespace collapsed, and one leading French article (le, la, les, l') dropped:
    ``normalize_key("l’OTAN") == "otan"``, ``normalize_key("Kassym-Jomart Tokaïev")
    == "kassym jomart tokaiev"``.
    """
    s = strip_accents(s.casefold())
    s = _SEPARATORS_RE.sub(" ", s)
    s = " ".join(s.split())
    stripped = _LEADING_ARTICLE_RE.sub("", s, count=1)
    return stripped or s


def _split_aliases(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split(ALIAS_SEPARATOR.strip()) if a.strip())


def _rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(reader.fieldnames or ()) != KB_COLUMNS:
        raise ValueError(f"unexpected KB header: {reader.fieldnames}")
    return list(reader)


def _entry(row: dict[str, str]) -> KBEntry:
    values = {c: (row.get(c) or "").strip() for c in KB_COLUMNS}
    return KBEntry(
        **{c: v for c, v in values.items() if c not in ("aliases_fr", "aliases_en")},
        aliases_fr=_split_aliases(values["aliases_fr"]),
        aliases_en=_split_aliases(values["aliases_en"]),
    )


def read_kb_file(name: str) -> tuple[KBEntry, ...]:
    """Parse one KB file shipped in ``pipeline/data/kb``."""
    path = resources.files("pipeline").joinpath("data", "kb", name)
    return tuple(_entry(row) for row in _rows(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def load_kb() -> tuple[KBEntry, ...]:
    """All KB entries (organisations, people, places, events, in that order); cached."""
    return tuple(e for name in KB_FILES for e in read_kb_file(name))


@lru_cache(maxsize=1)
def kb_index() -> dict[str, list[KBEntry]]:
    """Map ``normalize_key`` of every name, acronym and alias to the entries carrying it.

    An ambiguous key maps to several entries (in KB order, without duplicates).
    Treat the returned dict as read-only: it is shared by all callers.
    """
    index: dict[str, list[KBEntry]] = {}
    for entry in load_kb():
        for form in entry.surface_forms():
            bucket = index.setdefault(normalize_key(form), [])
            if entry not in bucket:
                bucket.append(entry)
    return index


@lru_cache(maxsize=1)
def kb_by_id() -> dict[str, KBEntry]:
    """Map KB id (``org:sco``) to its entry."""
    return {e.id: e for e in load_kb()}


@lru_cache(maxsize=1)
def primary_ids() -> dict[str, str]:
    """``normalize_key`` of a name shared by several entries of one label -> the KB id a bare
    mention links to (``PRIMARY.txt``: `Québec` is the province, not the city)."""
    path = resources.files("pipeline").joinpath("data", "kb", "PRIMARY.txt")
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, kb_id = line.split("\t")[:2]
            out[key] = kb_id
    return out
