"""English-side helpers of the glossary: acronym senses in context and English pluralisation.

Pure and spaCy-free. `pipeline.terminology` owns the data (termbase, acronyms, word lexicon);
this module adds what the term extractor needs on top of it:

- `lookup_acronym(acronym, context)`: the one sense of a French acronym, using the document
  text to choose between senses of an ambiguous acronym (the sense whose French expansion is
  written in the text wins; if none or several are, there is no answer rather than a guess);
- `pluralize_en(term)`: the English plural of a singular English term, used when a French
  plural (`minerais critiques`) is found through its singular termbase entry
  (`minerai critique` -> `critical mineral`). The head noun is the word before the first
  preposition (`rate of exchange` -> `rates of exchange`), else the last word; irregular and
  uncountable nouns come from `data/english_plurals.tsv`, then from the word lexicon
  (a noun whose every lexicon row has no plural is uncountable in this register); a word in
  `-ing` that neither lists is a gerund, uncountable; else the regular spelling rules.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from . import terminology as tm
from .text import strip_accents

PREPOSITIONS = frozenset({
    "of", "per", "for", "in", "on", "to", "with", "against", "between", "from", "by", "at",
    "under", "over", "into", "within", "without", "among", "across", "through", "towards"})
_VOWELS = set("aeiou")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]*$")


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    """`english_plurals.tsv`: singular -> plural ('' = uncountable/invariable)."""
    text = resources.files("pipeline").joinpath("data", "english_plurals.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")][1:]
    return {ln.split("\t")[0]: (ln.split("\t") + [""])[1].strip() for ln in lines}


@lru_cache(maxsize=1)
def _lexicon_plurals() -> tuple[dict[str, str], frozenset[str]]:
    """From the word lexicon: single-word English noun -> plural ('' if never countable),
    and the set of plural forms (a word in it is already plural)."""
    plurals: dict[str, str] = {}
    for entry in tm.load_lexicon().values():
        if entry.pos != "NOUN" or " " in entry.en:
            continue
        if entry.en_plural or entry.en not in plurals:
            plurals[entry.en] = plurals.get(entry.en) or entry.en_plural
    forms = frozenset(p for p in plurals.values() if p)
    return plurals, forms


def _regular(word: str) -> str:
    low = word.lower()
    if low.endswith("y") and len(low) > 2 and low[-2] not in _VOWELS:
        return word[:-1] + "ies"
    if low.endswith("sis"):
        return word[:-2] + "es"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def pluralize_word(word: str) -> str:
    """The plural of one English noun (`country` -> `countries`, `crisis` -> `crises`)."""
    if not word:
        return word
    if _ACRONYM.match(word) and len(word) > 1:
        return word if word.endswith("S") else word + "s"
    if "-" in word:
        parts = word.split("-")
        prep = next((i for i, p in enumerate(parts) if i and p.lower() in PREPOSITIONS), None)
        i = prep - 1 if prep else len(parts) - 1
        parts[i] = pluralize_word(parts[i])
        return "-".join(parts)
    low = word.lower()
    irregular = _irregular()
    known = irregular.get(low)
    if known is None:
        plurals, forms = _lexicon_plurals()
        if low in forms and low not in plurals:
            return word
        known = plurals.get(low)
    if known is None and low.endswith("ing") and len(low) > 5:
        known = ""  # a gerund is a mass noun (`load shedding`, `financing`) unless listed
    plural = (known or low) if known is not None else _regular(low)
    if word.isupper() and len(word) > 1:
        return plural.upper()
    return plural[:1].upper() + plural[1:] if word[:1].isupper() else plural


def english_head(words: list[str]) -> int:
    """Index of the head noun of an English noun phrase given as words."""
    for i, word in enumerate(words):
        if i and word.lower() in PREPOSITIONS:
            return i - 1
    return len(words) - 1


def pluralize_en(term: str) -> str:
    """The plural of a singular English term (`strategic partnership` -> `strategic
    partnerships`, `GDP per capita` unchanged head `GDP` -> `GDPs per capita`)."""
    words = term.split(" ")
    if not term.strip():
        return term
    i = english_head(words)
    words[i] = pluralize_word(words[i])
    return " ".join(words)


def _fold(text: str) -> str:
    text = strip_accents(text.casefold().replace("\u2019", "'"))
    return " ".join(re.sub(r"[^\w']+", " ", text).split())


def lookup_acronym(acronym: str, context: str | None = None):
    """The `AcronymEntry` of a French acronym, or None when unknown or unresolved.

    An acronym with one sense resolves to it. With several senses, `context` (the document
    text) decides: the sense whose French expansion (or its plural) is written in the text;
    zero or several such senses give None.
    """
    senses = tm.acronym_senses(acronym)
    if len(senses) == 1:
        return senses[0]
    if not senses or not context:
        return None
    folded = f" {_fold(context)} "
    found = [s for s in senses if _written(s.expansion_fr, folded)]
    return found[0] if len(found) == 1 else None


def _written(expansion: str, folded_text: str) -> bool:
    """Whether an expansion occurs in folded text, as written or with every word pluralised."""
    words = _fold(expansion).split()
    if not words:
        return False
    plural = [w if w.endswith(("s", "x")) or len(w) < 3 else w + "s" for w in words]
    return any(f" {' '.join(ws)} " in folded_text for ws in (words, plural))


def acronym_english(entry) -> tuple[str | None, str | None]:
    """(term_en, acronym_en) of an acronym sense: the English acronym when English has one
    (`PIB` -> `GDP`), else the English expansion (`BTP` -> `construction and public works`)."""
    if entry is None:
        return None, None
    if entry.acronym_en:
        return entry.acronym_en, entry.acronym_en
    return entry.expansion_en or None, None
