"""Lexicons of the dates extractor, loaded once from `pipeline/data/dates/*.tsv`.

Every table is a TSV with `#` comment lines; the first column is the French form (matched
case-insensitively, apostrophes folded to `'`). `table(name)` gives `{form: [columns...]}`;
`lookup(name, text)` finds a form whatever its apostrophe, dash or case; `alternation(name)`
is a regex alternation of the forms (longest first) for the grammar's macros.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

APOSTROPHES = "'’ʼ`´"
DASHES = "-‐‑‒–—"
_FOLD = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in DASHES}})


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
    out = []
    for i, char in enumerate(form):
        if i == 0 and char != unaccented_first(char):
            out.append(f"[{re.escape(char)}{unaccented_first(char).upper()}]")  # `Eté` for `été`
        elif char == "'":
            out.append(f"[{APOSTROPHES}]")
        elif char == "-":
            out.append(rf"\s?[{DASHES}]\s?")
        elif char == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(char))
    return "".join(out)


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """`(?:form1|form2|...)` of a lexicon, longest form first so the longest reading wins."""
    forms = sorted(table(name), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(form_regex(f) for f in forms) + ")"
