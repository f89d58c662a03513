"""Hand-made run folders for the review tests (no spaCy): a store with two small documents,
rows of every span table, entities, glossary rows and term occurrences.

Imported by the other test_review_* modules and tests/browser; the only test here checks that
the fixture itself honours SPEC's offset rule.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.run import STORE_NAME
from pipeline.schema import TABLES, empty_row
from pipeline.store import Store

TEXT_A = ("Le 14 mars 2023, la Banque mondiale a accordé un prêt de 2,5 milliards de dollars au Pérou.\n"
          "Selon Maria Lopez, la croissance atteindra 3,1 % en 2024 à Lima.\n"
          "Le projet couvre 12 000 hectares près de Cuzco.")
TEXT_B = "L'Agence spatiale européenne prévoit un lancement <b>depuis</b> Kourou en juin 2026 & après."
DOC_A, DOC_B = "aaaa000000000001", "bbbb000000000002"


def at(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def _row(table: str, doc_id: str, text: str, sub: str, prefix: str, **values) -> dict:
    start, end = at(text, sub)
    row = empty_row(table)
    row.update({next(iter(TABLES[table])): f"{doc_id}-{prefix}{start}-{end}", "doc_id": doc_id,
                "text": sub, "start": start, "end": end, "sentence": text.count("\n", 0, start)})
    row.update(values)
    return row


def mention(doc_id, text, sub, label, entity_id, source="model"):
    return _row("mentions", doc_id, text, sub, "m", label=label, entity_id=entity_id, source=source)


def rows_a() -> dict[str, list[dict]]:
    t, d = TEXT_A, DOC_A
    return {
        "mentions": [
            mention(d, t, "Banque mondiale", "ORG", "Q7164"),
            mention(d, t, "Pérou", "LOCATION", "cldr:PE"),
            mention(d, t, "Maria Lopez", "LOCATION", "location:maria-lopez-000001"),
            mention(d, t, "Lima", "LOCATION", "cldr:lima", source="kb_fuzzy"),
        ],
        "dates": [
            _row("dates", d, t, "14 mars 2023", "d", kind="date", value="2023-03-14",
                 earliest="2023-03-14", latest="2023-03-14", granularity="day"),
            _row("dates", d, t, "2024", "d", kind="date", value="2024", earliest="2024-01-01",
                 latest="2024-12-31", granularity="year", modifier=None, flags="anchor_inferred"),
        ],
        "quantities": [
            _row("quantities", d, t, "2,5 milliards de dollars", "q", kind="money", value=2.5e9,
                 approx="exact", currency="USD", unit_text="dollars", subject="prêt"),
            _row("quantities", d, t, "12 000 hectares", "q", kind="area", value=12000.0,
                 approx="exact", unit="ha", si_value=1.2e8, si_unit="m2", unit_text="hectares",
                 flags="unit_inferred"),
        ],
        "percentages": [
            _row("percentages", d, t, "3,1 %", "p", value=3.1, fraction=0.031, kind="change",
                 subject="croissance"),
        ],
    }


def rows_b() -> dict[str, list[dict]]:
    t, d = TEXT_B, DOC_B
    return {"mentions": [mention(d, t, "Agence spatiale européenne", "ORG", "Q42262"),
                         mention(d, t, "Kourou", "LOCATION", "cldr:kourou")],
            "dates": [_row("dates", d, t, "juin 2026", "d", kind="date", value="2026-06",
                           earliest="2026-06-01", latest="2026-06-30", granularity="month")],
            "quantities": [], "percentages": []}


ENTITY_NAMES = {"Q7164": ("ORG", "World Bank"), "cldr:PE": ("LOCATION", "Peru"),
                "location:maria-lopez-000001": ("LOCATION", None), "cldr:lima": ("LOCATION", "Lima"),
                "Q42262": ("ORG", "European Space Agency"), "cldr:kourou": ("LOCATION", "Kourou")}


def _doc_entities(doc_id: str, mentions: list[dict]) -> list[dict]:
    out = []
    for entity_id in sorted({m["entity_id"] for m in mentions}):
        label, name_en = ENTITY_NAMES[entity_id]
        name_fr = next(m["text"] for m in mentions if m["entity_id"] == entity_id)
        out.append({"doc_id": doc_id, "entity_id": entity_id, "label": label, "category": None,
                    "name_fr": name_fr, "name_en": name_en, "acronym_fr": None,
                    "acronym_en": None, "kb_id": None})
    return out


def _document(doc_id: str, path: str, text: str) -> dict:
    doc = empty_row("documents")
    doc.update(doc_id=doc_id, source_path=path, title=path.rsplit(".", 1)[0], language="fr",
               published="2025-01-15", published_source="metadata", n_chars=len(text),
               n_tokens=0, n_sentences=text.count("\n") + 1, sha256="0" * 64, status="ok",
               pipeline_version="test")
    return doc


def _sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


GLOSSARY = [
    {"term_fr": "Banque mondiale", "term_en": "World Bank", "category": "international_organization",
     "acronym_fr": None, "acronym_en": None, "source": "termbase", "confidence": 0.95, "n_docs": 1,
     "n_occurrences": 1, "example": None, "status": "ok"},
    {"term_fr": "prêt", "term_en": None, "category": "term", "acronym_fr": None, "acronym_en": None,
     "source": "none", "confidence": 0.0, "n_docs": 1, "n_occurrences": 1, "example": None,
     "status": "needs_review"},
]


def build_store(store: Store) -> None:
    """Fill `store` with the two hand-made documents, entities and glossary."""
    for doc_id, path, text, rows in ((DOC_A, "perou-pret.txt", TEXT_A, rows_a()),
                                     (DOC_B, "espace.txt", TEXT_B, rows_b())):
        rows = dict(rows, doc_entities=_doc_entities(doc_id, rows["mentions"]))
        if doc_id == DOC_A:
            rows["term_occurrences"] = [
                {"doc_id": doc_id, "term_fr": term, "text": term, "start": at(text, term)[0],
                 "end": at(text, term)[1], "sentence": 0, "lemma": term}
                for term in ("Banque mondiale", "prêt")]
        store.replace_document(_document(doc_id, path, text), text, rows, _sentences(text))
    store.rebuild_entities()
    store.replace_glossary(GLOSSARY)


def make_run(folder: Path) -> Path:
    """A run folder holding the hand-made store; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    with Store(folder / STORE_NAME) as store:
        build_store(store)
    return folder


def test_fixture_offsets_match_text(tmp_path):
    make_run(tmp_path)
    with Store(tmp_path / STORE_NAME) as store:
        bad = [(t, r["text"]) for t in ("mentions", "dates", "quantities", "percentages")
               for r in store.table(t) if store.text_of(r["doc_id"])[r["start"]:r["end"]] != r["text"]]
        counts = {t: len(store.table(t)) for t in ("mentions", "dates", "quantities", "percentages",
                                                    "entities", "glossary")}
    assert bad == []
    assert counts == {"mentions": 6, "dates": 3, "quantities": 2, "percentages": 1,
                      "entities": 6, "glossary": 2}
