"""Quantities extractor: rows of the `quantities` table (money included) for one spaCy Doc.

The character-level grammar is pure and lives in `quantities_grammar.py` (numbers, ranges,
units, currencies, multipliers, ranks, ages, approximators, exclusions; see its docstring for
the span rules). This layer adds what needs the parse or the neighbouring sentences:

- counts: a bare number that counts the noun right after it (`18 provinces`, `240 communes`,
  `trois premiers exportateurs`, `60 à 65 millions d'habitants`) -> kind `count`, span through
  the noun and its lexicalised compound (`27 États membres`, `cinq voitures piégées`; lists
  `compound_apposition` and `counted_compound` of rules.tsv; a plain adjective stays out:
  `44 États [enclavés]`), `subject` the noun phrase. Never for `un`/`une`/`zéro` alone, a year,
  a time noun (`34 ans` is the dates extractor's duration), a weekday or part of the day
  (`trois samedi`: the dates extractor's) or a noun in the `not_counted` list.
- carried-over units and currencies (documented rule): a bare number takes the unit or
  currency of the nearest preceding quantity of the same or the previous sentence, flagged
  `unit_inferred` / `currency_inferred`, only when it has a scale word (`dont 9,1 millions`,
  `25 millions supplémentaires`) or is introduced by a connector (`dont`, `contre`, `soit`,
  `sur`, ...: `55 puits, sur les quelque 300 forés` -> count of `puits`,
  flagged `noun_inferred`). A bare number with neither is dropped.
- `subject` from the dependency parse (`quantities_subject.py`) and `text_en`.
Rows overlapping `claimed` (percentages) are skipped.

Other decisions: ages (`18 ans d'âge`) have kind `age`, unit `yr` (`mo`, `wk` for months and
weeks) and no SI value (an age is not a measurement to convert); counts, ranks and
multipliers have no unit; money has `currency` (ISO 4217) and no SI value; `value` is always
the full number (`3,9 millions` -> 3900000.0) and a range fills `value`/`value_max`.
"""
from __future__ import annotations

from bisect import bisect_right

from . import quantities_lexicon as lex
from .quantities_format import number_en, APPROX_EN
from .doc_utils import doc_text, sentence_bounds
from .quantities_grammar import finish_row, find_quantities
from .quantities_subject import subject_of, token_after

WORD_ONE = ("un", "une", "zéro", "zero")


def _overlaps(row: dict, claimed) -> bool:
    return any(row["start"] < e and s < row["end"] for s, e in claimed)


def _sentence_bounds(doc) -> tuple[list[int], list[int]]:
    """(start chars, end chars) of the sentences of `doc`, in order."""
    bounds = sentence_bounds(doc)
    return [b[0] for b in bounds], [b[1] for b in bounds]


def _sentence_of(bounds: tuple[list[int], list[int]], char: int) -> int:
    """Index of the sentence containing `char` (binary search); the last one if none does."""
    starts, ends = bounds
    i = bisect_right(starts, char) - 1
    return i if i >= 0 and char < ends[i] else len(starts) - 1


def _first_token_after(doc, char: int):
    return token_after(doc, char)


def _counted_noun(doc, row: dict):
    """The token of the noun a bare number counts, and the span end through it, or None."""
    if row["text"].casefold() in WORD_ONE or row["value"] == 0 and not row["text"][:1].isdigit():
        return None
    tok = _first_token_after(doc, row["end"])
    if tok is None or tok.idx - row["end"] > 1:
        return None
    if row.get("_scaled") and tok.lower_ in ("de", "d'", "d’") and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]
    if tok.pos_ == "ADJ" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN":
        tok = doc[tok.i + 1]
    if not _countable(tok):
        return None
    return tok, _compound_end(doc, tok)


def _singular(word: str) -> str:
    word = word.casefold().replace("’", "'")
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _compound_end(doc, tok) -> int:
    """End of the counted noun with its lexicalised compound (gold rule Q1): a noun in
    apposition (`États membres`, `secteurs clés`) or a listed noun + participle/adjective
    compound (`voitures piégées`); other adjectives stay out (`44 États [enclavés]`)."""
    end = tok.idx + len(tok)
    if tok.i + 1 >= len(doc):
        return end
    nxt = doc[tok.i + 1]
    if nxt.idx != end + 1 or not nxt.is_alpha:
        return end
    if nxt.lower_ in lex.words("compound_apposition") or \
            f"{_singular(tok.text)} {_singular(nxt.text)}" in _compounds():
        return nxt.idx + len(nxt)
    return end


def _compounds() -> frozenset[str]:
    return lex.singular_set("counted_compound", _singular)


def _countable(tok) -> bool:
    word = tok.lower_
    if (word in lex.words("time_noun") or word in lex.words("not_counted") or word in lex.MONTHS
            or word in lex.words("date_noun")):
        return False
    if tok.pos_ == "NOUN":
        return tok.is_alpha or "-" in tok.text
    return tok.pos_ == "PROPN" and tok.is_alpha and word.endswith(("s", "x"))


def _connector_before(text: str, start: int) -> str | None:
    """The connector (`dont`, `contre`, `sur`, ...) a few words before `start`, or None."""
    skip = {"les", "des", "la", "le", "l'", "quelque", "quelques", "environ", "près", "de", "d'",
            "plus", "moins", "ces", "ses", "leurs"}
    prev = lex.previous_words(text, start, 4)
    while prev and prev[-1] in skip:
        prev = prev[:-1]
    return prev[-1] if prev and prev[-1] in lex.words("connector") else None


def _carry(row: dict, previous: list[dict], sentence: int, text: str) -> dict | None:
    """Unit/currency/counted noun carried from the nearest earlier row (see module doc)."""
    connector = _connector_before(text, row["start"])
    big = row.get("_lo") is not None and row["_lo"].factor >= 1e6
    if not (big and not row.get("_approx")) and not connector:
        return None
    if lex.next_word(text, row["end"]) in lex.words("time_noun"):
        return None  # `sur 3 ans`: a duration, the dates extractor's
    for prev in reversed(previous):
        if prev["_sentence"] < sentence - 1:
            return None
        if prev["kind"] in ("multiplier", "rank", "age", "temperature"):
            continue
        if prev["kind"] == "count" and connector and prev["_sentence"] == sentence:
            return dict(row, kind="count", subject=prev["subject"], flags=["noun_inferred"])
        if connector == "sur":
            return None  # `sur` (out of) only carries a counted noun
        if prev["kind"] == "money":
            return dict(row, kind="money", currency=prev["currency"], unit_text=None,
                        flags=["currency_inferred"], _unit_en=None)
        if prev.get("unit") and prev.get("si_value") is not None and prev["value"]:
            factor = prev["si_value"] / prev["value"]
            return dict(row, kind=prev["kind"], unit=prev["unit"], unit_text=None,
                        si_value=row["value"] * factor, si_unit=prev["si_unit"],
                        flags=["unit_inferred"], _unit_en=prev.get("_unit_en"))
    return None


def _resolve_bare(doc, text: str, row: dict, previous: list[dict], sentence: int) -> dict | None:
    """A bare number becomes a count, a carried-over quantity, or nothing."""
    if row.get("_year_like"):
        counted = _counted_noun(doc, row)
        if counted is None or row["text"][:4].isdigit() and not counted[0].text.endswith(("s", "x")):
            return None
    else:
        counted = _counted_noun(doc, row)
    if counted is not None:
        tok, end = counted
        out = dict(row, kind="count", end=end, text=text[row["start"]:end])
        subject = subject_of(doc, row["start"], end, counted=tok)
        compound = text[tok.idx:end]
        out["subject"] = compound if not subject or len(subject) < len(compound) else subject
        return out
    if row["text"].casefold() in WORD_ONE:
        return None
    return _carry(row, previous, sentence, text)


def _count_en(row: dict) -> str:
    approx = APPROX_EN.get(row.get("approx") or "exact", "")
    return approx + number_en(row["value"], row.get("value_max"), row.get("_scaled", True))


def extract(doc, claimed=(), **context) -> list[dict]:
    """Rows of the quantities table found in `doc` (architecture contract: exact offsets)."""
    bounds = _sentence_bounds(doc)
    done: list[dict] = []
    text = doc_text(doc)
    for row in find_quantities(text):
        if _overlaps(row, claimed):
            continue
        sentence = _sentence_of(bounds, row["start"])
        if row["kind"] == "bare":
            row = _resolve_bare(doc, text, row, done, sentence)
            if row is None:
                continue
        if "subject" not in row:
            row["subject"] = subject_of(doc, row["start"], row["end"])
        if row["kind"] == "count":
            row["text_en"] = _count_en(row)
        row["_sentence"] = sentence
        done.append(row)
    out = []
    for row in done:
        public = finish_row(row)
        public["flags"] = list(public.get("flags") or [])
        out.append(public)
    return out
