"""Entity rows of the glossary: where the English came from, one row per written name."""
from __future__ import annotations

import pytest

from pipeline.glossary import make_row
from pipeline.glossary_entities import (entity_rows, entity_source, is_acronym, kept_acronym,
                                         name_groups)


@pytest.mark.parametrize(("entity", "source"), [
    ({"entity_id": "cldr:FR", "kb_id": "cldr:FR", "name_en": "France"}, "cldr"),
    ({"entity_id": "cldr:143", "kb_id": "cldr:143", "name_en": "Central Asia"}, "cldr"),
    ({"entity_id": "iso:BE-VLG", "kb_id": "iso:BE-VLG", "name_en": "Flanders"}, "cldr"),
    ({"entity_id": "org:un", "kb_id": "Q1065", "name_en": "United Nations"}, "termbase"),
    ({"entity_id": "per:angela-merkel", "kb_id": "per:angela-merkel", "name_en": "Angela Merkel"},
     "termbase"),
    ({"entity_id": "person:jean-dupont-0a1b2c", "kb_id": None, "name_en": "Jean Dupont"},
     "compositional"),
    ({"entity_id": "org:acme-1f2e3d", "kb_id": None, "name_en": "Acme"}, "compositional"),
    ({"entity_id": "org:un", "kb_id": "Q1065", "name_en": None}, "none"),
])
def test_entity_source(entity, source):
    assert entity_source(entity) == source


def test_is_acronym():
    entity = {"acronym_fr": "OTAN", "acronym_en": "NATO"}
    assert [is_acronym(t, entity) for t in ("OTAN", "NATO", "UpM", "S&P", "AK-47", "Koffi Yao",
                                            "Paris", "G7", "CO2", "Etats-Unis", "Al-Qaida",
                                            "McDonald")] == [
        True, True, True, True, True, False, False, False, True, False, False, False]


def _mention(text, order, doc="d1", sentence=0):
    return {"text": text, "order": order, "doc_id": doc, "sentence": sentence}


NATO = {"entity_id": "org:nato", "kb_id": "Q7184", "label": "ORG",
        "category": "international_organization", "name_fr": "Organisation du traité de "
        "l'Atlantique nord", "name_en": "North Atlantic Treaty Organization",
        "acronym_fr": "OTAN", "acronym_en": "NATO"}


def test_name_groups_merge_contained_names_and_split_acronyms():
    mentions = [_mention("Alliance atlantique", 0), _mention("OTAN", 1),
                _mention("Organisation du Traité de l'Atlantique Nord", 2), _mention("OTAN", 3),
                _mention("NATO", 4), _mention("Alliance", 5)]
    names, acronyms = name_groups(mentions, NATO)
    assert [[m["text"] for m in g] for g in names] == [
        ["Organisation du Traité de l'Atlantique Nord"], ["Alliance atlantique", "Alliance"]]
    assert [[m["text"] for m in g] for g in acronyms] == [["OTAN", "OTAN"], ["NATO"]]


def test_entity_rows():
    mentions = [_mention("Alliance atlantique", 0), _mention("OTAN", 1, sentence=1),
                _mention("Organisation du Traité de l'Atlantique Nord", 2, "d2", 0),
                _mention("NATO", 3, "d2", 4)]
    rows = entity_rows(NATO, mentions, make_row, lambda m: f"{m['doc_id']}#{m['sentence']}")
    assert rows == [
        {"term_fr": "Organisation du Traité de l'Atlantique Nord",
         "term_en": "North Atlantic Treaty Organization", "category": "international_organization",
         "acronym_fr": "OTAN", "acronym_en": "NATO", "source": "termbase", "confidence": 0.95,
         "n_docs": 2, "n_occurrences": 2, "example": "d2#0", "status": "ok"},
        {"term_fr": "Alliance atlantique", "term_en": "North Atlantic Treaty Organization",
         "category": "international_organization", "acronym_fr": None, "acronym_en": "NATO",
         "source": "termbase", "confidence": 0.95, "n_docs": 1, "n_occurrences": 1,
         "example": "d1#0", "status": "ok"},
        {"term_fr": "NATO", "term_en": "NATO", "category": "international_organization",
         "acronym_fr": "NATO", "acronym_en": "NATO", "source": "termbase", "confidence": 0.95,
         "n_docs": 1, "n_occurrences": 1, "example": "d2#4", "status": "ok"},
    ]


def test_entity_rows_fallback_english_only_when_the_entity_layer_has_none():
    entity = {"entity_id": "org:academie-x-123456", "kb_id": None, "label": "ORG",
              "category": None, "name_fr": "Académie nationale", "name_en": None,
              "acronym_fr": None, "acronym_en": None}
    mentions = [_mention("Académie nationale", 0)]
    [row] = entity_rows(entity, mentions, make_row, lambda m: None,
                        ("National Academy", "compositional"))
    assert (row["term_en"], row["source"], row["confidence"], row["category"], row["status"]) == (
        "National Academy", "compositional", 0.6, "org", "ok")
    [row] = entity_rows(entity, mentions, make_row, lambda m: None)
    assert (row["term_en"], row["source"], row["confidence"], row["status"]) == (
        None, "none", 0.0, "needs_review")
    [row] = entity_rows(dict(entity, name_en="Académie nationale"), mentions,
                        make_row, lambda m: None, ("National Academy", "compositional"))
    assert (row["term_en"], row["source"]) == ("Académie nationale", "compositional")


def test_is_acronym_accepts_a_kb_acronym_written_as_a_word():
    assert [is_acronym(t, NATO) for t in ("Otan", "Nato", "Otage")] == [True, True, False]


def test_unknown_organisation_keeps_its_acronym_in_english():
    entity = {"entity_id": "org:union-x-123456", "kb_id": None, "label": "ORG",
              "category": None, "name_fr": "Union des travailleurs", "name_en": None,
              "acronym_fr": "UT", "acronym_en": None}
    rows = entity_rows(entity, [_mention("Union des travailleurs", 0), _mention("UTX", 1),
                                _mention("UT", 2)], make_row, lambda m: None)
    assert [(r["term_fr"], r["term_en"], r["acronym_fr"], r["acronym_en"], r["source"])
            for r in rows] == [
        ("Union des travailleurs", None, "UTX", "UTX", "none"),
        ("UT", "UTX", "UT", "UTX", "none")]
    [row] = entity_rows(entity, [_mention("UTX", 0)], make_row, lambda m: None)
    assert (row["term_en"], row["acronym_en"], row["source"]) == ("UTX", "UTX", "compositional")


@pytest.mark.parametrize(("entity", "text", "expected"), [
    ({"kb_id": None, "label": "ORG", "acronym_en": None}, "CGTX", "CGTX"),
    ({"kb_id": None, "label": "MISC", "acronym_en": None}, "JOPX", "JOPX"),
    ({"kb_id": None, "label": "ORG", "acronym_en": None}, "M23", None),      # one capital
    ({"kb_id": "Q7184", "label": "ORG", "acronym_en": None}, "OTAN", None),   # KB decides
    ({"kb_id": None, "label": "PERSON", "acronym_en": None}, "JFK", None),
    ({"kb_id": None, "label": "LOCATION", "acronym_en": None}, "RDC", None),
    ({"kb_id": None, "label": "ORG", "acronym_en": None}, "UpM", None),     # mixed case
    ({"kb_id": None, "label": "ORG", "acronym_en": "XYZ"}, "XYZ", None),
])
def test_kept_acronym(entity, text, expected):
    assert kept_acronym(entity, text) == expected
