"""Term candidates: the examples of `examples/terms.toml` through the spaCy pipeline, the pure
helpers, and the glossary of a short text end to end (`pipeline.extract_text`)."""
from __future__ import annotations

import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.components import TERMS_KEY
from pipeline.extractors.terms import locution_nouns, singular, title_case

CASES = tomllib.loads((Path(__file__).parent / "examples" / "terms.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_examples(nlp, case):
    doc = nlp(case["text"])
    values = [span._.value for span in doc.spans[TERMS_KEY]]
    assert [v for v in values if doc.text[v["start"]:v["end"]] != v["text"]] == []
    for expected in case["term"]:
        found = [{k: v.get(k) for k in expected} for v in values if v["term_fr"] == expected["term_fr"]]
        assert found == [expected]
    assert sorted({v["term_fr"] for v in values} & set(case["absent"])) == []


def _word(text, lemma, plural=True, pos="NOUN"):
    return SimpleNamespace(text=text, lemma=lemma, plural=plural, pos=pos)


@pytest.mark.parametrize(("word", "expected"), [
    (_word("critiques", "critique", pos="ADJ"), "critique"),
    (_word("régionaux", "régional", pos="ADJ"), "régional"),
    (_word("Régionaux", "régional", pos="ADJ"), "Régional"),
    (_word("réseaux", "réseau"), "réseau"),
    (_word("travaux", "travail"), "travail"),
    (_word("nombreux", "nombreux", pos="ADJ"), "nombreux"),
    (_word("pays", "pays"), "pays"),
    (_word("enclavées", "enclaver", pos="VERB"), "enclavée"),
    (_word("banque", "banque", plural=False), "banque"),
    (_word("gaz", "gaz"), "gaz"),
])
def test_singular(word, expected):
    assert singular(word) == expected


def test_title_case_and_locutions():
    assert title_case("national security agency") == "National Security Agency"
    assert title_case("court of the first instance") == "Court of the First Instance"
    assert title_case("of the people") == "Of the People"
    assert {"cause", "sein", "matière"} <= locution_nouns()
    assert "banque" not in locution_nouns()


TEXT = ("La TVA augmente encore. Les taux de change fluctuent depuis des mois et la zone euro "
        "ralentit. Les taux de change restent au cœur du débat sur la zone euro.")


def test_extract_text_glossary():
    from pipeline import extract_text

    rows = {r["term_fr"]: r for r in extract_text(TEXT, published="2024-03")["glossary"]}
    assert rows["TVA"] == {
        "term_fr": "TVA", "term_en": "VAT", "category": "acronym", "acronym_fr": "TVA",
        "acronym_en": "VAT", "source": "acronym", "confidence": 0.9, "n_docs": 1,
        "n_occurrences": 1, "example": "La TVA augmente encore.", "status": "ok"}
    assert rows["taux de change"] == {
        "term_fr": "taux de change", "term_en": "exchange rates", "category": "term",
        "acronym_fr": None, "acronym_en": None, "source": "termbase", "confidence": 0.95,
        "n_docs": 1, "n_occurrences": 2,
        "example": "Les taux de change fluctuent depuis des mois et la zone euro ralentit.",
        "status": "ok"}
    assert rows["zone euro"] == {
        "term_fr": "zone euro", "term_en": "euro area", "category": "term", "acronym_fr": None,
        "acronym_en": None, "source": "termbase", "confidence": 0.95, "n_docs": 1,
        "n_occurrences": 2,
        "example": "Les taux de change fluctuent depuis des mois et la zone euro ralentit.",
        "status": "ok"}
    assert sorted(set(rows) & {"taux", "zone", "change"}) == []


def _hand_doc(words, pos, lemmas, ents):
    """A Doc with hand-set tags and entities (no statistical model involved)."""
    import spacy
    from spacy.tokens import Doc

    import pipeline.components  # noqa: F401 - registers the `_.value` extensions

    doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos, lemmas=lemmas)
    spans = []
    for start, end, label, extra in ents:
        span = doc[start:end]
        span = doc.char_span(span.start_char, span.end_char, label=label)
        span._.value = {"text": span.text, "start": span.start_char, "end": span.end_char,
                        "label": label, "name_en": None, "kb_id": None, "category": None,
                        **extra}
        spans.append(span)
    doc.set_ents(spans)
    return doc


def test_entity_name_rows_only_for_unknown_organisations_and_places():
    from pipeline import glossary_english as ge, terminology as tm
    from pipeline.extractors.term_words import doc_words
    from pipeline.extractors.terms import _entity_name_rows

    doc = _hand_doc(
        ["Selon", "le", "Parti", "communiste", ",", "Jean", "Dupont", "et", "la", "CGT",
         "lisent", "Le", "Monde", "."],
        ["ADP", "DET", "NOUN", "ADJ", "PUNCT", "PROPN", "PROPN", "CCONJ", "DET", "PROPN",
         "VERB", "DET", "PROPN", "PUNCT"],
        ["selon", "le", "parti", "communiste", ",", "Jean", "Dupont", "et", "le", "CGT",
         "lire", "le", "Monde", "."],
        [(2, 4, "ORG", {}), (5, 7, "PERSON", {}), (9, 10, "ORG", {}),
         (12, 13, "ORG", {"category": "media"})])
    rows = _entity_name_rows(doc, doc.text, doc_words(doc), tm, ge)
    assert rows == [{"text": "Parti communiste", "start": 9, "end": 25,
                     "term_fr": "Parti communiste", "lemma": "Parti communiste",
                     "term_en": "Communist Party", "en_source": "compositional",
                     "kind": "entity"},
                    {"text": "CGT", "start": 46, "end": 49, "term_fr": "CGT", "lemma": "CGT",
                     "term_en": None, "en_source": "none", "kind": "entity"}]
    # the entities keep their own values (a span's `_.value` is keyed by its offsets)
    assert [e._.value["text"] for e in doc.ents] == ["Parti communiste", "Jean Dupont", "CGT",
                                                      "Monde"]
