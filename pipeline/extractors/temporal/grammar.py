"""The candidate finder: `data/dates/patterns.toml` compiled into regexes, run over a text.

Macros come from two places: the structural ones in the TOML `[macro]` table and one per
lexicon (below). A candidate is one regex match: its span (group `t` when present), the
pattern's name, handler and priority, and the match object for the handlers.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .lexicon import alternation, form_regex, table
from .numwords import word_regex

#: Macros built from lexicons: name -> (lexicon, filter on the lexicon's cells or None).
LEXICON_MACROS = {
    "MONTH": ("months", None),
    "WEEKDAY": ("weekdays", lambda cells: cells[2] != "dayonly"),
    "WEEKDAYD": ("weekdays", None),
    "ORD": ("ordinals", None),
    "UNITW": ("units", lambda cells: cells[1] != "abbr"),
    "UNITA": ("units", lambda cells: cells[1] == "abbr"),
    "POD": ("parts_of_day", None),
    "SEASON": ("seasons", None),
    "DEICTIC": ("deictic_days", None),
    "REL": ("relative_words", None),
    "QMOD": ("quantifiers", None),
    "VAGUEQ": ("vague_quantities", None),
    "APPROXN": ("approx_counts", None),
    "HOLIDAY": ("holidays", None),
    "VAGUE": ("vague", None),
    "YEARCUE": ("year_cues", None),
    "SETWORD": ("set_words", None),
    "PERIODNOUN": ("period_nouns", None),
}
_MACRO = re.compile(r"\{([A-Z][A-Z0-9]*)(?::([a-z]))?\}")
_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.V0


@dataclass(frozen=True)
class Pattern:
    name: str
    handler: str
    priority: int
    regex: "regex.Pattern"


@dataclass
class Candidate:
    """One match of one pattern: `start:end` is the span, `match` feeds the handler."""

    start: int
    end: int
    pattern: Pattern
    match: "regex.Match"

    def group(self, name: str) -> str | None:
        try:
            return self.match.group(name)
        except IndexError:
            return None


def _lexicon_macro(name: str) -> str:
    lexicon, keep = LEXICON_MACROS[name]
    if keep is None:
        return alternation(lexicon)
    forms = sorted((f for f, cells in table(lexicon).items() if keep(cells)), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(form_regex(f) for f in forms) + ")"


def expand(text: str, macros: dict[str, str], depth: int = 0) -> str:
    """Replace `{NAME}` / `{NAME:p}` by the macro's regex (recursively), ` ?` by `\\s*` and the
    other literal spaces by `\\s+`."""
    if depth > 8:
        raise ValueError(f"macro recursion too deep in {text[:60]!r}")

    def substitute(m: re.Match) -> str:
        name, prefix = m.group(1), m.group(2)
        if name == "NUMWORD":
            body = word_regex()
        elif name in LEXICON_MACROS:
            body = _lexicon_macro(name)
        elif name in macros:
            body = expand(macros[name], macros, depth + 1)
        else:
            raise KeyError(f"unknown macro {{{name}}}")
        return body.replace("(?P<@", f"(?P<{prefix}_" if prefix else "(?P<")

    text = text.replace(" ?", r"\s*").replace(" ", r"\s+")
    return _MACRO.sub(substitute, text)


def _join(raw: str) -> str:
    return "".join(line.strip() for line in raw.strip().splitlines())


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """Every pattern of the grammar, compiled once."""
    source = resources.files("pipeline.data").joinpath("dates").joinpath("patterns.toml").read_text("utf-8")
    data = tomllib.loads(source)
    macros = {k: _join(v) for k, v in data.get("macro", {}).items()}
    out = []
    for spec in data["pattern"]:
        body = expand(_join(spec["regex"]), macros)
        compiled = regex.compile(rf"(?<![\w])(?:{body})(?![\w])", _FLAGS)
        out.append(Pattern(spec["name"], spec["handler"], int(spec.get("priority", 0)), compiled))
    return tuple(out)


def find(text: str) -> list[Candidate]:
    """Every match of every pattern (overlapping candidates included; selection comes later)."""
    found = []
    for pattern in patterns():
        for match in pattern.regex.finditer(text, overlapped=False):
            has_t = "t" in pattern.regex.groupindex and match.group("t") is not None
            start, end = match.span("t") if has_t else match.span()
            if end > start:
                found.append(Candidate(start, end, pattern, match))
    return found
