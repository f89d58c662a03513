"""Mentions the model missed: names the KB or CLDR knows, and repeats of names already found.

`known_mentions` scans capitalised token sequences (up to 8 tokens, longest first) against
the KB names, KB acronyms and CLDR places. Short strings are ambiguous, so a hit is kept only
when it is unambiguous in context:
- a single word needs >= 4 letters and the morphologizer's PROPN (or to be a CLDR country
  or region), and no capitalised neighbour (else it is part of a longer unknown name);
- an acronym needs >= 3 letters, or 2 with a KB entry, never after a number or a currency
  word (`815 KT`, `dollars US`), never a term acronym (`PIB`);
- nothing over characters claimed by quantities, or across another mention's boundary
  (a longer known name may cover model mentions: `accord de Paris` over `Paris`);
- a name that starts in lower case only for KB treaties, initiatives, programmes and
  strategies (`accord de Paris`); a lower-case summit (`sommet UE – X`) names its
  participants, not an event.
`propagate` adds the other occurrences of each name already found in the document
(same surface, word boundaries, no capitalised neighbour): one scan of one regex.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import entity_lexicon as lex
from . import entity_repair as rep
from .acronyms import is_short_form
from .entity_doc import DocView
from .entity_kb import kb_index
from .entity_link import Link, is_ambiguous_word, link_exact
from .entity_places import place_index
from .entity_types import Cand

MAX_WORDS = 8
_CONNECTORS = frozenset({"de", "du", "des", "d'", "la", "l'", "et", "of", "and"})


def _owners(cands: list[Cand], length: int) -> list[int]:
    """owner[char] = index of the candidate covering it, or -1."""
    owner = [-1] * (length + 1)
    for i, c in enumerate(cands):
        owner[c.start:c.end] = [i] * (c.end - c.start)
    return owner


def _free(cands: list[Cand], owner: list[int], start: int, end: int) -> bool:
    """No candidate over text[start:end], or only ones strictly inside it."""
    for i in set(owner[start:end]) - {-1}:
        c = cands[i]
        if c.start < start or c.end > end or (c.start, c.end) == (start, end) or \
                c.pair is not None:
            return False
    return True


LOWER_CASE_CATEGORIES = frozenset({"treaty", "initiative", "programme", "strategy"})
# A lower-case place name opens with its generic noun, never with a determiner or a
# preposition: `le Caire` names `Caire` (`Le Caire` in the KB), `la Réunion` names `Réunion`.
_NOT_A_HEAD = frozenset(lex.word_set("determiners.txt") | {"d", "l", "a", "à", "en", "pour"})


def known_mentions(view: DocView, cands: list[Cand]) -> list[Cand]:
    """KB/CLDR names not covered by `cands` (see the module docstring); a longer known name
    may cover model candidates (they are then dropped by the overlap rule)."""
    owner = _owners(cands, len(view.text))
    texts, starts = view.word_texts, view.word_starts
    out, i, n = [], 0, len(texts)
    while i < n:
        limit = _start_limit(texts[i])      # most tokens cannot start a known name
        if limit and texts[i][:1].islower() and not _may_open_lower_name(view, i):
            limit = 0
        found = _match_at(view, i, limit, cands, owner) if limit else None
        if found is None:
            i += 1
            continue
        j, link = found
        start, end = starts[i], starts[j - 1] + len(texts[j - 1])
        out.append(Cand(start, end, link.label, "cldr" if link.kind == "cldr" else "kb",
                        None, ["gazetteer"], link=link))
        i = j
    return out


@lru_cache(maxsize=1)
def _first_words() -> dict[str, int]:
    """Folded first word of every KB/CLDR name -> the most words a name has after it."""
    out: dict[str, int] = {}
    for key in list(kb_index().names) + list(place_index()):
        words = key.split()
        if words:
            out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def warm_up() -> None:
    """Build the first-word indices now (see `entities.warm_up`)."""
    _first_words(), _lower_first_words(), _word_prefixes()


@lru_cache(maxsize=1)
def _word_prefixes() -> frozenset[str]:
    """Every leading run of words of every KB/CLDR key (`mer`, `mer noire`)."""
    out = set()
    for key in list(kb_index().names) + list(place_index()):
        words = key.split()
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


@lru_cache(maxsize=100_000)
def _fold_token(text: str) -> str:
    return lex.fold(text)


@lru_cache(maxsize=200_000)
def _start_limit(text: str) -> int:
    """The most words a known name starting with the token `text` can have (0: none)."""
    if not _word(text):
        return 0
    limit = _first_words().get(_fold_token(text), 0)
    if text in kb_index().acronyms:
        limit = max(limit, 1)
    return limit


_SAFE_AFTER = frozenset(" \t\n\r\u00a0\u202f,.;:!?()[]«»\"“”-–—/")


def _lower_case_name(name: str, n_words: int, link: Link) -> bool:
    """A known name that may open in lower case: a KB treaty, initiative, programme or
    strategy of 3+ words (`accord de Paris`), or a place whose generic noun is written in
    lower case before a capitalised part (`fleuve Niger`, `mer Noire`, `bande de Gaza`)."""
    if link.label == "LOCATION":
        first = lex.fold(name).split()[0]
        return any(ch.isupper() for ch in name) and first not in _NOT_A_HEAD
    return n_words >= 3 and link.kind == "kb" and link.label == "MISC" and \
        link.category in LOWER_CASE_CATEGORIES


@lru_cache(maxsize=1)
def _lower_first_words() -> frozenset[str]:
    """First words of the known names that may be written in lower case (KB treaties,
    initiatives, programmes, strategies; places): the only names a lower-case word opens."""
    index = kb_index()
    out = {key.split()[0] for key in place_index()}
    for key, ids in index.names.items():
        if any(index.entries[i].label == "LOCATION" or (index.entries[i].label == "MISC" and
               index.entries[i].category in LOWER_CASE_CATEGORIES) for i in ids):
            out.add(key.split()[0])
    return frozenset(out - _NOT_A_HEAD)


def _may_open_lower_name(view: DocView, i: int) -> bool:
    """Word i (lower case) may open a lower-case KB name: its fold is the first word of one,
    or the next character could glue it to the following word in the fold."""
    text = view.word_texts[i]
    end = view.word_starts[i] + len(text)
    after = view.text[end:end + 1]
    return (after and after not in _SAFE_AFTER) or _fold_token(text) in _lower_first_words()


def _keys(texts: list[str], i: int, limit: int):
    """(j, folded key of tokens[i:j]) for growing j, built from per-token folds."""
    key = ""
    for j in range(i, min(len(texts), i + MAX_WORDS)):
        part = _fold_token(texts[j])
        if part:
            key = part if not key else key + ("" if key.endswith("'") else " ") + part
        if key.count(" ") + 1 > limit:
            return
        yield j + 1, key


def _longest_known(view: DocView, i: int, limit: int, lower: bool) -> int | None:
    """End token index of the longest known KB/CLDR key starting at word i, or None."""
    text, texts, starts = view.text, view.word_texts, view.word_starts
    names, places = kb_index().names, place_index()
    acronym = texts[i] in kb_index().acronyms
    prefixes = _word_prefixes()
    found = None
    for j, key in _keys(texts, i, limit):
        if not acronym and key not in prefixes and not key.endswith("'"):
            break       # no known name goes on with these words
        last = texts[j - 1]
        if (lower and j - i < 2) or _fold_token(last) in _CONNECTORS or not _word(last):
            continue
        start, end = starts[i], starts[j - 1] + len(last)
        if _BREAKS.search(text, start, end) or "\n" in text[start:end]:
            continue
        if acronym or key in names or key in places:
            found = j if found is None or j > found else found
    return found


def _match_at(view: DocView, i: int, limit: int, cands: list[Cand],
              owner: list[int]) -> tuple[int, Link] | None:
    text, texts, starts = view.text, view.word_texts, view.word_starts
    lower = texts[i][:1].islower()
    if lower and not view.word(i).is_alpha:
        return None
    found = _longest_known(view, i, limit, lower)
    for j in range(found or 0, i, -1):
        start, end = starts[i], starts[j - 1] + len(texts[j - 1])
        if not _free(cands, owner, start, end) or is_ambiguous_word(lex.fold(text[start:end])):
            continue
        link = link_exact(text[start:end])
        if link is None or (lower and not _lower_case_name(text[start:end], j - i, link)):
            continue
        if _acceptable(view, i, j, link):
            return j, link
    return None


_BREAKS = re.compile(r"[,;:()«»\"“”!?\[\]]")


def _word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _capitalised(token) -> bool:
    return token is not None and token.text[:1].isupper() and token.is_alpha


def _capitalised_word(view: DocView, k: int) -> bool:
    """Word k exists, starts with a capital and is alphabetic (Token built only then)."""
    return 0 <= k < len(view.word_texts) and view.word_texts[k][:1].isupper() and \
        view.word(k).is_alpha


def _acceptable(view: DocView, i: int, j: int, link: Link) -> bool:
    text, texts, starts = view.text, view.word_texts, view.word_starts
    start, end = starts[i], starts[j - 1] + len(texts[j - 1])
    name = text[start:end]
    if text[start - 1:start] in ("-", "‑") or text[end:end + 1] in ("-", "‑"):
        return False        # part of a hyphenated name (`Crossley-Holland`)
    if _capitalised_word(view, j) and "\n" not in text[end:starts[j]]:
        return False
    if i > 0 and _capitalised_word(view, i - 1) and not view.sentence_initial(starts[i - 1]) \
            and "\n" not in text[starts[i - 1]:start]:
        return False
    if view.inside_claimed(start, end) or rep.unit_word(text, start, end):
        return False
    if j - i > 1:
        return True
    if is_short_form(name):
        return not rep.term_acronym(name) and (len(name) >= 3 or link.kind == "kb")
    if sum(ch.isalpha() for ch in name) < 4:
        return False
    if lex.fold(name) in lex.first_names():
        return False
    return view.word(i).pos_ == "PROPN" or (link.kind == "cldr" and link.category != "city")


def propagate(view: DocView, cands: list[Cand]) -> list[Cand]:
    """Other occurrences of the names in `cands` (copies flagged `propagated`)."""
    by_surface: dict[str, Cand] = {}
    for c in sorted(cands, key=lambda c: c.start):
        surface = view.text[c.start:c.end]
        if surface[:1].isupper() and len(surface) >= 2 and "\n" not in surface:
            by_surface.setdefault(surface, c)
    for c in cands:
        surname = _surname(view.text[c.start:c.end], c)
        if surname:
            by_surface.setdefault(surname, Cand(0, 0, "PERSON", "rule"))
    if not by_surface:
        return []
    mask = bytearray(len(view.text) + 1)
    for c in cands:
        mask[c.start:c.end] = b"\x01" * (c.end - c.start)
    out = []
    for start, end, surface in _occurrences(view.text, by_surface):
        if any(mask[start:end]) or not _free_neighbours(view, start, end):
            continue
        model = by_surface[surface]
        out.append(Cand(start, end, model.label, "rule", None, ["propagated"],
                        complement=model.complement, link=model.link))
        mask[start:end] = b"\x01" * (end - start)
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _occurrences(text: str, surfaces) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of `surfaces` in `text`, scanned left to right without overlap,
    the longest surface first at one position: what the regex `(?<![\\w\\-’'])(?:s1|s2|...)
    (?![\\w\\-])` (longest first) finds, without compiling a regex per document."""
    hits = []
    for rank, surface in enumerate(sorted(surfaces, key=len, reverse=True)):
        n, pos = len(surface), text.find(surface)
        while pos >= 0:
            before, after = text[pos - 1:pos] if pos else "", text[pos + n:pos + n + 1]
            if not (before and (_word_char(before) or before in "-’'")) and \
                    not (after and (_word_char(after) or after == "-")):
                hits.append((pos, rank, n, surface))
            pos = text.find(surface, pos + 1)
    out, free_from = [], 0
    for pos, _rank, n, surface in sorted(hits):
        if pos >= free_from:
            out.append((pos, pos + n, surface))
            free_from = pos + n
    return out


def _surname(name: str, cand: Cand) -> str | None:
    """The last word of a person's full name (`Angela Merkel` -> `Merkel`), when it can
    stand alone: capitalised, 3+ letters, not a given name nor a known place."""
    words = name.split()
    if len(words) < 2:
        return None
    link = cand.link or (None if cand.label == "PERSON" else link_exact(name))
    if not (cand.label == "PERSON" or cand.person_cue or (link and link.label == "PERSON")):
        return None
    last = words[-1]
    if len(last) < 3 or not last[:1].isupper() or lex.fold(last) in lex.first_names() \
            or place_index().get(lex.fold(last)) is not None:
        return None
    return last


def _free_neighbours(view: DocView, start: int, end: int) -> bool:
    before = view.previous_token(start)
    after_tokens = view.tokens(end, min(len(view.text), end + 40))
    after = after_tokens[0] if after_tokens else None
    if after is not None and _capitalised(after) and "\n" not in view.text[end:after.idx] \
            and view.text[end:after.idx].strip() == "":
        return False
    if before is not None and _capitalised(before) and not view.sentence_initial(before.idx):
        return view.text[before.idx + len(before.text):start].strip() != ""
    return True
