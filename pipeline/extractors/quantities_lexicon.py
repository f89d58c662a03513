"""Word lists of the quantity and percentage rules, loaded from `pipeline/data/quantities/`.

- `approximators.tsv`: French phrase -> SPEC `approx` (before or after the number);
- `rules.tsv`: named word lists (time nouns, reference words, year prepositions, rank nouns,
  age person nouns, connectors, comparatives);
- `percent_cues.tsv`: lemma -> percentage kind cue (change / rate / share).
All cached; matching is case-insensitive with apostrophes normalised to `'`.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from .units import APOSTROPHES

MONTHS = ("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août",
          "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr",
          "fév", "avr", "juil", "sept", "oct", "nov", "déc")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("pipeline.data.quantities").joinpath(name).read_text("utf-8")
    rows = [r for r in csv.reader(text.splitlines(), delimiter="\t") if r and not r[0].startswith("#")]
    return rows[1:]


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """list name -> set of lower-case words (`time_noun`, `reference_word`, ...)."""
    out: dict[str, set[str]] = {}
    for name, word in _rows("rules.tsv"):
        out.setdefault(name, set()).add(word.translate(APOSTROPHES).casefold())
    return {k: frozenset(v) for k, v in out.items()}


def words(name: str) -> frozenset[str]:
    return word_lists().get(name, frozenset())


_SINGULAR: dict[str, frozenset[str]] = {}


def singular_set(name: str, singular) -> frozenset[str]:
    """The multi-word entries of list `name`, each word passed through `singular` (cached)."""
    if name not in _SINGULAR:
        _SINGULAR[name] = frozenset(" ".join(singular(w) for w in entry.split()) for entry in words(name))
    return _SINGULAR[name]


@lru_cache(maxsize=1)
def approximators() -> dict[str, list[tuple[str, str]]]:
    """position -> [(phrase, approx)] longest phrase first."""
    out: dict[str, list[tuple[str, str]]] = {"before": [], "after": []}
    for phrase, approx, position in _rows("approximators.tsv"):
        out[position].append((phrase.translate(APOSTROPHES).casefold(), approx))
    for pos in out:
        out[pos].sort(key=lambda p: -len(p[0]))
    return out


@lru_cache(maxsize=1)
def percent_cues() -> dict[str, frozenset[str]]:
    """kind -> set of lemmas/phrases (lower case)."""
    out: dict[str, set[str]] = {}
    for cue, kind in _rows("percent_cues.tsv"):
        out.setdefault(kind, set()).add(cue.translate(APOSTROPHES).casefold())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _before_by_last_char() -> dict[str, list[tuple[str, str]]]:
    """Last character of a `before` phrase -> its phrases, longest first (few are tried)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for phrase, approx in approximators()["before"]:
        out.setdefault(phrase[-1:], []).append((phrase, approx))
    return out


def approx_before(text: str, start: int) -> tuple[str, int] | None:
    """(approx, phrase start) of an approximator ending just before `start` (one space)."""
    left = text[max(0, start - 30):start].translate(APOSTROPHES).casefold()
    if not left:
        return None
    last = left[-1] if left[-1] == "'" else left[-2:-1] if left[-1] in " \u00a0" else ""
    for phrase, approx in _before_by_last_char().get(last, ()):
        for sep in (" ", "\u00a0", ""):
            probe = phrase + sep
            if phrase.endswith("'") and sep:
                continue
            if not phrase.endswith("'") and not sep:
                continue
            if left.endswith(probe):
                begin = start - len(probe)
                if begin == 0 or not text[begin - 1].isalnum():
                    return approx, begin
    return None


def approx_after(text: str, end: int) -> tuple[str, int] | None:
    """(approx, phrase end) of an approximator right after `end` (`30 tonnes environ`)."""
    right = text[end:end + 20].translate(APOSTROPHES).casefold()
    for phrase, approx in approximators()["after"]:
        m = re.match(r"[ \u00a0]" + re.escape(phrase) + r"(?![\w])", right)
        if m:
            return approx, end + m.end()
    return None


def previous_words(text: str, start: int, n: int = 3) -> list[str]:
    """The `n` words before `start`, lower case, apostrophe-normalised, nearest last."""
    left = text[max(0, start - 80):start].translate(APOSTROPHES).casefold()
    found = re.findall(r"[\w°%.]+'?|'", left)
    return [w.rstrip(".") if w not in ("art.", "p.", "pp.") else w for w in found[-n:]]


def next_word(text: str, end: int) -> str:
    """The word right after `end` (lower case), or ''."""
    m = re.match(r"[\s\u00a0\u202f]*([\w°%²³/]+)", text[end:end + 40])
    return m.group(1).casefold() if m else ""
