"""Doc -> rows of SPEC's tables (pure functions over one processed Doc).

Adds what extractors leave out: `<table>_id`, `doc_id`, `sentence`; joins `flags`; derives
`entity_id` from the canonical entity key. Corpus-wide tables (entities, glossary) are built
from these rows by store.py / glossary.py.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right

from .components import SPANS_KEY, TERMS_KEY, group_values
from .extractors.doc_utils import sentence_bounds
from .schema import ID_PREFIX, TABLES

SPAN_LABEL_TABLE = {"QUANTITY": "quantities", "PERCENT": "percentages", "DATE": "dates"}
ENTITY_FIELDS = ("label", "category", "name_fr", "name_en", "acronym_fr", "acronym_en", "kb_id")


def entity_id_for(key: str) -> str:
    """Stable, readable entity id: the KB id for KB entities, else a slug of the name key."""
    if key.startswith("kb:"):
        return key[3:]
    _, _, rest = key.partition(":")
    label, _, name = rest.partition(":")
    slug = _slug(name)[:60] or "x"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:6]
    return f"{label.lower()}:{slug}-{digest}"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


class SentenceIndex:
    """Maps a character offset to the 0-based index of the sentence that contains it."""

    def __init__(self, doc):
        self.starts = [bound[0] for bound in sentence_bounds(doc)]

    def __call__(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)

    def __len__(self) -> int:
        return len(self.starts)


def _finish(table: str, row: dict, doc_id: str, sentence: int, seen: set[str]) -> dict:
    out = dict.fromkeys(TABLES[table])
    out.update({k: v for k, v in row.items() if k in out})
    base = f"{doc_id}-{ID_PREFIX[table]}{row['start']}-{row['end']}"
    row_id, n = base, 1
    while row_id in seen:
        n += 1
        row_id = f"{base}-{n}"
    seen.add(row_id)
    out[next(iter(TABLES[table]))] = row_id
    out["doc_id"], out["sentence"] = doc_id, sentence
    if "flags" in out:
        flags = row.get("flags") or []
        out["flags"] = ";".join(flags) if isinstance(flags, (list, tuple)) else (flags or None)
        out["flags"] = out["flags"] or None
    return out


def doc_rows(doc, doc_id: str) -> dict[str, list[dict]]:
    """Rows of every per-document table for one processed Doc, sorted by offsets."""
    sentence_of = SentenceIndex(doc)
    rows: dict[str, list[dict]] = {t: [] for t in ("mentions", "dates", "quantities", "percentages")}
    seen: set[str] = set()
    for label, value in group_values(doc, SPANS_KEY):
        table = SPAN_LABEL_TABLE.get(label)
        if table:
            rows[table].append(_finish(table, value, doc_id, sentence_of(value["start"]), seen))
    doc_entities: dict[str, dict] = {}
    for ent in doc.ents:
        value = ent._.value
        if not value:
            continue
        entity_id = entity_id_for(value["key"])
        mention = dict(value, entity_id=entity_id, source=mention_source(value))
        rows["mentions"].append(_finish("mentions", mention, doc_id, sentence_of(value["start"]), seen))
        _merge_entity(doc_entities, entity_id, value)
    for table_rows in rows.values():
        table_rows.sort(key=lambda r: (r["start"], r["end"], next(iter(r.values()))))
    rows["doc_entities"] = [dict(doc_id=doc_id, entity_id=k, **v) for k, v in sorted(doc_entities.items())]
    rows["term_occurrences"] = _term_rows(doc, doc_id, sentence_of)
    return rows


#: Entity flags worth a reviewer's attention; SPEC's `mentions` table has no `flags` column,
#: so they follow the source, `;`-separated (`model;misspelt:Xi Jinpin->Xi Jinping`).
MENTION_FLAG_PREFIXES = ("misspelt:",)


def mention_source(value: dict) -> str:
    """`source` of a mention row: how it was found, then its review-worthy flags."""
    flags = [f for f in value.get("flags") or [] if f.startswith(MENTION_FLAG_PREFIXES)]
    return ";".join([value.get("source") or "model", *flags])


def _merge_entity(acc: dict[str, dict], entity_id: str, value: dict) -> None:
    """Per-document entity attributes: the first non-empty value of each field wins."""
    current = acc.setdefault(entity_id, dict.fromkeys(ENTITY_FIELDS))
    for field in ENTITY_FIELDS:
        if current[field] in (None, "") and value.get(field) not in (None, ""):
            current[field] = value[field]


def _term_rows(doc, doc_id: str, sentence_of: SentenceIndex) -> list[dict]:
    out = []
    for _, value in group_values(doc, TERMS_KEY):
        out.append({
            "doc_id": doc_id, "term_fr": value["term_fr"], "text": value["text"],
            "start": value["start"], "end": value["end"], "sentence": sentence_of(value["start"]),
            "lemma": value.get("lemma"), "term_en": value.get("term_en"),
            "en_source": value.get("en_source"), "kind": value.get("kind"),
        })
    out.sort(key=lambda r: (r["start"], r["end"], r["term_fr"]))
    return out


def doc_stats(doc) -> dict:
    """n_tokens and n_sentences of a processed Doc."""
    return {"n_tokens": len(doc), "n_sentences": len(SentenceIndex(doc))}
