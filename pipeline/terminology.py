"""Bilingual terminology for the English glossary: termbase, acronyms, word lexicon.

Loads three curated data files under ``pipeline/data/`` (tab-separated, UTF-8, NFC,
``#`` comments only at the top) and offers pure, spaCy-free look-ups:

- ``termbase.tsv``      French domain term -> standard English term (EU/UN usage,
                        British spelling), one row per citation form;
- ``acronyms.tsv``      common French acronyms that are not named organisations,
                        one row per sense (an acronym with several rows is ambiguous);
- ``lexicon_fr_en.tsv`` word-level lexicon used by :func:`compose_en` to translate
                        noun phrases that the termbase does not hold.

Keys are normalised with :func:`normalize_term` (casefold, NFC, typographic
apostrophes -> ``'``, whitespace collapsed). Accents stay in the key, because they
distinguish words (``côte``/``cote``); :func:`lookup_term` falls back to an
accent-insensitive match only when that match is unique, so a fallback never
presents a guess as fact.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pipeline.composition import compose_tokens
from pipeline.text import NON_COMBINING

__all__ = [
    "AcronymEntry", "LexEntry", "TermEntry", "acronym_senses", "compose_en", "fold_term",
    "load_acronym_senses", "load_acronyms", "load_domains", "load_lexicon",
    "load_termbase", "lookup_term", "lookup_word", "normalize_term", "resolve_acronym",
]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'",
                              "\u02bc": "'", "\u2032": "'", "\u2010": "-", "\u2011": "-"})
_SPACES = re.compile(r"\s+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


@dataclass(frozen=True)
class TermEntry:
    """One termbase row; ``also`` lists the second accepted English forms from notes."""

    term_fr: str
    term_en: str
    domain: str
    notes: str = ""

    @property
    def also(self) -> tuple[str, ...]:
        return _also(self.notes)


@dataclass(frozen=True)
class AcronymEntry:
    """One sense of a French acronym; ``acronym_en`` is empty when English has none."""

    acronym_fr: str
    expansion_fr: str
    acronym_en: str
    expansion_en: str
    domain: str
    notes: str = ""


@dataclass(frozen=True)
class LexEntry:
    """One lexicon word. ``en_plural`` empty on a NOUN means uncountable in this register."""

    lemma_fr: str
    pos: str
    en: str
    en_plural: str = ""
    notes: str = ""

    @property
    def countable(self) -> bool:
        return bool(self.en_plural)

    @property
    def composes(self) -> bool:
        """For ADP rows: may :func:`compose_en` use this preposition?"""
        marks = {m.strip().split(":")[0] for m in self.notes.split(";")}
        return self.pos == "ADP" and "compose" in marks and "no-compose" not in marks


@lru_cache(maxsize=200_000)
def normalize_term(s: str) -> str:
    """Lookup key: NFC, typographic apostrophes -> ``'``, casefold, whitespace collapsed."""
    s = unicodedata.normalize("NFC", s).translate(_APOSTROPHES).casefold()
    return _SPACES.sub(" ", s).strip()


@lru_cache(maxsize=200_000)
def fold_term(s: str) -> str:
    """Accent-, ligature- and hyphen-insensitive key (``Etat-membre`` ~ ``état membre``)."""
    s = normalize_term(s).translate(_LIGATURES)
    if not s.isascii():  # ASCII has no combining marks, and NFD leaves it unchanged
        s = unicodedata.normalize("NFD", s).translate(NON_COMBINING)
    return _SPACES.sub(" ", s.replace("-", " ")).strip()


def _also(notes: str) -> tuple[str, ...]:
    """English alternatives given in notes as ``also: X, Y`` (up to the next ``;``)."""
    found: list[str] = []
    for part in notes.split(";"):
        part = part.strip()
        if part.startswith("also:"):
            found.extend(x.strip() for x in part[5:].split(",") if x.strip())
    return tuple(found)


def _read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a data TSV (leading ``#`` comment lines skipped), values stripped."""
    text = resources.files("pipeline").joinpath("data", name).read_text(encoding="utf-8")
    lines = text.splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


@lru_cache(maxsize=1)
def load_domains() -> tuple[str, ...]:
    """The closed list of termbase/acronym domains (``TERM_DOMAINS.txt``)."""
    text = resources.files("pipeline").joinpath("data", "TERM_DOMAINS.txt").read_text("utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def load_termbase() -> dict[str, TermEntry]:
    """Termbase keyed by ``normalize_term(term_fr)``; a duplicate key is a data error."""
    out: dict[str, TermEntry] = {}
    for row in _read_tsv("termbase.tsv"):
        entry = TermEntry(row["term_fr"], row["term_en"], row["domain"], row["notes"])
        key = normalize_term(entry.term_fr)
        if key in out:
            raise ValueError(f"termbase.tsv: duplicate term {entry.term_fr!r}")
        out[key] = entry
    return out


@lru_cache(maxsize=1)
def _termbase_folded() -> dict[str, TermEntry | None]:
    """Accent-insensitive index; None marks a folded key shared by several terms."""
    out: dict[str, TermEntry | None] = {}
    for entry in load_termbase().values():
        key = fold_term(entry.term_fr)
        out[key] = None if key in out and out[key] != entry else entry
    return out


@lru_cache(maxsize=1)
def _termbase_first_words() -> frozenset[str]:
    """The first word of every folded termbase key."""
    return frozenset(key.split(" ")[0] for key in _termbase_folded())


@lru_cache(maxsize=200_000)
def lookup_term(s: str) -> TermEntry | None:
    """Termbase entry for a French citation form; exact key first, then unique folded match.

    Most strings looked up (every term candidate) are in no entry: one whose first word,
    folded, begins no termbase key is rejected at once, without normalising the whole string.
    This is exact: folding never joins or creates whitespace (no canonical composition
    involves a whitespace character), so the folded first word is the first word of the
    folded string; and a string with an exact match has a folded match too. Cached, as
    candidates recur."""
    words = s.split(maxsplit=1)
    first = fold_term(words[0]).split(" ")[0] if words else ""
    if first and first not in _termbase_first_words():
        return None
    entry = load_termbase().get(normalize_term(s))
    if entry is not None:
        return entry
    return _termbase_folded().get(fold_term(s))


@lru_cache(maxsize=1)
def load_acronym_senses() -> dict[str, tuple[AcronymEntry, ...]]:
    """Every sense of every acronym, keyed by ``normalize_term(acronym_fr)``."""
    out: dict[str, list[AcronymEntry]] = {}
    for row in _read_tsv("acronyms.tsv"):
        entry = AcronymEntry(row["acronym_fr"], row["expansion_fr"], row["acronym_en"],
                             row["expansion_en"], row["domain"], row["notes"])
        out.setdefault(normalize_term(entry.acronym_fr), []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def load_acronyms() -> dict[str, AcronymEntry]:
    """Unambiguous acronyms only (one sense), keyed by ``normalize_term(acronym_fr)``.

    Keys are casefolded, so callers should look up acronym-shaped tokens only
    (``TRI`` is an acronym, ``tri`` is a word). Ambiguous acronyms (``PMA``: least
    developed countries or assisted reproduction) are left out: use
    :func:`resolve_acronym` with the expansion found in the text.
    """
    return {k: v[0] for k, v in load_acronym_senses().items() if len(v) == 1}


def acronym_senses(acronym: str) -> tuple[AcronymEntry, ...]:
    """All senses recorded for an acronym (empty tuple when unknown)."""
    return load_acronym_senses().get(normalize_term(acronym), ())


def resolve_acronym(acronym: str, expansion_fr: str | None = None) -> AcronymEntry | None:
    """The sense of ``acronym``: the one whose expansion matches, else the only one."""
    senses = acronym_senses(acronym)
    if expansion_fr:
        wanted = fold_term(expansion_fr)
        matches = [e for e in senses if fold_term(e.expansion_fr) == wanted]
        return matches[0] if len(matches) == 1 else None
    return senses[0] if len(senses) == 1 else None


@lru_cache(maxsize=1)
def load_lexicon() -> dict[tuple[str, str], LexEntry]:
    """Word lexicon keyed by ``(normalize_term(lemma_fr), pos)``."""
    out: dict[tuple[str, str], LexEntry] = {}
    for row in _read_tsv("lexicon_fr_en.tsv"):
        entry = LexEntry(row["lemma_fr"], row["pos"], row["en"], row["en_plural"], row["notes"])
        key = (normalize_term(entry.lemma_fr), entry.pos)
        if key in out:
            raise ValueError(f"lexicon_fr_en.tsv: duplicate lemma {key!r}")
        out[key] = entry
    return out


@lru_cache(maxsize=1)
def _lexicon_folded() -> dict[tuple[str, str], LexEntry | None]:
    out: dict[tuple[str, str], LexEntry | None] = {}
    for entry in load_lexicon().values():
        key = (fold_term(entry.lemma_fr), entry.pos)
        out[key] = None if key in out and out[key] != entry else entry
    return out


_POS_ALIASES = {"VERB": "ADJ"}


@lru_cache(maxsize=200_000)  # pure over read-only data; compose_en looks up every word
def lookup_word(lemma: str, pos: str) -> LexEntry | None:
    """Lexicon entry for a spaCy ``(lemma, pos)``.

    VERB is looked up as ADJ (past participles used adjectivally). PROPN is never
    looked up: a proper name (``Banque mondiale`` = World Bank) is the knowledge
    base's business, and composing it word by word would invent a translation. spaCy sometimes lemmatises a participle to its
    infinitive (``enclavés`` -> ``enclaver``): ``-er``/``-ir`` then retry as ``-é``/``-i``.
    A lemma written without any accent (``SECURITE``, ``securite``) falls back to a
    unique accent-insensitive match; an accented lemma never does, so ``côté`` (side)
    is not read as ``côte`` (coast).
    """
    pos = _POS_ALIASES.get(pos, pos)
    lex, folded = load_lexicon(), _lexicon_folded()
    candidates = [lemma]
    if pos == "ADJ" and lemma.endswith(("er", "ir")):
        candidates.append(lemma[:-2] + ("é" if lemma.endswith("er") else "i"))
    for cand in candidates:
        entry = lex.get((normalize_term(cand), pos))
        if entry is None and fold_term(cand) == normalize_term(cand):
            entry = folded.get((fold_term(cand), pos))
        if entry is not None:
            return entry
    return None


def compose_en(tokens: list[tuple[str, ...]]) -> str | None:
    """English for a French noun phrase given as spaCy ``(lemma, pos[, number])`` tuples.

    Conservative head-modifier reordering; see :mod:`pipeline.composition` for the
    rule set. Returns None as soon as a content word is unknown or the shape is
    not one of the documented patterns. Cached: the same phrases recur across documents.
    """
    return _compose_cached(tuple(tuple(t) for t in tokens))


@lru_cache(maxsize=100_000)
def _compose_cached(tokens: tuple[tuple[str, ...], ...]) -> str | None:
    return compose_tokens(list(tokens), lookup_word)
