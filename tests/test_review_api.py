"""The workbench API and pages (FastAPI TestClient): every decision type, conflicts, bad input,
local-only guards, HTML escaping."""
from __future__ import annotations

import warnings

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*")
from fastapi.testclient import TestClient  # noqa: E402

from pipeline.review.decisions import get_decision, load_decisions  # noqa: E402
from pipeline.review.server import create_app  # noqa: E402
from pipeline.run import STORE_NAME  # noqa: E402
from pipeline.store import Store  # noqa: E402
from test_review_fixtures import DOC_A, DOC_B, TEXT_A, TEXT_B, at, make_run  # noqa: E402

HOST = "127.0.0.1:8123"
ORIGIN = f"http://{HOST}"


def iid(prefix: str, sub: str, doc=DOC_A, text=TEXT_A) -> str:
    start, end = at(text, sub)
    return f"{doc}-{prefix}{start}-{end}"


@pytest.fixture()
def run(tmp_path):
    return make_run(tmp_path / "run")


@pytest.fixture()
def client(run):
    app = create_app(run, port=8123, reviewer="tester")
    with TestClient(app, base_url=ORIGIN, headers={"Origin": ORIGIN}) as c:
        yield c


def stored(run, tbl, item):
    with Store(run / STORE_NAME) as store:
        return get_decision(store.conn, tbl, item)


def decide(client, tbl, item, decision, **extra):
    return client.post("/api/decisions", json={"tbl": tbl, "item_id": item, "decision": decision, **extra})


# ---------------------------------------------------------------- pages

def test_index_lists_documents_with_counts(client):
    page = client.get("/")
    assert page.status_code == 200
    assert page.text.count('href="/doc/') == 2
    assert '<td class="num hot">4 <small>(4 open)</small></td>' in page.text


def test_document_page_escapes_text_and_sets_csp(client):
    page = client.get(f"/doc/{DOC_B}")
    assert page.status_code == 200
    assert "<b>depuis</b>" not in page.text
    assert "&lt;b&gt;depuis&lt;/b&gt; " in page.text
    assert " &amp; après." in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in page.text.replace('<script src="/static/review.js"></script>', "")


def test_document_page_lists_flagged_first(client):
    page = client.get(f"/doc/{DOC_A}").text
    side = page[page.index('<aside'):]
    order = [side.index(f'data-item="{i}"') for i in (
        iid("m", "Lima"), iid("d", "2024"), iid("q", "12 000 hectares"), "prêt",  # flagged, by table
        iid("m", "Banque mondiale"), iid("m", "Pérou"), iid("m", "Maria Lopez"), iid("d", "14 mars 2023"),
        iid("q", "2,5 milliards de dollars"), iid("p", "3,1 %"), "Banque mondiale")]
    assert order == sorted(order)
    assert side.count('class="item st-unreviewed flagged"') == 4
    assert '<h2>Flagged: check first <span class="count">4</span></h2>' in side


def test_unknown_document_page_is_404(client):
    assert client.get("/doc/nope").status_code == 404
    assert client.get("/api/docs/nope/items").status_code == 404


def test_api_docs_progress(client):
    docs = {d["doc_id"]: d for d in client.get("/api/docs").json()}
    assert (docs[DOC_A]["total"], docs[DOC_A]["flagged"], docs[DOC_A]["unreviewed"]) == (11, 4, 11)
    assert (docs[DOC_B]["total"], docs[DOC_B]["flagged"]) == (3, 0)


# ---------------------------------------------------------------- decisions

def test_accept(client, run):
    item = iid("m", "Pérou")
    res = decide(client, "mentions", item, "accept", expected_version=0)
    assert res.status_code == 200
    body = res.json()
    assert (body["item"]["status"], body["item"]["version"], body["progress"]["decided"]) == ("accepted", 1, 1)
    assert stored(run, "mentions", item)["reviewer"] == "tester"


def test_reject(client, run):
    item = iid("p", "3,1 %")
    res = decide(client, "percentages", item, "reject", expected_version=0, reviewer="lea")
    assert (res.status_code, res.json()["item"]["status"]) == (200, "rejected")
    assert (stored(run, "percentages", item)["decision"], stored(run, "percentages", item)["reviewer"]) == ("reject", "lea")


def test_correct_value_unit_currency(client, run):
    item = iid("q", "2,5 milliards de dollars")
    res = decide(client, "quantities", item, "correct", expected_version=0,
                 fields={"value": "2,6e9", "currency": "EUR", "text_en": "2.6 billion euros"})
    assert res.status_code == 200
    assert res.json()["item"]["row"]["value"] == 2.6e9
    assert res.json()["item"]["value"] == "money 2.6e+09 EUR"
    assert stored(run, "quantities", item)["fields"] == {"currency": "EUR", "text_en": "2.6 billion euros",
                                                        "value": 2.6e9}


def test_correct_mention_label_and_english_name(client):
    item = iid("m", "Maria Lopez")
    res = decide(client, "mentions", item, "correct", fields={"label": "PERSON", "name_en": "María López"})
    assert res.json()["item"]["label"] == "PERSON"
    assert res.json()["item"]["edit"] == {"label": "PERSON", "name_en": "María López"}


def test_correct_glossary_from_document_page(client):
    res = decide(client, "glossary", "prêt", "correct", fields={"term_en": "loan"}, context_doc=DOC_A)
    body = res.json()
    assert (body["item"]["status"], body["item"]["row"]["source"], body["progress"]["decided"]) == (
        "corrected", "review", 1)


def test_add_span(client, run):
    start, end = at(TEXT_A, "Cuzco")
    res = client.post("/api/spans", json={"doc_id": DOC_A, "start": start, "end": end, "text": "Cuzco",
                                          "label": "LOCATION"})
    assert res.status_code == 201
    item = f"{DOC_A}-m{start}-{end}"
    decision = stored(run, "mentions", item)
    assert (decision["decision"], decision["label"], decision["text"]) == ("add", "LOCATION", "Cuzco")
    assert decision["fields"]["sentence"] == 2
    assert res.json()["item"]["status"] == "added"
    assert res.json()["progress"]["total"] == 12


def test_add_glossary_term_and_undo(client, run):
    res = client.post("/api/glossary", json={"term_fr": "croissance", "fields": {"term_en": "growth"}})
    assert (res.status_code, res.json()["item"]["status"]) == (201, "added")
    res = client.post("/api/undo", json={"tbl": "glossary", "item_id": "croissance"})
    assert res.status_code == 200
    assert stored(run, "glossary", "croissance") is None


def test_undo_returns_to_unreviewed(client, run):
    item = iid("d", "2024")
    decide(client, "dates", item, "reject", expected_version=0)
    res = client.post("/api/undo", json={"tbl": "dates", "item_id": item, "expected_version": 1})
    assert (res.status_code, res.json()["item"]["status"], res.json()["item"]["version"]) == (200, "unreviewed", 0)
    assert client.post("/api/undo", json={"tbl": "dates", "item_id": item}).status_code == 404


# ---------------------------------------------------------------- conflicts

def test_stale_version_is_409_with_current_decision(client, run):
    item = iid("m", "Lima")
    assert decide(client, "mentions", item, "accept", expected_version=0).status_code == 200
    res = decide(client, "mentions", item, "reject", expected_version=0)
    assert res.status_code == 409
    assert (res.json()["current"]["decision"], res.json()["current"]["version"]) == ("accept", 1)
    assert stored(run, "mentions", item)["decision"] == "accept"
    assert decide(client, "mentions", item, "reject", expected_version=1).status_code == 200


def test_no_version_means_last_write_wins(client, run):
    item = iid("m", "Lima")
    decide(client, "mentions", item, "accept")
    assert decide(client, "mentions", item, "reject").status_code == 200
    assert stored(run, "mentions", item)["version"] == 2


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize("payload, status", [
    ({"tbl": "documents", "item_id": "x", "decision": "accept"}, 422),
    ({"tbl": "mentions", "item_id": "x", "decision": "maybe"}, 422),
    ({"tbl": "mentions", "item_id": "", "decision": "accept"}, 422),
    ({"tbl": "mentions", "item_id": "x" * 301, "decision": "accept"}, 422),
    ({"tbl": "mentions", "item_id": "x", "decision": "accept", "extra": 1}, 422),
    ({"tbl": "mentions", "item_id": "x", "decision": "accept", "expected_version": -1}, 422),
    ({"tbl": "mentions", "item_id": "x", "decision": "accept", "reviewer": "<script>"}, 422),
    ({"tbl": "mentions", "item_id": "nope", "decision": "accept"}, 404),
])
def test_malformed_decisions(client, payload, status):
    assert client.post("/api/decisions", json=payload).status_code == status


def test_correction_field_errors(client):
    item = iid("q", "12 000 hectares")
    cases = [({"value": "beaucoup"}, "field 'value' must be a number, got 'beaucoup'"),
             ({"entity_id": "x"}, "field 'entity_id' cannot be edited in quantities (editable: value, "
                                  "value_max, unit, currency, kind, approx, si_value, si_unit, subject, text_en)"),
             ({}, "a correction needs at least one field")]
    for fields, message in cases:
        res = decide(client, "quantities", item, "correct", fields=fields)
        assert (res.status_code, res.json()["detail"]) == (422, message)
    res = decide(client, "mentions", iid("m", "Lima"), "correct", fields={"label": "DATE"})
    assert (res.status_code, res.json()["detail"]) == (422, "label 'DATE' is not a mentions label")
    res = decide(client, "quantities", item, "correct", fields={"Value": 1})
    assert res.status_code == 422
    res = decide(client, "quantities", item, "correct", fields={f"f{i}": 1 for i in range(21)})
    assert res.status_code == 422


def test_add_span_errors(client):
    start, end = at(TEXT_A, "Cuzco")
    base = {"doc_id": DOC_A, "start": start, "end": end, "text": "Cuzco", "label": "LOCATION"}
    cases = [({"text": "Cusco"}, 422, f"offsets [{start}:{end}] give 'Cuzco', not 'Cusco'"),
             ({"end": 10**6}, 422, f"offsets [{start}:1000000] are outside the document (0..{len(TEXT_A)})"),
             ({"doc_id": "nope"}, 404, "unknown document 'nope'")]
    for change, status, message in cases:
        res = client.post("/api/spans", json={**base, **change})
        assert (res.status_code, res.json()["detail"]) == (status, message)
    assert client.post("/api/spans", json={**base, "label": "THING"}).status_code == 422
    assert client.post("/api/spans", json={**base, "start": -1}).status_code == 422


def test_not_json_is_refused(client):
    res = client.post("/api/decisions", content=b"tbl=mentions", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert res.status_code == 415
    res = client.post("/api/decisions", content=b"{not json", headers={"Content-Type": "application/json"})
    assert res.status_code == 422


def test_oversized_body_is_413(client):
    res = decide(client, "mentions", "x", "accept", fields={"text_en": "y" * 70000})
    assert res.status_code == 413


def test_oversized_chunked_body_is_413(client):
    def chunks():
        yield b'{"tbl": "mentions", "item_id": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'", "decision": "accept"}'
    res = client.post("/api/decisions", content=chunks(), headers={"Content-Type": "application/json"})
    assert res.status_code == 413


def test_foreign_origin_and_host_are_refused(client, run):
    item = iid("m", "Lima")
    res = client.post("/api/decisions", json={"tbl": "mentions", "item_id": item, "decision": "reject"},
                      headers={"Origin": "http://evil.example"})
    assert res.status_code == 403
    res = client.post("/api/decisions", json={"tbl": "mentions", "item_id": item, "decision": "reject"},
                      headers={"Sec-Fetch-Site": "cross-site"})
    assert res.status_code == 403
    assert client.get("/", headers={"Host": "evil.example:8123"}).status_code == 400
    assert stored(run, "mentions", item) is None


def test_all_four_decision_types_reach_the_store(client, run):
    decide(client, "mentions", iid("m", "Pérou"), "accept")
    decide(client, "mentions", iid("m", "Lima"), "reject")
    decide(client, "dates", iid("d", "2024"), "correct", fields={"value": "2024-05"})
    start, end = at(TEXT_B, "Kourou en juin 2026")
    client.post("/api/spans", json={"doc_id": DOC_B, "start": start, "end": end,
                                    "text": "Kourou en juin 2026", "label": "MISC"})
    with Store(run / STORE_NAME) as store:
        kinds = sorted((d["tbl"], d["decision"]) for d in load_decisions(store.conn))
    assert kinds == [("dates", "correct"), ("mentions", "accept"), ("mentions", "add"), ("mentions", "reject")]
