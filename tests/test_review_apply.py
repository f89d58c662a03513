"""apply_decisions / apply_reviews: what a reviewed run exports (hand-made rows, exact values)."""
from __future__ import annotations

import json

import pytest

from pipeline.export import export_all
from pipeline.review.apply import apply_decisions, apply_reviews, review_tables_of
from pipeline.review.decisions import write_decision, write_many
from pipeline.run import STORE_NAME
from pipeline.schema import TABLE_ORDER, TABLES
from pipeline.store import Store
from test_review_fixtures import DOC_A, DOC_B, TEXT_A, at, build_store, make_run


def iid(table_prefix: str, sub: str, doc=DOC_A, text=TEXT_A) -> str:
    start, end = at(text, sub)
    return f"{doc}-{table_prefix}{start}-{end}"


def dec(table, item, decision, fields=None, **extra):
    return {"item_id": item, "tbl": table, "doc_id": extra.pop("doc_id", DOC_A), "decision": decision,
            "fields": fields or {}, "reviewer": "ana", "decided_at": extra.pop("at", "2025-02-01T10:00:00Z"),
            "version": 1, "start": None, "end": None, "text": None, "label": None, **extra}


@pytest.fixture()
def tables(tmp_path):
    with Store(tmp_path / STORE_NAME) as store:
        build_store(store)
        yield {t: store.table(t) for t in TABLE_ORDER}


def by_id(rows, key):
    return {r[key]: r for r in rows}


def test_no_decision_marks_rows_unreviewed_and_keeps_values(tables):
    out = apply_decisions(tables, [])
    for table in ("mentions", "dates", "quantities", "percentages", "glossary"):
        assert [r["review_status"] for r in out[table]] == ["unreviewed"] * len(tables[table])
        assert [list(r)[:-1] for r in out[table]] == [list(TABLES[table])] * len(tables[table])
        assert [{k: v for k, v in r.items() if k != "review_status"} for r in out[table]] == tables[table]
    assert out["entities"] == tables["entities"]
    assert out["documents"] is tables["documents"]


def test_review_status_is_the_trailing_key(tables):
    row = apply_decisions(tables, [])["dates"][0]
    assert list(row)[-1] == "review_status"
    assert list(row)[:-1] == list(TABLES["dates"])


def test_accept_reject_correct(tables):
    money, area = iid("q", "2,5 milliards de dollars"), iid("q", "12 000 hectares")
    pct = iid("p", "3,1 %")
    out = apply_decisions(tables, [
        dec("quantities", money, "accept"),
        dec("quantities", area, "correct", {"value": "12500", "si_value": 125000000}),
        dec("percentages", pct, "reject"),
    ])
    rows = by_id(out["quantities"], "quantity_id")
    assert rows[money]["review_status"] == "accepted"
    assert (rows[area]["value"], rows[area]["si_value"], rows[area]["review_status"]) == (12500.0, 125000000.0, "corrected")
    assert rows[area]["unit"] == "ha"
    assert out["percentages"] == []


def test_percentage_fraction_follows_a_corrected_value(tables):
    pct = iid("p", "3,1 %")
    row = apply_decisions(tables, [dec("percentages", pct, "correct", {"value": 3.5})])["percentages"][0]
    assert (row["value"], row["fraction"]) == (3.5, 0.035)
    row = apply_decisions(tables, [dec("percentages", pct, "correct", {"value": 3.5, "fraction": 0.5})])["percentages"][0]
    assert row["fraction"] == 0.5


def test_empty_string_clears_a_field(tables):
    item = iid("d", "2024")
    row = by_id(apply_decisions(tables, [dec("dates", item, "correct", {"modifier": "", "value": "2024-01"})])["dates"], "date_id")[item]
    assert (row["modifier"], row["value"]) == (None, "2024-01")


def test_added_date_and_quantity(tables):
    start, end = at(TEXT_A, "près de Cuzco")
    added = dec("dates", f"{DOC_A}-d{start}-{end}", "add", {"kind": "vague", "sentence": 2},
                start=start, end=end, text="près de Cuzco", label="DATE")
    q_start, q_end = at(TEXT_A, "12 000")
    added_q = dec("quantities", f"{DOC_A}-q{q_start}-{q_end}", "add", {"value": 12000}, start=q_start,
                  end=q_end, text="12 000", label="MONEY")
    out = apply_decisions(tables, [added, added_q])
    row = by_id(out["dates"], "date_id")[added["item_id"]]
    assert row == {"date_id": added["item_id"], "doc_id": DOC_A, "text": "près de Cuzco", "start": start,
                   "end": end, "sentence": 2, "kind": "vague", "value": None, "earliest": None,
                   "latest": None, "granularity": None, "modifier": None, "anchor": None,
                   "text_en": None, "flags": None, "review_status": "added"}
    qrow = by_id(out["quantities"], "quantity_id")[added_q["item_id"]]
    assert (qrow["kind"], qrow["value"], qrow["review_status"]) == ("money", 12000.0, "added")
    assert [r["quantity_id"] for r in out["quantities"]] == sorted(
        [r["quantity_id"] for r in out["quantities"]], key=lambda i: int(i.split("-q")[1].split("-")[0]))


def test_added_mention_creates_its_entity(tables):
    start, end = at(TEXT_A, "Cuzco")
    item = f"{DOC_A}-m{start}-{end}"
    out = apply_decisions(tables, [dec("mentions", item, "add",
                                       {"label": "LOCATION", "entity_id": "location:cuzco-abc123",
                                        "name_en": "Cusco", "sentence": 2},
                                       start=start, end=end, text="Cuzco", label="LOCATION")])
    row = by_id(out["mentions"], "mention_id")[item]
    assert (row["entity_id"], row["label"], row["source"], row["review_status"]) == (
        "location:cuzco-abc123", "LOCATION", "review", "added")
    entity = by_id(out["entities"], "entity_id")["location:cuzco-abc123"]
    assert entity == {"entity_id": "location:cuzco-abc123", "label": "LOCATION", "category": None,
                      "name_fr": "Cuzco", "name_en": "Cusco", "acronym_fr": None, "acronym_en": None,
                      "kb_id": None, "n_mentions": 1, "n_docs": 1}


def test_mention_correction_relabels_and_renames_entity(tables):
    item = iid("m", "Maria Lopez")
    out = apply_decisions(tables, [dec("mentions", item, "correct", {"label": "PERSON", "name_en": "María López"})])
    assert by_id(out["mentions"], "mention_id")[item]["label"] == "PERSON"
    entity = by_id(out["entities"], "entity_id")["location:maria-lopez-000001"]
    assert (entity["label"], entity["name_en"]) == ("PERSON", "María López")


def test_rejecting_every_mention_drops_the_entity_and_recounts(tables):
    out = apply_decisions(tables, [dec("mentions", iid("m", "Pérou"), "reject")])
    ids = [e["entity_id"] for e in out["entities"]]
    assert "cldr:PE" not in ids
    assert len(ids) == 5


def test_glossary_correction_overrides_source(tables):
    out = apply_decisions(tables, [dec("glossary", "prêt", "correct", {"term_en": "loan"}, doc_id=None)])
    row = by_id(out["glossary"], "term_fr")["prêt"]
    assert {k: row[k] for k in ("term_en", "source", "status", "confidence", "review_status")} == {
        "term_en": "loan", "source": "review", "status": "reviewed", "confidence": 1.0,
        "review_status": "corrected"}


def test_glossary_accept_add_reject(tables):
    out = apply_decisions(tables, [
        dec("glossary", "Banque mondiale", "accept", doc_id=None),
        dec("glossary", "prêt", "reject", doc_id=None),
        dec("glossary", "taux de croissance", "add", {"term_en": "growth rate", "domain": "economy"},
            doc_id=None),
    ])
    rows = by_id(out["glossary"], "term_fr")
    assert sorted(rows) == ["Banque mondiale", "taux de croissance"]
    assert (rows["Banque mondiale"]["status"], rows["Banque mondiale"]["source"],
            rows["Banque mondiale"]["review_status"]) == ("reviewed", "termbase", "accepted")
    assert rows["taux de croissance"] == {
        "term_fr": "taux de croissance", "term_en": "growth rate", "category": None, "acronym_fr": None,
        "acronym_en": None, "source": "review", "confidence": 1.0, "n_docs": 0, "n_occurrences": 0,
        "example": None, "status": "reviewed", "review_status": "added"}


def test_added_span_of_a_vanished_document_is_left_out(tables):
    orphan = dec("dates", "ffff000000000009-d0-4", "add", {}, doc_id="ffff000000000009",
                 start=0, end=4, text="2020", label="DATE")
    assert [r["date_id"] for r in apply_decisions(tables, [orphan])["dates"]] == [r["date_id"] for r in tables["dates"]]


def test_apply_is_idempotent(tables):
    decisions = [dec("mentions", iid("m", "Lima"), "reject"),
                 dec("quantities", iid("q", "12 000 hectares"), "correct", {"value": 12500}),
                 dec("glossary", "prêt", "correct", {"term_en": "loan"}, doc_id=None)]
    once = apply_decisions(tables, decisions)
    assert apply_decisions(once, decisions) == once


def test_apply_reviews_through_the_store_and_export(tmp_path):
    run = make_run(tmp_path / "run")
    with Store(run / STORE_NAME) as store:
        write_many(store.conn, [dec("mentions", iid("m", "Lima"), "reject"),
                                dec("dates", iid("d", "2024"), "correct", {"value": "2024-06"})])
        tables = apply_reviews(store, {t: store.table(t) for t in TABLE_ORDER})
        export_all(store, run, tables)
    mentions = (run / "csv" / "mentions.csv").read_text(encoding="utf-8")
    dates = (run / "csv" / "dates.csv").read_text(encoding="utf-8")
    assert "Lima" not in mentions
    assert mentions.count("\n") == 6  # header + 5 of the 6 mentions
    assert ",2024-06," in dates


def test_decisions_survive_a_rerun_of_the_same_document(tmp_path):
    run = make_run(tmp_path / "run")
    with Store(run / STORE_NAME) as store:
        write_decision(store.conn, dec("mentions", iid("m", "Lima"), "reject"))
        build_store(store)  # the pipeline rewriting every row of both documents
        tables = apply_reviews(store, review_tables_of(store))
    assert [m["text"] for m in tables["mentions"] if m["doc_id"] == DOC_A] == [
        "Banque mondiale", "Pérou", "Maria Lopez"]
    assert [m["text"] for m in tables["mentions"] if m["doc_id"] == DOC_B] == [
        "Agence spatiale européenne", "Kourou"]



def test_export_all_applies_reviews_and_writes_review_status(tmp_path):
    run = make_run(tmp_path / "run")
    with Store(run / STORE_NAME) as store:
        write_many(store.conn, [dec("mentions", iid("m", "Lima"), "reject"),
                                dec("dates", iid("d", "2024"), "correct", {"value": "2024-06"})])
        export_all(store, run)
    dates = (run / "csv" / "dates.csv").read_text(encoding="utf-8").splitlines()
    assert dates[0].endswith(",text_en,flags,review_status")
    assert dates[1].endswith(",unreviewed")
    assert dates[2].endswith(",anchor_inferred,corrected")
    mentions = json.loads((run / "json" / "mentions.json").read_text(encoding="utf-8"))
    assert [(m["text"], m["review_status"]) for m in mentions if m["doc_id"] == DOC_B] == [
        ("Agence spatiale européenne", "unreviewed"), ("Kourou", "unreviewed")]
    assert "Lima" not in [m["text"] for m in mentions]
