"""Link a name to a knowledge-base entry or a CLDR place (exact, then fuzzy).

Order: an acronym exactly as written (`OTAN`), a folded KB name or alias, a CLDR place, and
for PERSON mentions a KB person's surname when only one KB person has it. Several KB
entries under one name are narrowed by the mention's label; still several: no link.
A KB place that is a CLDR country or region takes the CLDR key (`kb:cldr:KZ`), so a country
has one key whatever its source, and keeps the KB's Wikidata id and names.

Fuzzy (misspelt names): a folded name of >= 7 characters (>= 8 for one word, which must not
be a common French word: `Congrès` is not a misspelt `Congress`) at optimal-string-alignment
distance 1 from exactly one KB name of a compatible label, and not itself a known name;
the flag is `misspelt:<written>-><canonical>` on the differing word when only one word
differs (`misspelt:Poutin->Poutine`), else on the whole name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .acronyms import is_short_form
from .entity_kb import Entry, KBIndex, ambiguous_words, fuzzy_names, kb_index
from .entity_lexicon import first_names, fold, is_common_word, spec_category
from .entity_places import Place, lookup_place

FUZZY_MIN_WORD = 8
REGION_CATEGORIES = frozenset({"country", "region", "continent"})
CONTINENTS = frozenset({"002", "009", "019", "142", "150", "003", "005", "010"})


def _typo(name: str | None) -> str | None:
    """Typographic apostrophes to ASCII (`Côte d’Ivoire` -> `Côte d'Ivoire`), as in the KB."""
    return name.replace("’", "'") if name else name


@dataclass(frozen=True)
class Link:
    key: str
    kind: str                  # kb | cldr
    label: str
    category: str | None
    name_fr: str | None
    name_en: str | None
    acronym_fr: str | None
    acronym_en: str | None
    kb_id: str


def place_link(place: Place, entry: Entry | None = None) -> Link:
    """The Link of a CLDR place (enriched by its KB entry when there is one)."""
    category = "continent" if place.code in CONTINENTS else place.category
    if entry is None:
        return Link(place.key, "cldr", "LOCATION", category, _typo(place.name_fr),
                    _typo(place.name_en), None, None, place.kb_id)
    return Link(place.key, "cldr", "LOCATION", spec_category(entry.category) or category,
                entry.name_fr or _typo(place.name_fr), entry.name_en or _typo(place.name_en),
                entry.acronym_fr, entry.acronym_en, entry.wikidata or place.kb_id)


def entry_link(entry: Entry) -> Link:
    """The Link of a KB entry (a country or region of CLDR keeps the CLDR key)."""
    if entry.label == "LOCATION" and entry.category in REGION_CATEGORIES:
        for name in entry.names:
            place = lookup_place(name)
            if place is not None and place.category in ("country", "region"):
                return place_link(place, entry)
    return Link(entry.key, "kb", entry.label, spec_category(entry.category), entry.name_fr,
                entry.name_en, entry.acronym_fr, entry.acronym_en, entry.kb_id)


def _pick(index: KBIndex, ids: set[str] | None, label: str | None,
          key: str | None = None) -> Entry | None:
    """The one entry among `ids` (narrowed by label; several left: the key's primary entry
    of the KB's PRIMARY.txt if it is one of them), else None."""
    if not ids:
        return None
    entries = [index.entries[i] for i in sorted(ids)]
    if len(entries) > 1 and label:
        entries = [e for e in entries if e.label == label] or entries
    if len(entries) > 1 and key in index.primary:
        entries = [e for e in entries if e.id == index.primary[key]] or entries
    return entries[0] if len(entries) == 1 else None


def link_exact(name: str, label: str | None = None) -> Link | None:
    """The KB entry or CLDR place called `name`, or None. A CLDR country or region wins over
    a KB place of the same name; a KB key that is also a common word (`Orange`) must be
    written as in the KB."""
    index = kb_index()
    if is_short_form(name) or _word_acronym(name):
        entry = _pick(index, index.acronyms.get(name.strip().upper()
                                                if _word_acronym(name) else name.strip()), label)
        if entry is not None:
            return entry_link(entry)
    key = fold(name)
    place = lookup_place(name)
    if place is not None and label == "PERSON" and key in first_names():
        place = None
    if place is not None and place.category in ("country", "region") and \
            not place.code.startswith("iso:"):      # a KB river beats a département
        return place_link(place, _place_entry(index, key))
    entry = _pick(index, index.names.get(key), label, key)
    if entry is not None and label == "PERSON" and entry.label != "PERSON" and \
            key in first_names():
        entry = None        # `Victoria`, `Florence` said of a person: not the city
    if entry is not None and (not is_ambiguous_word(key) or name.strip() in entry.names):
        return entry_link(entry)
    if place is not None:
        return place_link(place, _place_entry(index, key))
    if label == "PERSON" and " " not in key:
        entry = _pick(index, index.surnames.get(key), "PERSON")
        if entry is not None:
            return entry_link(entry)
    return None


def _word_acronym(name: str) -> bool:
    """A KB acronym written as a word, as the French press does (`Otan`, `Onu`, `Unesco`):
    one capitalised word of 3-8 letters that is neither a KB name nor a French common word."""
    name = name.strip()
    return (3 <= len(name) <= 8 and name.isalpha() and name[0].isupper() and name[1:].islower()
            and fold(name) not in kb_index().names and not is_common_word(name))


def is_ambiguous_word(key: str) -> bool:
    """A folded name that the KB lists as also a common word (article-less form too)."""
    words = ambiguous_words()
    return key in words or re.sub(r"^(?:l'|le |la |les )", "", key) in words


def _place_entry(index: KBIndex, key: str) -> Entry | None:
    """The KB's LOCATION entry for a place name (its Wikidata id and names), if one."""
    entries = [index.entries[i] for i in sorted(index.names.get(key, ()))]
    ids = [e.id for e in entries if e.label == "LOCATION" and e.category in REGION_CATEGORIES]
    return index.entries[ids[0]] if len(ids) == 1 else None


def link_fuzzy(name: str, label: str | None = None) -> tuple[Link, str] | None:
    """(Link, misspelt flag) for a name one edit away from exactly one KB name."""
    index = kb_index()
    key = fold(name)
    if key in index.names or lookup_place(name) is not None:
        return None
    if " " not in key and (len(key) < FUZZY_MIN_WORD or is_common_word(name)):
        return None
    found: dict[str, str] = {}
    for candidate in fuzzy_names(index, key):
        if not _plausible_typo(key, candidate):
            continue
        entry = _pick(index, index.names.get(candidate), label, candidate)
        if entry is not None and (label is None or entry.label == label):
            found.setdefault(entry.id, candidate)
    if len(found) != 1:
        return None
    entry_id, candidate = next(iter(found.items()))
    entry = index.entries[entry_id]
    canonical = next((n for n in entry.names if fold(n) == candidate), candidate)
    return entry_link(entry), misspelt_flag(name, canonical)


def _plausible_typo(written: str, known: str) -> bool:
    """A typo changes letters of a long enough word, never digits (`2021` vs `2022`) nor a
    short word (`World War I` vs `II`), and keeps the number of words."""
    if re.sub(r"\D", "", written) != re.sub(r"\D", "", known):
        return False
    w_words, k_words = written.split(), known.split()
    if len(w_words) != len(k_words):
        return False
    return all(len(a) >= 4 and len(b) >= 4 for a, b in zip(w_words, k_words) if a != b)


def misspelt_flag(written: str, canonical: str) -> str:
    """`misspelt:<written>-><canonical>`, narrowed to the one differing word if any."""
    w_words, c_words = written.split(), canonical.split()
    if len(w_words) == len(c_words) > 1:
        diff = [(a, b) for a, b in zip(w_words, c_words) if fold(a) != fold(b)]
        if len(diff) == 1:
            return f"misspelt:{diff[0][0]}->{diff[0][1]}"
    return f"misspelt:{written}->{canonical}"
