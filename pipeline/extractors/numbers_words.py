"""Numbers written in words, for the shared French number parser (`numbers.py`).

Runs of number words are found on characters and read by the word grammar
(`quantities_numwords.parse_word_seq`), longest sequence first. On top of the grammar:

- `un`/`une` alone is the number 1 only at the end of a phrase or before a word of
  `pipeline/data/quantities/numeral_one_next.txt` (`un sur les trois`, `un ou deux`, `un pour
  cent`, `l'un des`); before any other word it is the indefinite article (`dans un accident`,
  `un grand appartement`): such matches carry `article=True`;
- `un/une` + singular ordinal is a fraction only before `de`/`des`/`du` or alone
  (`un cinquième des votes`), an ordinal otherwise (`un quatrième mandat`);
- a scale, collective or fraction word alone is not a number (`des millions`, `pays tiers`),
  except `moitié` and a free-standing `demi` (0.5; `demi-finale` is a word of its own);
- a fraction of a scale noun is one cardinal (`un quart de million` = 250000).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from importlib import resources

from .numbers_base import NumberMatch
from .quantities_numwords import COLLECTIVES, SCALES, parse_word_seq, strip_accents, word_value

__all__ = ["find_word_numbers", "fraction_of_scale", "numeral_one_next"]

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_HALVES = ("demi", "demie", "moitie")
_NEXT_WORD_RE = re.compile(r"[ \u00a0\u202f]+[«“\"(]?[ \u00a0\u202f]*(?P<word>[^\W_]+)?")


@lru_cache(maxsize=1)
def numeral_one_next() -> frozenset[str]:
    """Words after which `un`/`une` is the numeral 1 (accent-free, lower case)."""
    text = resources.files("pipeline.data.quantities").joinpath("numeral_one_next.txt").read_text("utf-8")
    return frozenset(strip_accents(w) for line in text.splitlines() if not line.startswith("#")
                     for w in line.split())


_GAP_RE = re.compile(r"[\s\-]{1,3}")
_GROUP = re.Match.group
_LINKS = ("virgule", "sur")  # inside a run only: `deux virgule cinq`, `un sur trois`


@lru_cache(maxsize=100_000)  # called per word of every text: words repeat (Zipf)
def _candidate_key(word: str) -> str | None:
    """The accent-free key of a word that may belong to a number (a number word, `demi`,
    `moitié`, a link word of `_LINKS`), else None: one cached lookup per word of the text."""
    key = word.lower() if word.isascii() else strip_accents(word)  # same key, cheaper on ASCII
    if key in _LINKS or key in _HALVES or word_value(key) is not None:
        return key
    return None


def _word_runs(text: str):
    """Maximal runs of candidate number words: [(word_key, start, end), ...].

    A run is broken by any other word (and by a gap that is not 1-3 spaces or hyphens); a
    link word (`virgule`, `sur`) only continues a run. The keys of all the words are looked
    up at C speed (`map`) and only the few candidates (~6 % of words) are visited here."""
    words = list(_WORD_RE.finditer(text))
    keys = list(map(_candidate_key, map(_GROUP, words)))
    run: list[tuple[str, int, int]] = []
    previous = -2
    for i in compress(range(len(keys)), keys):
        if i != previous + 1 and run:  # another word stands between: the run ended there
            yield run
            run = []
        previous = i
        key, m = keys[i], words[i]
        gap_ok = bool(run) and _GAP_RE.fullmatch(text, run[-1][2], m.start())
        if key in _LINKS:
            if gap_ok:
                run.append((key, m.start(), m.end()))
            elif run:  # a link word outside a run is an ordinary word
                yield run
                run = []
            continue
        if run and not gap_ok:
            yield run
            run = []
        run.append((key, m.start(), m.end()))
    if run:
        yield run


@lru_cache(maxsize=4096)
def _parse(words: tuple[str, ...]) -> tuple[float, str, str | None] | None:
    """`parse_word_seq`, cached: the same runs recur (`un`, `deux`, `trois millions`)."""
    return parse_word_seq(list(words))


def _longest(run: list[tuple[str, int, int]], i: int):
    """(j, (value, kind, approx)) of the longest readable sequence run[i:j], or None."""
    for j in range(len(run), i, -1):
        words = tuple(w for w, _, _ in run[i:j])
        if words[-1] == "et":
            continue
        parsed = _parse(words)
        if parsed is not None:
            return j, parsed
    return None


def find_word_numbers(text: str) -> list[NumberMatch]:
    """Every number in words of `text` (candidates: the caller resolves overlaps)."""
    out = []
    for run in _word_runs(text):
        i = 0
        while i < len(run):
            best = _longest(run, i)
            if best is None or best[1][1] == "fraction" and _article_ordinal(text, run[i:best[0]]):
                i += 1  # nothing readable, or `une deuxième république`, `un quatrième mandat`
                continue
            j, (value, kind, approx) = best
            start, end = run[i][1], run[j - 1][2]
            out.append(_match(text, start, end, [w for w, _, _ in run[i:j]], value, kind, approx))
            i = j
    return [m for m in out if _standalone_word_ok(text, m)]


def _match(text: str, start: int, end: int, words: list[str], value: float, kind: str,
           approx: str | None) -> NumberMatch:
    last = words[-1]
    base = last.rstrip("s")
    factor = SCALES.get(last) or (float(COLLECTIVES[base][0]) if base in COLLECTIVES and len(words) > 1 else None)
    scaled = factor is not None and factor >= 1e6 or base in COLLECTIVES
    article = words in (["un"], ["une"]) and _is_article(text, end)
    return NumberMatch(start, end, text[start:end], float(value), kind, approx, scaled=scaled,
                       factor=factor or 1.0, article=article)


def _is_article(text: str, end: int) -> bool:
    """`un`/`une` ending at `end` is the indefinite article: a word follows it that is not in
    numeral_one_next.txt (`un accident`), or a number in digits (`un 10 km`)."""
    nxt = _NEXT_WORD_RE.match(text, end)
    if nxt is None or nxt.group("word") is None:
        return False  # end of text, punctuation, `un/une`
    word = nxt.group("word")
    return word[0].isdigit() or strip_accents(word) not in numeral_one_next()


def _article_ordinal(text: str, words: list[tuple[str, int, int]]) -> bool:
    """`un/une` + singular ordinal is a fraction only before `de`/`des`/`du`/`d'`
    (`un cinquième des votes`), never `deuxième`/`second` (`une deuxième république`)."""
    first, last = words[0][0], words[-1][0]
    if first not in ("un", "une") or last.endswith("s") or not last.endswith("ieme"):
        return False
    if last in ("deuxieme", "premiere", "premier"):
        return True
    nxt = re.match(r"[\s\u00a0]+([\w]+)(['’])?", text[words[-1][2]:])
    if nxt is None:
        return False  # `un cinquième` alone, or before punctuation
    return not (nxt.group(1).casefold() in ("de", "des", "du") or nxt.group(2))


def _standalone_word_ok(text: str, m: NumberMatch) -> bool:
    """Scale/collective/fraction words alone are not numbers (`des millions`, `pays tiers`);
    `moitié` and a free-standing `demi` are (`demi-finale`, `demi-heure` are words)."""
    words = strip_accents(m.text).replace("-", " ").split()
    if len(words) > 1:
        return True
    if words[0] in _HALVES:
        return words[0] == "moitie" or text[m.end:m.end + 1] != "-"
    cat = word_value(words[0])
    return cat is not None and cat[0] in ("unit", "ten", "hundred", "ord", "ordspecial") or words[0] == "mille"


_FRACTION_SCALE_RE = re.compile(
    r"(?<![\w])(?:(?P<num>un|une|deux|trois|\d)[ \u00a0]+)?(?P<den>quarts?|tiers|demie?)[ \u00a0]+de[ \u00a0]+"
    r"(?P<scale>million|milliard)(?![\w])", re.IGNORECASE)
#: what every `_FRACTION_SCALE_RE` match contains (a cheap test before the full regex)
_SCALE_NOUN_RE = re.compile(r"milli(?:on|ard)", re.IGNORECASE)


def fraction_of_scale(text: str) -> list[NumberMatch]:
    """`un quart de million` (250000), `trois quarts de milliard`, `deux tiers de million`."""
    if not _SCALE_NOUN_RE.search(text):
        return []  # most texts: no `million`/`milliard` at all
    out = []
    for m in _FRACTION_SCALE_RE.finditer(text):
        num_text = strip_accents(m.group("num") or "un")
        num = int(num_text) if num_text.isdigit() else word_value(num_text)[1]
        den = {"quart": 4, "quarts": 4, "tiers": 3}.get(strip_accents(m.group("den")), 2)
        if num >= den:
            continue
        factor = SCALES[strip_accents(m.group("scale"))]
        out.append(NumberMatch(m.start(), m.end(), m.group(), num / den * factor, "cardinal",
                               scaled=True, factor=factor, digits=num_text.isdigit()))
    return out
