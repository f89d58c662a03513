"""Checks between an entity's written names and its KB link.

- **Given names**: a person's full name written in the text (`Bill Blair`, `Keith Alexander`)
  that did not link by itself must not take the link of a shorter mention of its group (the
  surname `Blair`, `Alexander`) to a KB person with another given name (`Tony Blair`,
  `Willem-Alexander`): one different first name blocks a surname-based or partial link.
  Spelling variants of one given name (`Mohamed`/`Mohammed`, an initial `G.`) still agree.
- **Brand names**: a company or medium written only under an English brand that the KB lists
  as an alias (`aliases_en`) of the entry, while the entry's usual English name is another
  (`Facebook` for Meta Platforms, `Twitter` for X Corp., `Total` for TotalEnergies), keeps
  the brand as `name_en`: the link (key, Wikidata id) stays, the official name does not
  replace what the text names. A brand known only as a French alias, or a text that also
  writes the official name, keeps the KB's `name_en`; so does an alias that shares a word
  with it, a short or long form of the same name (`Fitch` for Fitch Ratings, `Royal Dutch
  Shell` for Shell).
"""
from __future__ import annotations

from ..kb import kb_by_id
from .acronyms import is_short_form
from .entity_lexicon import fold
from .entity_types import Cand

BRAND_CATEGORIES = frozenset({"company", "media"})


def _given_names_agree(written: str, known: str) -> bool:
    """Whether two folded first words can be one given name (equal, an initial, or a
    spelling variant of >= 5 letters sharing the first three)."""
    written, known = written.rstrip("."), known.rstrip(".")
    if written == known:
        return True
    if len(written) == 1 or len(known) == 1:
        return written[:1] == known[:1]
    return min(len(written), len(known)) >= 5 and written[:3] == known[:3]


def person_link_conflicts(link, full_names: list[str]) -> bool:
    """Whether a KB person link contradicts the first name of an unlinked full name of the
    group (see the module docstring)."""
    if link is None or link.kind != "kb" or link.label != "PERSON" or not full_names:
        return False
    entry = kb_by_id().get(link.key.removeprefix("kb:"))
    known = {fold(n).split()[0] for n in (entry.surface_forms() if entry else ())
             if len(fold(n).split()) > 1}
    known |= {fold(n).split()[0] for n in (link.name_fr, link.name_en) if n and " " in n}
    for name in full_names:
        first = fold(name).split()[0]
        if not any(_given_names_agree(first, k) for k in known):
            return True
    return False


def unlinked_full_names(text: str, members: list[Cand]) -> list[str]:
    """Written multi-word PERSON-like names of a group that found no link by themselves."""
    return [text[c.start:c.end] for c in members
            if c.link is None and len(text[c.start:c.end].split()) > 1
            and not is_short_form(text[c.start:c.end])]


def brand_name(text: str, members: list[Cand], link) -> str | None:
    """The English brand a company is written under, when it is a KB English alias and not
    the KB's name (see the module docstring); else None."""
    if link is None or link.kind != "kb" or link.category not in BRAND_CATEGORIES:
        return None
    entry = kb_by_id().get(link.key.removeprefix("kb:"))
    if entry is None:
        return None
    official = {fold(n) for n in (entry.name_en, entry.name_fr, entry.acronym_en,
                                  entry.acronym_fr) if n}
    brands = {fold(a): a for a in entry.aliases_en}
    written = {fold(text[c.start:c.end]) for c in members}
    if written & official or not written:
        return None
    usual = set(fold(entry.name_en).split())
    found = [brands[w] for w in written if w in brands and not usual & set(w.split())]
    if len(found) != len(written):
        return None
    return max(found, key=len)
