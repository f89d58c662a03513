"""The candidate finder: `data/dates/patterns.toml` compiled into regexes, run over a text.

Macros come from two places: the structural ones in the TOML `[macro]` table and one per
lexicon (below). A candidate is one regex match: its span (group `t` when present), the
pattern's name, handler and priority, and the match object for the handlers.

Speed. A pattern regex tried at every character of a long text costs more than everything
else the extractor does (the `regex` module has no literal-prefix scan for patterns that open
with optional groups). Each pattern therefore declares `trigger`s: words (a lexicon macro
such as `MONTH`, or `w:chaque tous`) or a stdlib regex (`re:\\d\\s?h`) that every match
contains. One pass over the words of the text finds the trigger words; a pattern then runs
only in windows of `MARGIN` characters around its triggers, cut at whitespace (the same
matches as a full scan for any match shorter than the margin, checked on the benchmark texts).
Inside a window the engine's work per position is cut by writing lexicon alternations as trees
of first letters (`lexicon.alternation_of`) and digit ranges as sets (`_spell_digit_ranges`);
both keep every match as it was.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .lexicon import alternation, alternation_of, fold, table, unaccented_first
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
    "TEMPADJ": ("temporal_adjectives", None),
}
_MACRO = re.compile(r"\{([A-Z][A-Z0-9]*)(?::([a-z]))?\}")
_FLAGS = regex.IGNORECASE | regex.UNICODE | regex.V0


@dataclass(frozen=True)
class Pattern:
    name: str
    handler: str
    priority: int
    regex: "regex.Pattern"
    words: frozenset = frozenset()      # trigger words (folded, one per lexicon form)
    scans: tuple = ()                   # trigger regexes (stdlib `re`, compiled)
    trigger: tuple = ()                 # the trigger as written (patterns sharing it share windows)


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
    return alternation_of(tuple(forms))


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


_DIGIT_RANGE = re.compile(r"(?<!\\)\[(\d)-(\d)\]")


def _spell_digit_ranges(body: str) -> str:
    """`[1-9]` -> `[123456789]`, the same set. Speed: the `regex` module builds no
    first-character set for a pattern that may open with a range (`0?[1-9]`), and without one
    it runs the whole pattern at every position of a window (3-10x slower)."""
    return _DIGIT_RANGE.sub(lambda m: "[" + "".join(map(str, range(int(m[1]), int(m[2]) + 1))) + "]", body)


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """Every pattern of the grammar, compiled once."""
    source = resources.files("pipeline.data").joinpath("dates").joinpath("patterns.toml").read_text("utf-8")
    data = tomllib.loads(source)
    macros = {k: _join(v) for k, v in data.get("macro", {}).items()}
    out = []
    for spec in data["pattern"]:
        body = _spell_digit_ranges(expand(_join(spec["regex"]), macros))
        compiled = regex.compile(rf"(?<![\w])(?:{body})(?![\w])", _FLAGS)
        words, scans = _triggers(spec)
        out.append(Pattern(spec["name"], spec["handler"], int(spec.get("priority", 0)), compiled,
                           words, scans, tuple(spec["trigger"])))
    return tuple(out)


#: How far a match may reach from its trigger (characters, either side).
MARGIN = 60
_WORD = re.compile(r"[^\W\d_]+")


def _key_word(form: str) -> str | None:
    """The longest alphabetic piece of a lexicon form: present in any text the form matches."""
    pieces = _WORD.findall(fold(form))
    return max(pieces, key=len) if pieces else None


def _triggers(spec: dict) -> tuple[frozenset, tuple]:
    """A pattern's trigger words and trigger regexes (see the module docstring)."""
    if "trigger" not in spec:
        raise ValueError(f"pattern {spec['name']!r} has no trigger")
    words: set[str] = set()
    scans = []
    for trig in spec["trigger"]:
        if trig.startswith("re:"):
            scans.append(re.compile(trig[3:], re.IGNORECASE))
        elif trig.startswith("w:"):
            words.update(fold(w) for w in trig[2:].split())
        else:
            keys = set(filter(None, (_key_word(f) for f in table(LEXICON_MACROS[trig][0]))))
            words.update(keys | {unaccented_first(k) for k in keys})
    return frozenset(words), tuple(scans)


@dataclass(frozen=True)
class _Triggers:
    """The distinct triggers of the grammar, indexed so that one document costs one pass over
    its words plus one pass per trigger regex (not one look at every hit per pattern)."""

    triggers: tuple[tuple, ...]                      # distinct `Pattern.trigger`s
    by_word: dict[str, tuple[int, ...]]              # trigger word -> indices in `triggers`
    scans: tuple[tuple["re.Pattern", tuple[int, ...]], ...]  # trigger regex -> indices


@lru_cache(maxsize=1)
def _trigger_index() -> _Triggers:
    """The grammar's triggers, built once (patterns sharing a trigger share its windows)."""
    first: dict[tuple, Pattern] = {}
    for pattern in patterns():
        first.setdefault(pattern.trigger, pattern)
    by_word: dict[str, list[int]] = {}
    scans: dict[str, tuple["re.Pattern", list[int]]] = {}
    for i, pattern in enumerate(first.values()):
        for word in pattern.words:
            by_word.setdefault(word, []).append(i)
        for rx in pattern.scans:
            scans.setdefault(rx.pattern, (rx, []))[1].append(i)
    return _Triggers(tuple(first), {w: tuple(ix) for w, ix in by_word.items()},
                     tuple((rx, tuple(ix)) for rx, ix in scans.values()))


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged windows of MARGIN characters around each span, both ends on whitespace."""
    out: list[list[int]] = []
    n = len(text)
    for s, e in sorted(spans):
        lo, hi = max(0, s - MARGIN), min(n, e + MARGIN)
        if out and hi <= out[-1][1]:
            continue
        if not (out and lo <= out[-1][1]):
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1
        while hi < n and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _trigger_spans(text: str) -> dict[tuple, list[tuple[int, int]]]:
    """Every trigger -> the spans of its words and of its regexes' matches in `text`."""
    index = _trigger_index()
    spans: list[list[tuple[int, int]]] = [[] for _ in index.triggers]
    for m in _WORD.finditer(text):
        owners = index.by_word.get(m.group().lower())
        if owners:
            for i in owners:
                spans[i].append(m.span())
    for rx, owners in index.scans:
        found = [m.span() for m in rx.finditer(text)]
        for i in owners:
            spans[i] += found
    return dict(zip(index.triggers, spans))


def find(text: str) -> list[Candidate]:
    """Every match of every pattern (overlapping candidates included; selection comes later),
    each pattern run only around its triggers."""
    windows = {trigger: _windows(text, spans) if spans else []
               for trigger, spans in _trigger_spans(text).items()}
    found = []
    for pattern in patterns():
        for lo, hi in windows[pattern.trigger]:
            for match in pattern.regex.finditer(text, lo, hi, overlapped=False):
                has_t = "t" in pattern.regex.groupindex and match.group("t") is not None
                start, end = match.span("t") if has_t else match.span()
                if end > start:
                    found.append(Candidate(start, end, pattern, match))
    return found
