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

from .units import APOSTROPHES, apostrophes_normalised

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
    """Last character of a `before` probe -> (probe, approx), in the order they are tried:
    phrases longest first, each followed by a space or a no-break space (after an elided
    `d'`/`jusqu'`: nothing). A position is only tested against the few probes it can end."""
    out: dict[str, list[tuple[str, str]]] = {}
    for phrase, approx in approximators()["before"]:
        for sep in (("",) if phrase.endswith("'") else (" ", "\u00a0")):
            out.setdefault(phrase[-1:], []).append((phrase + sep, approx))
    return out


def approx_before(text: str, start: int) -> tuple[str, int] | None:
    """(approx, phrase start) of an approximator ending just before `start` (one space)."""
    left = apostrophes_normalised(text)[max(0, start - 30):start].casefold()
    if not left:
        return None
    last = left[-1] if left[-1] == "'" else left[-2:-1] if left[-1] in " \u00a0" else ""
    for probe, approx in _before_by_last_char().get(last, ()):
        if left.endswith(probe):
            begin = start - len(probe)
            if begin == 0 or not text[begin - 1].isalnum():
                return approx, begin
    return None


@lru_cache(maxsize=1)
def _after_re() -> tuple[re.Pattern, dict[str, str]]:
    """One regex of the `after` phrases (alternatives longest first, so the first phrase
    that matches wins, as in a loop over them) and phrase -> approx."""
    after = approximators()["after"]
    alternatives = "|".join(re.escape(phrase) for phrase, _ in after)
    approx: dict[str, str] = {}
    for phrase, value in after:
        approx.setdefault(phrase, value)
    return re.compile(r"[ \u00a0](" + alternatives + r")(?![\w])"), approx


def approx_after(text: str, end: int) -> tuple[str, int] | None:
    """(approx, phrase end) of an approximator right after `end` (`30 tonnes environ`)."""
    right = apostrophes_normalised(text)[end:end + 20].casefold()
    pattern, approx = _after_re()
    m = pattern.match(right)
    return (approx[m.group(1)], end + m.end()) if m else None


def previous_words(text: str, start: int, n: int = 3) -> list[str]:
    """The `n` words before `start`, lower case, apostrophe-normalised, nearest last."""
    if not 0 < n <= _WORDS_KEPT:
        return list(_words_before(text, start, n))
    return list(_words_before(text, start, _WORDS_KEPT)[-n:])


_WORDS_KEPT = 6  # the most words any caller asks for: one cached entry serves every `n`


@lru_cache(maxsize=4096)
def _words_before(text: str, start: int, n: int) -> tuple[str, ...]:
    """Cached: the grammar asks for the words before the same number several times."""
    left = apostrophes_normalised(text)[max(0, start - 80):start].casefold()
    found = _PREVIOUS_WORD_RE.findall(left)
    return tuple(w.rstrip(".") if w not in ("art.", "p.", "pp.") else w for w in found[-n:])


_PREVIOUS_WORD_RE = re.compile(r"[\w°%.]+'?|'")


def next_word(text: str, end: int) -> str:
    """The word right after `end` (lower case), or ''."""
    m = _NEXT_WORD_RE.match(text[end:end + 40])
    return m.group(1).casefold() if m else ""


_NEXT_WORD_RE = re.compile(r"[\s\u00a0\u202f]*([\w°%²³/]+)")
