"""Indices over the knowledge base (`pipeline/kb.py`) for the entity linker, built once.

- `names`: folded name or alias (French and English) -> KB ids;
- `acronyms`: acronym exactly as written (`OTAN`, `NATO`) -> KB ids;
- `surnames`: folded last name of a KB person -> ids (used for PERSON mentions only);
- `fuzzy`: a deletion index (SymSpell-style: each folded name of >= 7 characters and every
  string made by deleting one of its characters) -> names, so that a misspelt name finds
  its candidates in O(length) and only those are checked with the true distance.

The KB module is written elsewhere; this adapter reads `load_kb()` defensively (entries
as objects or dicts, aliases as lists or `|`-separated strings) and yields an empty index
when the KB is missing, so the entity layer degrades to CLDR and rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .entity_lexicon import fold

LABEL_BY_PREFIX = {"org": "ORG", "per": "PERSON", "loc": "LOCATION", "evt": "MISC", "misc": "MISC"}
LABELS = {"PERSON", "ORG", "LOCATION", "MISC"}
LABEL_ALIASES = {"PER": "PERSON", "LOC": "LOCATION", "ORGANIZATION": "ORG", "EVENT": "MISC"}
FUZZY_MIN = 7
_ARTICLE = re.compile(r"(?:l'|le |la |les )(?=\w)")
_ACRONYM = re.compile(r"[A-Z0-9][A-Za-z0-9&\-.]{1,11}")


@dataclass(frozen=True)
class Entry:
    """The fields of a KB entry the linker needs, normalised."""
    id: str
    label: str
    category: str | None
    name_fr: str | None
    name_en: str | None
    acronym_fr: str | None
    acronym_en: str | None
    wikidata: str | None
    country: str | None
    names: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"kb:{self.id}"

    @property
    def kb_id(self) -> str:
        return self.wikidata or self.id


@dataclass
class KBIndex:
    entries: dict[str, Entry] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)
    acronyms: dict[str, set[str]] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    fuzzy: dict[str, set[str]] = field(default_factory=dict)
    primary: dict[str, str] = field(default_factory=dict)


def _get(entry, name: str):
    value = entry.get(name) if isinstance(entry, dict) else getattr(entry, name, None)
    if isinstance(value, str):
        value = value.strip()
    return value or None


def _list(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def _label(entry, kb_id: str) -> str:
    label = str(_get(entry, "label") or "").upper()
    label = LABEL_ALIASES.get(label, label)
    if label in LABELS:
        return label
    return LABEL_BY_PREFIX.get(kb_id.split(":", 1)[0], "MISC")


def to_entry(raw) -> Entry | None:
    """A normalised Entry from one KB record, or None when it has no id or name."""
    kb_id = _get(raw, "id")
    if not kb_id:
        return None
    name_fr, name_en = _get(raw, "name_fr"), _get(raw, "name_en")
    aliases = _list(_get(raw, "aliases_fr")) + _list(_get(raw, "aliases_en"))
    names = tuple(n for n in dict.fromkeys([name_fr, name_en, *aliases]) if n)
    if not names:
        return None
    return Entry(kb_id, _label(raw, kb_id), _get(raw, "category"), name_fr, name_en,
                 _get(raw, "acronym_fr"), _get(raw, "acronym_en"), _get(raw, "wikidata"),
                 _get(raw, "country"), names)


def _raw_entries() -> list:
    try:
        from .. import kb
    except ImportError:
        return []
    try:
        loaded = kb.load_kb()
    except (OSError, ValueError, KeyError):
        return []
    return list(loaded.values()) if isinstance(loaded, dict) else list(loaded)


def deletions(text: str) -> set[str]:
    """`text` and every string made by deleting one character of it."""
    return {text} | {text[:i] + text[i + 1:] for i in range(len(text))}


def build_index(raw_entries) -> KBIndex:
    """Every index of the linker over `raw_entries` (KB records)."""
    index = KBIndex()
    for raw in raw_entries:
        entry = to_entry(raw)
        if entry is None or entry.id in index.entries:
            continue
        index.entries[entry.id] = entry
        for name in entry.names:
            _add_name(index, entry, name)
        for acronym in (entry.acronym_fr, entry.acronym_en):
            if acronym:
                index.acronyms.setdefault(acronym, set()).add(entry.id)
        if entry.label == "PERSON":
            for name in entry.names:
                tokens = fold(name).split()
                if len(tokens) >= 2 and len(tokens[-1]) >= 3:
                    index.surnames.setdefault(tokens[-1], set()).add(entry.id)
    return index


def _add_name(index: KBIndex, entry: Entry, name: str) -> None:
    if _ACRONYM.fullmatch(name) and sum(c.isupper() for c in name) >= 2 and " " not in name:
        index.acronyms.setdefault(name, set()).add(entry.id)
        return
    key = fold(name)
    if not key:
        return
    keys = [key]
    article = _ARTICLE.match(key)
    if article and (entry.label == "LOCATION" or " " in key[article.end():]):
        keys.append(key[article.end():])
    for k in keys:
        index.names.setdefault(k, set()).add(entry.id)
        if len(k) >= FUZZY_MIN:
            for variant in deletions(k):
                index.fuzzy.setdefault(variant, set()).add(k)


@lru_cache(maxsize=1)
def ambiguous_words() -> frozenset[str]:
    """Folded KB keys that are also common words (scope `word` of the KB's AMBIGUOUS.txt):
    matched only when written exactly as in the KB."""
    try:
        from importlib import resources

        raw = resources.files("pipeline").joinpath("data/kb/AMBIGUOUS.txt").read_text("utf-8")
    except (OSError, FileNotFoundError):
        return frozenset()
    out = set()
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and not line.startswith("#") and parts[1].strip() == "word":
            out.add(fold(parts[0]))
    return frozenset(out)


def _primary_ids() -> dict[str, str]:
    try:
        from .. import kb

        return kb.primary_ids()
    except (ImportError, OSError, ValueError, AttributeError):
        return {}


def add_primaries(index: KBIndex, primary: dict[str, str]) -> None:
    """index.primary: folded name -> KB id of the entry a bare shared name links to; `primary`
    is keyed by `kb.normalize_key`, so every name of the entry with that key is mapped."""
    from ..kb import normalize_key

    for key, kb_id in primary.items():
        entry = index.entries.get(kb_id)
        for name in entry.names if entry else ():
            if normalize_key(name) == key:
                index.primary[fold(name)] = kb_id


@lru_cache(maxsize=1)
def kb_index() -> KBIndex:
    """The process-wide index over the KB (empty when the KB is missing)."""
    index = build_index(_raw_entries())
    add_primaries(index, _primary_ids())
    return index


def osa_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment (restricted Damerau-Levenshtein) distance, capped at limit+1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[len(b)], limit + 1)


def fuzzy_names(index: KBIndex, key: str) -> list[str]:
    """Folded KB names at distance exactly 1 from `key` (names of >= FUZZY_MIN chars)."""
    if len(key) < FUZZY_MIN:
        return []
    candidates: set[str] = set()
    for variant in deletions(key):
        candidates |= index.fuzzy.get(variant, set())
    return sorted(c for c in candidates if c != key and osa_distance(c, key, 1) == 1)
