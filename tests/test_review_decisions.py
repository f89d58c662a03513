"""Review decisions in SQLite: schema, merge rules, versions, conflicts, concurrent writers."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from pipeline.review.decisions import (
    COLUMNS, StaleDecision, delete_decision, get_decision, load_decisions, write_decision, write_many,
)
from pipeline.store import Store


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "passerelle.sqlite") as store:
        yield store


def dec(item="d1-m0-4", decision="accept", tbl="mentions", **extra):
    return {"item_id": item, "tbl": tbl, "doc_id": "d1", "decision": decision,
            "fields": extra.pop("fields", {}), "reviewer": extra.pop("reviewer", "ana"),
            "decided_at": extra.pop("decided_at", "2025-01-01T00:00:00Z"), **extra}


def test_schema_columns(store):
    write_decision(store.conn, dec())
    cols = [r[1] for r in store.conn.execute("PRAGMA table_info(review_decisions)")]
    assert cols == list(COLUMNS)


def test_no_table_means_no_decisions_and_nothing_created(store):
    assert load_decisions(store.conn) == []
    assert store.conn.execute(
        "SELECT COUNT(*) FROM sqlite_master WHERE name = 'review_decisions'").fetchone()[0] == 0


def test_versions_count_writes(store):
    assert write_decision(store.conn, dec(), expected_version=0)["version"] == 1
    assert write_decision(store.conn, dec(decision="reject"), expected_version=1)["version"] == 2
    assert get_decision(store.conn, "mentions", "d1-m0-4")["decision"] == "reject"


def test_stale_version_raises_and_writes_nothing(store):
    write_decision(store.conn, dec(), expected_version=0)
    with pytest.raises(StaleDecision) as err:
        write_decision(store.conn, dec(decision="reject"), expected_version=0)
    assert err.value.current["decision"] == "accept"
    assert err.value.current["version"] == 1
    assert get_decision(store.conn, "mentions", "d1-m0-4")["decision"] == "accept"


def test_no_expected_version_is_last_write_wins(store):
    write_decision(store.conn, dec())
    write_decision(store.conn, dec(decision="reject"))
    assert get_decision(store.conn, "mentions", "d1-m0-4")["version"] == 2


def test_corrections_merge_fields(store):
    write_decision(store.conn, dec(decision="correct", fields={"label": "ORG"}))
    stored = write_decision(store.conn, dec(decision="correct", fields={"name_en": "Acme"}))
    assert stored["fields"] == {"label": "ORG", "name_en": "Acme"}


def test_accept_keeps_a_correction(store):
    write_decision(store.conn, dec(decision="correct", fields={"label": "ORG"}))
    stored = write_decision(store.conn, dec(decision="accept", reviewer="bo"))
    assert (stored["decision"], stored["fields"], stored["reviewer"]) == ("correct", {"label": "ORG"}, "bo")


def test_correcting_an_added_span_updates_it(store):
    write_decision(store.conn, dec(item="d1-q5-9", tbl="quantities", decision="add", start=5, end=9,
                                   text="10 t", label="QUANTITY", fields={"kind": "other"}))
    stored = write_decision(store.conn, dec(item="d1-q5-9", tbl="quantities", decision="correct",
                                            fields={"kind": "money", "currency": "EUR"}))
    assert (stored["decision"], stored["label"], stored["start"]) == ("add", "MONEY", 5)
    assert stored["fields"] == {"kind": "money", "currency": "EUR"}


def test_reject_replaces_an_addition(store):
    write_decision(store.conn, dec(item="d1-m5-9", decision="add", start=5, end=9, text="Acme",
                                   label="ORG"))
    assert write_decision(store.conn, dec(item="d1-m5-9", decision="reject"))["decision"] == "reject"


def test_undo_deletes_and_logs(store):
    write_decision(store.conn, dec())
    with pytest.raises(StaleDecision):
        delete_decision(store.conn, "mentions", "d1-m0-4", expected_version=3)
    dropped = delete_decision(store.conn, "mentions", "d1-m0-4", expected_version=1)
    assert dropped["decision"] == "accept"
    assert load_decisions(store.conn) == []
    log = store.query("SELECT action, item_id, decision FROM review_log ORDER BY seq")
    assert log == [{"action": "put", "item_id": "d1-m0-4", "decision": "accept"},
                   {"action": "delete", "item_id": "d1-m0-4", "decision": None}]


def test_bad_decision_is_refused(store):
    with pytest.raises(ValueError):
        write_decision(store.conn, dec(decision="maybe"))
    with pytest.raises(ValueError):
        write_decision(store.conn, dec(tbl="documents"))


def test_write_many_is_one_transaction(store):
    good, bad = dec(item="a"), dec(item="b", decision="maybe")
    with pytest.raises(ValueError):
        write_many(store.conn, [good, bad])
    assert load_decisions(store.conn) == []
    assert write_many(store.conn, [good, dec(item="b")]) == 2
    assert [d["item_id"] for d in load_decisions(store.conn)] == ["a", "b"]


def test_load_decisions_of_one_doc_includes_glossary(store):
    write_many(store.conn, [dec(item="x"), {**dec(item="y"), "doc_id": "d2"},
                            {**dec(item="prêt", tbl="glossary"), "doc_id": None}])
    assert [d["item_id"] for d in load_decisions(store.conn, "d1")] == ["prêt", "x"]


def test_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "passerelle.sqlite"
    Store(path).close()
    errors = []

    def writer(name: str) -> None:
        try:
            with Store(path) as store:
                for i in range(25):
                    write_decision(store.conn, dec(item=f"{name}-{i}", reviewer=name))
                    write_decision(store.conn, dec(item="shared", decision="correct",
                                                   fields={f"f_{name}": i}))
        except sqlite3.Error as exc:  # pragma: no cover - the assertion shows it
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("t1", "t2", "t3", "t4")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with Store(path) as store:
        decisions = load_decisions(store.conn)
        shared = get_decision(store.conn, "mentions", "shared")
        n_log = store.query("SELECT COUNT(*) AS n FROM review_log")[0]["n"]
    assert errors == []
    assert len(decisions) == 101
    assert shared["version"] == 100
    assert shared["fields"] == {"f_t1": 24, "f_t2": 24, "f_t3": 24, "f_t4": 24}
    assert n_log == 200


def test_two_tabs_same_version_one_wins(tmp_path):
    path = tmp_path / "passerelle.sqlite"
    with Store(path) as a, Store(path) as b:
        write_decision(a.conn, dec(), expected_version=0)
        seen = get_decision(b.conn, "mentions", "d1-m0-4")["version"]
        write_decision(a.conn, dec(decision="reject"), expected_version=seen)
        with pytest.raises(StaleDecision):
            write_decision(b.conn, dec(decision="correct", fields={"label": "ORG"}), expected_version=seen)
        assert get_decision(b.conn, "mentions", "d1-m0-4")["decision"] == "reject"
