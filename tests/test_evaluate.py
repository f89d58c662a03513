"""Scorer tests (pipeline.evaluate): tiny hand-made gold files and run folders, exact numbers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import cli_evaluate, format_report, load_gold, load_run, score, score_detailed

TEXT = ("La Banque mondiale a prêté 2,5 millions de dollars au Brésil en mars 2019, "
        "soit 12 % de plus que l'OMC.")


def at(sub: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def ent(sub, label, name_en, **extra):
    start, end = at(sub)
    return {"text": sub, "start": start, "end": end, "label": label, "name_en": name_en, **extra}


def date(sub, value, **extra):
    start, end = at(sub)
    return {"text": sub, "start": start, "end": end, "kind": "date", "value": value, **extra}


def qty(sub, value, currency=None, **extra):
    start, end = at(sub)
    return {"text": sub, "start": start, "end": end, "kind": "money", "value": value,
            "value_max": None, "currency": currency, **extra}


def pct(sub, value, kind="change", **extra):
    start, end = at(sub)
    return {"text": sub, "start": start, "end": end, "value": value, "kind": kind, **extra}


def gold_doc(**tables) -> dict:
    return {"doc": "article-1", "published": "2019-04-02", **tables}


def write_run(root: Path, *, entities=(), dates=(), quantities=(), percentages=(),
              glossary=(), source_path="sub/article-1.txt") -> Path:
    """A run folder with one document `D1`; entities are (mention-like dict) rows whose
    name_en goes to the entities table."""
    folder = root / "run"
    (folder / "json").mkdir(parents=True)
    tables = {
        "documents": [{"doc_id": "D1", "source_path": source_path, "status": "ok"}],
        "entities": [{"entity_id": f"E{i}", "label": e["label"], "name_en": e["name_en"]}
                     for i, e in enumerate(entities)],
        "mentions": [{"mention_id": f"M{i}", "doc_id": "D1", "entity_id": f"E{i}",
                      "text": e["text"], "label": e["label"], "start": e["start"],
                      "end": e["end"]} for i, e in enumerate(entities)],
        "dates": [dict(r, doc_id="D1") for r in dates],
        "quantities": [dict(r, doc_id="D1") for r in quantities],
        "percentages": [dict(r, doc_id="D1") for r in percentages],
        "glossary": list(glossary),
    }
    for name, rows in tables.items():
        (folder / "json" / f"{name}.json").write_text(json.dumps(rows), encoding="utf-8")
    return folder


def run_score(tmp_path, gold, **run_tables):
    return score([gold], load_run(write_run(tmp_path, **run_tables)))


PERFECT = dict(
    entities=[ent("Banque mondiale", "ORG", "World Bank"), ent("Brésil", "LOCATION", "Brazil"),
              ent("OMC", "ORG", "World Trade Organization")],
    dates=[date("mars 2019", "2019-03")],
    quantities=[qty("2,5 millions de dollars", 2500000.0, "USD")],
    percentages=[pct("12 %", 12.0)],
)
ONE = {"p": 1.0, "r": 1.0, "f1": 1.0}
ZERO = {"p": 0.0, "r": 0.0, "f1": 0.0}


def test_perfect_match(tmp_path):
    result = run_score(tmp_path, gold_doc(**PERFECT), **PERFECT)
    assert result["entities"] == {
        "lenient": ONE, "strict": ONE, "normalisation": 1.0, "tp": 3, "fp": 0, "fn": 0,
        "by_label": {
            "LOCATION": {"lenient": ONE, "strict": ONE, "normalisation": 1.0,
                         "tp": 1, "fp": 0, "fn": 0},
            "ORG": {"lenient": ONE, "strict": ONE, "normalisation": 1.0,
                    "tp": 2, "fp": 0, "fn": 0}}}
    for table in ("dates", "quantities", "percentages"):
        assert (result[table]["lenient"], result[table]["strict"], result[table]["normalisation"],
                result[table]["tp"]) == (ONE, ONE, 1.0, 1)
    assert result["glossary"] == {"coverage": None, "accuracy": None, "n_gold": 0, "n_found": 0}


def test_empty_prediction(tmp_path):
    result = run_score(tmp_path, gold_doc(**PERFECT))
    assert result["entities"]["lenient"] == ZERO
    assert (result["entities"]["tp"], result["entities"]["fp"], result["entities"]["fn"]) == (0, 0, 3)
    assert result["entities"]["normalisation"] is None
    assert result["dates"]["by_label"] == {"date": {
        "lenient": ZERO, "strict": ZERO, "normalisation": None, "tp": 0, "fp": 0, "fn": 1}}


def test_empty_gold(tmp_path):
    gold = gold_doc(entities=[], dates=[], quantities=[], percentages=[])
    result = run_score(tmp_path, gold, **PERFECT)
    assert (result["entities"]["lenient"], result["entities"]["fp"], result["entities"]["fn"]) == (ZERO, 3, 0)
    assert (result["quantities"]["strict"], result["quantities"]["fp"]) == (ZERO, 1)


def test_table_missing_from_gold_is_not_scored(tmp_path):
    result = run_score(tmp_path, gold_doc(dates=PERFECT["dates"]), **PERFECT)
    assert (result["dates"]["tp"], result["entities"]["fp"], result["percentages"]["fp"]) == (1, 0, 0)


def test_boundary_mismatch_is_lenient_hit_strict_miss(tmp_path):
    gold = gold_doc(dates=[date("mars 2019", "2019-03")])
    result = run_score(tmp_path, gold, dates=[date("en mars 2019", "2019-03")])
    assert result["dates"]["lenient"] == ONE
    assert result["dates"]["strict"] == ZERO
    assert result["dates"]["normalisation"] == 1.0


def test_partial_strict(tmp_path):
    gold = gold_doc(entities=PERFECT["entities"])
    preds = [ent("La Banque mondiale", "ORG", "World Bank"), ent("Brésil", "LOCATION", "Brazil")]
    result = run_score(tmp_path, gold, entities=preds)
    assert result["entities"]["lenient"] == {"p": 1.0, "r": 2 / 3, "f1": 0.8}
    assert result["entities"]["strict"] == {"p": 0.5, "r": 1 / 3, "f1": 0.4}


def test_label_mismatch(tmp_path):
    gold = gold_doc(entities=[ent("Banque mondiale", "ORG", "World Bank")])
    result = run_score(tmp_path, gold, entities=[ent("Banque mondiale", "LOCATION", "World Bank")])
    assert (result["entities"]["tp"], result["entities"]["fp"], result["entities"]["fn"]) == (0, 1, 1)
    assert result["entities"]["strict"] == ZERO
    assert result["entities"]["by_label"]["ORG"]["fn"] == 1
    assert result["entities"]["by_label"]["LOCATION"]["fp"] == 1


def test_alt_labels(tmp_path):
    gold = gold_doc(entities=[ent("Banque mondiale", "ORG", "World Bank", alt_labels=["MISC"])])
    result = run_score(tmp_path, gold, entities=[ent("Banque mondiale", "MISC", "World Bank")])
    assert (result["entities"]["lenient"], result["entities"]["strict"]) == (ONE, ONE)
    assert list(result["entities"]["by_label"]) == ["ORG"]


def test_optional_items_neither_rewarded_nor_penalised(tmp_path):
    gold = gold_doc(entities=[ent("Banque mondiale", "ORG", "World Bank", optional=True),
                              ent("Brésil", "LOCATION", "Brazil"),
                              ent("OMC", "ORG", "World Trade Organization", optional=True)])
    preds = [ent("Banque mondiale", "ORG", "World Bank"), ent("mars", "MISC", "March")]
    result = run_score(tmp_path, gold, entities=preds)
    assert (result["entities"]["tp"], result["entities"]["fp"], result["entities"]["fn"]) == (0, 1, 1)
    assert result["entities"]["strict"] == ZERO
    assert result["entities"]["normalisation"] is None


def test_entity_name_accepted_forms(tmp_path):
    gold = gold_doc(entities=[
        ent("Banque mondiale", "ORG", "World Bank", entity="World Bank Group"),
        ent("Brésil", "LOCATION", "Brazil", accepted_en=["Federative Republic of Brazil"]),
        ent("OMC", "ORG", "World Trade Organization")])
    preds = [ent("Banque mondiale", "ORG", "World Bank Group"),
             ent("Brésil", "LOCATION", "Federative Republic of Brazil"),
             ent("OMC", "ORG", "WTO")]
    result = run_score(tmp_path, gold, entities=preds)
    assert result["entities"]["normalisation"] == 2 / 3
    assert result["entities"]["by_label"]["ORG"]["normalisation"] == 0.5


def test_date_values(tmp_path):
    gold = gold_doc(dates=[date("mars 2019", "2019-03", earliest="2019-03-01", latest="2019-03-31")])
    same_bounds = date("mars 2019", "2019-03-XX", earliest="2019-03-01", latest="2019-03-31")
    assert run_score(tmp_path / "a", gold, dates=[same_bounds])["dates"]["normalisation"] == 1.0
    wrong = date("mars 2019", "2018-03", earliest="2018-03-01", latest="2018-03-31")
    assert run_score(tmp_path / "b", gold, dates=[wrong])["dates"]["normalisation"] == 0.0


def test_quantity_values(tmp_path):
    gold = gold_doc(quantities=[qty("2,5 millions de dollars", 2500000.0, "USD")])
    close = qty("2,5 millions de dollars", 2500000.0 * (1 + 5e-7), "USD")
    assert run_score(tmp_path / "a", gold, quantities=[close])["quantities"]["normalisation"] == 1.0
    far = qty("2,5 millions de dollars", 2500000.0 * (1 + 5e-6), "USD")
    assert run_score(tmp_path / "b", gold, quantities=[far])["quantities"]["normalisation"] == 0.0
    currency = qty("2,5 millions de dollars", 2500000.0, "CAD")
    assert run_score(tmp_path / "c", gold, quantities=[currency])["quantities"]["normalisation"] == 0.0
    ranged = qty("2,5 millions de dollars", 2500000.0, "USD", value_max=3e6)
    assert run_score(tmp_path / "d", gold, quantities=[ranged])["quantities"]["normalisation"] == 0.0


def test_quantity_si_fields_checked_only_where_gold_gives_them(tmp_path):
    gold_si = gold_doc(quantities=[qty("2,5 millions", 2500000.0, kind="mass",
                                       si_value=2.5e9, si_unit="kg")])
    wrong_si = qty("2,5 millions", 2500000.0, kind="mass", si_value=2.5e6, si_unit="kg")
    assert run_score(tmp_path / "a", gold_si, quantities=[wrong_si])["quantities"]["normalisation"] == 0.0
    gold_plain = gold_doc(quantities=[qty("2,5 millions", 2500000.0, kind="mass")])
    assert run_score(tmp_path / "b", gold_plain, quantities=[wrong_si])["quantities"]["normalisation"] == 1.0


def test_percentage_values(tmp_path):
    gold = gold_doc(percentages=[pct("12 %", 12.0, "change")])
    assert run_score(tmp_path / "a", gold, percentages=[pct("12 %", 12.0, "share")])[
        "percentages"]["normalisation"] == 0.0
    assert run_score(tmp_path / "b", gold, percentages=[pct("12 %", 0.12, "change")])[
        "percentages"]["normalisation"] == 0.0


def _span_row(start, end, value):
    return {"text": TEXT[start:end], "start": start, "end": end, "kind": "date", "value": value}


def test_overlap_ties_prefer_the_tighter_pair(tmp_path):
    gold = gold_doc(dates=[_span_row(2, 10, "G")])
    preds = [_span_row(0, 6, "wide"), _span_row(6, 10, "G")]  # overlap 4 each; unions 10 vs 8
    result, items = score_detailed([gold], load_run(write_run(tmp_path, dates=preds)))
    assert (result["dates"]["tp"], result["dates"]["fp"], result["dates"]["normalisation"]) == (1, 1, 1.0)
    assert [(i["type"], i["start"], i["end"]) for i in items] == [("spurious", 0, 6)]


def test_overlap_ties_then_earlier_gold(tmp_path):
    gold = gold_doc(dates=[_span_row(4, 10, "second"), _span_row(0, 6, "first")])
    preds = [_span_row(2, 8, "first")]  # overlap 4 with both, union 8 with both
    result, items = score_detailed([gold], load_run(write_run(tmp_path, dates=preds)))
    assert (result["dates"]["tp"], result["dates"]["fn"], result["dates"]["normalisation"]) == (1, 1, 1.0)
    assert [(i["type"], i["start"], i["end"]) for i in items] == [("miss", 4, 10)]


def test_largest_overlap_wins_then_one_to_one(tmp_path):
    gold = gold_doc(dates=[_span_row(0, 10, "a"), _span_row(8, 20, "b")])
    preds = [_span_row(5, 18, "b")]  # overlap 5 with a, 10 with b
    result = run_score(tmp_path, gold, dates=preds)
    assert (result["dates"]["tp"], result["dates"]["fp"], result["dates"]["fn"]) == (1, 0, 1)
    assert result["dates"]["normalisation"] == 1.0


GLOSSARY_GOLD = [
    {"term_fr": "Banque mondiale", "term_en": "World Bank", "accepted_en": [], "category": "ORG"},
    {"term_fr": "OTAN", "term_en": "NATO", "accepted_en": ["North Atlantic Treaty Organization"],
     "category": "ACRONYM"},
    {"term_fr": "énergie éolienne", "term_en": "wind power", "accepted_en": ["wind energy"],
     "category": "TERM"},
    {"term_fr": "taux de chômage", "term_en": "unemployment rate", "accepted_en": [],
     "category": "TERM"},
]
GLOSSARY_RUN = [
    {"term_fr": "banque Mondiale", "term_en": "world bank", "acronym_fr": None, "acronym_en": None},
    {"term_fr": "Organisation du traité de l'Atlantique nord", "term_en": "North Atlantic Treaty "
     "Organization", "acronym_fr": "OTAN", "acronym_en": "NATO"},
    {"term_fr": "ENERGIE EOLIENNE", "term_en": "eolian energy", "acronym_fr": None, "acronym_en": None},
]


def test_glossary_coverage_and_accuracy(tmp_path):
    result = run_score(tmp_path, gold_doc(glossary=GLOSSARY_GOLD), glossary=GLOSSARY_RUN)
    assert result["glossary"] == {"coverage": 0.75, "accuracy": 2 / 3, "n_gold": 4, "n_found": 3}


def test_glossary_acronym_row_matched_by_acronym_english(tmp_path):
    gold = [{"term_fr": "OTAN", "term_en": "NATO", "accepted_en": []}]
    run = [{"term_fr": "Organisation du traité de l'Atlantique nord", "term_en": "North Atlantic "
            "Treaty Organization", "acronym_fr": "otan", "acronym_en": "NATO"}]
    result = run_score(tmp_path, gold_doc(glossary=gold), glossary=run)
    assert result["glossary"] == {"coverage": 1.0, "accuracy": 1.0, "n_gold": 1, "n_found": 1}


def test_gold_doc_missing_from_run(tmp_path):
    gold = gold_doc(**PERFECT)
    result, items = score_detailed([gold], load_run(write_run(tmp_path, source_path="other.txt",
                                                                **PERFECT)))
    assert (result["entities"]["tp"], result["entities"]["fp"], result["entities"]["fn"]) == (0, 0, 3)
    assert items[0] == {"type": "nodoc", "table": "documents", "doc": "article-1"}


def test_verbose_report_lines(tmp_path):
    gold = gold_doc(dates=[date("mars 2019", "2019-03")],
                    percentages=[pct("12 %", 12.0, "change")])
    preds = dict(dates=[date("2019", "2019")], percentages=[pct("2,5", 2.5, "other")])
    result, items = score_detailed([gold], load_run(write_run(tmp_path, **preds)))
    start, end = at("mars 2019")
    lines = format_report(result, items).splitlines()
    assert lines[-3:] == [
        f"WRONG dates doc=article-1 [{start}:{end}] 'mars 2019' gold kind=date value=2019-03 "
        f"| got [{start + 5}:{end}] '2019' kind=date value=2019",
        f"MISS percentages doc=article-1 [{at('12 %')[0]}:{at('12 %')[1]}] '12 %' kind=change value=12",
        f"SPURIOUS percentages doc=article-1 [{at('2,5')[0]}:{at('2,5')[1]}] '2,5' kind=other value=2.5",
    ]


def write_gold(folder: Path, name: str, data) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_load_gold_folder_and_files(tmp_path):
    write_gold(tmp_path / "g", "b.gold.json", {"doc": "b", "dates": []})
    write_gold(tmp_path / "g", "a.gold.json", gold_doc(**PERFECT))
    write_gold(tmp_path / "g", "notes.json", {"doc": "ignored"})
    assert [d["doc"] for d in load_gold(tmp_path / "g")] == ["article-1", "b"]
    assert [d["doc"] for d in load_gold([str(tmp_path / "g" / "b.gold.json")])] == ["b"]


@pytest.mark.parametrize("data, problem", [
    ("{not json", "not a readable JSON file"),
    ({"entities": []}, "'doc' must be a non-empty string"),
    ({"doc": "x", "dates": {}}, "'dates' must be a list"),
    ({"doc": "x", "dates": [{"text": "mars", "start": 5, "end": 3}]}, "need 0 <= start < end"),
    ({"doc": "x", "dates": [{"text": "mars", "start": 0, "end": 5}]},
     "'text' 'mars' has 4 characters but [0:5] spans 5"),
    ({"doc": "x", "entities": [{"text": "OMC", "start": 0, "end": 3, "label": "ORGANIZATION"}]},
     "'label' must be one of PERSON, ORG, LOCATION, MISC"),
    ({"doc": "x", "entities": [{"text": "OMC", "start": 0, "end": 3, "label": "ORG",
                                "alt_labels": ["GPE"]}]}, "unknown alt_labels ['GPE']"),
    ({"doc": "x", "quantities": [{"text": "5", "start": 0, "end": 1, "optional": "yes"}]},
     "'optional' must be true or false"),
    ({"doc": "x", "glossary": [{"term_fr": "", "term_en": "x"}]}, "'term_fr' must be a non-empty"),
])
def test_load_gold_rejects_malformed(tmp_path, data, problem):
    path = write_gold(tmp_path, "bad.gold.json", data)
    with pytest.raises(ValueError) as info:
        load_gold([path])
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_load_gold_duplicate_doc_and_empty_folder(tmp_path):
    write_gold(tmp_path / "g", "a.gold.json", {"doc": "same"})
    write_gold(tmp_path / "g", "b.gold.json", {"doc": "same"})
    with pytest.raises(ValueError, match="already given by"):
        load_gold(tmp_path / "g")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no \\*.gold.json file"):
        load_gold(tmp_path / "empty")


def test_load_run_requires_documents(tmp_path):
    with pytest.raises(ValueError, match="not a run folder"):
        load_run(tmp_path)


def test_cli_evaluate_json(tmp_path, capsys):
    run = write_run(tmp_path, **PERFECT)
    gold = write_gold(tmp_path / "g", "article-1.gold.json", gold_doc(**PERFECT))
    assert cli_evaluate([str(gold)], str(run), None, verbose=False, as_json=True) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == score(load_gold([gold]), load_run(run))
    assert sorted(printed) == ["dates", "entities", "glossary", "percentages", "quantities"]


def test_cli_evaluate_errors(tmp_path, capsys):
    assert cli_evaluate([], None, None, verbose=False, as_json=False) == 2
    assert cli_evaluate([str(tmp_path / "none.gold.json")], str(tmp_path), None, False, False) == 2
    assert "no such gold file" in capsys.readouterr().err


def test_doc_matched_by_relative_path_when_stems_collide(tmp_path):
    run = load_run(write_run(tmp_path, **PERFECT))
    run["documents"].append({"doc_id": "D2", "source_path": "other/article-1.txt"})
    with pytest.raises(ValueError, match="matches several run documents"):
        score([gold_doc(**PERFECT)], run)
    by_path = dict(gold_doc(**PERFECT), doc="sub/article-1")
    assert score([by_path], run)["entities"]["tp"] == 3


def test_cli_evaluate_corpus_runs_the_pipeline_into_a_temp_folder(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    write_gold(corpus, "article-1.gold.json", gold_doc(**PERFECT))
    for name in ("article-1.txt", "article-1.en.txt", "README.md", "sans-gold.txt"):
        (corpus / name).write_text("texte", encoding="utf-8")  # only article-1.txt has gold
    calls = []

    def fake_process_corpus(corpus_dir, out, **options):
        calls.append((Path(corpus_dir), options))
        made = write_run(Path(out) / "x", **PERFECT)
        (Path(out) / "json").mkdir()
        for path in (made / "json").iterdir():
            (Path(out) / "json" / path.name).write_text(path.read_text())
        return {}

    import pipeline.run
    monkeypatch.setattr(pipeline.run, "process_corpus", fake_process_corpus)
    assert cli_evaluate([], None, str(corpus), verbose=False, as_json=True) == 0
    assert calls == [(corpus, {"quiet": True, "select": {"article-1.txt"}})]
    printed = json.loads(capsys.readouterr().out)
    assert (printed["entities"]["tp"], printed["dates"]["lenient"]) == (3, ONE)


def test_optional_item_with_other_boundaries_is_neutral_in_strict_too(tmp_path):
    gold = gold_doc(entities=[ent("Banque mondiale", "ORG", "World Bank", optional=True),
                              ent("Brésil", "LOCATION", "Brazil")])
    preds = [ent("La Banque mondiale", "ORG", "World Bank"), ent("Brésil", "LOCATION", "Brazil")]
    result = run_score(tmp_path, gold, entities=preds)
    assert (result["entities"]["lenient"], result["entities"]["strict"]) == (ONE, ONE)
    assert (result["entities"]["tp"], result["entities"]["fp"], result["entities"]["fn"]) == (1, 0, 0)


def test_glossary_english_ignores_typographic_apostrophes(tmp_path):
    from pipeline.evaluate_match import _caseless

    assert _caseless("Côte d’Ivoire") == _caseless("Côte d'Ivoire") == "côte d'ivoire"
