"""Quantity rules that are not a unit or a currency: multipliers, ranks, ages (pure).

- multiplier: `N fois` followed by a comparative (`15 fois plus`, `trois fois la superficie`)
  or `et demi` (`trois fois et demi`), and `multiplié/divisé par N`; `deux fois par an`
  and `élu trois fois` are frequencies (skipped);
- rank: an ordinal followed by a rank noun (`9e rang`, `troisième place`);
- age: `N ans` with an age cue: `d'âge`, `âgé de`, `l'âge de`, `les moins de`,
  `un enfant de`, `plus jeune que`, `elle a N ans` (a form of avoir; never `il y a N ans`);
  other `N ans` are durations, the dates extractor's;
- percent-like numbers (`%`, `pour cent`, `points de pourcentage`) belong to percentages.py.
"""
from __future__ import annotations

import re

from . import quantities_lexicon as lex
from .quantities_numwords import strip_accents
from .quantities_rows import Group

_AGE_RE = re.compile(r"[ \u00a0](ans|an|mois|semaines)(?:[ \u00a0](d['’]âge|révolus))?(?![\w])")
_FOIS_RE = re.compile(r"[ \u00a0]fois(?:[ \u00a0]et[ \u00a0]demie?)?(?![\w])")
WS = " \u00a0\u202f"


def percent_like(text: str, group: Group) -> dict | None:
    """Percentages are the percentages extractor's: no quantity, no count."""
    after = text[group.end:group.end + 14].lstrip(WS).casefold()
    if after.startswith(("%", "pour cent", "pourcent", "pour-cent", "p. 100", "p.100", "points de pourcentage", "point de pourcentage")):
        return {"skip": True}
    return None


def multiplier(text: str, group: Group) -> dict | None:
    m = _FOIS_RE.match(text, group.end)
    prev = lex.previous_words(text, group.start, 2)
    if not m and len(prev) == 2 and prev[1] == "par" and strip_accents(prev[0]).startswith(("multipli", "divis")):
        return {"start": group.start, "end": group.end, "kind": "multiplier", "value": group.value,
                "value_max": group.value_max, "unit": None, "unit_text": None, "currency": None,
                "si_value": None, "si_unit": None, "flags": [] if prev[0].startswith("multipli") else ["divided"]}
    if not m:
        return None
    value = group.value + (0.5 if "demi" in m.group() else 0.0)
    nxt = lex.next_word(text, m.end())
    if "demi" not in m.group() and (nxt not in lex.words("change_comparative")
                                    or group.lo.text.casefold() in ("un", "une")):
        return {"skip": True}  # frequency (`deux fois par an`, `élu trois fois`, `une fois la loi votée`)
    end = m.end()
    comp = None
    cm = re.match(r"[ \u00a0](plus|moins)(?![\w])", text[end:])
    if cm:
        comp, end = cm.group(1), end + cm.end()
    return {"start": group.start, "end": end, "kind": "multiplier", "value": value,
            "value_max": group.value_max, "unit": None, "unit_text": None, "currency": None,
            "si_value": None, "si_unit": None, "flags": [],
            "comparative": {"plus": "more", "moins": "less"}.get(comp)}


def rank(text: str, group: Group) -> dict | None:
    nxt = re.match(r"[ \u00a0]+([\w-]+)", text[group.end:])
    if not nxt or nxt.group(1).casefold() not in lex.words("rank_noun"):
        return None
    end = group.end + nxt.end()
    return {"start": group.start, "end": end, "kind": "rank", "value": group.value,
            "value_max": None, "unit": None, "unit_text": None, "currency": None,
            "si_value": None, "si_unit": None, "flags": []}


def age(text: str, group: Group) -> dict | None:
    m = _AGE_RE.match(text, group.end)
    if not m:
        return None
    prev = lex.previous_words(text, group.start, 6)
    after = lex.next_word(text, m.end())
    is_age = bool(m.group(2)) or _age_context(prev) or _avoir_age(prev) or after in lex.words("age_after")
    if not is_age:
        return None
    unit = {"ans": "yr", "an": "yr", "mois": "mo", "semaines": "wk"}[m.group(1)]
    en = {"yr": "years", "mo": "months", "wk": "weeks"}[unit]
    return {"start": group.start, "end": m.end(), "kind": "age", "value": group.value,
            "value_max": group.value_max, "unit": unit, "unit_text": text[m.start() + 1:m.end()],
            "currency": None, "si_value": None, "si_unit": None, "flags": [], "_unit_en": en}


def _avoir_age(prev: list[str]) -> bool:
    """`elle a 29 ans`, `avait cinq ans`, `a plus de 500 ans` (never `il y a 10 ans`)."""
    words = list(prev)
    while words and words[-1] in lex.words("age_adverb"):
        words.pop()
    if not words or words[-1] not in lex.words("avoir_form"):
        return False
    return not (len(words) >= 2 and words[-2] == "y")


def _age_context(prev: list[str]) -> bool:
    """`âgé de`, `l'âge de`, `les moins de`, `un enfant de` (+ `entre`)."""
    words = [strip_accents(w) for w in prev]
    if words and words[-1] == "entre":
        words = words[:-1]
    if len(words) >= 2 and words[-1] in ("de", "d'") and words[-2] in ("age", "agee", "ages", "agees", "l'age"):
        return True
    if len(words) >= 3 and words[-1] == "de" and words[-2] in ("moins", "plus") and words[-3] in ("les", "des", "aux"):
        return True
    if len(words) >= 2 and words[-1] == "de" and prev[-2] in lex.words("age_person"):
        return True
    if len(words) >= 2 and words[-1] == "que" and words[-2] in ("jeune", "jeunes", "age", "agee", "ages", "agees"):
        return True
    return False
