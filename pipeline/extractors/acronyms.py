"""Acronym definitions in running text: long form <-> short form pairs (pure, spaCy-free).

Schwartz & Hearst (2003) adapted to French:

- three layouts: `long form (SF)`, `SF (long form)` and `long form – SF` (en/em dash or
  spaced hyphen, the short form then standing at a boundary: punctuation, quote, end);
- the short form is 2-10 characters, one or two words, starts with a letter or digit and
  has at least two capitals (`OTAN`, `UpM`, `G20` is not: one capital);
- the long-form window before the short form is cut at a sentence or bracket boundary
  and counts only content words: French stopwords (`de`, `du`, `des`, `la`, `pour`,
  `et`, `en`, elided `l'`/`d'` ...) do not use up the window, since French long forms
  carry many of them (`Conférence pour l'interaction et les mesures de confiance en Asie`);
- letters are matched right to left on accent-stripped, case-folded characters; the first
  letter of the short form must start a word (after a space, hyphen or apostrophe), and
  that word must not be a stopword; the long form may be lower case (`ESG` for
  `environnementales, sociales et de gouvernance`).

`find_acronym_pairs(text)` returns `(long_start, long_end, short_start, short_end)` tuples
of character offsets into `text`, sorted by position.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

STOPWORDS = frozenset("""
a à au aux d de des du en et l la le les ou par pour sur sous dans avec contre entre un une
the of and for in on to at by with an
""".split())

# A short form: 2-10 chars, no space or one, starts with a letter/digit, >= 2 capitals.
_SF_TOKEN = r"[A-ZÀ-Þ0-9][\wÀ-ÿ&.\-/]{1,9}"
_SF_SHAPE = re.compile(rf"{_SF_TOKEN}(?: {_SF_TOKEN})?")
_PAREN = re.compile(r"\(([^()\n]{1,200})\)")
_DASH = re.compile(r"\s[–—-]\s+([A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&]{1,9})(?=$|[\s.,;:!?»\")’'…])")
_BOUNDARY = re.compile(r"[.;:!?()\[\]«»\"“”\n–—]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _fold(text: str) -> str:
    """Case-folded, accent-stripped text of the same length as `text` (offsets survive)."""
    return "".join(unicodedata.normalize("NFD", ch)[0].casefold()[:1] for ch in text)


@lru_cache(maxsize=100_000)
def is_short_form(candidate: str) -> bool:
    """True for acronym-like strings: `OTAN`, `UpM`, `BCE`, `S&P`, `CO2`; not `G7` (one
    capital) nor `CBS News` (each word needs two capitals)."""
    candidate = candidate.strip()
    if not 2 <= len(candidate) <= 10 or not _SF_SHAPE.fullmatch(candidate):
        return False
    capitals = min(sum(ch.isupper() for ch in part) for part in candidate.split())
    letters = sum(ch.isalpha() for ch in candidate)
    return capitals >= 2 and letters >= 2 and not candidate.isdigit()


def _window_start(text: str, end: int, n_content: int) -> int:
    """Start offset of the long-form window ending at `end`: back to a boundary, keeping at
    most `n_content` content (non-stop) words."""
    floor = 0
    for match in _BOUNDARY.finditer(text, max(0, end - 400), end):
        floor = match.end()
    words = [m for m in _WORD.finditer(text, floor, end)]
    count, start = 0, end
    for word in reversed(words):
        if _fold(word.group()) not in STOPWORDS:
            count += 1
            if count > n_content:
                break
        start = word.start()
    return start


def _is_word_start(folded: str, i: int) -> bool:
    return i == 0 or not folded[i - 1].isalnum()


def match_long_form(short: str, long_text: str) -> int | None:
    """Offset in `long_text` where the long form of `short` starts (it ends at the end of
    `long_text`), or None. Word initials are tried first (`Conférence pour l'interaction
    ... en Asie` for CICA); then Schwartz-Hearst letter matching (`organisations
    intergouvernementales` for OIG). The last letter must fall in the last word."""
    letters = [c for c in _fold(short) if c.isalnum()]
    folded = _fold(long_text)
    if not letters or not folded:
        return None
    for matcher in (_initials_match, _letters_match):
        start = matcher(letters, folded)
        if start is not None:
            word = _WORD.match(folded, start)
            if word is not None and word.group() not in STOPWORDS:
                return start
    return None


def _last_word_start(folded: str) -> int:
    words = list(_WORD.finditer(folded))
    return words[-1].start() if words else 0


def _initials_match(letters: list[str], folded: str) -> int | None:
    """Right-to-left match of each letter on a word initial (stopwords may be skipped)."""
    starts = [m.start() for m in _WORD.finditer(folded)]
    pos = len(starts) - 1
    for si in range(len(letters) - 1, -1, -1):
        while pos >= 0 and (folded[starts[pos]] != letters[si]
                            or (si == 0 and _word_at(folded, starts[pos]) in STOPWORDS)):
            pos -= 1
        if pos < 0:
            return None
        if si == len(letters) - 1 and starts[pos] != starts[-1]:
            return None
        pos -= 1
    return starts[pos + 1]


def _word_at(folded: str, start: int) -> str:
    match = _WORD.match(folded, start)
    return match.group() if match else ""


def _letters_match(letters: list[str], folded: str) -> int | None:
    """Schwartz-Hearst: letters in order right to left, the first one on a word start."""
    li = len(folded) - 1
    last_word = _last_word_start(folded)
    for si in range(len(letters) - 1, -1, -1):
        c = letters[si]
        while li >= 0 and (folded[li] != c or (si == 0 and not _is_word_start(folded, li))):
            li -= 1
        if li < 0 or (si == len(letters) - 1 and li < last_word):
            return None
        li -= 1
    return li + 1


def _content_words(text: str) -> list[str]:
    return [w for w in (_fold(m.group()) for m in _WORD.finditer(text)) if w not in STOPWORDS]


def _plausible(short: str, long_form: str) -> bool:
    """Reject pairs whose long form is too long for the short form, or too short."""
    n_letters = sum(c.isalnum() for c in short)
    words = _content_words(long_form)
    if len(long_form.strip()) <= len(short) or not words:
        return False
    if short.casefold() in long_form.casefold().split():
        return False
    return len(words) <= min(n_letters + 5, 2 * n_letters) and len(words) >= min(2, n_letters) - 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of text[start:end] without surrounding spaces and trailing commas."""
    while start < end and text[start] in " \t,":
        start += 1
    while end > start and text[end - 1] in " \t,":
        end -= 1
    return start, end


def _long_before(text: str, short: str, end: int) -> tuple[int, int] | None:
    """The long form ending at `end` for `short`, as (start, end) offsets, or None."""
    n_letters = sum(c.isalnum() for c in short)
    w_start = _window_start(text, end, min(n_letters + 5, 2 * n_letters))
    _, end = _trim(text, w_start, end)
    offset = match_long_form(short, text[w_start:end])
    if offset is None:
        return None
    start = w_start + offset
    if not _plausible(short, text[start:end]):
        return None
    return _capitalised_head(text, start), end


_HEAD_BEFORE = re.compile(r"([A-ZÀ-Þ][^\W\d_]+)\s+"
                          r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$")


def _capitalised_head(text: str, start: int) -> int:
    """A lower-case long form right after a capitalised head noun starts at that noun
    (`Système d'échanges ... (EEEOA)`), unless the noun opens the sentence."""
    if not text[start:start + 1].islower():
        return start
    m = _HEAD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start
    before = text[:m.start()].rstrip()
    if not before or before[-1] in ".!?:;«»\"\n(" or _fold(m.group(1)) in STOPWORDS:
        return start
    return m.start()


def _paren_pairs(text: str) -> list[tuple[int, int, int, int]]:
    pairs = []
    for m in _PAREN.finditer(text):
        inner_start, inner_end = _trim(text, m.start(1), m.end(1))
        inner = text[inner_start:inner_end]
        first = re.split(r"[,;]", inner, maxsplit=1)[0].strip()
        if is_short_form(first):
            s_start = inner_start + inner.index(first)
            found = _long_before(text, first, m.start())
            if found:
                pairs.append((found[0], found[1], s_start, s_start + len(first)))
            continue
        pair = _reverse_pair(text, m.start(), inner_start, inner_end)
        if pair:
            pairs.append(pair)
    return pairs


def _reverse_pair(text: str, paren: int, inner_start: int, inner_end: int):
    """`SF (long form)`: the word before the bracket is the short form."""
    before = re.search(r"(\S+)\s*$", text[max(0, paren - 12):paren])
    if before is None:
        return None
    short = before.group(1)
    if not is_short_form(short):
        return None
    s_end = paren - (len(text[max(0, paren - 12):paren]) - before.end(1))
    inner = text[inner_start:inner_end]
    offset = match_long_form(short, inner)
    if offset is None or any(w not in STOPWORDS for w in _content_words(inner[:offset])):
        return None
    if not _plausible(short, inner[offset:]):
        return None
    return (inner_start + offset, inner_end, s_end - len(short), s_end)


def _dash_pairs(text: str) -> list[tuple[int, int, int, int]]:
    pairs = []
    for m in _DASH.finditer(text):
        short = m.group(1)
        if not is_short_form(short):
            continue
        found = _long_before(text, short, m.start())
        if found:
            pairs.append((found[0], found[1], m.start(1), m.end(1)))
    return pairs


def find_acronym_pairs(text: str) -> list[tuple[int, int, int, int]]:
    """Every (long_start, long_end, short_start, short_end) acronym definition in `text`."""
    return list(_cached_pairs(text))


@lru_cache(maxsize=64)
def _cached_pairs(text: str) -> tuple[tuple[int, int, int, int], ...]:
    return tuple(sorted(set(_paren_pairs(text)) | set(_dash_pairs(text))))


def loose_match(long_text: str, short: str) -> bool:
    """A weaker test for a name written right before `(SF)`: the initials of its content
    words are the short form's letters with one letter missing (`China Energy Engineering
    (CEEC)`, the C of an unwritten `Corporation`). Needs >= 3 letters."""
    letters = "".join(c for c in _fold(short) if c.isalpha())
    initials = "".join(w[0] for w in _content_words(long_text))
    if len(letters) < 3 or len(initials) != len(letters) - 1:
        return False
    return any(letters[:i] + letters[i + 1:] == initials for i in range(len(letters)))


def short_form_after(text: str, end: int) -> tuple[int, int] | None:
    """Offsets of `SF` when text[end:] starts with ` (SF)`, else None."""
    m = re.compile(r"\s*\(\s*([^()\s]{2,10})\s*\)").match(text, end)
    if m and is_short_form(m.group(1)):
        return m.start(1), m.end(1)
    return None
