"""Per-Doc facts several extractors need, computed once per Doc.

`Doc.sents` and `Token.sent` walk the tokens on every call, and `Doc.text` joins every token
on every access; with one call per candidate they cost more than the extraction itself.
Sentence bounds are computed once and cached in `doc.user_data` (a plain list of pairs, so the
Doc still pickles); the text is cached for the Doc being processed (a weak reference: a new Doc
at a freed Doc's address never hits the cache).
"""
from __future__ import annotations

import weakref
from bisect import bisect_right

_TEXT: list = [None, ""]  # [weak reference to the Doc being processed, its text]


def doc_text(doc) -> str:
    """`doc.text`, computed once per Doc."""
    ref = _TEXT[0]
    if ref is None or ref() is not doc:
        _TEXT[0], _TEXT[1] = weakref.ref(doc), doc.text
    return _TEXT[1]

_KEY = "passerelle_sentence_bounds"


def sentence_bounds(doc) -> list[tuple[int, int, int, int]]:
    """(start_char, end_char, start_token, end_token) of every sentence of `doc`."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        if doc.has_annotation("SENT_START"):
            cached = [(s.start_char, s.end_char, s.start, s.end) for s in doc.sents]
        else:
            cached = [(0, len(doc_text(doc)), 0, len(doc))]
        doc.user_data[_KEY] = cached
    return cached


def sentence_index(doc, char: int) -> int:
    """0-based index of the sentence containing character `char`."""
    bounds = sentence_bounds(doc)
    return max(bisect_right([b[0] for b in bounds], char) - 1, 0)


def token_sentence(doc, token_i: int) -> tuple[int, int]:
    """(start_token, end_token) of the sentence containing token `token_i`."""
    bounds = sentence_bounds(doc)
    k = max(bisect_right([b[2] for b in bounds], token_i) - 1, 0)
    return bounds[k][2], bounds[k][3]
