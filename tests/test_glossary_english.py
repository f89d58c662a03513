"""English side of the glossary: pluralisation and acronym senses in context."""
from __future__ import annotations

import pytest

from pipeline.glossary_english import (
    acronym_english, english_head, lookup_acronym, pluralize_en, pluralize_word,
)


@pytest.mark.parametrize(("singular", "plural"), [
    ("strategic partnership", "strategic partnerships"),
    ("landlocked country", "landlocked countries"),
    ("supply chain", "supply chains"),
    ("nuclear power plant", "nuclear power plants"),
    ("value added tax", "value added taxes"),
    ("key policy rate", "key policy rates"),
    ("financial crisis", "financial crises"),
    ("rate of exchange", "rates of exchange"),         # head before the preposition
    ("Ministry of Defence", "Ministries of Defence"),
    ("mini-grid", "mini-grids"),
    ("commander-in-chief", "commanders-in-chief"),
    ("SME", "SMEs"),
    ("elderly person", "elderly people"),               # data/english_plurals.tsv
    ("police spokesman", "police spokesmen"),
    ("load shedding", "load shedding"),                 # gerund: mass noun
    ("money laundering", "money laundering"),
    ("press briefing", "press briefings"),              # listed countable -ing noun
    ("scientific research", "scientific research"),     # uncountable (data file)
    ("renewable energy", "renewable energy"),           # uncountable in the word lexicon
])
def test_pluralize_en(singular, plural):
    assert pluralize_en(singular) == plural


@pytest.mark.parametrize(("word", "plural"), [
    ("watch", "watches"), ("bus", "buses"), ("policy", "policies"), ("day", "days"),
    ("analysis", "analyses"), ("wife", "wives"), ("Crisis", "Crises"), ("", ""),
])
def test_pluralize_word(word, plural):
    assert pluralize_word(word) == plural


def test_english_head():
    assert english_head(["rate", "of", "exchange"]) == 0
    assert english_head(["GDP", "per", "capita"]) == 0
    assert english_head(["of", "course"]) == 1        # a leading preposition is no boundary
    assert english_head(["exchange", "rate"]) == 1


def test_lookup_acronym_unambiguous():
    entry = lookup_acronym("TVA")
    assert (entry.acronym_en, entry.expansion_en) == ("VAT", "value added tax")
    assert lookup_acronym("XQZ", "Le XQZ augmente.") is None


def test_lookup_acronym_ambiguous_needs_its_expansion_in_the_text():
    assert lookup_acronym("PMA") is None
    assert lookup_acronym("PMA", "La PMA est ouverte à toutes les femmes.") is None
    entry = lookup_acronym("PMA", "Les pays les moins avancés (PMA) réclament un fonds.")
    assert entry.acronym_en == "LDC"
    entry = lookup_acronym("PMA", "La procréation médicalement assistée (PMA) est un droit.")
    assert entry.acronym_en == "ART"
    both = "Procréation médicalement assistée ; pays les moins avancés. La PMA..."
    assert lookup_acronym("PMA", both) is None


def test_acronym_english():
    assert acronym_english(lookup_acronym("TVA")) == ("VAT", "VAT")
    assert acronym_english(lookup_acronym("BTP")) == ("construction and public works", None)
    assert acronym_english(None) == (None, None)
