"""Entity extractor: the model's entities repaired, completed, linked and canonicalised.

`extract(doc)` returns one value dict per mention (docs/architecture.md): `text`, `start`,
`end`, `label`, `category`, `key`, `name_fr`, `name_en`, `acronym_fr`, `acronym_en`,
`kb_id`, `source`, `flags`; rows never overlap (the longest name wins).

Steps (each in its module): repair the model's spans (`entity_candidates.from_model`),
acronym definitions (`acronyms`, `apply_pairs`), quoted titles, truncated names
(`extend`), names the model missed (`entity_gazetteer`), linking to the KB and CLDR
(`entity_link`), grouping and canonical names (`entity_canon`).

`source`: `model` (the model's span and label kept), `rule` (span changed by a repair rule,
or a repeat of a name found elsewhere in the document), `acronym` (an acronym definition),
`kb` / `cldr` (found in, or re-typed by, the knowledge base / CLDR).
Flags: `span_trimmed`, `span_extended`, `quoted_title`, `gazetteer`, `propagated`,
`label_fixed:<model label>-><label>`, `misspelt:<written>-><canonical>`.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from . import entity_lexicon as lex
from .acronyms import find_acronym_pairs, is_short_form
from .entity_canon import decide_label, english_name, group, link_all
from .entity_candidates import apply_pairs, extend, from_model, loose_pairs, quoted_titles
from .entity_doc import DocView
from .entity_english import clearly_english
from .entity_gazetteer import known_mentions, propagate
from .entity_link import Link
from .entity_names import brand_name, person_link_conflicts, unlinked_full_names
from .entity_types import MODEL_LABELS, Cand

SOURCE_RANK = {"acronym": 0, "kb": 1, "cldr": 2, "rule": 3, "model": 4}


def warm_up() -> None:
    """Build every index and table `extract` needs now (KB, CLDR places, lexicons, title
    patterns, lemmatizer tables, French and English word frequencies), so that no document
    pays for them."""
    from . import entity_english, entity_gazetteer, entity_repair
    from .entity_kb import ambiguous_words, kb_index
    from .entity_places import place_index, places_by_code

    kb_index(), place_index(), places_by_code(), ambiguous_words()
    entity_gazetteer.warm_up()
    entity_repair.warm_up()
    lex.warm_up()
    entity_english.word_language("ville")


def extract(doc) -> list[dict]:
    """One value dict per entity mention of `doc` (see the module docstring)."""
    view = DocView(doc)
    text = view.text
    cands = [c for ent in doc.ents for c in from_model(view, ent)]
    pairs = find_acronym_pairs(text)
    pairs = pairs + loose_pairs(view, cands, pairs)
    cands = apply_pairs(view, cands, pairs)
    cands = quoted_titles(view, cands)
    cands = resolve_overlaps(extend(view, resolve_overlaps(cands)))
    cands += known_mentions(view, cands)
    cands += propagate(view, cands)
    cands = resolve_overlaps(cands)
    link_all(text, cands)
    rows = []
    for members in group(text, cands):
        rows += entity_rows(text, members, pairs)
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Flat annotation: the longest name wins; ties go to the more specific source."""
    kept: list[Cand] = []
    taken_starts: list[int] = []     # kept spans, sorted and disjoint
    taken_ends: list[int] = []
    for cand in sorted(cands, key=lambda c: (c.start - c.end, SOURCE_RANK.get(c.source, 9),
                                             c.start)):
        if cand.end <= cand.start:
            continue
        i = bisect_right(taken_starts, cand.start)
        if (i > 0 and taken_ends[i - 1] > cand.start) or \
                (i < len(taken_starts) and taken_starts[i] < cand.end):
            continue
        kept.append(cand)
        taken_starts.insert(i, cand.start)
        taken_ends.insert(i, cand.end)
    return sorted(kept, key=lambda c: c.start)


def _group_link(text: str, members: list[Cand]) -> Link | None:
    """The group's most shared link; a KB person whose given name differs from an unlinked
    full name of the group (`Bill Blair` vs `Tony Blair`) is not one (`entity_names`)."""
    full = unlinked_full_names(text, members)
    linked = [c for c in members if c.link is not None
              and not person_link_conflicts(c.link, full)]
    if not linked:
        return None
    counts = Counter(c.link.key for c in linked)
    best = max(linked, key=lambda c: (counts[c.link.key], c.link.kind == "kb", c.end - c.start))
    return best.link


def _french_name(text: str, members: list[Cand]) -> str:
    """name_fr of an entity without link: its longest full (non-acronym) form, French-looking
    forms first (`Route des Épices` rather than its bracketed `Spice Route`)."""
    names = sorted({text[c.start:c.end] for c in members}, key=lambda n: (-len(n), n))
    full = [n for n in names if not is_short_form(n)] or names
    french = [n for n in full if not clearly_english(n)] or full
    return french[0]


def _acronyms(text: str, members: list[Cand], pairs, link: Link | None):
    acronym_fr = link.acronym_fr if link else None
    acronym_en = link.acronym_en if link else None
    for cand in members:
        if cand.role != "short" or cand.pair is None:
            continue
        ls, le, ss, se = pairs[cand.pair]
        short = text[ss:se]
        if clearly_english(text[ls:le]):
            acronym_en = acronym_en or short
        elif short != acronym_en:
            acronym_fr = acronym_fr or short
    if acronym_fr is None and acronym_en is None and link is None:
        shorts = [text[c.start:c.end] for c in members if is_short_form(text[c.start:c.end])]
        acronym_fr = shorts[0] if shorts else None
    return acronym_fr, acronym_en


def entity_rows(text: str, members: list[Cand], pairs) -> list[dict]:
    """The value dicts of the mentions of one entity."""
    link = _group_link(text, members)
    label, category = decide_label(text, members, link)
    if link is not None:
        name_fr = link.name_fr or _french_name(text, members)
        name_en = brand_name(text, members, link) or link.name_en
        kb_id, key = link.kb_id, link.key
    else:
        name_fr = _french_name(text, members)
        name_en = _english(text, members, label)
        kb_id, key = None, f"name:{label}:{lex.fold(name_fr)}"
    acronym_fr, acronym_en = _acronyms(text, members, pairs, link)
    name_fr, name_en = _clean(name_fr), _clean(name_en)
    rows = []
    for cand in members:
        rows.append({
            "text": text[cand.start:cand.end], "start": cand.start, "end": cand.end,
            "label": label, "category": category or ("person" if label == "PERSON" else None),
            "key": key, "name_fr": name_fr, "name_en": name_en, "acronym_fr": acronym_fr,
            "acronym_en": acronym_en, "kb_id": kb_id, "source": _source(cand, label, link),
            "flags": _flags(cand, label),
        })
    return rows


def _clean(name: str | None) -> str | None:
    """Names as written, with no-break and repeated spaces made plain single spaces."""
    return " ".join(name.split()) if name else name


def _english(text: str, members: list[Cand], label: str) -> str | None:
    names = sorted({text[c.start:c.end] for c in members if not is_short_form(text[c.start:c.end])},
                   key=lambda n: (-len(n), n))
    for name in names:
        english = english_name(name, label)
        if english:
            return english
    return None


def _source(cand: Cand, label: str, link: Link | None) -> str:
    if cand.source == "model" and link is not None:
        model = MODEL_LABELS.get(cand.model_label or "", None)
        if model != label:
            return link.kind
    return cand.source


def _flags(cand: Cand, label: str) -> list[str]:
    flags = list(cand.flags)
    model = MODEL_LABELS.get(cand.model_label or "", None)
    if model is not None and model != label:
        flags.append(f"label_fixed:{cand.model_label}->{label}")
    return flags
