"""Round trips with annotation tools (Label Studio, doccano, Prodigy, brat) and strict imports."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.review.decisions import load_decisions, write_decision
from pipeline.review.interchange import (
    FORMATS, InterchangeError, export_run, guess_format, import_file, read_file,
)
from pipeline.review.interchange.common import export_docs, utf16_to_cp
from pipeline.review.interchange.prodigy import tokens
from pipeline.review.workbench import span_decision
from pipeline.run import STORE_NAME
from pipeline.store import Store
from test_review_fixtures import DOC_A, DOC_B, TEXT_A, at, make_run

NAMES = {"labelstudio": "tasks.json", "doccano": "spans.jsonl", "prodigy": "prodigy.jsonl", "brat": "brat"}


@pytest.fixture()
def store(tmp_path):
    make_run(tmp_path / "run")
    with Store(tmp_path / "run" / STORE_NAME) as store:
        yield store


def exported(store, fmt, tmp_path) -> Path:
    path = tmp_path / NAMES[fmt]
    export_run(store, fmt, path)
    if fmt == "labelstudio":  # what Label Studio exports once a reviewer submits the pre-annotation
        tasks = json.loads(path.read_text(encoding="utf-8"))
        for task in tasks:
            task["annotations"] = [{"id": 1, "was_cancelled": False, "result": task.pop("predictions")[0]["result"]}]
        path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def spans_of(docs) -> dict[str, list[tuple[int, int, str]]]:
    return {d.doc_id: sorted((s.start, s.end, s.label) for s in d.spans) for d in docs}


EXPECTED_A = sorted([(*at(TEXT_A, "14 mars 2023"), "DATE"), (*at(TEXT_A, "Banque mondiale"), "ORG"),
                     (*at(TEXT_A, "2,5 milliards de dollars"), "MONEY"), (*at(TEXT_A, "Pérou"), "LOCATION"),
                     (*at(TEXT_A, "Maria Lopez"), "LOCATION"), (*at(TEXT_A, "3,1 %"), "PERCENT"),
                     (*at(TEXT_A, "2024"), "DATE"), (*at(TEXT_A, "Lima"), "LOCATION"),
                     (*at(TEXT_A, "12 000 hectares"), "QUANTITY")])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_keeps_spans_and_labels(store, tmp_path, fmt):
    path = exported(store, fmt, tmp_path)
    docs, notes = read_file(path, fmt)
    assert notes == []
    assert spans_of(docs)[DOC_A] == EXPECTED_A
    assert len(spans_of(docs)[DOC_B]) == 3
    result = import_file(store, path, fmt, "rt")
    assert {k: result[k] for k in ("documents", "spans", "accept", "correct", "add", "reject")} == {
        "documents": 2, "spans": 12, "accept": 12, "correct": 0, "add": 0, "reject": 0}
    again = export_docs(store)
    assert sorted((s["start"], s["end"], s["label"]) for s in again[1]["spans"]) == EXPECTED_A
    assert import_file(store, path, fmt, "rt")["unchanged"] == 12


def _edit(path: Path, fmt: str, edit) -> None:
    """Apply `edit(text, spans)` (spans: list of [start, end, label]) to document A in `path`."""
    if fmt == "brat":
        ann = path / f"{DOC_A}.ann"
        text = (path / f"{DOC_A}.txt").read_text(encoding="utf-8")
        spans = [[int(l.split("\t")[1].split()[1]), int(l.split("\t")[1].split()[-1]), l.split("\t")[1].split()[0]]
                 for l in ann.read_text(encoding="utf-8").splitlines() if l.startswith("T")]
        spans = edit(text, spans)
        ann.write_text("".join(f"T{i}\t{l} {s} {e}\t{text[s:e]}\n" for i, (s, e, l) in enumerate(spans, 1)),
                       encoding="utf-8")
        return
    lines = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines()] if fmt != "labelstudio" \
        else json.loads(path.read_text(encoding="utf-8"))
    for obj in lines:
        if (obj.get("data") or obj.get("meta") or obj).get("doc_id") != DOC_A:
            continue
        text = obj.get("text") or obj["data"]["text"]
        if fmt == "labelstudio":
            res = obj["annotations"][0]["result"]
            spans = edit(text, [[r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]] for r in res])
            obj["annotations"][0]["result"] = [{"type": "labels", "value": {"start": s, "end": e, "text": text[s:e],
                                                                            "labels": [l]}} for s, e, l in spans]
        elif fmt == "doccano":
            obj["label"] = edit(text, obj["label"])
        else:
            spans = edit(text, [[s["start"], s["end"], s["label"]] for s in obj["spans"]])
            obj["spans"] = [{"start": s, "end": e, "label": l} for s, e, l in spans]
    data = json.dumps(lines, ensure_ascii=False) if fmt == "labelstudio" else \
        "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines)
    path.write_text(data, encoding="utf-8")


def _review(text, spans):
    lopez, lima, cuzco = at(text, "Maria Lopez"), at(text, "Lima"), at(text, "Cuzco")
    kept = [s for s in spans if (s[0], s[1]) != lima]
    kept = [[s, e, "PERSON" if (s, e) == lopez else l] for s, e, l in kept]
    return kept + [[*cuzco, "LOCATION"], [*at(text, "12 000"), "QUANTITY"]]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_import_makes_accept_reject_correct_add(store, tmp_path, fmt):
    path = exported(store, fmt, tmp_path)
    _edit(path, fmt, _review)
    result = import_file(store, path, fmt, "ann")
    assert {k: result[k] for k in ("accept", "correct", "add", "reject")} == {
        "accept": 10, "correct": 1, "add": 2, "reject": 1}
    decisions = {(d["tbl"], d["item_id"]): d for d in load_decisions(store.conn)}
    lima, lopez, cuzco = at(TEXT_A, "Lima"), at(TEXT_A, "Maria Lopez"), at(TEXT_A, "Cuzco")
    assert decisions[("mentions", f"{DOC_A}-m{lima[0]}-{lima[1]}")]["decision"] == "reject"
    assert decisions[("mentions", f"{DOC_A}-m{lopez[0]}-{lopez[1]}")]["fields"] == {"label": "PERSON"}
    added = decisions[("mentions", f"{DOC_A}-m{cuzco[0]}-{cuzco[1]}")]
    assert (added["decision"], added["label"], added["text"], added["reviewer"]) == ("add", "LOCATION", "Cuzco", "ann")


def test_import_keeps_a_workbench_correction(store, tmp_path):
    item = f"{DOC_A}-q{'-'.join(map(str, at(TEXT_A, '12 000 hectares')))}"
    write_decision(store.conn, {"item_id": item, "tbl": "quantities", "doc_id": DOC_A, "decision": "correct",
                                "fields": {"value": 12500.0}, "reviewer": "ana"})
    import_file(store, exported(store, "doccano", tmp_path), "doccano", "ann")
    decision = {d["item_id"]: d for d in load_decisions(store.conn)}[item]
    assert (decision["decision"], decision["fields"]) == ("correct", {"value": 12500.0})


def test_label_moving_a_span_to_another_table(store, tmp_path):
    path = exported(store, "doccano", tmp_path)
    _edit(path, "doccano", lambda text, spans: [[s, e, "MISC" if l == "DATE" and text[s:e] == "2024" else l]
                                                for s, e, l in spans])
    result = import_file(store, path, "doccano", "ann")
    assert {k: result[k] for k in ("add", "reject", "correct")} == {"add": 1, "reject": 1, "correct": 0}


def test_money_to_quantity_is_a_kind_correction(store, tmp_path):
    path = exported(store, "prodigy", tmp_path)
    _edit(path, "prodigy", lambda text, spans: [[s, e, "QUANTITY" if l == "MONEY" else l] for s, e, l in spans])
    import_file(store, path, "prodigy", "ann")
    fields = [d["fields"] for d in load_decisions(store.conn) if d["decision"] == "correct"]
    assert fields == [{"kind": "other"}]


@pytest.mark.parametrize("fmt, breaks, message", [
    ("labelstudio", lambda t, s: s + [[5, 9, "ORG"]], None),
    ("doccano", lambda t, s: s + [[len(t) - 2, len(t) + 3, "ORG"]],
     f"spans.jsonl line 2, label 9 [{len(TEXT_A) - 2}:{len(TEXT_A) + 3}] ORG: offsets beyond the end of the "
     f"document ({len(TEXT_A)} characters)"),
    ("prodigy", lambda t, s: s + [[0, 2, "THING"]],
     "prodigy.jsonl line 2, span 9 [0:2] THING: unknown label (labels: PERSON, ORG, LOCATION, MISC, DATE, "
     "QUANTITY, MONEY, PERCENT)"),
])
def test_refuses_bad_spans(store, tmp_path, fmt, breaks, message):
    path = exported(store, fmt, tmp_path)
    _edit(path, fmt, breaks)
    if fmt == "labelstudio":  # quote a different text than the offsets hold
        tasks = json.loads(path.read_text(encoding="utf-8"))
        tasks[1]["annotations"][0]["result"][-1]["value"]["text"] = "mars"
        path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
        message = "task 2, result 9 [5:9] ORG: the file quotes 'mars' but the document has ' mar' at these offsets"
    with pytest.raises(InterchangeError) as err:
        import_file(store, path, fmt, "ann")
    assert str(err.value) == message
    assert load_decisions(store.conn) == []


def test_refuses_a_text_that_differs_from_the_run(store, tmp_path):
    path = exported(store, "brat", tmp_path)
    txt = path / f"{DOC_A}.txt"
    txt.write_text(txt.read_text(encoding="utf-8").replace("Pérou", "Perou"), encoding="utf-8")
    with pytest.raises(InterchangeError) as err:
        import_file(store, path, "brat", "ann")
    start = TEXT_A.index("Pérou") + 1
    assert str(err.value) == (f"{DOC_A}.ann: its text differs from document {DOC_A} at character {start} "
                              "('e' in the file, 'é' in the run); offsets would not match")


def test_refuses_unknown_documents(store, tmp_path):
    path = tmp_path / "other.jsonl"
    path.write_text(json.dumps({"text": "Un autre texte.", "label": []}) + "\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as err:
        import_file(store, path, "doccano")
    assert str(err.value) == "other.jsonl line 1: no document of this run has its text"


def test_document_found_by_text_without_doc_id(store, tmp_path):
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps({"text": TEXT_A, "label": [[*at(TEXT_A, "Cuzco"), "LOCATION"]]}) + "\n",
                    encoding="utf-8")
    result = import_file(store, path, "doccano", "ann")
    assert (result["documents"], result["add"], result["reject"]) == (1, 1, 9)


def test_label_studio_utf16_offsets_are_converted(tmp_path):
    text = "Décollage 🚀 depuis Kourou."
    with Store(tmp_path / STORE_NAME) as store:
        store.replace_document({"doc_id": "cccc000000000003", "source_path": "fusee.txt", "status": "ok",
                                "n_chars": len(text)}, text, {}, [(0, len(text))])
        start16 = text.index("Kourou") + 1  # the rocket is two UTF-16 code units
        task = {"id": 7, "data": {"text": text}, "annotations": [{"result": [{"id": "k", "type": "labels", "value": {
            "start": start16, "end": start16 + 6, "text": "Kourou", "labels": ["LOCATION"]}}]}]}
        path = tmp_path / "ls.json"
        path.write_text(json.dumps([task, {"id": 8, "data": {"text": text}}]), encoding="utf-8")
        result = import_file(store, path, None, "ann")
        decisions = load_decisions(store.conn)
    assert result["notes"] == ["task 8: no annotation, skipped"]
    assert [(d["start"], d["end"], d["text"]) for d in decisions] == [(text.index("Kourou"), text.index("Kourou") + 6, "Kourou")]
    assert (utf16_to_cp(text, 12), utf16_to_cp(text, 11)) == (11, None)


def test_brat_writes_fragments_for_a_span_across_lines(store, tmp_path):
    start, end = at(TEXT_A, "Pérou.\nSelon")
    write_decision(store.conn, span_decision(store, DOC_A, start, end, "MISC", reviewer="ana"))
    path = tmp_path / "brat"
    export_run(store, "brat", path)
    line = [l for l in (path / f"{DOC_A}.ann").read_text(encoding="utf-8").splitlines() if "MISC" in l][0]
    assert line.split("\t", 1)[1] == f"MISC {start} {start + 6};{start + 7} {end}\tPérou. Selon"
    docs, _ = read_file(path, "brat")
    assert (start, end, "MISC") in spans_of(docs)[DOC_A]
    assert (path / "annotation.conf").read_text(encoding="utf-8").startswith("[entities]\nPERSON\nORG\n")


def test_prodigy_tokens_cut_at_span_boundaries():
    toks = tokens("Le 12%, à Lyon-Sud.", {3, 5})
    assert [t["text"] for t in toks] == ["Le", "12", "%", ",", "à", "Lyon", "-", "Sud", "."]
    assert [t["ws"] for t in toks][:4] == [True, False, False, True]
    assert [t["text"] for t in tokens("abc", {1})] == ["a", "bc"]


def test_guess_format(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x", "spans": []}\n', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x", "label": []}\n', encoding="utf-8")
    assert [guess_format(tmp_path / n) for n in ("a.jsonl", "b.jsonl")] == ["prodigy", "doccano"]
    assert (guess_format(tmp_path), guess_format(tmp_path / "t.json")) == ("brat", "labelstudio")
    with pytest.raises(InterchangeError):
        guess_format(tmp_path / "x.csv")
