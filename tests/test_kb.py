"""Integrity and lookup tests for the entity knowledge base (pipeline/data/kb)."""
from __future__ import annotations

import ast
import re
import unicodedata
from importlib import resources
from pathlib import Path

import pycountry
import pytest
from babel import Locale

from pipeline.kb import (
    KB_COLUMNS,
    KB_FILES,
    KBEntry,
    kb_by_id,
    kb_index,
    load_kb,
    normalize_key,
    primary_ids,
    read_kb_file,
)

KB_DIR = resources.files("pipeline").joinpath("data", "kb")
PREFIX = {"organizations.tsv": "org", "people.tsv": "per", "places.tsv": "loc", "events.tsv": "evt"}
LABEL = {"organizations.tsv": "ORG", "people.tsv": "PERSON", "places.tsv": "LOCATION",
         "events.tsv": "MISC"}
MIN_ROWS = {"organizations.tsv": 650, "people.tsv": 600, "places.tsv": 950, "events.tsv": 190}
CATEGORIES = (
    "international_organization", "regional_organization", "government_body", "legislature",
    "court", "central_bank", "political_party", "company", "ngo", "media", "institute",
    "university", "military", "agency", "person", "city", "capital", "region", "body_of_water",
    "mountain_range", "river", "desert", "geographic_feature", "facility", "route", "treaty",
    "initiative",
    "programme", "event", "summit", "conflict", "strategy", "other",
)
ID_RE = re.compile(r"^(org|per|loc|evt):[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO_CODES = {c.alpha_2 for c in pycountry.countries} | {"XK"}


def _text(name: str) -> str:
    return KB_DIR.joinpath(name).read_text(encoding="utf-8")


def _raw_rows(name: str) -> list[list[str]]:
    lines = [line for line in _text(name).split("\n") if line and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def _ambiguous_lines() -> list[tuple[str, str, str]]:
    lines = [line for line in _text("AMBIGUOUS.txt").splitlines()
             if line and not line.startswith("#")]
    return [tuple(line.split("\t")) for line in lines]  # type: ignore[misc]


def _ambiguous() -> dict[str, str]:
    return {key: scope for key, scope, _reason in _ambiguous_lines()}


def _cldr_keys() -> set[str]:
    return {normalize_key(name) for loc in ("fr", "en")
            for name in Locale(loc).territories.values()}


# --- file format ---------------------------------------------------------------------

@pytest.mark.parametrize("name", KB_FILES)
def test_header_comments_only_on_top_and_column_count(name: str) -> None:
    lines = _text(name).rstrip("\n").split("\n")
    body = [i for i, line in enumerate(lines) if not line.startswith("#")]
    assert body == list(range(body[0], len(lines)))  # no comment after the header
    assert tuple(lines[body[0]].split("\t")) == KB_COLUMNS
    assert {len(r) for r in _raw_rows(name)} == {len(KB_COLUMNS)}


@pytest.mark.parametrize("name", KB_FILES)
def test_cells_are_nfc_and_stripped(name: str) -> None:
    bad = [cell for row in _raw_rows(name) for cell in row
           if cell != unicodedata.normalize("NFC", cell) or cell != cell.strip()
           or "  " in cell]
    assert bad == []


@pytest.mark.parametrize("name", KB_FILES)
def test_aliases_are_well_formed(name: str) -> None:
    bad = []
    for entry in read_kb_file(name):
        for alias in entry.aliases_fr + entry.aliases_en:
            if not alias or "|" in alias or alias != alias.strip():
                bad.append((entry.id, alias))
    assert bad == []


def test_categories_file_matches_closed_list() -> None:
    assert tuple(_text("CATEGORIES.txt").split()) == CATEGORIES


# --- row integrity ---------------------------------------------------------------------

def test_ids_unique_and_well_formed() -> None:
    ids = [e.id for e in load_kb()]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not ID_RE.match(i)] == []


@pytest.mark.parametrize("name", KB_FILES)
def test_id_prefix_and_label_match_file(name: str) -> None:
    entries = read_kb_file(name)
    assert {e.id.split(":")[0] for e in entries} == {PREFIX[name]}
    assert {e.label for e in entries} == {LABEL[name]}


def test_wikidata_ids_are_valid_and_unique() -> None:
    qids = [e.wikidata for e in load_kb() if e.wikidata]
    assert [q for q in qids if not QID_RE.match(q)] == []
    assert len(qids) == len(set(qids))


def test_categories_in_closed_list() -> None:
    assert sorted({e.category for e in load_kb()} - set(CATEGORIES)) == []
    assert {e.category for e in read_kb_file("people.tsv")} == {"person"}


def test_every_row_has_both_names() -> None:
    assert [e.id for e in load_kb() if not e.name_en or not e.name_fr] == []


def test_country_codes_are_iso_alpha2() -> None:
    assert sorted({e.country for e in load_kb() if e.country} - ISO_CODES) == []


@pytest.mark.parametrize("name", KB_FILES)
def test_minimum_row_counts(name: str) -> None:
    assert len(read_kb_file(name)) >= MIN_ROWS[name]


# --- ambiguity -------------------------------------------------------------------------

def test_cross_label_keys_are_exactly_the_documented_ones() -> None:
    clashing = {k for k, es in kb_index().items() if len({e.label for e in es}) > 1}
    documented = {k for k, scope in _ambiguous().items() if scope == "kb"}
    assert sorted(clashing ^ documented) == []


def test_cldr_territory_collisions_are_documented() -> None:
    colliding = set(kb_index()) & _cldr_keys()
    documented = {k for k, scope in _ambiguous().items() if scope == "cldr"}
    assert sorted(colliding - documented) == []
    assert sorted(documented - set(kb_index())) == []


def test_ambiguous_file_is_well_formed() -> None:
    lines = _ambiguous_lines()
    assert {len(line) for line in lines} == {3}
    assert len({key for key, _scope, _reason in lines}) == len(lines)
    assert {scope for _key, scope, _reason in lines} == {"kb", "cldr", "word"}
    assert [k for k, _s, _r in lines if k != normalize_key(k)] == []
    assert [k for k, _s, reason in lines if not reason.strip()] == []


def test_common_word_keys_are_kb_keys() -> None:
    documented = {k for k, scope in _ambiguous().items() if scope == "word"}
    assert sorted(documented - set(kb_index())) == []


# --- loader ----------------------------------------------------------------------------

def test_load_kb_is_cached_and_typed() -> None:
    assert load_kb() is load_kb()
    entry = kb_by_id()["org:nato"]
    assert isinstance(entry, KBEntry)
    assert entry.aliases_fr == ("Alliance atlantique",)
    assert entry.aliases_en == ("North Atlantic Treaty Organisation", "Atlantic Alliance")
    assert (entry.acronym_en, entry.acronym_fr, entry.wikidata) == ("NATO", "OTAN", "Q7184")


def test_kb_module_is_spacy_free() -> None:
    source = Path(__file__).resolve().parents[1].joinpath("pipeline", "kb.py").read_text()
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert "spacy" not in imported


# --- normalisation and lookups (entries that are not in the sample article) ------------

@pytest.mark.parametrize(("text", "key"), [
    ("l’OTAN", "otan"),
    ("L'OTAN", "otan"),
    ("Les Échos", "echos"),
    ("Le Caire", "caire"),
    ("la Banque mondiale", "banque mondiale"),
    ("Saint-Pétersbourg", "saint petersbourg"),
    ("Addis–Abeba", "addis abeba"),
    ("  Douchanbé \u00a0", "douchanbe"),
    ("Côte d’Azur", "cote d azur"),
    ("la", "la"),
])
def test_normalize_key(text: str, key: str) -> None:
    assert normalize_key(text) == key


@pytest.mark.parametrize(("key", "field", "value"), [
    ("fmi", "name_en", "International Monetary Fund"),
    ("fonds monetaire international", "acronym_en", "IMF"),
    ("otan", "name_en", "North Atlantic Treaty Organization"),
    ("aiea", "acronym_en", "IAEA"),
    ("giec", "name_en", "Intergovernmental Panel on Climate Change"),
    ("omc", "name_en", "World Trade Organization"),
    ("banque mondiale", "wikidata", "Q7164"),
    ("tnp", "name_en", "Treaty on the Non-Proliferation of Nuclear Weapons"),
    ("jcpoa", "name_fr", "Plan d'action global commun"),
    ("pacte vert", "name_en", "European Green Deal"),
    ("pekin", "name_en", "Beijing"),
    ("caire", "name_en", "Cairo"),
    ("achgabat", "id", "loc:ashgabat"),
    ("douchanbe", "name_en", "Dushanbe"),
    ("varsovie", "wikidata", "Q270"),
    ("mer morte", "name_en", "Dead Sea"),
    ("moyen orient", "name_en", "Middle East"),
    ("poutine", "name_en", "Vladimir Putin"),
    ("zelenski", "id", "per:volodymyr-zelenskyy"),
    ("mirziyoiev", "name_en", "Shavkat Mirziyoyev"),
    ("djaparov", "name_en", "Sadyr Japarov"),
    ("erdogan", "wikidata", "Q39259"),
])
def test_index_lookup(key: str, field: str, value: str) -> None:
    entries = kb_index()[key]
    assert [getattr(e, field) for e in entries] == [value]


def test_ambiguous_keys_keep_all_entries() -> None:
    assert [e.id for e in kb_index()["bad"]] == ["org:afdb", "org:adb"]
    assert [e.label for e in kb_index()["davos"]] == ["LOCATION", "MISC"]
    assert [e.id for e in kb_index()["berdymoukhamedov"]] == [
        "per:gurbanguly-berdimuhamedow", "per:serdar-berdimuhamedow"]


# --- primary entries of shared names (PRIMARY.txt) --------------------------------------

def test_primary_keys_are_shared_within_one_label() -> None:
    """Each PRIMARY key names >= 2 entries of one label, and its id is one of them."""
    bad = []
    for key, kb_id in primary_ids().items():
        entries = kb_index().get(key, [])
        if len(entries) < 2 or kb_id not in [e.id for e in entries] or \
                len({e.label for e in entries}) != 1 or key != normalize_key(key):
            bad.append(key)
    assert bad == []


def test_primary_file_covers_the_documented_cases() -> None:
    assert primary_ids() == {"quebec": "loc:quebec-province", "valence": "loc:valencia",
                             "saint denis": "loc:saint-denis",
                             "victoria": "loc:victoria-seychelles",
                             "washington": "loc:washington-dc",
                             "mississippi": "loc:mississippi"}


# --- SPEC category vocabulary -----------------------------------------------------------

SPEC_CATEGORIES = {
    "country", "region", "continent", "city", "body_of_water", "route", "facility",
    "international_organization", "government_body", "political_party", "company", "media",
    "institute", "armed_group", "person", "event", "treaty", "initiative", "project", "other",
}


def _category_map() -> dict[str, str]:
    path = resources.files("pipeline").joinpath("data", "entities", "category_map.tsv")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return dict(ln.split("\t")[:2] for ln in lines)


def test_category_map_targets_are_spec_categories() -> None:
    mapping = _category_map()
    assert sorted(set(mapping) - set(CATEGORIES)) == []
    assert sorted(set(mapping.values()) - SPEC_CATEGORIES) == []


def test_every_kb_category_reaches_the_spec_vocabulary() -> None:
    mapping = _category_map()
    assert sorted({mapping.get(c, c) for c in CATEGORIES} - SPEC_CATEGORIES) == []


# --- breadth: entries that general news needs (none of them from the sample article) ----

@pytest.mark.parametrize(("key", "field", "value"), [
    ("besancon", "name_en", "Besançon"),
    ("lyon", "name_en", "Lyon"),
    ("bobigny", "category", "city"),
    ("fort de france", "country", "FR"),
    ("eeeoa", "id", "org:wapp"),
    ("west african power pool", "acronym_fr", "EEEOA"),
    ("standard & poor s", "id", "org:sp-global-ratings"),
    ("moody s", "name_en", "Moody's Ratings"),
    ("fitch", "id", "org:fitch-ratings"),
    ("eiil", "id", "org:islamic-state"),
    ("etat islamique en irak et au levant", "id", "org:islamic-state"),
    ("tian", "id", "evt:tpnw"),
    ("traite sur l interdiction des armes nucleaires", "acronym_en", "TPNW"),
    ("sberbank", "country", "RU"),
    ("state grid", "id", "org:state-grid"),
    ("pif", "id", "org:pif"),
    ("cac 40", "category", "other"),
    ("benares", "name_en", "Varanasi"),
    ("rangoun", "name_en", "Yangon"),
    ("tcheliabinsk", "name_en", "Chelyabinsk"),
    ("salvador de bahia", "name_en", "Salvador"),
    ("detroit de gibraltar", "category", "body_of_water"),
    ("cosmodrome de baikonour", "category", "facility"),
])
def test_breadth_lookup(key: str, field: str, value: str) -> None:
    entries = kb_index()[key]
    assert [getattr(e, field) for e in entries] == [value]


def test_every_french_prefecture_city_of_the_kb_has_french_name_in_english() -> None:
    """French cities keep their French name in English unless an exonym exists."""
    exonyms = {"loc:dunkirk"}
    french_cities = [e for e in load_kb()
                     if e.country == "FR" and e.category in ("city", "capital")]
    assert len(french_cities) >= 160
    assert [e.id for e in french_cities if e.name_en != e.name_fr and e.id not in exonyms] == []
