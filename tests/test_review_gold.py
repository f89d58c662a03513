"""Gold export of fully reviewed documents, and the termbase export of glossary decisions."""
from __future__ import annotations

import json

import pytest

from pipeline.evaluate import load_gold, score
from pipeline.review.apply import apply_reviews, review_tables_of
from pipeline.review.decisions import write_decision, write_many
from pipeline.review.gold import write_gold
from pipeline.review.termbase import termbase_rows, termbase_tsv
from pipeline.review.workbench import span_decision
from pipeline.run import STORE_NAME
from pipeline.store import Store
from test_review_fixtures import DOC_A, DOC_B, TEXT_B, at, make_run


@pytest.fixture()
def store(tmp_path):
    make_run(tmp_path / "run")
    with Store(tmp_path / "run" / STORE_NAME) as store:
        yield store


def iid(prefix, sub, doc=DOC_B, text=TEXT_B):
    start, end = at(text, sub)
    return f"{doc}-{prefix}{start}-{end}"


def decide(store, tbl, item, decision, fields=None, doc_id=DOC_B):
    write_decision(store.conn, {"item_id": item, "tbl": tbl, "doc_id": doc_id, "decision": decision,
                                "fields": fields or {}, "reviewer": "ana"})


def review_doc_b(store):
    decide(store, "mentions", iid("m", "Agence spatiale européenne"), "accept")
    decide(store, "mentions", iid("m", "Kourou"), "correct", {"name_en": "Kourou (French Guiana)"})
    decide(store, "dates", iid("d", "juin 2026"), "reject")
    start, end = at(TEXT_B, "juin 2026")
    write_decision(store.conn, span_decision(store, DOC_B, start, end, "DATE", reviewer="bo",
                                             fields={"value": "2026-06", "kind": "date", "granularity": "month"}))


def test_only_fully_reviewed_documents_are_written(store, tmp_path):
    out = tmp_path / "gold"
    assert write_gold(store, out) == {"written": [], "skipped": {DOC_A: "11 of 11 items not decided",
                                                                 DOC_B: "3 of 3 items not decided"}}
    review_doc_b(store)
    result = write_gold(store, out)
    assert result == {"written": [out / "espace.gold.json"], "skipped": {DOC_A: "11 of 11 items not decided"}}


def test_gold_file_content(store, tmp_path):
    review_doc_b(store)
    write_gold(store, tmp_path / "gold")
    gold = json.loads((tmp_path / "gold" / "espace.gold.json").read_text(encoding="utf-8"))
    a, k, j = at(TEXT_B, "Agence spatiale européenne"), at(TEXT_B, "Kourou"), at(TEXT_B, "juin 2026")
    assert gold == {
        "doc": "espace", "published": "2025-01-15",
        "entities": [
            {"text": "Agence spatiale européenne", "start": a[0], "end": a[1], "label": "ORG",
             "entity": "European Space Agency", "name_en": "European Space Agency", "acronym_en": None,
             "alt_labels": [], "optional": False, "note": ""},
            {"text": "Kourou", "start": k[0], "end": k[1], "label": "LOCATION",
             "entity": "Kourou (French Guiana)", "name_en": "Kourou (French Guiana)", "acronym_en": None,
             "alt_labels": [], "optional": False, "note": ""}],
        # re-added over the rejected extraction: the extracted values fill what the reviewer left out
        "dates": [{"text": "juin 2026", "start": j[0], "end": j[1], "kind": "date", "value": "2026-06",
                   "earliest": "2026-06-01", "latest": "2026-06-30", "granularity": "month", "modifier": None,
                   "flags": [], "optional": False}],
        "quantities": [], "percentages": [],
        "provenance": {"tool": "passerelle review", "doc_id": DOC_B, "reviewers": ["ana", "bo"]},
    }


def test_gold_scores_the_reviewed_run_perfectly(store, tmp_path):
    review_doc_b(store)
    write_gold(store, tmp_path / "gold")
    gold = load_gold(tmp_path / "gold")
    result = score(gold, apply_reviews(store, review_tables_of(store)))
    assert (result["entities"]["lenient"]["f1"], result["entities"]["strict"]["f1"],
            result["entities"]["normalisation"]) == (1.0, 1.0, 1.0)
    assert (result["dates"]["tp"], result["dates"]["fp"], result["dates"]["fn"]) == (1, 0, 0)
    unreviewed = score(gold, review_tables_of(store))
    assert unreviewed["entities"]["normalisation"] == 0.5


def test_glossary_items_gate_and_fill_gold(store, tmp_path):
    items = {"mentions": ["Banque mondiale", "Pérou", "Maria Lopez", "Lima"],
             "dates": ["14 mars 2023", "2024"], "quantities": ["2,5 milliards de dollars", "12 000 hectares"],
             "percentages": ["3,1 %"]}
    from test_review_fixtures import TEXT_A
    write_many(store.conn, [{"item_id": iid(t[0] if t != "mentions" else "m", s, DOC_A, TEXT_A), "tbl": t,
                             "doc_id": DOC_A, "decision": "accept", "fields": {}, "reviewer": "ana"}
                            for t, subs in items.items() for s in subs])
    assert write_gold(store, tmp_path / "g")["skipped"][DOC_A] == "2 of 11 items not decided"
    decide(store, "glossary", "Banque mondiale", "accept", doc_id=None)
    decide(store, "glossary", "prêt", "correct", {"term_en": "loan"}, doc_id=None)
    write_gold(store, tmp_path / "g")
    gold = json.loads((tmp_path / "g" / "perou-pret.gold.json").read_text(encoding="utf-8"))
    assert gold["glossary"] == [
        {"term_fr": "Banque mondiale", "term_en": "World Bank", "accepted_en": [],
         "category": "international_organization", "acronym_fr": None},
        {"term_fr": "prêt", "term_en": "loan", "accepted_en": [], "category": "term", "acronym_fr": None}]
    assert [len(gold[t]) for t in ("entities", "dates", "quantities", "percentages")] == [4, 2, 2, 1]


def test_termbase_rows(store):
    decide(store, "glossary", "prêt", "correct", {"term_en": "loan", "domain": "finance", "notes": "also: credit"},
           doc_id=None)
    decide(store, "glossary", "Banque mondiale", "accept", doc_id=None)
    rows = termbase_rows(store)
    day = rows[0]["notes"][-10:]
    assert rows == [
        {"term_fr": "Banque mondiale", "term_en": "World Bank", "domain": "", "notes": f"reviewed by ana {day}"},
        {"term_fr": "prêt", "term_en": "loan", "domain": "finance", "notes": f"also: credit; reviewed by ana {day}"},
    ]
    tsv = termbase_tsv(store, "run")
    assert tsv.splitlines()[2:] == ["term_fr\tterm_en\tdomain\tnotes",
                                    f"Banque mondiale\tWorld Bank\t\treviewed by ana {day}",
                                    f"prêt\tloan\tfinance\talso: credit; reviewed by ana {day}"]


def test_rejected_and_unreviewed_terms_stay_out_of_the_termbase(store):
    decide(store, "glossary", "Banque mondiale", "reject", doc_id=None)
    assert termbase_rows(store) == []
