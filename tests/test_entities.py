"""Entity layer: repair rules, word classes, places, English names, linking, and whole
documents, from the example corpus `examples/entities.toml` (exact values, negatives)."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pipeline.extractors import entity_repair as rep
from pipeline.extractors.entity_canon import english_name
from pipeline.extractors.entity_link import link_exact, link_fuzzy
from pipeline.extractors.entity_places import lookup_place

EXAMPLES = tomllib.loads((Path(__file__).parent / "examples" / "entities.toml").read_text("utf-8"))


def cases(section: str):
    out = []
    for i, case in enumerate(EXAMPLES[section]):
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        label = str(case.get("name") or case.get("text") or case.get("names"))[:40]
        out.append(pytest.param(case, id=f"{i:02d}-{label}", marks=marks))
    return out


@pytest.mark.parametrize("case", cases("strip"))
def test_strip(case):
    name = case["name"]
    start, _, complement = rep.strip_leading(name, 0, len(name),
                                             sentence_initial=case.get("initial", False))
    end = rep.strip_trailing(name, start, len(name))
    assert (name[start:end] if end > start else "") == case["expected"]
    assert complement is case.get("complement", False)


CLASSES = {"title": rep.title_only, "generic_noun": rep.false_positive_word,
           "demonym": rep.demonym_word}


@pytest.mark.parametrize("case", cases("never"))
def test_never_an_entity(case):
    test = CLASSES[case["reason"]]
    assert [name for name in case["names"] if not test(name)] == []


@pytest.mark.parametrize("case", cases("maybe"))
def test_not_a_word_class(case):
    assert [(n, r) for n in case["names"] for r, test in CLASSES.items() if test(n)] == []


@pytest.mark.parametrize("case", cases("unit"))
def test_unit_word(case):
    start = case["text"].index(case["word"])
    assert rep.unit_word(case["text"], start, start + len(case["word"])) is case["expected"]


@pytest.mark.parametrize("case", cases("place"))
def test_place(case):
    place = lookup_place(case["name"])
    assert (place.code if place else "") == case["code"]
    if place is not None:
        assert place.name_en == case["name_en"]


@pytest.mark.parametrize("case", cases("english"))
def test_english_name(case):
    assert (english_name(case["name"], case["label"]) or "") == case["expected"]


@pytest.mark.parametrize("case", cases("link"))
def test_link(case):
    link = link_exact(case["name"], case.get("label"))
    assert (link.key if link else "") == case["key"]
    if link is not None:
        assert link.name_en == case["name_en"]


@pytest.mark.parametrize("case", cases("fuzzy"))
def test_fuzzy(case):
    found = link_fuzzy(case["name"], case.get("label"))
    assert (found[0].key if found else "") == case["key"]
    assert (found[1] if found else "") == case.get("flag", "")


@pytest.fixture(scope="session")
def entity_nlp(nlp):
    """The whole pipeline (conftest's session fixture): quantities claim their characters
    before the entity layer runs, as in production."""
    return nlp


@pytest.mark.parametrize("case", cases("doc"))
def test_document(case, entity_nlp):
    doc = entity_nlp(case["text"])
    got = [[e._.value["text"], e._.value["label"], e._.value["key"], e._.value["name_en"] or ""]
           for e in doc.ents]
    assert got == case["mentions"]
    for ent in doc.ents:
        value = ent._.value
        assert doc.text[value["start"]:value["end"]] == value["text"]


def test_value_dicts(entity_nlp):
    """Every column of the value dict, for a misspelt KB person and an acronym pair."""
    doc = entity_nlp("À Bonn, Angela Merkl a rencontré le Fonds monétaire international (FMI).")
    values = {e._.value["text"]: e._.value for e in doc.ents}
    assert values["Angela Merkl"] == {
        "text": "Angela Merkl", "start": 8, "end": 20, "label": "PERSON", "category": "person",
        "key": "kb:per:angela-merkel", "name_fr": "Angela Merkel", "name_en": "Angela Merkel",
        "acronym_fr": None, "acronym_en": None, "kb_id": "per:angela-merkel", "source": "model",
        "flags": ["misspelt:Merkl->Merkel"]}
    assert values["FMI"] == {
        "text": "FMI", "start": 67, "end": 70, "label": "ORG",
        "category": "international_organization", "key": "kb:org:imf",
        "name_fr": "Fonds monétaire international", "name_en": "International Monetary Fund",
        "acronym_fr": "FMI", "acronym_en": "IMF", "kb_id": "Q7804", "source": "model", "flags": []}


def test_title_complement_is_relabelled(entity_nlp):
    """`Président du Sénégal` (PER for the model) leaves the place, flagged and re-typed."""
    doc = entity_nlp("Une délégation du Président du Sénégal, Macky Sall, est arrivée à Dakar.")
    got = [(e._.value["text"], e._.value["label"], e._.value["source"], e._.value["flags"])
           for e in doc.ents]
    assert got == [
        ("Sénégal", "LOCATION", "rule", ["span_trimmed", "label_fixed:PER->LOCATION"]),
        ("Macky Sall", "PERSON", "model", []),
        ("Dakar", "LOCATION", "model", []),
    ]


@pytest.mark.parametrize("text, expected", [
    ("le président Juan", True),
    ("la ministre de la Santé, Ana", True),
    ("M. Durand", True),
    ("en présence de Léa", False),
    ("femme du maire de Salerne", False),
    ("le juge de la faillite siégera à l'hôtel de ville de Nyon", False),
])
def test_title_before(text, expected):
    assert rep.title_before(text, text.rindex(" ") + 1) is expected


DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "entities"
CATEGORIES = {"country", "region", "continent", "city", "body_of_water", "facility",
              "international_organization", "government_body", "company", "institute", "media",
              "armed_group", "political_party", "person", "event", "treaty", "initiative",
              "project", "route", "other"}


def _key(name: str, line: str) -> str:
    cells = line.split("\t")
    return f"{cells[0]}@{cells[-1]}" if name == "cues.tsv" else cells[0]


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.iterdir()
                                        if p.suffix in (".txt", ".tsv")))
def test_data_file_is_clean(name):
    """NFC, no duplicate entry, no stray whitespace."""
    import unicodedata

    lines = [ln for ln in (DATA / name).read_text("utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    keys = [_key(name, ln) for ln in lines]
    assert [ln for ln in lines if unicodedata.normalize("NFC", ln) != ln] == []
    assert sorted({k for k in keys if keys.count(k) > 1}) == []
    assert [k for k in keys if k != k.strip()] == []


def test_cues_use_known_labels_and_categories():
    rows = [ln.split("\t") for ln in (DATA / "cues.tsv").read_text("utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    assert [r for r in rows if len(r) != 4] == []
    assert sorted({r[1] for r in rows} - {"", "PERSON", "ORG", "LOCATION", "MISC"}) == []
    assert sorted({r[2] for r in rows} - CATEGORIES) == []
    assert sorted({r[3] for r in rows} - {"head", "tail", "any"}) == []


def test_cldr_overrides_are_cldr_codes():
    from babel import Locale

    lines = (DATA / "cldr_overrides.tsv").read_text("utf-8").splitlines()
    codes = [ln.split("\t")[0] for ln in lines if ln.strip() and not ln.startswith("#")]
    assert [c for c in codes if c not in Locale("en").territories] == []


def test_category_map_targets_spec_categories():
    from pipeline.extractors.entity_lexicon import category_map, spec_category

    assert sorted(set(category_map().values()) - CATEGORIES) == []
    assert (spec_category("capital"), spec_category("treaty"), spec_category(None)) == \
        ("city", "treaty", None)


def test_given_name_said_of_a_person_is_not_a_place():
    """`Florence` labelled PERSON is not linked to the city (a KB given name); as a place it is."""
    assert link_exact("Florence", "PERSON") is None
    assert link_exact("Florence", "LOCATION").key == "kb:loc:florence"


@pytest.mark.parametrize("text", [
    "Le juge Paul Martin et Paul rencontrent Martin-Paul, puis Paulette et Paul.",
    "AA AAA A-AA AA' l'AA AAA",
    "Jean Dupont, Dupont et Jean ; Jean-Pierre Dupont_ Dupont.",
])
def test_occurrences_match_the_alternation_regex(text):
    """The per-document scan of `propagate` finds what the longest-first regex found."""
    import re

    from pipeline.extractors.entity_gazetteer import _occurrences

    surfaces = sorted({w for w in re.findall(r"[\w'’-]+(?: \w+)?", text)}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w\-’'])(?:" + "|".join(map(re.escape, surfaces))
                         + r")(?![\w\-])")
    expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    assert _occurrences(text, surfaces) == expected


@pytest.mark.parametrize(("word", "pos", "expected"), [
    ("Hier", "PROPN", True), ("Cette", "PROPN", True), ("Immédiatement", "PROPN", True),
    ("Enlevé", "PROPN", True), ("Expulsé", "VERB", True), ("Là-bas", "ADV", True),
    ("Ensuite", None, True),
    # negatives: names, given names, rare words, `-ment` nouns
    ("Parlement", "PROPN", False), ("Clément", "PROPN", False), ("Bové", "PROPN", False),
    ("Laurent", "PROPN", False), ("Renault", "PROPN", False), ("Gouvernement", "NOUN", False),
    ("Orléans", "PROPN", False),
])
def test_sentence_initial_closed_word(word, pos, expected):
    from pipeline.extractors.entity_candidates import closed_word
    assert closed_word(word, pos) is expected
