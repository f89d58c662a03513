"""Corpus-wide glossary rows built from a tiny in-memory store with hand-inserted rows."""
from __future__ import annotations

import pytest

from pipeline import glossary_rank
from pipeline.glossary import best_english, build_glossary
from pipeline.store import Store

TEXT_A = ("Les taux de change reculent. La TVA augmente en France. "
          "Un tir de char a visé l'OTAN. Le taux de change du yuan baisse.")
TEXT_B = "Le taux de change remonte selon Jean Dupont et l'Académie nationale."
SENTENCES = {"d1": [(0, 28), (29, 55), (56, 85), (86, len(TEXT_A))], "d2": [(0, len(TEXT_B))]}
GENERAL_ZIPF = {"taux de change": 3.5, "TVA": 3.0, "tir de char": 1.0, "change": 4.5}


def _doc(doc_id, path, n_tokens):
    return {"doc_id": doc_id, "source_path": path, "title": None, "language": "fr",
            "published": "2024", "published_source": "metadata", "n_chars": 0,
            "n_tokens": n_tokens, "n_sentences": len(SENTENCES[doc_id]), "sha256": doc_id,
            "status": "ok", "error": None, "pipeline_version": "test"}


def _at(doc_id, text, n=1):
    """Offset of the n-th occurrence of `text` in the document."""
    full, start = (TEXT_A if doc_id == "d1" else TEXT_B), -1
    for _ in range(n):
        start = full.index(text, start + 1)
    return start


def _occ(doc_id, text, start, term_fr, lemma, term_en, source, kind="term", sentence=0):
    return {"doc_id": doc_id, "term_fr": term_fr, "text": text, "start": start,
            "end": start + len(text), "sentence": sentence, "lemma": lemma, "term_en": term_en,
            "en_source": source, "kind": kind}


def _entity(entity_id, label, category, name_fr, name_en, kb_id, acronym_fr=None, acronym_en=None):
    return {"entity_id": entity_id, "label": label, "category": category, "name_fr": name_fr,
            "name_en": name_en, "acronym_fr": acronym_fr, "acronym_en": acronym_en,
            "kb_id": kb_id}


def _mention(doc_id, entity_id, text, start, sentence):
    return {"mention_id": f"{doc_id}-m{start}", "doc_id": doc_id, "entity_id": entity_id,
            "text": text, "label": "X", "start": start, "end": start + len(text),
            "sentence": sentence, "source": "model"}


@pytest.fixture
def store(monkeypatch):
    monkeypatch.setattr(glossary_rank, "general_zipf", lambda t: GENERAL_ZIPF.get(t, 5.0))
    store = Store(":memory:")
    entities = {
        "cldr:FR": _entity("cldr:FR", "LOCATION", "country", "France", "France", "cldr:FR"),
        "org:nato": _entity("org:nato", "ORG", "international_organization",
                            "Organisation du traité de l'Atlantique nord",
                            "North Atlantic Treaty Organization", "Q7184", "OTAN", "NATO"),
        "person:jean-dupont-abc123": _entity("person:jean-dupont-abc123", "PERSON", "person",
                                             "Jean Dupont", "Jean Dupont", None),
        "org:academie-nationale-def456": _entity("org:academie-nationale-def456", "ORG", None,
                                                 "Académie nationale", None, None),
    }
    mentions = {"d1": [("cldr:FR", "France", _at("d1", "France"), 1),
                       ("org:nato", "OTAN", _at("d1", "OTAN"), 2)],
                "d2": [("person:jean-dupont-abc123", "Jean Dupont", _at("d2", "Jean"), 0),
                       ("org:academie-nationale-def456", "Académie nationale",
                        _at("d2", "Académie"), 0)]}
    occurrences = {"d1": [
        _occ("d1", "taux", _at("d1", "taux"), "taux", "taux", "rates", "compositional"),
        _occ("d1", "taux de change", _at("d1", "taux"), "taux de change", "taux de change", "exchange rates",
             "termbase"),
        _occ("d1", "TVA", _at("d1", "TVA"), "TVA", "TVA", "VAT", "acronym", "acronym", 1),
        _occ("d1", "tir", _at("d1", "tir"), "tir", "tir", "shot", "compositional", sentence=2),
        _occ("d1", "tir de char", _at("d1", "tir"), "tir de char", "tir de char", None, "none", sentence=2),
        _occ("d1", "taux", _at("d1", "taux", 2), "taux", "taux", "rate", "compositional", sentence=3),
        _occ("d1", "taux de change", _at("d1", "taux", 2), "taux de change", "taux de change", "exchange rate",
             "termbase", sentence=3),
    ], "d2": [
        _occ("d2", "taux", _at("d2", "taux"), "taux", "taux", "rate", "compositional"),
        _occ("d2", "taux de change", _at("d2", "taux"), "taux de change", "taux de change", "exchange rate",
             "termbase"),
        _occ("d2", "l'Académie nationale", _at("d2", "l'Académie"), "Académie nationale", "Académie nationale",
             "National Academy", "compositional", "entity"),
    ]}
    with store.conn:
        for doc_id, path, text, n_tokens in (("d1", "a.txt", TEXT_A, 1200),
                                             ("d2", "b.txt", TEXT_B, 800)):
            store._insert("documents", [_doc(doc_id, path, n_tokens)])
            store.conn.execute("INSERT INTO doc_texts VALUES (?, ?)", (doc_id, text))
            store.conn.executemany("INSERT INTO doc_sentences VALUES (?, ?, ?, ?)",
                                   [(doc_id, i, s, e) for i, (s, e) in enumerate(SENTENCES[doc_id])])
            for occ in occurrences[doc_id]:
                store._insert_dicts("term_occurrences", [occ])
            for entity_id, text_, start, sentence in mentions[doc_id]:
                store._insert_dicts("doc_entities", [{"doc_id": doc_id, **entities[entity_id]}])
                store._insert("mentions", [_mention(doc_id, entity_id, text_, start, sentence)])
        store._insert("entities", [dict(e, n_mentions=1, n_docs=1) for e in entities.values()])
    yield store
    store.close()


def test_hand_made_sentences_end_on_a_full_stop():
    for text, doc in ((TEXT_A, "d1"), (TEXT_B, "d2")):
        assert [text[s:e][-1] for s, e in SENTENCES[doc]] == ["."] * len(SENTENCES[doc])


def test_build_glossary(store):
    rows = build_glossary(store)
    assert rows == [
        {"term_fr": "Académie nationale", "term_en": "National Academy", "category": "org",
         "acronym_fr": None, "acronym_en": None, "source": "compositional", "confidence": 0.6,
         "n_docs": 1, "n_occurrences": 1,
         "example": "Le taux de change remonte selon Jean Dupont et l'Académie nationale.",
         "status": "ok"},
        {"term_fr": "France", "term_en": "France", "category": "country", "acronym_fr": None,
         "acronym_en": None, "source": "cldr", "confidence": 0.98, "n_docs": 1,
         "n_occurrences": 1, "example": "La TVA augmente en France.", "status": "ok"},
        {"term_fr": "Jean Dupont", "term_en": "Jean Dupont", "category": "person",
         "acronym_fr": None, "acronym_en": None, "source": "compositional", "confidence": 0.6,
         "n_docs": 1, "n_occurrences": 1,
         "example": "Le taux de change remonte selon Jean Dupont et l'Académie nationale.",
         "status": "ok"},
        {"term_fr": "OTAN", "term_en": "NATO", "category": "international_organization",
         "acronym_fr": "OTAN", "acronym_en": "NATO", "source": "termbase", "confidence": 0.95,
         "n_docs": 1, "n_occurrences": 1, "example": "Un tir de char a visé l'OTAN.",
         "status": "ok"},
        # `taux de change` beats its nested `taux` (C-value 0: always extended the same way);
        # the singular written form is the most frequent, so is its English
        {"term_fr": "taux de change", "term_en": "exchange rate", "category": "term",
         "acronym_fr": None, "acronym_en": None, "source": "termbase", "confidence": 0.95,
         "n_docs": 2, "n_occurrences": 3, "example": "Les taux de change reculent.",
         "status": "ok"},
        # `tir de char` (no English) is seen once: not kept; TVA is a known acronym
        {"term_fr": "TVA", "term_en": "VAT", "category": "acronym", "acronym_fr": "TVA",
         "acronym_en": "VAT", "source": "acronym", "confidence": 0.9, "n_docs": 1,
         "n_occurrences": 1, "example": "La TVA augmente en France.", "status": "ok"},
    ]


def test_best_english_prefers_trust_then_written_form():
    occs = [{"term_en": "rates", "en_source": "compositional", "term_fr": "taux"},
            {"term_en": "exchange rates", "en_source": "termbase", "term_fr": "taux de change"},
            {"term_en": "exchange rate", "en_source": "termbase", "term_fr": "Taux de change"},
            {"term_en": None, "en_source": "none", "term_fr": "taux"}]
    assert best_english(occs) == ("exchange rate", "termbase")   # tie on count: alphabetical
    assert best_english(occs, "taux de change") == ("exchange rates", "termbase")
    assert best_english(occs[3:]) == (None, "none")
