"""Currencies: every ISO 4217 currency's French names and symbols from CLDR (babel), plus extras.

The table is generated at load time from babel's French locale for EVERY currency CLDR knows:
the display name (`dollar des États-Unis`), its plural forms (`dollars des États-Unis`), the
French and English symbols (`$US`, `€`, `£GB`, `CA$`) and the ISO code itself (`USD`, `KZT`,
upper case only). What CLDR lacks is data in `pipeline/data/units/currency_extras.tsv`
(`dollars US`, `dollars américains`, `US$`, `yuans`, `renminbis`, `tenges`, `francs CFA`,
bare `dollars`, ...) with its flags; the extras win over generated forms.

Decisions (also in the extras file): a bare `dollar(s)`/`$` is USD flagged
`currency_assumed`; bare `franc(s)` has no code and is flagged `currency_ambiguous`; `francs
CFA` is XOF flagged `currency_ambiguous` (XOF/XAF); a bare `livre(s)` is GBP flagged
`currency_assumed` only in a money context (decided by the caller), else the mass unit lb.
A symbol shared by several CLDR currencies is dropped unless an extra claims it.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .quantities_numwords import strip_accents
from .units import APOSTROPHES, apostrophes_normalised


@dataclass(frozen=True)
class Currency:
    """A currency form: ISO code (None when ambiguous), flags, where it may stand."""

    code: str | None
    flags: tuple[str, ...] = field(default=())
    prefix: bool = False
    suffix: bool = True


@dataclass(frozen=True)
class CurrencyMatch:
    currency: Currency
    start: int
    end: int
    form: str


def _rows(name: str) -> list[list[str]]:
    text = resources.files("pipeline.data.units").joinpath(name).read_text("utf-8")
    rows = [r for r in csv.reader(text.splitlines(), delimiter="\t") if r and not r[0].startswith("#")]
    return rows[1:]


def _extras() -> list[list[str]]:
    return _rows("currency_extras.tsv")


def _cldr_forms() -> dict[str, set[tuple[str, bool, bool]]]:
    """form -> {(code, prefix_ok, suffix_ok)} from babel's French (and English symbol) data."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_currency_symbol

    forms: dict[str, set[tuple[str, bool, bool]]] = {}
    for code in Locale("fr").currencies:
        if not re.fullmatch(r"[A-Z]{3}", code):
            continue
        names = {get_currency_name(code, locale="fr")}
        names |= {get_currency_name(code, count=n, locale="fr") for n in (1, 2)}
        for name in names:
            if re.search(r"\(\d", name):  # historic variants: `franc (1960–1999)`
                continue
            for variant in {name, re.sub(r"[()]", "", name).strip()}:
                forms.setdefault(variant, set()).add((code, False, True))
        for locale in ("fr", "en"):
            symbol = get_currency_symbol(code, locale)
            if symbol and symbol != code and not symbol.isalpha():
                forms.setdefault(symbol, set()).add((code, True, True))
        forms.setdefault(code, set()).add((code, True, True))
    _add_head_nouns(forms)
    stop = {r[0] for r in _rows("currency_stopwords.tsv")}
    return {form: entries for form, entries in forms.items() if form not in stop}


def _add_head_nouns(forms: dict[str, set[tuple[str, bool, bool]]]) -> None:
    """Bare head nouns of CLDR names (`bolivianos` from `bolivianos boliviens`), kept only
    when the head belongs to a single currency (`dollars`, `roubles` are shared: skipped)."""
    heads: dict[str, set[str]] = {}
    for form, entries in forms.items():
        if " " in form and form[0].islower():
            head = form.split(" ")[0]
            heads.setdefault(head, set()).update(code for code, _, _ in entries)
    for head, codes in heads.items():
        if len(codes) == 1 and head not in forms and len(head) >= 4:
            forms[head] = {(next(iter(codes)), False, True)}


@lru_cache(maxsize=1)
def currency_table() -> dict[str, Currency]:
    """form as written -> Currency (names also indexed case-folded, see `match_*`)."""
    table: dict[str, Currency] = {}
    for form, entries in _cldr_forms().items():
        codes = {code for code, _, _ in entries}
        if len(codes) != 1:
            continue
        (code,) = codes
        prefix = any(p for _, p, _ in entries)
        table[form.translate(APOSTROPHES)] = Currency(code, (), prefix, True)
    for form, code, flags, position in _extras():
        table[form.translate(APOSTROPHES)] = Currency(
            code.strip() or None, tuple(f for f in flags.split(";") if f),
            position in ("prefix", "both"), position in ("suffix", "both"))
    return table


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, Currency], int]:
    """Case-folded index of word forms (4+ letters: names), and the longest form length."""
    folded = {}
    for form, cur in currency_table().items():
        if len(form) >= 4 and form[0].isalpha() and not form.isupper():
            folded.setdefault(_fold(form), cur)
    return folded, max(len(f) for f in currency_table())


@lru_cache(maxsize=1)
def _lengths_by_edge() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """(folded first two chars -> lengths, folded last two chars -> lengths), longest first;
    one-char forms are keyed by that char. A position is only probed with the lengths a
    currency form starting/ending there can have (most positions: none); the last-chars
    index holds only the forms that may stand before a number (`match_currency_before`)."""
    first: dict[str, set[int]] = {}
    last: dict[str, set[int]] = {}
    for form, cur in list(currency_table().items()) + list(_indexes()[0].items()):
        first.setdefault(_edge_key(form[:2]), set()).add(len(form))
        if cur.prefix:
            last.setdefault(_edge_key(form[-2:]), set()).add(len(form))
    return ({k: tuple(sorted(v, reverse=True)) for k, v in first.items()},
            {k: tuple(sorted(v, reverse=True)) for k, v in last.items()})


@lru_cache(maxsize=4096)
def _edge_key(chars: str) -> str:
    return _fold(chars.translate(APOSTROPHES))


def _candidate_lengths(table: dict[str, tuple[int, ...]], two: str, one: str) -> tuple[int, ...]:
    """Lengths of the forms whose edge is `two` (2 chars) or the one-char form `one`."""
    lengths = table.get(_edge_key(two), ())
    if one in table and 1 in table[one]:
        lengths = tuple(sorted(set(lengths) | {1}, reverse=True))
    return lengths


def _fold(text: str) -> str:
    """Case- and accent-insensitive key of a currency name (`kenyans` = `kényans`)."""
    return strip_accents(text)


def _lookup(cand: str, folded_cand: str | None = None) -> Currency | None:
    """The currency of a form as written, else of its folded form (names of 4+ letters)."""
    table = currency_table()
    if cand in table:
        return table[cand]
    if len(cand) < 4 or not cand[0].isalpha():
        return None
    folded, _ = _indexes()
    return folded.get(folded_cand if folded_cand is not None else _fold(cand))


def _edge_ok(text: str, start: int, end: int) -> bool:
    """No letter/digit glued on the outside of an alphabetic form (`euros` not in `eurosceptique`)."""
    form = text[start:end]
    if form[-1:].isalnum() and end < len(text) and text[end].isalnum():
        return False
    return not (form[:1].isalnum() and start > 0 and text[start - 1].isalpha())


def match_currency_after(text: str, pos: int) -> CurrencyMatch | None:
    """The longest currency written at `text[pos:]` that may follow a number."""
    if pos >= len(text):
        return None
    lengths = _candidate_lengths(_lengths_by_edge()[0], text[pos:pos + 2], _edge_key(text[pos]))
    table, (_, longest) = currency_table(), _indexes()
    window = apostrophes_normalised(text)[pos:pos + longest]
    folded = None  # the folded window: computed once, for the first form not found as written
    for length in lengths:
        if length > len(window):
            continue
        cand = window[:length]
        if cand != cand.strip() or (cand[-1:].isalnum() and text[pos + length:pos + length + 1].isalnum()):
            continue
        folded_cand = None
        if cand not in table:
            folded = _fold(window) if folded is None else folded
            # the folded window's offsets are the text's unless folding changed a length (`ß`)
            folded_cand = folded[:length] if len(folded) == len(window) else None
        cur = _lookup(cand, folded_cand)
        if cur and cur.suffix and _edge_ok(text, pos, pos + length):
            return CurrencyMatch(cur, pos, pos + length, cand)
    return None


def match_currency_before(text: str, end: int) -> CurrencyMatch | None:
    """The longest prefix currency (`$`, `US$`, `€`, `USD`) ending at `text[:end]`."""
    if end <= 0:
        return None
    normalised = apostrophes_normalised(text)
    for length in _candidate_lengths(_lengths_by_edge()[1], text[max(0, end - 2):end], _edge_key(text[end - 1])):
        if length > end:
            continue
        start = end - length
        cand = normalised[start:end]
        if cand != cand.strip():
            continue
        cur = _lookup(cand)
        left_ok = not (cand[:1].isalnum() and start > 0 and text[start - 1].isalpha())
        if cur and cur.prefix and left_ok and (_edge_ok(text, start, end) or text[end:end + 1].isdigit()):
            return CurrencyMatch(cur, start, end, cand)
    return None
