"""Glossary rows of the canonical entities: one row per French name as written in the corpus.

The entity layer gives each entity `name_en`, `acronym_en`, `category` and `kb_id`; its ids say
where the English came from (`pipeline/tables.py`, `pipeline/kb.py`):

- `cldr:XX` (countries, CLDR regions such as `cldr:143`) and `iso:XX-YY` (ISO 3166-2
  subdivisions, pycountry): `source = cldr`;
- a knowledge-base entry (`org:`, `per:`, `loc:`, `evt:` ids with a `kb_id`, which is the KB id
  or its Wikidata id): `source = termbase` (the curated KB);
- an entity the KB does not know (`kb_id` empty; its id is a slug of the name, e.g.
  `person:bruno-fuchs-1a2b3c`): the entity layer only copies a name that is already English or
  a person's name that is not transliterated (never a translation), so `source =
  compositional` (derived by rule from the French form); no `name_en` -> empty, needs review.

Rows use the written names, not the canonical `name_fr`, because a translator meets the text's
form (`Kirghizistan`, a misspelt `Vladimir Poutin`, `One Belt, One Road` for the Belt and Road
Initiative). An entity's mentions are grouped by written form; a form whose words are a run of
the words of a longer form (`Tokaïev` in `Kassym-Jomart Tokaïev`) counts as that form. The
entity's written acronym (`OCS`) goes in `acronym_fr` of its main row (the one that holds the
canonical name, else the most mentioned); further written acronyms (`OBOR` and `BRI` for one
initiative) get rows of their own.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .text import strip_accents

KB_PREFIXES = ("org:", "per:", "loc:", "evt:")
CLDR_PREFIXES = ("cldr:", "iso:")
_SHORT = re.compile(r"^[A-ZÀ-Ý0-9&][A-Za-zÀ-ÿ0-9&.\-]*$")


def entity_source(entity: dict) -> str:
    """Where an entity's English name came from: cldr, termbase (the KB), compositional
    (a non-KB name copied by the entity layer's rule) or none (no English)."""
    if not entity.get("name_en"):
        return "none"
    entity_id = entity.get("entity_id") or ""
    if entity_id.startswith(CLDR_PREFIXES) or (entity.get("kb_id") or "").startswith("cldr:"):
        return "cldr"
    if entity.get("kb_id") and entity_id.startswith(KB_PREFIXES):
        return "termbase"
    return "compositional"


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case-, accent-, apostrophe- and dash-insensitive comparison key of a name."""
    text = strip_accents(text.casefold())
    return " ".join(re.sub(r"[’'`\-–—_.,]+", " ", text).split())


def is_acronym(text: str, entity: dict) -> bool:
    """A written acronym of the entity: its French or English acronym, or an acronym shape:
    one word with a part (between hyphens) of two capitals or more and no more lower-case
    letters than capitals (`OTAN`, `S&P`, `UpM`, `AK-47`; not `Etats-Unis`, `McDonald`)."""
    if text.upper() in {(entity.get(k) or "").upper() for k in ("acronym_fr", "acronym_en")} - {""}:
        return True     # also a KB acronym written as a word (`Otan`, `Onu`)
    if " " in text or not 2 <= len(text) <= 10 or not _SHORT.match(text):
        return False
    for part in text.split("-"):
        upper = sum(ch.isupper() for ch in part)
        if upper >= 2 and upper >= sum(ch.islower() for ch in part):
            return True
    return False


def _contained(short: str, long: str) -> bool:
    """Whether the words of `short` are a contiguous run of the words of `long`."""
    s, l = short.split(), long.split()
    return any(l[i:i + len(s)] == s for i in range(len(l) - len(s) + 1))


def name_groups(mentions: list[dict], entity: dict) -> tuple[list[list[dict]], list[list[dict]]]:
    """(name groups, acronym groups) of one entity's mentions (in corpus order); each group
    lists the mentions of one written form, longest forms first."""
    by_form: dict[str, list[dict]] = {}
    acronyms: dict[str, list[dict]] = {}
    for m in mentions:
        target = acronyms if is_acronym(m["text"], entity) else by_form
        target.setdefault(fold(m["text"]) if target is by_form else m["text"], []).append(m)
    names: list[tuple[str, list[dict]]] = []
    for key in sorted(by_form, key=lambda k: (-len(k.split()), -len(k), k)):
        home = next((group for long, group in names if _contained(key, long)), None)
        if home is None:
            names.append((key, list(by_form[key])))
        else:
            home.extend(by_form[key])
    canonical = fold(entity.get("name_fr") or "")
    names.sort(key=lambda kv: (kv[0] != canonical and not _contained(kv[0], canonical),
                               -len(kv[1]), min(m["order"] for m in kv[1])))
    ordered = sorted(acronyms.values(), key=lambda g: (-len(g), min(m["order"] for m in g)))
    return [g for _, g in names], ordered


def written_form(group: list[dict]) -> str:
    """The most frequent spelling of a group's longest form (ties: first in the corpus)."""
    longest = max(len(fold(m["text"]).split()) for m in group)
    forms = Counter(m["text"] for m in group if len(fold(m["text"]).split()) == longest)
    first = {}
    for m in group:
        first.setdefault(m["text"], m["order"])
    return min(forms, key=lambda t: (-forms[t], first.get(t, 0)))


def entity_rows(entity: dict, mentions: list[dict], make_row, sentence_of,
                fallback: tuple[str | None, str] = (None, "none")) -> list[dict]:
    """The glossary rows of one entity (see the module docstring); `make_row` builds a row
    from (term_fr, term_en, category, source, mentions, example, acronym_fr, acronym_en).
    `fallback` is the (English, source) to use when the entity layer gave no `name_en`."""
    names, acronyms = name_groups(mentions, entity)
    category = entity.get("category") or (entity.get("label") or "").lower() or None
    source = entity_source(entity)
    if source == "none" and fallback[0]:
        entity = dict(entity, name_en=fallback[0])
        source = fallback[1]
    acronym_en = entity.get("acronym_en")
    rows = []
    main_acronym = acronyms[0] if acronyms and names else []
    if main_acronym and acronym_en is None:
        acronym_en = kept_acronym(entity, main_acronym[0]["text"])
    kb_acronym = entity.get("acronym_fr")
    kb_acronym = kb_acronym if kb_acronym and is_acronym(kb_acronym, {}) else None
    for n, group in enumerate(names):
        extra = main_acronym if n == 0 else []
        acronym_fr = main_acronym[0]["text"] if extra else (kb_acronym if n == 0 else None)
        rows.append(make_row(written_form(group), entity.get("name_en"), category, source,
                             group + extra, sentence_of(group[0]), acronym_fr, acronym_en))
    for group in acronyms[1 if main_acronym else 0:]:
        text = group[0]["text"]
        english, row_source = acronym_en or entity.get("name_en"), source
        if english is None and kept_acronym(entity, text):
            english, row_source = text, "compositional"
        rows.append(make_row(text, english, category, row_source,
                             group, sentence_of(group[0]), text, acronym_en or english))
    return rows


def kept_acronym(entity: dict, text: str) -> str | None:
    """The acronym itself as English, for an organisation or event the KB does not know
    (`CGT`, `FARDC`, `M23`): English news keeps such acronyms as written (it is copied, not
    translated); a KB entity uses the KB's acronyms, a person or place none."""
    if entity.get("kb_id") or entity.get("acronym_en") or \
            (entity.get("label") or "") not in ("ORG", "MISC"):
        return None
    return text if is_acronym(text, {}) and not any(ch.islower() for ch in text) else None
