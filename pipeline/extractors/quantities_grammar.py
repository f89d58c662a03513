"""Pure string grammar of quantities: numbers -> ranges -> unit / currency / multiplier / rank / age.

`find_quantities(text)` needs no spaCy: it returns quantity rows (SPEC columns except
`subject`) plus `bare` rows for numbers with nothing measurable after them; the spaCy layer
(`quantities.py`) turns bare rows into counts (`18 provinces`) or carried-over units, or drops them.

Span rule (documented decision): the span is the number (or range) plus the unit, currency or
counted noun written right after it (`47 315 tonnes`, `1,5 Md€`, `3,9 millions de km²`,
`60 à 65 millions d'habitants`); a currency written before the number is included (`$75 millions`). An
approximator (`près de`, `plus de`) is never in the span: it sets `approx`. A range keeps its
marker `entre` (`entre 30.500 et 31.500 tonnes`, like the dates' `entre 19 et 23 jours`), but
not the preposition `de` of `de 2 à 3` (ambiguous with `augmenté de`).

Never a quantity: a year (`en 2024`, a bare `2024`), a day or date (`le 24 février`,
`29-30 mai`, `24/02/2022`), a clock time, a phone number, a reference (`l'article 49.3`),
a number glued to letters (`G20`, `A320`, `COVID-19`, `5G`), a number inside a URL.
Durations (`34 ans`, `deux semaines`) belong to the dates extractor; ages are claimed here
(`18 ans d'âge`, `âgé de 41 ans`, `les moins de 18 ans`, `un enfant de 12 ans`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import quantities_lexicon as lex
from .numbers import NumberMatch, find_numbers, strip_accents
from .quantities_format import quantity_en
from . import quantities_rules as rules
from .quantities_rows import (Group, bare_degrees, below_zero, livres_money, money_row, unit_row,
                              with_cents)
from .units import UnitMatch, match_unit
from .units_currency import CurrencyMatch, match_currency_after, match_currency_before

WS = " \u00a0\u202f"
# The exclusion regexes open with a character (a lookbehind comes after it, the first digit
# is factored out of the alternatives) so that the regex engine skips straight to the few
# places where they can match instead of trying every position of the text.
#: `+33 1 23 45 67 89`, `01 23 45 67 89` (not glued to a letter or digit on the left)
_PHONE_RE = re.compile(r"(?:\+(?<![\d\w]\+)\d{2,3}[ .\u00a0]?\(?0?\)?[ .\u00a0]?\d|0(?<![\d\w]0)\d)"
                       r"(?:[ .\u00a0-]?\d\d){4}(?!\d)")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
#: `24/02/2022`, `3.4.25`, `12h30`, `12:30`, `8 h`
_DATE_RE = re.compile(r"\d(?:\d{0,3}[/.-]\d{1,2}[/.-]\d{2,5}|\d?\s?[hH:]\s?\d{2}\b|\d?\s?h\b)")
_RANGE_WORD = re.compile(r"^[ \u00a0\u202f]*(?:(à|a|et|ou|au)[ \u00a0\u202f]+|([-–—])[ \u00a0\u202f]*)$")
_DE_RE = re.compile(r"[ \u00a0\u202f]+(?:de[ \u00a0\u202f]+|d['’][ \u00a0]?)", re.IGNORECASE)
_PCT_INNER = re.compile(r"[ \u00a0\u202f]?%")


# --------------------------------------------------------------------------- exclusions

def _blocked_ranges(text: str) -> list[tuple[int, int]]:
    """Phone numbers, URLs, numeric dates and clock times."""
    return list(_blocked_cached(text))


@lru_cache(maxsize=8)
def _blocked_cached(text: str) -> tuple[tuple[int, int], ...]:
    """Cached: the percentage and quantity extractors both scan the same document."""
    return tuple(m.span() for rx in (_PHONE_RE, _URL_RE, _DATE_RE) for m in rx.finditer(text))


def _glued_left(text: str, m: NumberMatch) -> bool:
    if m.start == 0:
        return False
    before = text[m.start - 1]
    if before.isalpha() and before.isupper() and match_currency_before(text, m.start):
        # `USD1,23`, `EUR29,99`: a glued code is a price with cents; `COP30`, `COP21` are names
        return not re.search(r"[,.]\d{1,2}$", m.text)
    if before.isalpha() or before in "°#_@":
        return True
    return before in "-–/" and m.start >= 2 and text[m.start - 2].isalpha()


def is_year_like(m: NumberMatch) -> bool:
    """A plain 4-digit integer between 1000 and 2100 (or a 5-digit typo such as `20224`)."""
    digits = m.text.lstrip("+-\u2212 ")
    return (m.digits and not m.scaled and m.kind == "cardinal" and digits.isdigit()
            and (len(digits) == 4 and 1000 <= m.value <= 2100 or len(digits) == 5 and m.value > 10000
                 and 1000 <= int(digits[1:]) <= 2100 and False))


def _excluded(text: str, m: NumberMatch, blocked: list[tuple[int, int]]) -> bool:
    if any(s <= m.start < e or s < m.end <= e for s, e in blocked):
        return True
    if _glued_left(text, m):
        return True
    if m.digits and m.start >= 2 and text[m.start - 1] in WS and text[m.start - 2].isdigit() \
            and re.match(r"\d{3}(?!\d)", m.text):
        return True  # `de1 000 miles`: the tail of a broken group, not a number of its own
    prev = lex.previous_words(text, m.start, 2)
    if prev and (prev[-1] in lex.words("reference_word") or prev[-1] in lex.MONTHS):
        return True
    if is_year_like(m) and prev and prev[-1] in lex.words("year_preposition"):
        return True
    return False


# --------------------------------------------------------------------------- ranges

def _groups(text: str, nums: list[NumberMatch]) -> list[Group]:
    out: list[Group] = []
    i = 0
    while i < len(nums):
        lo = nums[i]
        hi = nums[i + 1] if i + 1 < len(nums) else None
        group = _range(text, lo, hi) if hi is not None else None
        if group is None:
            out.append(Group(lo, None, lo.value, None, lo.start, lo.end))
            i += 1
        else:
            out.append(group)
            i += 2
    return out


def _range(text: str, lo: NumberMatch, hi: NumberMatch) -> Group | None:
    """`60 à 65 millions`, `entre 30.500 et 31.500`, `10-15`, `de 2 à 3`, `10 euros - 20 euros`."""
    if lo.kind != "cardinal" or hi.kind != "cardinal" or hi.sign and not lo.sign:
        return None  # a signed upper end only with a signed lower end (`de -5 à -10 °C`)
    if not _range_tail(text, lo.end, hi.start):
        return None  # most pairs of neighbouring numbers: rejected before any unit lookup
    gap_start = lo.end
    inner = _unit_or_currency(text, lo.end, lo.scaled)
    pct = _PCT_INNER.match(text, lo.end)
    if inner is not None:
        gap_start = inner.end
    elif pct:
        gap_start = pct.end()
        inner = pct
    m = _RANGE_WORD.match(text[gap_start:hi.start])
    if not m:
        return None
    prev = lex.previous_words(text, lo.start, 1)
    word = (m.group(1) or "").casefold()
    if word == "et" and prev != ["entre"] or word == "au" and prev != ["du"]:
        return None
    if m.group(2) and " " in text[lo.end:hi.start] and inner is None and text[hi.start - 1] != " ":
        return None
    if pct is not None and inner is pct and not _PCT_INNER.match(text, hi.end):
        return None  # `2 % à 1,45 milliard $` is not a range
    if inner is not None and inner is not pct and _unit_or_currency(text, hi.end, hi.scaled) is None:
        return None
    low = lo.value
    if not lo.scaled and hi.scaled:
        if lo.value * hi.factor > hi.value:
            return None  # `15 % à 415,9 millions`
        low = lo.value * hi.factor
    high = hi.value
    if low > high and low < 0 and high < 0:
        low, high = high, low  # `de -5 à -10 °C`: value -10, value_max -5
    if low > high:
        return None
    start = lo.start
    if prev == ["entre"]:
        start = text.casefold().rfind("entre", 0, lo.start)
    return Group(lo, hi, low, high, start, hi.end)


def _range_tail(text: str, lo_end: int, hi_start: int) -> bool:
    """Cheap necessary condition of `_RANGE_WORD` on the gap before the upper number: the
    text right before `hi_start` (after `lo_end`) is a dash, or a range word and spaces."""
    j = hi_start
    while j > lo_end and text[j - 1] in WS:
        j -= 1
    if j == lo_end:
        return False
    if text[j - 1] in "-–—":
        return True
    return j < hi_start and (text[j - 1] in "àa" or text[max(lo_end, j - 2):j] in ("et", "ou", "au"))


# --------------------------------------------------------------------------- units

def _skip_ws(text: str, pos: int, limit: int = 1) -> int:
    n = 0
    while pos < len(text) and text[pos] in WS and n < limit:
        pos, n = pos + 1, n + 1
    return pos


def _unit_or_currency(text: str, end: int, scaled: bool) -> UnitMatch | CurrencyMatch | None:
    """A currency or unit after a number: `tonnes`, ` €`, ` de dollars` (after a scale word)."""
    starts = [_skip_ws(text, end)]
    if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
        starts.append(end + 1)  # `2,5-km`
    if scaled:
        de = _DE_RE.match(text, end)
        if de:
            starts.insert(0, de.end())
    for pos in starts:
        if pos == end and pos < len(text) and text[pos].isalpha() and pos > 0 and text[pos - 1].isalpha():
            continue
        cur = match_currency_after(text, pos)
        unit = match_unit(text, pos)
        if cur and (not unit or cur.end >= unit.end):
            return cur
        if unit:
            return unit
    return None


def _measure(text: str, group: Group) -> dict | None:
    """The row of a number group (unit, currency, multiplier, rank, age) or a `bare` row."""
    if group.lo.kind == "ordinal":
        return rules.rank(text, group)
    for rule in (rules.multiplier, rules.age, rules.percent_like):
        row = rule(text, group)
        if row is not None:
            return row
    prefix = _prefix_currency(text, group)
    found = _unit_or_currency(text, group.end, group.scaled)
    if isinstance(found, CurrencyMatch) and (prefix is None or found.currency.code == prefix.currency.code):
        return with_cents(text, money_row(group, found, prefix.start if prefix else group.start, found.end))
    if prefix is not None:
        return money_row(group, prefix, prefix.start, group.end)
    if isinstance(found, UnitMatch) and not (not group.lo.digits and _word_number_unit_clash(text, group, found)):
        row = unit_row(text, group, found, group.start)
        if row is None:
            return livres_money(text, group, found)
        return below_zero(text, row)
    degrees = bare_degrees(text, group)
    if degrees is not None:
        return degrees
    if group.end < len(text) and text[group.end].isalpha() and not group.lo.scaled:
        return {"skip": True}  # glued letters: `5G`, `4x4`, `3D`
    return {"start": group.start, "end": group.end, "kind": "bare", "value": group.value,
            "value_max": group.value_max, "unit": None, "unit_text": None, "currency": None,
            "si_value": None, "si_unit": None, "flags": []}


def _word_number_unit_clash(text: str, group: Group, found: UnitMatch) -> bool:
    """`Une t.métrique`, `un livre`, `un pied d'égalité`, `deux livres`: article or word number
    + a symbol or a noun that is also a unit (pipeline/data/quantities/rules.tsv)."""
    written = text[found.start:found.end].casefold()
    article = group.lo.text.casefold() in ("un", "une")
    if article and (not found.unit_text_is_word(text) or written in lex.words("ambiguous_unit")):
        return True
    return written in lex.words("book_like_unit") and not group.scaled


def _prefix_currency(text: str, group: Group) -> CurrencyMatch | None:
    pos = group.start
    if group.lo.sign:
        return None
    if pos > 0 and text[pos - 1] in WS:
        pos -= 1
    cur = match_currency_before(text, pos)
    if cur is None:
        return None
    if cur.end != group.start and not cur.form[-1:] in "$€£¥₹₽₸₪₴₺" and not cur.form.isupper():
        return None
    return cur


# --------------------------------------------------------------------------- driver

def _with_approx(text: str, row: dict) -> dict:
    approx = "exact"
    found = lex.approx_before(text, row["start"])
    if found:
        approx = found[0]
    else:
        after = lex.approx_after(text, row["end"])
        if after:
            approx = after[0]
    if approx == "exact" and row.get("_approx"):
        approx = row["_approx"]
    row["approx"] = approx
    return row


_FRACTION_UNIT_RE = re.compile(r"(?<![\w])(?:(?P<demi>demi)[- ]|(?P<frac>quart|tiers)[ \u00a0]d(?:e[ \u00a0]|['’]))",
                               re.IGNORECASE)


def _fraction_units(text: str) -> list[NumberMatch]:
    """`demi-litre`, `quart de litre`: a fraction word directly before a unit word."""
    out = []
    for m in _FRACTION_UNIT_RE.finditer(text):
        um = match_unit(text, m.end())
        if um is None or not um.unit_text_is_word(text):
            continue
        value = 0.5 if m.group("demi") else 0.25 if m.group("frac").lower() == "quart" else 1 / 3
        out.append(NumberMatch(m.start(), m.end() - 1 if text[m.end() - 1] in " -\u00a0" else m.end(),
                               m.group().rstrip(" -\u00a0"), value, "fraction"))
    return out


def _never_quantity(m: NumberMatch) -> bool:
    """`la moitié`, `et demie` alone: a share of something named elsewhere (`demi litre` is read
    by `_fraction_units`); `10G` (giga for the number scanner): computing/telecom shorthand,
    like `5G`. Neither is ever a quantity."""
    if m.digits:
        return m.text.endswith("G")
    return m.kind == "fraction" and strip_accents(m.text) in ("demi", "demie", "moitie")


def find_quantities(text: str) -> list[dict]:
    """Quantity rows found in `text` (pure), with `bare` rows for numbers without a unit."""
    blocked = _blocked_ranges(text)
    nums = [m for m in find_numbers(text, articles=True)
            if not _excluded(text, m, blocked) and not _never_quantity(m)]
    extra = _fraction_units(text)
    if extra:
        nums = sorted(nums + [e for e in extra if not any(n.start < e.end and e.start < n.end for n in nums)],
                      key=lambda n: n.start)
    rows = []
    for group in _groups(text, nums):
        if _date_context(text, group) or rows and group.start < rows[-1]["end"]:
            continue
        row = _measure(text, group)
        if row is None or row.get("skip"):
            continue
        row["_approx"] = group.lo.approx
        row["_scaled"] = group.scaled or row.get("_scaled_unit", False)
        row["_year_like"] = group.hi is None and is_year_like(group.lo)
        row["_number_end"] = group.end
        row["_lo"] = group.lo
        row["text"] = text[row["start"]:row["end"]]
        rows.append(_with_approx(text, row))
    return rows


_MONTH_KEYS = frozenset(strip_accents(mo) for mo in lex.MONTHS)


def _date_context(text: str, group: Group) -> bool:
    """`24 février`, `29-30 mai`, `3-4 avril 2025`: the dates extractor's."""
    nxt = lex.next_word(text, group.end)
    return strip_accents(nxt) in _MONTH_KEYS and group.lo.kind == "cardinal" \
        and group.value <= 31 and group.value == int(group.value)


def finish_row(row: dict) -> dict:
    """Public row: SPEC columns (+ text_en), internal keys removed."""
    if row.get("kind") not in ("bare", "count"):
        row["text_en"] = quantity_en(row, row.get("_unit_en"))
    return {k: v for k, v in row.items() if not k.startswith("_") and k != "comparative"}


def normalize_quantity(text: str) -> dict | None:
    """The single quantity of a short string (`"1,5 Md€"` -> value 1.5e9, currency EUR)."""
    rows = [r for r in find_quantities(text) if r["kind"] != "bare"]
    return finish_row(rows[0]) if len(rows) == 1 else None


def normalize_money(text: str) -> dict | None:
    """`normalize_money("1,5 Md€") -> {"value": 1.5e9, "currency": "EUR", ...}` or None."""
    row = normalize_quantity(text)
    return row if row and row["kind"] == "money" else None
