"""Termhood of glossary candidates: group_key, C-value and weirdness on hand-made counts."""
from __future__ import annotations

import math

import pytest

from pipeline import glossary_rank as gr
from pipeline.glossary_rank import Candidate, cvalues, group_key, keep, weirdness


@pytest.mark.parametrize(("term", "key"), [
    ("Chaînes d’approvisionnement", "chaine d approvisionnement"),
    ("chaîne d'approvisionnement", "chaine d approvisionnement"),
    ("Réseaux électriques", "reseau electrique"),
    ("réseau électrique", "reseau electrique"),
    ("conseils régionaux", "conseil regional"),
    ("conseil régional", "conseil regional"),
    ("État-membre", "etat membre"),
    ("États   membres", "etat membre"),
    ("TVA", "tva"),
    ("gaz", "gaz"),            # three letters or fewer: never folded
    ("taux", "tau"),           # plural folding is blind: singular and plural fold alike
])
def test_group_key(term, key):
    assert group_key(term) == key


def test_cvalues_nearest_right_extensions():
    freq = {
        "taux": 4, "taux directeur": 1, "taux de change": 3, "taux de change flottant": 1,
        "reacteur": 2, "reacteur nucleaire": 2, "reacteur nucleaire de la zone": 1,
        "changement climatique": 3, "lutte contre le changement climatique": 1,
    }
    got = cvalues(freq)
    log3 = math.log2(3)
    assert got == pytest.approx({
        # nearest extensions `taux directeur` (1) and `taux de change` (3): 1 * (4 - 2)
        "taux": 2.0,
        "taux directeur": log3 * 1,
        # `taux de change` is a run of 3 words, extended once: log2(4) * (3 - 1)
        "taux de change": 4.0,
        "taux de change flottant": math.log2(5) * 1,
        # only `reacteur nucleaire` counts (it is extended in turn): 1 * (2 - 2)
        "reacteur": 0.0,
        "reacteur nucleaire": log3 * (2 - 1),
        "reacteur nucleaire de la zone": math.log2(6) * 1,
        # embedded as a complement, not extended on the right: not discounted
        "changement climatique": log3 * 3,
        "lutte contre le changement climatique": math.log2(6) * 1,
    })


def test_weirdness(monkeypatch):
    monkeypatch.setattr(gr, "general_zipf", {"x": 3.0, "y": 0.0}.get)
    # 2 in 2,000 tokens = 1e6 per billion -> Zipf 6.0
    assert weirdness("x", 2, 2000) == pytest.approx(3.0)
    # documents shorter than MIN_DOC_TOKENS count as MIN_DOC_TOKENS (1,000)
    assert weirdness("x", 1, 50) == pytest.approx(3.0)
    assert weirdness("y", 1, 10_000) == pytest.approx(5.0)
    assert weirdness("x", 0, 2000) == -math.inf


def _cand(key, source, n=1, cvalue=1.0, weird=0.0, kind="term"):
    return Candidate(key, kind, source, n, cvalue, weird)


@pytest.mark.parametrize(("cand", "kept"), [
    (_cand("pib", "acronym", kind="acronym"), True),
    (_cand("xyz", "none", kind="acronym"), False),                 # unknown, seen once
    (_cand("xyz", "none", n=2, kind="acronym"), True),             # unknown, seen twice
    (_cand("taux de change", "termbase", cvalue=0.0, weird=-1.0), True),  # curated phrase
    (_cand("devaluation", "termbase", weird=1.5), True),
    (_cand("gouvernement", "termbase", weird=1.4), False),         # curated but common word
    (_cand("reacteur nucleaire", "compositional", weird=2.0), True),
    (_cand("reacteur nucleaire", "compositional", weird=1.9), False),
    (_cand("reacteur nucleaire", "compositional", cvalue=0.0, weird=4.0), False),
    (_cand("niveau de la violence", "compositional", weird=4.0), False),  # article inside
    (_cand("reacteur", "compositional", weird=2.4), False),
    (_cand("reacteur", "compositional", weird=2.5), True),
    (_cand("tir de char", "none", n=1, weird=5.0), False),
    (_cand("tir de char", "none", n=2, weird=2.5), True),
    (_cand("chaufferie", "none", n=2, weird=2.9), False),
    (_cand("chaufferie", "none", n=2, weird=3.0), True),
])
def test_keep(cand, kept):
    assert keep(cand) is kept
