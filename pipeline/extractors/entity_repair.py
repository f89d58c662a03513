"""Span repair rules over raw text (pure, spaCy-free): cut, trim, and say what is not a name.

- `split_pieces`: a model span is cut at newlines and at `, ` (`Marie Dubois\\nDirectrice`
  -> `Marie Dubois` + `Directrice`);
- `strip_leading`: determiners (`la France` -> `France`, `l'Asie` -> `Asie`), job titles and
  honorifics (`le président X` -> `X`); a title followed by `de/du/des` leaves its
  complement (`Président du Sénat` -> `Sénat`, flagged as a complement so its label is
  decided again). A capitalised determiner inside a sentence is part of the name
  (`Le Caire`, `Le Monde`); a name known to the KB or CLDR keeps its determiner;
- `strip_trailing`: punctuation, dangling `d'`, `de`, `et`;
- `title_before`: a job title right before a name, or title + complement + comma
  (`la ministre de la Santé, X`): the name is a person's;
- `title_only`, `false_positive_word`, `demonym_word`, `unit_word`, `term_acronym`:
  the word classes of `data/entities/` that are never an entity on their own.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import entity_lexicon as lex

_ELIDED = re.compile(r"([^\W\d_]{1,2})['’`ʼ](?=\w)")
_WORD_SPACE = re.compile(r"([^\s'’`ʼ]+)(\s+)")
_COMPLEMENT = re.compile(r"(?:de\s+la\s+|de\s+l['’`ʼ]\s*|du\s+|des\s+|de\s+|d['’`ʼ]\s*)",
                         re.IGNORECASE)
_COORDINATION = re.compile(r"\s+(?:et|ou|and|or)\s+")
_PARTICLE = re.compile(r"(?:de|du|des|d['’`ʼ])(?:\s|(?<=['’`ʼ]))", re.IGNORECASE)
_TRAIL_PUNCT = re.compile(r"[\s,;:!?…«»\"“”()\[\]{}–—\-/'’`]+$")
_LEAD_PUNCT = re.compile(r"[\s,;:!?…«»\"“”()\[\]{}–—\-/.'’`*•]+")
_TRAIL_WORD = re.compile(r"\s+(?:de|du|des|et|ou|la|le|les|en|à|pour|sur|avec|and|of|the)$"
                         r"|\s*\b[dl]['’`ʼ]$", re.IGNORECASE)
_TRAIL_DAY = re.compile(r"\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$")  # `Sony jeudi`
_ABBREV_END = re.compile(r"(?:\b[A-Z]|\b(?:Inc|Co|Ltd|Corp|St|Jr|Sr))\.$")
_PIECE_SPLIT = re.compile(r"\s*\n\s*|,\s+")


def split_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the parts of text[start:end] between newlines and `, ` separators."""
    pieces, pos = [], start
    for sep in _PIECE_SPLIT.finditer(text, start, end):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, end))
    return [(s, e) for s, e in pieces if e > s]


def strip_trailing(text: str, start: int, end: int) -> int:
    """New end of text[start:end] without trailing punctuation and dangling words."""
    while end > start:
        chunk = text[start:end]
        if chunk.endswith(".") and not _ABBREV_END.search(chunk):
            end -= 1
            continue
        m = _TRAIL_WORD.search(chunk) or _TRAIL_PUNCT.search(chunk) or _TRAIL_DAY.search(chunk)
        if m and m.start() < len(chunk):
            end = start + m.start()
            continue
        break
    return end


def _title_words(text: str, pos: int, end: int) -> int | None:
    """End offset of the longest job title at text[pos:], when a space or comma follows."""
    entries, max_words = lex.titles()
    words = list(re.finditer(r"\S+", text[pos:end]))
    for k in range(min(max_words, len(words) - 1), 0, -1):
        phrase = text[pos:pos + words[k - 1].end()]
        if lex.fold(phrase.rstrip(",")) in entries:
            return pos + words[k - 1].end()
    return None


def strip_leading(text: str, start: int, end: int, *, sentence_initial: bool,
                  known: Callable[[str], bool] = lambda _: False,
                  titles_ok: bool = True) -> tuple[int, bool, bool]:
    """(new start, a title was stripped, the rest is a title's complement)."""
    titled = complement = False
    for _ in range(8):
        lead = _LEAD_PUNCT.match(text, start, end)
        if lead and lead.end() > start:
            start = lead.end()
            continue
        rest = text[start:end]
        if known(rest):
            break
        new = _strip_determiner(text, start, end, sentence_initial and not titled)
        if new is None and titles_ok and not complement:
            new = _strip_title(text, start, end)
            if new is not None:
                titled = True
                words = lex.fold(text[start:new]).split()
                if words and words[-1] in lex.HONORIFICS and _PARTICLE.match(text, new, end):
                    start = new     # `M. de Luze`: after an honorific, `de` is a particle
                    break
                comp = _COMPLEMENT.match(text, new, end)
                if comp and comp.end() < end:
                    new, complement = comp.end(), True
        if new is None or new >= end:
            break
        start = new
        sentence_initial = False
    return start, titled, complement


def _strip_determiner(text: str, start: int, end: int, sentence_initial: bool) -> int | None:
    dets = lex.word_set("determiners.txt")
    m = _ELIDED.match(text, start, end)
    if m and lex.fold(m.group(1)) + "'" in dets:
        if m.group(1)[0].isupper() and not sentence_initial:
            return None
        return m.end()
    m = _WORD_SPACE.match(text, start, end)
    if m and lex.fold(m.group(1)) in dets and m.end() < end:
        if m.group(1)[0].isupper() and not sentence_initial:
            return None
        return m.end()
    return None


def _strip_title(text: str, start: int, end: int) -> int | None:
    title_end = _title_words(text, start, end)
    if title_end is None:
        m = _WORD_SPACE.match(text, start, end)
        if m and lex.fold(m.group(1)) in lex.MODIFIERS:
            after = _title_words(text, m.end(), end)
            title_end = after
    if title_end is None:
        return None
    m = re.compile(r"[\s,]+").match(text, title_end, end)
    return m.end() if m else title_end


def title_only(name: str) -> bool:
    """True when `name` is made of job titles and their generic complements only
    (`Député`, `Chefs d'État`, `Premier ministre`, `ministre allemand`, `le Premier ministre
    et les députés`)."""
    entries, _ = lex.titles()
    folded = lex.fold(name)
    if folded in entries:
        return True
    parts = _COORDINATION.split(name)
    if len(parts) > 1:
        return all(title_only(part) for part in parts)
    start, titled, complement = strip_leading(name, 0, len(name), sentence_initial=True)
    rest = name[start:strip_trailing(name, start, len(name))]
    if lex.fold(rest) in entries:
        return True
    if not titled:
        return False
    if not rest.strip() or (complement and false_positive_word(rest)):
        return True
    return not complement and all(demonym_word(w) for w in rest.split())


_DETERMINER = r"(?:le|la|l['’]|les|du|de\s+la|de\s+l['’]|au|aux|des|un|une|son|sa|ses|leur|notre)"
_COMPLEMENT_WORDS = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:[\w’'\-]+\s*){1,5}"


@lru_cache(maxsize=1)
def _title_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a title right before the name, a determiner + title [+ complement] + comma)."""
    entries, _ = lex.titles()
    words = sorted((e for e in entries if len(e) > 1), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace("\\ ", r"[\s\-]+").replace("'", "['’]")
                           for w in words) + r"|m\.|mm\."
    return (re.compile(rf"(?<![\w])(?:{alternation})\.?\s+$", re.IGNORECASE),
            re.compile(rf"(?<![\w]){_DETERMINER}\s+(?:\w+\s+)?(?:{alternation})"
                       rf"(?:\s+{_COMPLEMENT_WORDS})?\s*,\s*$", re.IGNORECASE))


_LAST_WORD = re.compile(r"(\w+)\W*$")


@lru_cache(maxsize=1)
def _title_last_words() -> frozenset[str] | None:
    """The last word of every title (and of `m.`, `mm.`): a direct title before a name ends
    with one of them. None when some title has no word character (then no shortcut)."""
    entries, _ = lex.titles()
    out = {"m", "mm"}
    for entry in entries:
        if len(entry) > 1:
            m = _LAST_WORD.search(entry)
            if m is None:
                return None
            out.add(m.group(1).casefold())
    return frozenset(out)


def _may_have_title(line: str) -> bool:
    """Cheap necessary condition of `_title_patterns()` matching `line`: it ends with a
    comma (apposition), or with whitespace after a title's last word (direct)."""
    stripped = line.rstrip()
    if stripped.endswith(","):
        return True
    if stripped == line:
        return False
    last_words = _title_last_words()
    m = _LAST_WORD.search(stripped)
    return last_words is None or (m is not None and m.group(1).casefold() in last_words)


def title_before(text: str, start: int) -> bool:
    """A job title or honorific right before the name (`le président X`, `M. X`), or a
    determiner + title (+ complement) + comma (`la ministre de la Santé, X`): a person."""
    line = lex.strip_accents(text[max(0, start - 90):start]).rsplit("\n", 1)[-1]
    if not line or not _may_have_title(line):
        return False
    direct, apposition = _title_patterns()
    return direct.search(line) is not None or apposition.search(line) is not None


def warm_up() -> None:
    """Compile the title patterns now (see `entities.warm_up`)."""
    _title_patterns(), _title_last_words()


def false_positive_word(name: str) -> bool:
    """A generic capitalised common noun standing alone (`État`, `Gouvernement`)."""
    return lex.fold(name) in lex.word_set("false_positives.txt")


def demonym_word(name: str) -> bool:
    """A nationality adjective or demonym (`Européens`, `kazakhe`), one word."""
    folded = lex.fold(name)
    return " " not in folded and folded in lex.demonyms()


def term_acronym(name: str) -> bool:
    """An acronym of a common noun (`PIB`, `TVA`, `ONG`): a term, not an entity."""
    return lex.fold(name) in lex.word_set("term_acronyms.txt")


_NUMBER_BEFORE = re.compile(r"\d[\d\s  .,]*\s*$")
_CURRENCY_BEFORE = re.compile(r"(?:dollars?|\$|livres?|couronnes?|pesos?|francs?)\s*$",
                              re.IGNORECASE)


def unit_word(text: str, start: int, end: int) -> bool:
    """A unit symbol after a number (`815 KT`) or a currency qualifier (`dollars US`)."""
    context = lex.units().get(text[start:end].casefold())
    before = text[max(0, start - 30):start]
    if context == "after_number":
        return bool(_NUMBER_BEFORE.search(before))
    if context == "after_currency":
        return bool(_CURRENCY_BEFORE.search(before))
    return context == "always"


def no_capital(name: str) -> bool:
    """No upper-case letter at all: French proper names are capitalised."""
    return not any(ch.isupper() for ch in name)
