"""Text helpers shared by the extractors, the glossary and the scorer.

`strip_accents` is the one accent-folding primitive (NFKD, combining marks dropped, cached,
ASCII fast path); each module keeps its own key function on top of it, because what else a
key ignores (case, apostrophes, hyphens, plural endings) is part of that module's contract.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Typographic apostrophes and look-alikes, mapped to `'` by `str.translate`.
APOSTROPHES = str.maketrans({"’": "'", "`": "'", "ʼ": "'", "‘": "'", "´": "'"})


class _CombiningTable(dict):
    """`str.translate` table that deletes combining marks, filled one character at a time."""

    def __missing__(self, code: int):
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


#: deletes combining marks (after NFD/NFKD decomposition) when given to `str.translate`
NON_COMBINING = _CombiningTable()


@lru_cache(maxsize=200_000)
def strip_accents(text: str) -> str:
    """`Kazakhstân` -> `Kazakhstan`, `Œuvre` stays `Œuvre` (NFKD, combining marks dropped)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).translate(NON_COMBINING)
