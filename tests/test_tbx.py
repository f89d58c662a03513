"""TBX-Basic export: parsed back, one concept entry per row, fr/en sections, acronyms as
term variants, provenance as notes."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from pipeline.tbx import TBX_NS, glossary_to_tbx, provenance

NS = {"t": TBX_NS}
LANG = "{http://www.w3.org/XML/1998/namespace}lang"

ROWS = [
    {"term_fr": "Organisation mondiale de la santé", "term_en": "World Health Organization",
     "category": "international_organization", "acronym_fr": "OMS", "acronym_en": "WHO",
     "source": "termbase", "confidence": 0.95, "n_docs": 2, "n_occurrences": 5,
     "example": "L'OMS & l'Unicef <alertent>.", "status": "ok"},
    {"term_fr": "TVA", "term_en": "VAT", "category": "acronym", "acronym_fr": "TVA",
     "acronym_en": "VAT", "source": "acronym", "confidence": 0.9, "n_docs": 1,
     "n_occurrences": 1, "example": None, "status": "ok"},
    {"term_fr": "BTP", "term_en": "construction and public works", "category": "acronym",
     "acronym_fr": "BTP", "acronym_en": None, "source": "acronym", "confidence": 0.9,
     "n_docs": 1, "n_occurrences": 1, "example": None, "status": "ok"},
    {"term_fr": "tir de barrage", "term_en": None, "category": "term", "acronym_fr": None,
     "acronym_en": None, "source": "none", "confidence": 0.0, "n_docs": 1, "n_occurrences": 2,
     "example": "Un tir de barrage.", "status": "needs_review"},
    {"term_fr": "taux de change", "term_en": "exchange rate", "category": "term",
     "acronym_fr": None, "acronym_en": None, "source": "review", "confidence": 1.0, "n_docs": 3,
     "n_occurrences": 4, "example": None, "status": "reviewed", "review_status": "corrected"},
]


def _terms(lang_sec) -> list[tuple[str, str | None, str | None]]:
    out = []
    for sec in lang_sec.findall("t:termSec", NS):
        notes = {n.get("type"): n.text for n in sec.findall("t:termNote", NS)}
        out.append((sec.find("t:term", NS).text, notes.get("termType"), notes.get("partOfSpeech")))
    return out


def _entries():
    root = ET.fromstring(glossary_to_tbx(ROWS).encode("utf-8"))
    assert (root.tag, root.get("type"), root.get("style"), root.get(LANG)) == (
        f"{{{TBX_NS}}}tbx", "TBX-Basic", "dca", "en")
    assert root.find("t:tbxHeader/t:fileDesc/t:titleStmt/t:title", NS).text == "passerelle glossary"
    return root.findall("t:text/t:body/t:conceptEntry", NS)


def test_one_concept_entry_per_row_with_fr_and_en_sections():
    entries = _entries()
    assert [e.get("id") for e in entries] == ["c1", "c2", "c3", "c4", "c5"]
    assert [[s.get(LANG) for s in e.findall("t:langSec", NS)] for e in entries] == [
        ["fr", "en"], ["fr", "en"], ["fr", "en"], ["fr"], ["fr", "en"]]
    assert [e.find("t:descrip[@type='subjectField']", NS).text for e in entries] == [
        "international_organization", "acronym", "acronym", "term", "term"]


def test_acronyms_are_term_variants():
    entries = _entries()
    fr = [_terms(e.find("t:langSec[@{http://www.w3.org/XML/1998/namespace}lang='fr']", NS))
          for e in entries]
    en = [_terms(s) for e in entries for s in e.findall("t:langSec", NS) if s.get(LANG) == "en"]
    assert fr == [
        [("Organisation mondiale de la santé", "fullForm", "properNoun"),
         ("OMS", "acronym", "properNoun")],
        [("taxe sur la valeur ajoutée", "fullForm", "noun"), ("TVA", "acronym", "noun")],
        [("bâtiment et travaux publics", "fullForm", "noun"), ("BTP", "acronym", "noun")],
        [("tir de barrage", None, "noun")],
        [("taux de change", None, "noun")],
    ]
    assert en == [
        [("World Health Organization", "fullForm", "properNoun"), ("WHO", "acronym", "properNoun")],
        [("value added tax", "fullForm", "noun"), ("VAT", "acronym", "noun")],
        [("construction and public works", None, "noun")],
        [("exchange rate", None, "noun")],
    ]


def test_provenance_notes_and_context():
    entries = _entries()
    notes = []
    for entry in entries:
        en = [s for s in entry.findall("t:langSec", NS) if s.get(LANG) == "en"]
        holder = en[0].find("t:termSec", NS) if en else entry
        notes.append([n.text for n in holder.findall("t:note", NS)])
    assert notes == [
        ["source: termbase; confidence: 0.95; status: ok"],
        ["source: acronym; confidence: 0.9; status: ok"],
        ["source: acronym; confidence: 0.9; status: ok"],
        ["source: none; confidence: 0.0; status: needs_review"],
        ["source: review; confidence: 1.0; status: reviewed; review_status: corrected"],
    ]
    # an entry-level note comes before the language sections (TBX content model)
    assert [child.tag.split("}")[1] for child in entries[3]] == ["descrip", "note", "langSec"]
    contexts = [e.find(".//t:descrip[@type='context']", NS) for e in entries]
    assert [c.text if c is not None else None for c in contexts] == [
        "L'OMS & l'Unicef <alertent>.", None, None, "Un tir de barrage.", None]


def test_acronym_expansions_only_when_unambiguous_and_agreeing():
    rows = [dict(ROWS[1], example="La TVA monte."),
            dict(ROWS[1], term_fr="PMA", acronym_fr="PMA", term_en="LDC", acronym_en="LDC"),
            dict(ROWS[1], term_en="sales tax", acronym_en=None, source="review")]
    root = ET.fromstring(glossary_to_tbx(rows).encode("utf-8"))
    entries = root.findall("t:text/t:body/t:conceptEntry", NS)
    assert [[_terms(s) for s in e.findall("t:langSec", NS)] for e in entries] == [
        [[("taxe sur la valeur ajoutée", "fullForm", "noun"), ("TVA", "acronym", "noun")],
         [("value added tax", "fullForm", "noun"), ("VAT", "acronym", "noun")]],
        [[("PMA", "acronym", "noun")], [("LDC", "acronym", "noun")]],        # ambiguous
        [[("TVA", "acronym", "noun")], [("sales tax", None, "noun")]],       # reviewed English
    ]
    context = entries[0].find(".//t:descrip[@type='context']/..", NS)
    assert context.find("t:term", NS).text == "TVA"


def test_provenance_and_stable_bytes():
    assert provenance({"source": None, "confidence": 0.0, "status": "needs_review"}) == (
        "source: none; confidence: 0.0; status: needs_review")
    assert glossary_to_tbx(ROWS) == glossary_to_tbx([dict(r) for r in ROWS])
    empty = ET.fromstring(glossary_to_tbx([]).encode("utf-8"))
    assert empty.findall("t:text/t:body/t:conceptEntry", NS) == []
