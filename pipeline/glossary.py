"""The corpus-wide English glossary: entities, acronyms and domain terms, one row per French term.

Rows come from the store (so they cover every document processed so far):
- every canonical entity (`entities` + `mentions` tables), one row per written name
  (`pipeline/glossary_entities.py`), its English from the entity layer: CLDR (`cldr`) or
  the knowledge base (`termbase`); for an organisation or place the entity layer left without
  English, the termbase or compositional translation of its name made by the term
  extractor (occurrences of kind `entity`), else empty;
- every acronym found outside entities (`PIB` -> `GDP`: `source = acronym`), unknown ones
  (no English) when seen at least twice;
- domain terms: noun-phrase candidates (`pipeline/extractors/terms.py`) grouped by
  `glossary_rank.group_key`, English from the termbase or compositional translation, kept
  by termhood (`glossary_rank.keep`: C-value over the corpus, weirdness against wordfreq in
  the document where the term is most specific).

English, in this order of trust, each row saying its `source` and `confidence`: cldr >
termbase (curated termbase, or the entity knowledge base) > acronym > compositional; anything
else keeps `term_en` empty with `status = needs_review`: no guess is presented as a fact.
Review decisions are applied on top of these rows at export time (`pipeline/review/apply.py`,
`source = review`, keyed by `term_fr`); nothing here reads or overrides them. `term_fr` is
chosen deterministically (the most frequent written form, ties to the first in corpus order),
so a decision finds its row again on the next run unless new documents change that choice.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from .glossary_entities import entity_rows, entity_source
from .glossary_rank import Candidate, cvalues, group_key, keep, weirdness

CONFIDENCE = {"review": 1.0, "cldr": 0.98, "termbase": 0.95, "acronym": 0.9,
              "compositional": 0.6, "none": 0.0}
SOURCE_RANK = {"review": 0, "cldr": 1, "termbase": 2, "acronym": 3, "compositional": 4, "none": 5}
_ACRONYM_EN = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9&]$")

__all__ = ["CONFIDENCE", "best_english", "build_glossary", "entity_source", "group_key", "make_row",
           "term_candidates"]


def make_row(term_fr, term_en, category, source, occurrences, example, acronym_fr=None,
             acronym_en=None) -> dict:
    """One glossary row (SPEC columns); `occurrences` are dicts with `doc_id`."""
    source = source if term_en else "none"
    return {"term_fr": term_fr, "term_en": term_en or None, "category": category,
            "acronym_fr": acronym_fr, "acronym_en": acronym_en, "source": source,
            "confidence": CONFIDENCE[source], "n_docs": len({o["doc_id"] for o in occurrences}),
            "n_occurrences": len(occurrences), "example": example,
            "status": "ok" if term_en else "needs_review"}


class _Sentences:
    """Sentence texts of stored documents, loaded on demand."""

    def __init__(self, store):
        self.store, self.cache = store, {}

    def __call__(self, occurrence: dict) -> str | None:
        doc_id, sentence = occurrence["doc_id"], occurrence["sentence"]
        if doc_id not in self.cache:
            text = self.store.text_of(doc_id) or ""
            bounds = self.store.query(
                'SELECT start, "end" FROM doc_sentences WHERE doc_id = ? ORDER BY sentence', (doc_id,))
            self.cache[doc_id] = [text[b["start"]:b["end"]].strip() for b in bounds]
        sents = self.cache[doc_id]
        return " ".join(sents[sentence].split()) if 0 <= sentence < len(sents) else None


def build_glossary(store) -> list[dict]:
    """Glossary rows (SPEC columns) for everything in `store`, sorted by term_fr.

    Entity rows win over term rows with the same key; a term row whose French is an
    entity's acronym is dropped (the entity row carries it)."""
    sentences = _Sentences(store)
    rows: dict[str, dict] = {}
    for row in _entity_rows(store, sentences):
        rows.setdefault(group_key(row["term_fr"]), row)
    taken = {group_key(r["acronym_fr"]) for r in rows.values() if r["acronym_fr"]}
    for row in _term_rows(store, sentences):
        key = group_key(row["term_fr"])
        if key not in taken:
            rows.setdefault(key, row)
    return sorted(rows.values(), key=lambda r: (r["term_fr"].casefold(), r["term_fr"]))


def _entity_rows(store, sentences) -> list[dict]:
    mentions: dict[str, list[dict]] = defaultdict(list)
    query = ("SELECT m.entity_id, m.doc_id, m.sentence, m.text, m.start, m.\"end\" FROM mentions m "
             "JOIN documents d USING (doc_id) ORDER BY d.source_path, m.start, m.\"end\"")
    for order, m in enumerate(store.query(query)):
        mentions[m["entity_id"]].append(dict(m, order=order))
    names: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for occ in store.query("SELECT * FROM term_occurrences WHERE kind = 'entity'"):
        names[(occ["doc_id"], occ["term_fr"])].append(occ)
    out = []
    for entity in store.table("entities"):
        found = mentions.get(entity["entity_id"])
        if not found:
            continue
        own = [o for m in found for o in names.get((m["doc_id"], m["text"]), ())
               if o["start"] <= m["start"] and m["end"] <= o["end"]]
        out.extend(entity_rows(entity, found, make_row, sentences, best_english(own)))
    return out


def _occurrence_groups(store) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Term occurrences grouped by key (corpus order), and each document's size in tokens."""
    occurrences = store.query(
        "SELECT t.* FROM term_occurrences t JOIN documents d USING (doc_id) "
        "WHERE t.kind IS NULL OR t.kind != 'entity' ORDER BY d.source_path, t.start, t.\"end\"")
    groups: dict[str, list[dict]] = defaultdict(list)
    for occ in occurrences:
        groups[group_key(occ["lemma"] or occ["term_fr"])].append(occ)
    sizes = {r["doc_id"]: r["n_tokens"] or 0 for r in store.query(
        "SELECT doc_id, n_tokens FROM documents")}
    return groups, sizes


def term_candidates(store) -> list[tuple[Candidate, list[dict]]]:
    """Every grouped term candidate with its termhood figures and its occurrences.

    Weirdness is taken in the document where the term is most specific (the glossary lists
    each article's key terms, and a document's terms do not change when others are added)."""
    groups, sizes = _occurrence_groups(store)
    cvalue = cvalues({k: len(v) for k, v in groups.items()})
    out = []
    for key, occs in groups.items():
        _, source = best_english(occs)
        surface = _surface(occs)
        per_doc = {occs[0]["doc_id"]: 1} if len(occs) == 1 else Counter(o["doc_id"] for o in occs)
        weird = max(weirdness(surface, f, sizes.get(d, 0)) for d, f in per_doc.items())
        out.append((Candidate(key, occs[0]["kind"] or "term", source, len(occs), cvalue[key],
                              weird), occs))
    return out


def _term_rows(store, sentences) -> list[dict]:
    out = []
    for cand, occs in term_candidates(store):
        if not keep(cand):
            continue
        surface = _surface(occs)
        english, source = best_english(occs, surface)
        if cand.kind == "acronym":
            acronym_en = english if english and _ACRONYM_EN.match(english) else None
            out.append(make_row(surface, english, "acronym", source, occs, sentences(occs[0]),
                                surface, acronym_en))
        else:
            out.append(make_row(surface, english, "term", source, occs, sentences(occs[0])))
    return out


def _surface(occs: list[dict]) -> str:
    """The most frequent written form (ties: the first in corpus order)."""
    if len(occs) == 1:
        return occs[0]["term_fr"]
    counts = Counter(o["term_fr"] for o in occs)
    return max(counts, key=lambda t: counts[t])


def best_english(occs: list[dict], surface: str | None = None) -> tuple[str | None, str]:
    """The English of a candidate: the most trusted source among its occurrences, then the
    English of the occurrences written as `surface` (so the English number follows the
    French form shown), then the most frequent English."""
    options = Counter((o["term_en"], o["en_source"], o["term_fr"] == surface)
                      for o in occs if o["term_en"])
    if not options:
        return None, "none"
    (english, source, _), _ = min(options.items(), key=lambda kv: (
        SOURCE_RANK.get(kv[0][1], 9), not kv[0][2], -kv[1], kv[0][0]))
    return english, source
