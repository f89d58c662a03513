"""Termhood of glossary candidates: grouping key, C-value, weirdness against general French.

Pure functions over counts (no store, no spaCy), so the ranking is testable on hand-made
frequencies.

- `group_key`: case-, accent-, apostrophe-, hyphen- and plural-insensitive key of a French
  term; occurrences with one key are one candidate.
- `cvalues` (Frantzi, Ananiadou & Mima 2000, with the common `log2(|a| + 1)` length weight
  so that one-word candidates are ranked too): `C(a) = log2(|a|+1) * f(a)` for a candidate no
  other candidate extends, else `log2(|a|+1) * (f(a) - mean f(b))` over the longer candidates
  `b` that extend `a` on the right (`a` is the head part of `b`: the phrases of the term
  grammar grow rightwards from their head noun), the nearest extensions only. A candidate
  that never occurs without the same extension gets 0; one found in several different
  extensions (`taux directeurs`, `taux de change`) keeps a positive value, as in Frantzi. Frantzi's candidates nested anywhere are not discounted: a noun
  phrase embedded as a complement (`publication de statistiques officielles`) is a full
  occurrence of its own.
- `weirdness` (Ahmad et al. 1999, on the Zipf scale): the candidate's frequency per billion
  words in a document (the glossary takes the document where it is highest) minus its
  general French frequency from `wordfreq` (for a phrase wordfreq estimates just
  below its rarest word). A candidate whose words are far more frequent in the corpus than in
  French at large is domain vocabulary (`minerais critiques`, `néodyme`); `année dernière` or
  `grande partie` are not.
- `keep`: which candidates become glossary rows (see `THRESHOLDS`).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .text import strip_accents

#: Minimum weirdness (Zipf points) of a kept candidate, by English source and length.
THRESHOLDS = {"termbase_single": 1.5, "compositional": 2.0, "compositional_single": 2.5,
              "none": 2.5, "none_single": 3.0}
#: Articles inside a phrase (`niveau des violences`, `déclin de la population`): the
#: free syntax of a noun phrase, not the shape of a term (terms are `N de N`, `N ADJ`).
ARTICLES = frozenset({"du", "des", "au", "aux", "la", "le", "les", "l"})
#: A candidate with no English needs this many occurrences (one sighting is no evidence).
MIN_FREQ_NO_ENGLISH = 2
#: Frequencies are taken per document, but never in fewer tokens than this: one sighting in
#: a 50-word brief is no stronger evidence than one in a short article.
MIN_DOC_TOKENS = 1000


@dataclass(frozen=True)
class Candidate:
    """What the ranking knows about one grouped candidate."""

    key: str
    kind: str          # term | acronym
    source: str        # termbase | compositional | acronym | none (of its best English)
    n_occurrences: int
    cvalue: float
    weirdness: float

    @property
    def n_words(self) -> int:
        return len(self.key.split())

    @property
    def articled(self) -> bool:
        """Whether an article follows the first word (`retrait des troupes`)."""
        return any(w in ARTICLES for w in self.key.split()[1:])


@lru_cache(maxsize=200_000)
def group_key(term: str) -> str:
    """Case-, accent-, apostrophe-, hyphen- and plural-insensitive key of a French term:
    `Chaînes d'approvisionnement` and `chaîne d’approvisionnement` -> `chaine d approvisionnement`;
    `-aux`/`-al` and `-eaux`/`-eau` plurals fold together (`régionaux` ~ `régional`)."""
    text = strip_accents(term.casefold())
    text = re.sub(r"[’`'\s\-–]+", " ", text).strip()
    return " ".join(_fold_plural(w) for w in text.split())


def _fold_plural(word: str) -> str:
    if len(word) <= 3:
        return word
    if word.endswith("aux") and not word.endswith("eaux") and len(word) > 5:
        return word[:-3] + "al"
    if word[-1] in "sx":
        return word[:-1]
    return word


def cvalues(freq: dict[str, int]) -> dict[str, float]:
    """C-value of each candidate key given the frequency of every candidate key.

    A longer candidate discounts a shorter one only when it extends it on the right
    (`partenariat stratégique renforcé` extends `partenariat stratégique`): a term embedded
    as a complement (`lutte contre le changement climatique`) still occurs on its own. Only
    the nearest extensions count (`réacteurs nucléaires` for `réacteurs`, not also
    `réacteurs nucléaires de la zone`, which extends the former)."""
    extensions: dict[str, list[str]] = defaultdict(list)
    for longer in freq:
        words = longer.split()
        for n in range(1, len(words)):
            prefix = " ".join(words[:n])
            if prefix in freq:
                extensions[prefix].append(longer)
    out = {}
    for key, f in freq.items():
        longer = extensions.get(key, [])
        nearest = [b for b in longer
                   if not any(c != b and (b + " ").startswith(c + " ") for c in longer)]
        weight = math.log2(len(key.split()) + 1)
        out[key] = weight * (f - (sum(freq[b] for b in nearest) / len(nearest) if nearest else 0))
    return out


@lru_cache(maxsize=65536)
def general_zipf(term: str) -> float:
    """wordfreq's Zipf frequency of a French term (0.0 for words it does not know)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(term, "fr")


def weirdness(term: str, frequency: int, n_tokens: int) -> float:
    """Zipf frequency of a term in a text of `n_tokens` tokens (at least `MIN_DOC_TOKENS`)
    minus its general Zipf frequency (wordfreq)."""
    if frequency <= 0:
        return -math.inf
    corpus_zipf = math.log10(frequency / max(n_tokens, MIN_DOC_TOKENS) * 1e9)
    return corpus_zipf - general_zipf(term)


def keep(c: Candidate) -> bool:
    """Whether a candidate becomes a glossary row.

    Acronyms with an English expansion and multi-word termbase terms are kept (curated);
    a one-word termbase term must be specific to its document (weirdness >= `termbase_single`:
    `dévaluation` in an article on a currency, not `gouvernement`). Other candidates must
    occur on their own (C-value > 0), have no article inside (`objectifs du groupe`), and
    be specific (weirdness at least the threshold of their source, stricter for one word);
    a candidate with no English also needs `MIN_FREQ_NO_ENGLISH` occurrences.
    """
    if c.kind == "acronym":
        return c.source != "none" or c.n_occurrences >= MIN_FREQ_NO_ENGLISH
    single = c.n_words == 1
    if c.source == "termbase":
        return not single or c.weirdness >= THRESHOLDS["termbase_single"]
    if c.cvalue <= 0 or c.articled:
        return False
    if c.source == "compositional":
        return c.weirdness >= THRESHOLDS["compositional_single" if single else "compositional"]
    return (c.n_occurrences >= MIN_FREQ_NO_ENGLISH
            and c.weirdness >= THRESHOLDS["none_single" if single else "none"])
