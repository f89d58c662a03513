"""French number words: the grammar behind `numbers.parse_number` for numbers in letters.

Pure functions over accent-free, lower-case words (`strip_accents`). The closed class of
number words is data (`pipeline/data/quantities/number_words.tsv`: units, tens, hundreds,
scales in the French long scale, fraction denominators, collectives such as `dizaine`, and the
irregular ordinals `premier`/`second`); the other ordinals are derived (`cinq` ->
`cinquième`, `neuf` -> `neuvième`, `vingt` -> `vingtième`).

`parse_word_seq(words)` returns `(value, kind, approx)` for a whole sequence or None:
`quatre vingt dix neuf` -> 99, `soixante et onze` -> 71, `deux cent deux mille` -> 202000,
`trois cinquièmes` -> 0.6 (fraction), `cent vingt cinquième` -> 125 (ordinal),
`une dizaine` -> (10, about), `un million et demi` -> 1.5e6, `deux cent virgule zéro trois`
-> 200.03, `un sur trois` -> 1/3, `trois vingt-et-unièmes` -> 3/21, `vingt et trois et trois
cinquièmes` -> 23.6, `un milliard et demi million` -> 1000500000, `moitié`/`demi` -> 0.5.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from ..text import strip_accents as _strip

__all__ = ["strip_accents", "word_value", "parse_word_seq", "tables", "SCALES", "COLLECTIVES",
           "UNITS", "TENS", "HUNDRED", "FRACTIONS", "ORDINAL_SPECIAL"]


@lru_cache(maxsize=1)
def tables() -> dict[str, dict]:
    """category -> {word: value} (collectives: word -> (value, approximate?))."""
    text = resources.files("pipeline.data.quantities").joinpath("number_words.tsv").read_text("utf-8")
    rows = [r for r in csv.reader(text.splitlines(), delimiter="\t") if r and not r[0].startswith("#")]
    out: dict[str, dict] = {}
    for word, category, value, approx in rows[1:]:
        number = float(value) if category == "scale" else int(value)
        out.setdefault(category, {})[word] = (number, approx == "about") if category == "collective" else number
    return out


UNITS: dict[str, int] = tables()["unit"]
TENS: dict[str, int] = tables()["ten"]
HUNDRED: dict[str, int] = tables()["hundred"]
SCALES: dict[str, float] = tables()["scale"]
FRACTIONS: dict[str, int] = tables()["fraction"]
ORDINAL_SPECIAL: dict[str, int] = tables()["ordinal"]
#: collective nouns: value, approximate? (`million`/`milliard` as nouns: `un million de`)
COLLECTIVES: dict[str, tuple[float, bool]] = {**tables()["collective"], "million": (1e6, False),
                                              "milliard": (1e9, False)}


@lru_cache(maxsize=100_000)  # called per word of every text: words repeat (Zipf)
def strip_accents(text: str) -> str:
    """Lower-case, accent-free form used to look words up (`Deuxième` -> `deuxieme`)."""
    return _strip(text.casefold())



@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, int]:
    """`cinquieme` -> 5, `vingtieme` -> 20, `centiemes` -> 100 ... (accent-free keys)."""
    out: dict[str, int] = {}
    for word, value in {**UNITS, **TENS, **HUNDRED, "mille": 1000, "million": 10**6,
                        "milliard": 10**9, "billion": 10**12, "trillion": 10**18}.items():
        if word in ("une", "vingts", "cents", "zero"):
            continue
        stem = {"cinq": "cinqu", "neuf": "neuv"}.get(word, word)
        stem = stem[:-1] if stem.endswith("e") else stem
        out[stem + "ieme"] = value
        out[stem + "iemes"] = value
    return out


@lru_cache(maxsize=100_000)  # a pure function of the word, called per word of every text
def word_value(word: str) -> tuple[str, float] | None:
    """(category, value) of one accent-free word, or None if it is not a number word."""
    if word in UNITS:
        return "unit", UNITS[word]
    if word in TENS:
        return "ten", TENS[word]
    if word in HUNDRED:
        return "hundred", 100
    if word in SCALES:
        return "scale", SCALES[word]
    if word == "et":
        return "et", 0
    if word in FRACTIONS:
        return "frac", FRACTIONS[word]
    if word in _ordinal_words():
        return "ord", _ordinal_words()[word]
    if word in ORDINAL_SPECIAL:
        return "ordspecial", ORDINAL_SPECIAL[word]
    base = word[:-1] if word.endswith("s") else word
    if base in COLLECTIVES and base not in ("million", "milliard"):
        return "coll", COLLECTIVES[base][0]
    return None


def _below_100(vals: list[int]) -> int | None:
    """Value of a sequence of unit/ten values below 100 (`quatre vingt dix neuf`), or None."""
    if not vals:
        return None
    if len(vals) == 1:
        return vals[0] if vals[0] <= 16 or vals[0] in TENS.values() else None
    if vals[:2] == [4, 20]:
        base, rest = 80, vals[2:]
    elif vals[0] == 10 and len(vals) == 2 and 7 <= vals[1] <= 9:
        return 10 + vals[1]
    elif vals[0] in TENS.values() and vals[0] >= 20:
        base, rest = vals[0], vals[1:]
    else:
        return None
    if not rest:
        return base
    if base in (60, 80):
        if len(rest) == 1 and 1 <= rest[0] <= 16:
            return base + rest[0]
        if len(rest) == 2 and rest[0] == 10 and 7 <= rest[1] <= 9:
            return base + 10 + rest[1]
        return None
    if len(rest) == 1 and 1 <= rest[0] <= 9:
        return base + rest[0]
    return None


def _parse_int_words(items: list[tuple[str, float]]) -> float | None:
    """Integer value of cardinal words (categories unit/ten/hundred/scale/et), or None."""
    items = [it for it in items if it[0] != "et"] if _et_ok(items) else None
    if not items:
        return None
    scales = [i for i, (cat, _) in enumerate(items) if cat == "scale"]
    if scales:
        top = max(items[i][1] for i in scales)
        i = max(i for i in scales if items[i][1] == top)
        left = _parse_int_words(items[:i]) if i else 1.0
        right = _parse_int_words(items[i + 1:]) if i + 1 < len(items) else 0.0
        if left is None or right is None or right >= top or (top == 1e3 and left >= 1e3):
            return None
        return left * top + right
    hundreds = [i for i, (cat, _) in enumerate(items) if cat == "hundred"]
    if hundreds:
        if len(hundreds) > 1:
            return None
        i = hundreds[0]
        left = _below_100([int(v) for _, v in items[:i]]) if i else 1
        right = _parse_int_words(items[i + 1:]) if i + 1 < len(items) else 0
        if left is None or right is None or not 1 <= left <= 99 or right >= 100:
            return None
        return left * 100.0 + right
    if any(cat not in ("unit", "ten") for cat, _ in items):
        return None
    value = _below_100([int(v) for _, v in items])
    return None if value is None else float(value)


def _et_ok(items: list[tuple[str, float]]) -> bool:
    """`et` only joins a ten to un/onze (`vingt et un`, `soixante et onze`) or a scale."""
    for i, (cat, _) in enumerate(items):
        if cat != "et":
            continue
        if i == 0 or i == len(items) - 1:
            return False
        prev, nxt = items[i - 1], items[i + 1]
        if not (prev[0] in ("ten", "scale", "hundred") and (nxt[1] in (1, 11) or prev[0] == "scale")):
            return False
    return True


def parse_word_seq(words: list[str]) -> tuple[float, str, str | None] | None:
    """(value, kind, approx) of a full sequence of accent-free number words, or None."""
    if "virgule" in words:
        return _parse_virgule(words)
    if "sur" in words:
        return _parse_sur(words)
    if words in (["demi"], ["demie"], ["moitie"]):
        return 0.5, "fraction", None
    cats = [word_value(w) for w in words]
    if not words or any(c is None for c in cats) or words[0] == "cents":
        return None
    if cats[-1][0] == "scale" and len(cats) >= 4 and ("et", 0) in cats:
        return _parse_scale_fraction(words, cats)
    if len(words) >= 2 and words[-2] == "demi" and cats[-1][0] in ("scale", "coll"):
        head = words[:-2]
        if head and head != ["un"] and head != ["une"]:
            return None
        return 0.5 * cats[-1][1], "cardinal", None
    last_cat, last_val = cats[-1]
    if last_cat == "coll":
        head = _parse_int_words(cats[:-1]) if len(cats) > 1 else None
        if len(cats) > 1 and head is None:
            return None
        base = words[-1][:-1] if words[-1].endswith("s") else words[-1]
        approx = "about" if COLLECTIVES[base][1] else None
        return (head or 1) * last_val, "cardinal", approx
    if last_cat in ("frac", "ord") and len(cats) >= 2:
        return _parse_fraction(words, cats)
    if last_cat in ("ord", "ordspecial"):
        return _parse_ordinal_words(cats)
    value = _parse_int_words(cats)
    return None if value is None else (value, "cardinal", None)


def _parse_scale_fraction(words: list[str], cats) -> tuple[float, str, str | None] | None:
    """`un milliard et demi million` (1e9 + 0.5e6), `un milliard et trois quarts millions`:
    a larger number `et` a fraction of a smaller scale; else the plain cardinal reading."""
    e = max(i for i, c in enumerate(cats) if c[0] == "et")
    left = _parse_int_words(cats[:e]) if e else None
    mid = parse_word_seq(words[e + 1:-1]) if e + 1 < len(words) - 1 else None
    scale = cats[-1][1]
    top = max((v for c, v in cats[:e] if c == "scale"), default=0.0)
    if left is None or mid is None or mid[1] != "fraction" or not 0 < mid[0] < 1 or top <= scale:
        value = _parse_int_words(cats)
        return None if value is None else (value, "cardinal", None)
    return left + mid[0] * scale, "cardinal", None


def _parse_virgule(words: list[str]) -> tuple[float, str, str | None] | None:
    """`deux cent virgule zéro trois` -> 200.03 (decimals read as written)."""
    i = words.index("virgule")
    whole = parse_word_seq(words[:i]) if i else None
    if whole is None or whole[1] != "cardinal" or i == len(words) - 1:
        return None
    zeros = 0
    rest = words[i + 1:]
    while rest and rest[0] == "zero":
        zeros, rest = zeros + 1, rest[1:]
    dec = _parse_int_words([word_value(w) for w in rest]) if rest else 0.0
    if dec is None or any(word_value(w) is None for w in rest):
        return None
    digits = "0" * zeros + (str(int(dec)) if rest else "")
    return float(f"{int(whole[0])}.{digits}"), "cardinal", None


def _parse_sur(words: list[str]) -> tuple[float, str, str | None] | None:
    """`un sur trois` -> 1/3 (numerator smaller than the denominator)."""
    i = words.index("sur")
    num = parse_word_seq(words[:i]) if i else None
    den = parse_word_seq(words[i + 1:]) if i < len(words) - 1 else None
    if not num or not den or num[1] != "cardinal" or den[1] != "cardinal" or not 0 < num[0] < den[0]:
        return None
    return num[0] / den[0], "fraction", None


def _parse_fraction(words, cats) -> tuple[float, str, str | None] | None:
    """`deux tiers`, `trois cinquièmes`, `cent et trois quarts`, `un et demi`, `un vingt-cinquième`.

    A singular ordinal after a cardinal other than `un` is a compound ordinal
    (`cent vingt cinquième` = 125th); a plural one, or one after `un`/`une`, a denominator.
    """
    den = cats[-1][1]
    if words[-1] in ("demi", "demie"):
        if len(cats) == 2 and cats[0][1] == 1 and cats[0][0] == "unit":
            return 0.5, "fraction", None
        if len(cats) >= 3 and cats[-2][0] == "et":
            whole = _parse_int_words(cats[:-2])
            if whole is None:
                return None
            scale = cats[-3][1] if cats[-3][0] == "scale" else 1.0
            return whole + 0.5 * scale, "fraction" if scale == 1.0 else "cardinal", None
    if cats[-1][0] == "ord" and not words[-1].endswith("s"):
        if cats[0][1] == 1 and cats[0][0] == "unit" and len(cats) >= 2:
            inner = _parse_ordinal_words(cats[1:]) if len(cats) > 2 else (den, "ordinal", None)
            if inner is not None and inner[0] > 1:
                return 1 / inner[0], "fraction", None
        compound = _parse_ordinal_words(cats)
        if compound is not None:
            return compound
    # whole `et` numerator denominator (`cent et trois quarts`)
    for i in range(len(cats) - 2, 0, -1):
        if cats[i][0] == "et":
            whole = _parse_int_words(cats[:i])
            whole = _ten_et_unit(cats[:i]) if whole is None else whole
            num = _parse_int_words(cats[i + 1:-1])
            if whole is not None and num is not None and den > 1:
                scale = cats[i - 1][1] if cats[i - 1][0] == "scale" else 1.0
                kind = "fraction" if scale == 1.0 else "cardinal"
                return whole + num / den * scale, kind, None
    num = _parse_int_words(cats[:-1])
    if num is not None and den > 1:
        return num / den, "fraction", None
    return _compound_denominator(cats)


def _ten_et_unit(cats) -> float | None:
    """`vingt et trois` as the whole part before `et` + a fraction (`vingt et trois et trois
    cinquièmes` = 23.6): the old joined form, accepted only there (`entre soixante et
    quatre-vingts` stays two numbers, as does `vingt et trois` alone)."""
    if len(cats) == 3 and cats[0][0] == "ten" and cats[1][0] == "et" and cats[2][0] == "unit" \
            and 2 <= cats[2][1] <= 9:
        return float(cats[0][1] + cats[2][1])
    return None


def _compound_denominator(cats) -> tuple[float, str, str | None] | None:
    """A numerator before a compound ordinal denominator: `trois vingt-et-unièmes` (3/21),
    `vingt vingt-cinquièmes` (20/25); tried when no other reading exists."""
    for k in range(1, len(cats) - 1):
        num = _parse_int_words(cats[:k])
        den = _parse_ordinal_words(cats[k:]) if cats[k][0] != "et" else None
        if num is not None and den is not None and den[0] > 1:
            return num / den[0], "fraction", None
    return None


def _parse_ordinal_words(cats) -> tuple[float, str, str | None] | None:
    """`vingt et unième`, `cent vingt-cinquième`, `deux centième`, `premier`."""
    if cats[-1][0] == "ordspecial":
        return (cats[-1][1], "ordinal", None) if len(cats) == 1 else None
    last = cats[-1][1]
    if last >= 1000:
        cat = "scale"
    elif last == 100:
        cat = "hundred"
    elif last in TENS.values() and last >= 20:
        cat = "ten"
    else:
        cat = "unit"
    value = _parse_int_words(cats[:-1] + [(cat, float(last))])
    return None if value is None else (value, "ordinal", None)
