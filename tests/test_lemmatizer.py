"""The indexed French rule lemmatizer gives exactly the stock lemmatizer's lemmas."""
from __future__ import annotations

from spacy.lang.fr.lemmatizer import FrenchLemmatizer

from pipeline.lemmatizer import IndexedRuleLemmatize
from tests.conftest import ROOT

TEXTS = [
    "Les négociateurs avaient rééchelonné les dettes souveraines des États riverains.",
    "Elles s'étaient engouffrées dans des raccourcis inattendus, puis ont rebroussé chemin.",
    "Les cyberattaques paralysèrent brièvement les hydroliennes et les gazoducs sous-marins.",
]


def _lemmas(lem, docs, method) -> list[list[str]]:
    lem.cache.clear()
    out = [[method(token) for token in doc] for doc in docs]
    lem.cache.clear()
    return out


def test_same_lemmas_as_the_stock_rule_lemmatizer(nlp):
    lem = nlp.get_pipe("lemmatizer")
    assert isinstance(lem.lemmatize, IndexedRuleLemmatize)
    sample = (ROOT / "corpus" / "france-kazakhstan-partenariat.txt").read_text(encoding="utf-8")
    docs = list(nlp.pipe(TEXTS + [sample]))
    stock = _lemmas(lem, docs, lambda t: FrenchLemmatizer.rule_lemmatize(lem, t))
    indexed = _lemmas(lem, docs, lem.lemmatize)
    assert indexed == stock
    assert [forms[0] for forms in indexed[0]] == [t.lemma_ for t in docs[0]]
