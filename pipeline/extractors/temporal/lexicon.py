"""Lexicons of the dates extractor, loaded once from `pipeline/data/dates/*.tsv`.

Every table is a TSV with `#` comment lines; the first column is the French form (matched
case-insensitively, apostrophes folded to `'`). `table(name)` gives `{form: [columns...]}`;
`lookup(name, text)` finds a form whatever its apostrophe, dash or case; `alternation(name)`
is a regex alternation of the forms (longest first) for the grammar's macros, written as a
tree of first letters (`alternation_of`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import groupby

APOSTROPHES = "'’ʼ`´"
DASHES = "-‐‑‒–—"
_FOLD = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in DASHES}})


@lru_cache(maxsize=8192)  # the same few words are looked up for every candidate
def fold(text: str | None) -> str:
    """Lower-case, NFC, one apostrophe and one dash, single spaces: the key of every lexicon
    (None -> "")."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_FOLD).lower()
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment rows of `data/dates/<name>.tsv` as tuples of cells."""
    path = resources.files("pipeline.data").joinpath("dates").joinpath(f"{name}.tsv")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(out)


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, tuple[str, ...]]:
    """`{folded form: remaining cells}` of one lexicon (the first row of a duplicate wins), also
    keyed by the form without the accent of its first letter (`eté`)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in rows(name):
        out.setdefault(fold(row[0]), row[1:])
    for key, cells in list(out.items()):
        out.setdefault(unaccented_first(key), cells)  # `Eté` is `été`
    return out


def lookup(name: str, text: str | None) -> tuple[str, ...] | None:
    """The cells of `text` in lexicon `name`, or None."""
    if text is None:
        return None
    return table(name).get(fold(text))


def words(name: str) -> frozenset[str]:
    """The folded forms of a one-column lexicon."""
    return frozenset(table(name))


def unaccented_first(word: str) -> str:
    """`word` with its first letter's accent removed (`été` -> `eté`): capitals often lose
    their accent in French print (`Eté`, `Etats`), so a form also matches that spelling."""
    if not word:
        return word
    base = unicodedata.normalize("NFD", word[0])[0]
    return base + word[1:]


def form_regex(form: str) -> str:
    """A regex for one lexicon form: any apostrophe, any dash, any run of spaces, optional accents
    only where the data lists both spellings (and an unaccented capital for a first accented
    letter: `Eté`)."""
    return "".join(_char_regex(i, char) for i, char in enumerate(form))


def _char_regex(i: int, char: str) -> str:
    """The regex of the `i`-th character of a form (see `form_regex`)."""
    if i == 0 and char != unaccented_first(char):
        return f"[{re.escape(char)}{unaccented_first(char).upper()}]"  # `Eté` for `été`
    if char == "'":
        return f"[{APOSTROPHES}]"
    if char == "-":
        return rf"\s?[{DASHES}]\s?"
    if char == " ":
        return r"\s+"
    return re.escape(char)


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """`(?:form1|form2|...)` of a lexicon, longest form first so the longest reading wins."""
    return alternation_of(tuple(sorted(table(name), key=lambda f: (-len(f), f))))


def letter_key(char: str) -> str:
    """What a character of a form matches, accent and case aside (`é`, `E` -> `e`); all spaces
    and dashes are one key (`-` may match a space first)."""
    if char in " -":
        return " "
    return unicodedata.normalize("NFD", char)[0].lower()


def alternation_of(forms: tuple[str, ...]) -> str:
    """`(?:form1|form2|...)`, the forms tried in the given order, written as a tree of common
    first letters: `(?:j(?:anvier|uin|uillet)|...)`. Speed: the engine tries every alternative
    at every position of a window (~150 for `VAGUE`); as a tree it rejects a whole letter at
    once. Same matches: branches under different keys (`letter_key`) never match at the same
    position (checked for every lexicon in tests/test_dates_alternation.py), so the order
    among the forms that can match there is unchanged."""
    return "(?:" + _tree(list(forms), 0) + ")"


def _tree(forms: list[str], depth: int) -> str:
    """The alternation of `form[depth:]` for forms sharing their first `depth` characters."""
    if len(forms) < 2 or any(len(f) == depth for f in forms):
        return "|".join(_rest(f, depth) for f in forms)  # an empty rest matches anywhere: keep order
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(letter_key(form[depth]), []).append(form)
    parts = []
    for group in groups.values():
        for char, run in groupby(group, key=lambda f: f[depth]):
            run = list(run)
            if len(run) == 1 or char in " -":  # `\s+` and dashes have no fixed length: not shared
                parts += [_rest(f, depth) for f in run]
            else:
                parts.append(_char_regex(depth, char) + "(?:" + _tree(run, depth + 1) + ")")
    return "|".join(parts)


def _rest(form: str, depth: int) -> str:
    return "".join(_char_regex(i, char) for i, char in enumerate(form) if i >= depth)
