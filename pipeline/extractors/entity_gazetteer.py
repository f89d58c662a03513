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


def known_mentions(view: DocView, cands: list[Cand]) -> list[Cand]:
    """KB/CLDR names not covered by `cands` (see the module docstring); a longer known name
    may cover model candidates (they are then dropped by the overlap rule)."""
    owner = _owners(cands, len(view.text))
    tokens = view.words
    out, i = [], 0
    while i < len(tokens):
        found = _match_at(view, tokens, i, cands, owner)
        if found is None:
            i += 1
            continue
        j, link = found
        start, end = tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1].text)
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


@lru_cache(maxsize=100_000)
def _fold_token(text: str) -> str:
    return lex.fold(text)


def _keys(tokens: list, i: int, limit: int):
    """(j, folded key of tokens[i:j]) for growing j, built from per-token folds."""
    key = ""
    for j in range(i, min(len(tokens), i + MAX_WORDS)):
        part = _fold_token(tokens[j].text)
        if part:
            key = part if not key else key + ("" if key.endswith("'") else " ") + part
        if key.count(" ") + 1 > limit:
            return
        yield j + 1, key


def _match_at(view: DocView, tokens: list, i: int, cands: list[Cand],
              owner: list[int]) -> tuple[int, Link] | None:
    text = view.text
    first = _fold_token(tokens[i].text)
    limit = _first_words().get(first, 0)
    if tokens[i].text in kb_index().acronyms:
        limit = max(limit, 1)
    lower = tokens[i].text[:1].islower()
    if not limit or not _word(tokens[i]) or (lower and not tokens[i].is_alpha):
        return None
    found = None
    for j, key in _keys(tokens, i, limit):
        if (lower and j - i < 3) or lex.fold(tokens[j - 1].text) in _CONNECTORS:
            continue
        start, end = tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1].text)
        if not _word(tokens[j - 1]) or _BREAKS.search(text, start, end) or "\n" in text[start:end]:
            continue
        if key in kb_index().names or key in place_index() or tokens[i].text in kb_index().acronyms:
            found = (j, start, end) if found is None or j > found[0] else found
    for j in range(found[0] if found else 0, i, -1):
        start, end = tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1].text)
        if not _free(cands, owner, start, end) or is_ambiguous_word(lex.fold(text[start:end])):
            continue
        link = link_exact(text[start:end])
        if link is None or (lower and not (link.kind == "kb" and link.label == "MISC"
                                           and link.category in LOWER_CASE_CATEGORIES)):
            continue
        if _acceptable(view, tokens, i, j, link):
            return j, link
    return None


_BREAKS = re.compile(r"[,;:()«»\"“”!?\[\]]")


def _word(token) -> bool:
    return any(ch.isalnum() for ch in token.text)


def _capitalised(token) -> bool:
    return token is not None and token.text[:1].isupper() and token.is_alpha


def _acceptable(view: DocView, tokens: list, i: int, j: int, link: Link) -> bool:
    text = view.text
    start, end = tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1].text)
    name = text[start:end]
    if text[start - 1:start] in ("-", "‑") or text[end:end + 1] in ("-", "‑"):
        return False        # part of a hyphenated name (`Crossley-Holland`)
    before = tokens[i - 1] if i > 0 else None
    after = tokens[j] if j < len(tokens) else None
    if _capitalised(after) and "\n" not in text[end:after.idx]:
        return False
    if _capitalised(before) and not view.sentence_initial(before.idx) and \
            "\n" not in text[before.idx:start]:
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
    return tokens[i].pos_ == "PROPN" or (link.kind == "cldr" and link.category != "city")


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
    pattern = re.compile(r"(?<![\w\-’'])(?:" + "|".join(
        re.escape(s) for s in sorted(by_surface, key=len, reverse=True)) + r")(?![\w\-])")
    mask = bytearray(len(view.text) + 1)
    for c in cands:
        mask[c.start:c.end] = b"\x01" * (c.end - c.start)
    out = []
    for m in pattern.finditer(view.text):
        if any(mask[m.start():m.end()]) or not _free_neighbours(view, m.start(), m.end()):
            continue
        model = by_surface[m.group()]
        out.append(Cand(m.start(), m.end(), model.label, "rule", None, ["propagated"],
                        complement=model.complement, link=model.link))
        mask[m.start():m.end()] = b"\x01" * (m.end() - m.start())
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
