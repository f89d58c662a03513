"""Is a name already English? (then it may be copied as `name_en`; never a translation).

The rule, on the words of the name (letters only, 2+ characters), with wordfreq's Zipf
frequencies in English (en) and French (fr):
- a French function word (`de`, `du`, `des`, `la`, `le`, `les`, `et`, `pour`, `en`, `au`,
  `aux`, `sur`, `l'`, `d'`) anywhere: not English;
- an English-only word is one with en >= 3.0 and en - fr >= 1.0 (`Gateway`, `Middle`,
  `Belt`); a French-only word one with fr >= 3.0 and fr - en >= 1.0 (`Milieu`, `Corridor`
  is shared); English function words (`and`, `of`, `the`, `for`, `on`) count as English-only;
- the name is English when it has at least one English-only word and no French-only word.
Words neither language knows (proper names like `Astana`) are neutral. A name that fails
keeps an empty `name_en`.
"""
from __future__ import annotations

import re
from functools import lru_cache

FRENCH_FUNCTION = frozenset("de du des la le les et pour en au aux sur l d un une dans par "
                            "avec".split())
ENGLISH_FUNCTION = frozenset("and of the for on in to with at by".split())
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=50_000)
def _zipf(word: str) -> tuple[float, float]:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en"), zipf_frequency(word, "fr")


def word_language(word: str) -> str | None:
    """`en`, `fr`, or None (shared or unknown) for one word."""
    w = word.casefold()
    if w in ENGLISH_FUNCTION:
        return "en"
    if w in FRENCH_FUNCTION:
        return "fr"
    en, fr = _zipf(w)
    if en >= 3.0 and en - fr >= 1.0:
        return "en"
    if fr >= 3.0 and fr - en >= 1.0:
        return "fr"
    return None


@lru_cache(maxsize=50_000)
def clearly_english(name: str) -> bool:
    """True when `name` reads as English by the rule of the module docstring."""
    words = [w for w in _WORDS.findall(name) if len(w) >= 2 or w.casefold() in FRENCH_FUNCTION]
    languages = [word_language(w) for w in words]
    return "en" in languages and "fr" not in languages
