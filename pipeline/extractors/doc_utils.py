"""Per-Doc facts several extractors need, computed once per Doc.

`Doc.sents` and `Token.sent` walk the tokens on every call, and `Doc.text` joins every token
on every access; with one call per candidate they cost more than the extraction itself.
Sentence bounds are computed once and cached in `doc.user_data` (a plain list of pairs, so the
Doc still pickles); the text is cached per live Doc (weak keys: an entry goes with its Doc, and a new Doc at a
freed Doc's address never hits it).
"""
from __future__ import annotations

import weakref
from bisect import bisect_right

_TEXTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # Doc -> its text


def doc_text(doc) -> str:
    """`doc.text`, computed once per Doc (nlp.pipe runs each component over a whole batch, so
    a one-Doc cache would miss once per component)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def remember_text(doc, text: str) -> None:
    """Seed the cache with the text a Doc was made from (`nlp.make_doc(text).text == text`)."""
    _TEXTS[doc] = text


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


_BOUNDARIES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # Doc -> (starts, ends)


def token_boundaries(doc) -> tuple[dict[int, int], dict[int, int]]:
    """({start_char: token index}, {end_char: token index + 1}) of every token, once per Doc."""
    found = _BOUNDARIES.get(doc)
    if found is None:
        from spacy.attrs import IDX, LENGTH

        rows = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        found = _BOUNDARIES[doc] = ({r[0]: k for k, r in enumerate(rows)},
                                    {r[0] + r[1]: k + 1 for k, r in enumerate(rows)})
    return found
