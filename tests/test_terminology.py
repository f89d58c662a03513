"""Integrity of the terminology data files and exact behaviour of their look-ups.

Data checks: header, NFC, unique normalised keys, closed domain list, minimum sizes,
British spelling, English and French words attested in wordfreq (or allow-listed),
no untranslated row unless marked ``cognate``. Behaviour checks use terms chosen
independently of the sample article.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from importlib import resources

import pytest
from wordfreq import zipf_frequency

from pipeline.terminology import (
    acronym_senses, compose_en, fold_term, load_acronym_senses, load_acronyms, load_domains,
    load_lexicon, load_termbase, lookup_term, lookup_word, normalize_term, resolve_acronym,
)

HEADERS = {
    "termbase.tsv": ["term_fr", "term_en", "domain", "notes"],
    "acronyms.tsv": ["acronym_fr", "expansion_fr", "acronym_en", "expansion_en", "domain", "notes"],
    "lexicon_fr_en.tsv": ["lemma_fr", "pos", "en", "en_plural", "notes"],
}
MINIMA = {"termbase.tsv": 1800, "acronyms.tsv": 200, "lexicon_fr_en.tsv": 2500}
US_ONLY = {"labor", "favor", "favorable", "neighbor", "neighboring", "behavior", "color", "honor",
           "center", "centers", "theater", "program", "programs", "defense", "offense", "catalog"}
IZE_OK = {"size", "sized", "assize", "maize", "prize", "seize"}
WORD_SPLIT = re.compile(r"[\s\-/,()+]+")


def _data(name: str) -> str:
    return resources.files("pipeline").joinpath("data", name).read_text(encoding="utf-8")


def _rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    lines = _data(name).splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return list(reader.fieldnames or []), list(reader)


def _allow(lang: str) -> set[str]:
    text = _data(f"wordlist_allow_{lang}.txt")
    return {ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")}


def _words(text: str) -> list[str]:
    """Words of a phrase for the word-list check (numbers and symbols skipped)."""
    out = []
    for w in WORD_SPLIT.split(text):
        w = w.strip("'.")
        w = w[:-2] if w.endswith("'s") else w
        if w and not re.fullmatch(r"[\d.,°%&]+", w):
            out.append(w)
    return out


def _english_fields() -> list[tuple[str, str]]:
    """(English text, row label) for every English field of the three files."""
    out = [(r["term_en"], r["term_fr"]) for r in _rows("termbase.tsv")[1]]
    out += [(r["expansion_en"], r["acronym_fr"]) for r in _rows("acronyms.tsv")[1]]
    for r in _rows("lexicon_fr_en.tsv")[1]:
        out += [(r["en"], r["lemma_fr"]), (r["en_plural"], r["lemma_fr"])]
    return [(en, label) for en, label in out if en]


def _french_fields() -> list[str]:
    out = [r["term_fr"] for r in _rows("termbase.tsv")[1]]
    out += [r["expansion_fr"] for r in _rows("acronyms.tsv")[1]]
    return out + [r["lemma_fr"] for r in _rows("lexicon_fr_en.tsv")[1]]


# ---------------------------------------------------------------- file integrity

@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_row_shape(name):
    header, rows = _rows(name)
    assert header == HEADERS[name]
    bad = [r for r in rows if None in r or any(v is None for v in r.values())]
    assert bad == []


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_nfc_and_no_stray_whitespace(name):
    text = _data(name)
    assert unicodedata.normalize("NFC", text) == text
    _, rows = _rows(name)
    stray = [v for r in rows for v in r.values() if v != v.strip() or "  " in v]
    assert stray == []


@pytest.mark.parametrize("name", sorted(MINIMA))
def test_minimum_sizes(name):
    _, rows = _rows(name)
    assert len(rows) >= MINIMA[name], len(rows)


def test_domains_closed_list():
    domains = load_domains()
    assert len(domains) == 20
    used = {r["domain"] for r in _rows("termbase.tsv")[1]} | {
        r["domain"] for r in _rows("acronyms.tsv")[1]}
    assert used - set(domains) == set()


def test_termbase_balanced_across_domains():
    counts = Counter(r["domain"] for r in _rows("termbase.tsv")[1])
    assert set(counts) == set(load_domains())
    assert min(counts.values()) >= 80, counts


def test_unique_normalised_keys():
    tb = [normalize_term(r["term_fr"]) for r in _rows("termbase.tsv")[1]]
    assert [k for k, n in Counter(tb).items() if n > 1] == []
    ac = [(normalize_term(r["acronym_fr"]), fold_term(r["expansion_fr"]))
          for r in _rows("acronyms.tsv")[1]]
    assert [k for k, n in Counter(ac).items() if n > 1] == []
    lx = [(normalize_term(r["lemma_fr"]), r["pos"]) for r in _rows("lexicon_fr_en.tsv")[1]]
    assert [k for k, n in Counter(lx).items() if n > 1] == []
    assert len(load_termbase()) == len(tb)
    assert len(load_lexicon()) == len(lx)


def test_no_empty_english():
    assert [r["term_fr"] for r in _rows("termbase.tsv")[1] if not r["term_en"]] == []
    assert [r["acronym_fr"] for r in _rows("acronyms.tsv")[1]
            if not (r["expansion_en"] and r["expansion_fr"])] == []
    assert [r["lemma_fr"] for r in _rows("lexicon_fr_en.tsv")[1] if not r["en"]] == []


def test_lexicon_pos_and_english_shape():
    _, rows = _rows("lexicon_fr_en.tsv")
    assert {r["pos"] for r in rows} == {"NOUN", "ADJ", "ADP"}
    shape = re.compile(r"^[A-Za-z][A-Za-z' -]*$")
    assert [r["en"] for r in rows if not shape.match(r["en"])] == []
    assert [r["en_plural"] for r in rows if r["en_plural"] and not shape.match(r["en_plural"])] == []
    assert [r["lemma_fr"] for r in rows if r["pos"] != "NOUN" and r["en_plural"]] == []
    modes = [{m.strip().split(":")[0] for m in r["notes"].split(";")} & {"compose", "no-compose"}
             for r in rows if r["pos"] == "ADP"]
    assert sorted(len(m) for m in modes) == [1] * len(modes)
    assert sum(m == {"compose"} for m in modes) == 9


def test_untranslated_rows_are_marked_cognate():
    def same(fr: str, en: str) -> bool:
        return fold_term(fr) == fold_term(en)
    unmarked = [r["term_fr"] for r in _rows("termbase.tsv")[1]
                if same(r["term_fr"], r["term_en"]) and "cognate" not in r["notes"]]
    unmarked += [r["lemma_fr"] for r in _rows("lexicon_fr_en.tsv")[1]
                 if same(r["lemma_fr"], r["en"]) and "cognate" not in r["notes"]]
    assert unmarked == []


def test_british_spelling():
    words = {w.lower() for en, _ in _english_fields() for w in _words(en)}
    assert sorted(words & US_ONLY) == []
    ize = sorted(w for w in words if re.search(r"iz(e|ed|es|ing|ation|ations)$", w))
    assert [w for w in ize if w not in IZE_OK] == []


def test_english_words_attested():
    allow = _allow("en")
    rare = sorted({(w, label) for en, label in _english_fields() for w in _words(en)
                   if w not in allow and zipf_frequency(w, "en") <= 1.0})
    assert rare == []


def test_french_words_attested():
    allow = _allow("fr")
    rare = set()
    for fr in _french_fields():
        for w in _words(fr):
            for part in w.split("'"):
                if len(part) > 1 and part not in allow and zipf_frequency(part, "fr") <= 1.0:
                    rare.add(part)
    assert sorted(rare) == []


# ---------------------------------------------------------------- normalisation

def test_normalize_term():
    assert normalize_term("  Banque\u00a0 Centrale ") == "banque centrale"
    assert normalize_term("taux d\u2019intérêt") == "taux d'intérêt"
    assert normalize_term("taux d`intérêt") == "taux d'intérêt"
    assert normalize_term("e\u0301tat") == "état"


def test_fold_term():
    assert fold_term("État-membre") == "etat membre"
    assert fold_term("main-d'œuvre") == "main d'oeuvre"


# ---------------------------------------------------------------- termbase

@pytest.mark.parametrize(("query", "english"), [
    ("taux de change", "exchange rate"),
    ("Banque centrale", "central bank"),
    ("taux d\u2019intérêt", "interest rate"),
    ("Etat partie", "state party"),
    ("main-d'oeuvre", "workforce"),
    ("gaz  à effet de serre", "greenhouse gas"),
    ("lutte contre le terrorisme", "counter-terrorism"),
    ("politique agricole commune", "common agricultural policy"),
    ("zone euro", "euro area"),
    ("marée noire", "oil spill"),
])
def test_lookup_term(query, english):
    assert lookup_term(query).term_en == english


def test_lookup_term_metadata():
    entry = lookup_term("zone euro")
    assert (entry.domain, entry.also) == ("finance", ("eurozone",))
    assert lookup_term("n'importe quoi") is None
    assert lookup_term("") is None


# ---------------------------------------------------------------- acronyms

def test_acronym_lookup():
    tva = load_acronyms()["tva"]
    assert (tva.acronym_en, tva.expansion_en, tva.domain) == ("VAT", "value added tax", "finance")
    assert resolve_acronym("GNL").expansion_en == "liquefied natural gas"
    btp = resolve_acronym("BTP")
    assert (btp.acronym_en, btp.expansion_en) == ("", "construction and public works")


def test_ambiguous_acronym_needs_expansion():
    assert "pma" not in load_acronyms()
    assert len(acronym_senses("PMA")) == 2
    assert resolve_acronym("PMA") is None
    assert resolve_acronym("PMA", "Procréation médicalement assistée").acronym_en == "ART"
    assert resolve_acronym("PMA", "pays les moins avances").acronym_en == "LDC"
    assert resolve_acronym("PMA", "petites et moyennes entreprises") is None
    assert acronym_senses("XQZ") == ()
    assert len(load_acronym_senses()) > len(load_acronyms())


# ---------------------------------------------------------------- lexicon and composition

def test_lookup_word_fallbacks():
    assert lookup_word("securite", "NOUN").en == "security"
    assert lookup_word("démilitariser", "VERB").en == "demilitarised"
    assert lookup_word("Banque", "PROPN") is None
    assert lookup_word("politique", "NOUN") is None  # policy or politics: deliberately absent


@pytest.mark.parametrize(("tokens", "english"), [
    ([("sécurité", "NOUN"), ("alimentaire", "ADJ")], "food security"),
    ([("taux", "NOUN"), ("de", "ADP"), ("intérêt", "NOUN")], "interest rate"),
    ([("ministère", "NOUN"), ("de", "ADP"), ("le", "DET", "Sing"), ("santé", "NOUN", "Sing")],
     "ministry of health"),
    ([("capitale", "NOUN"), ("de", "ADP", "Sing"), ("pays", "NOUN", "Sing")],
     "capital of the country"),
    ([("protection", "NOUN"), ("de", "ADP", "Plur"), ("témoin", "NOUN", "Plur")],
     "protection of witnesses"),
    ([("les", "DET"), ("énergie", "NOUN", "Plur"), ("renouvelable", "ADJ", "Plur")],
     "renewable energy"),
    ([("réacteur", "NOUN", "Plur"), ("nucléaire", "ADJ", "Plur")], "nuclear reactors"),
    ([("nouveau", "ADJ"), ("stratégie", "NOUN"), ("militaire", "ADJ"), ("britannique", "ADJ")],
     "new British military strategy"),
    ([("lutte", "NOUN"), ("contre", "ADP"), ("le", "DET"), ("corruption", "NOUN")],
     "fight against corruption"),
    ([("accord", "NOUN"), ("entre", "ADP"), ("partenaire", "NOUN", "Plur")],
     "agreement between partners"),
    ([("zone", "NOUN"), ("démilitariser", "VERB")], "demilitarised zone"),
    ([("Banque", "NOUN"), ("central", "ADJ")], "central bank"),
    ([("réseau", "NOUN"), ("de", "ADP"), ("transport", "NOUN"), ("urbain", "ADJ")],
     "urban transport network"),
    ([("exportation", "NOUN", "Plur"), ("de", "ADP"), ("blé", "NOUN")], "wheat exports"),
    ([("majorité", "NOUN"), ("de", "ADP"), ("actionnaire", "NOUN", "Plur")],
     "majority of shareholders"),
    ([("liberté", "NOUN"), ("de", "ADP"), ("opinion", "NOUN")], "freedom of opinion"),
    ([("guerre", "NOUN"), ("mondial", "ADJ")], "world war"),
])
def test_compose_en(tokens, english):
    assert compose_en(tokens) == english


@pytest.mark.parametrize("tokens", [
    [],
    [("le", "DET")],
    [("durable", "ADJ")],
    [("moulin", "NOUN"), ("à", "ADP"), ("vent", "NOUN")],          # unknown word, à
    [("politique", "NOUN"), ("étranger", "ADJ")],                  # ambiguous head left out
    [("pays", "NOUN"), ("à", "ADP"), ("revenu", "NOUN")],          # à never composes
    [("accord", "NOUN"), ("de", "ADP"), ("un", "DET"), ("pays", "NOUN")],  # indefinite
    [("taux", "NOUN"), ("de", "ADP"), ("croissance", "NOUN"), ("de", "ADP", "Sing"),
     ("PIB", "PROPN")],                                            # two prepositions
    [("pétrole", "NOUN"), ("et", "CCONJ"), ("gaz", "NOUN")],      # coordination
    [("réseau", "NOUN"), ("routier", "ADJ"), ("de", "ADP"), ("transport", "NOUN"),
     ("public", "ADJ")],                                           # adjectives on both sides
    [("tonne", "NOUN"), ("3", "NUM")],
    [("Banque", "PROPN"), ("mondial", "ADJ")],
    [("guerre", "NOUN", "Sing"), ("africain", "ADJ", "Plur")],     # no agreement
    [("liberté", "NOUN"), ("de", "ADP"), ("circulation", "NOUN")],  # 'circulation' left out                     # a name, not a phrase
    [("sécurité", "NOUN"), ("zorglubien", "ADJ")],
])
def test_compose_en_refuses(tokens):
    assert compose_en(tokens) is None


def test_lookup_word_accented_lemma_is_not_folded():
    assert lookup_word("côte", "NOUN").en == "coast"
    assert lookup_word("côté", "NOUN") is None
