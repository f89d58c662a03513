"""Percentages extractor: rows of the `percentages` table for one spaCy Doc (+ pure helpers).

Found on characters (`find_percentages(text)`, pure): a number or range (shared number parser
and range grammar of `quantities_grammar.py`) followed by `%`, `pour cent`, `pour-cent`,
`pourcent(s)`, `pourcentage(s)` or `p. 100`; `trois quarts` and other fractions are not
percentages.

Decisions (documented, tested in tests/examples/percentages.toml):
- span = number (with its written sign) + percent sign: `+ 3,7 %`, `71 %`; ranges keep both
  ends (`10-15 %`, `de 2 à 3 %` -> span `2 à 3 %`, `entre 2 et 3 %` keeps `entre`);
- an approximator (`près de 41%`) is not in the span; it becomes the flag `approx:nearly`
  (the table has no approx column) and prefixes `text_en` (`nearly 41%`);
- `value` is signed as written (`-3 %` -> -3.0), `fraction` = value / 100, `sign` is the
  written sign (`+`, `-`) or None;
- percentage points (`2 points de pourcentage`; `2 points` when the sentence speaks of a
  percentage or a rate) are rows of this table with kind `change` and the flag
  `percentage_points` (value in points, fraction = value / 100);
- `kind` from the sentence (cue lemmas in pipeline/data/quantities/percent_cues.tsv):
  an explicit sign -> change; `N % de plus/moins` -> change; `N % de/du/des NOUN` -> share, unless NOUN is a rate or change
  cue (`5 % d'inflation` -> rate); `<change cue> ... de N %` -> change (the `de` of an
  approximator does not count: `nous perdons près de 3 % de notre PIB` is a share); a rate cue in the
  preceding words -> rate; a change cue -> change; a share cue -> share; else other.
"""
from __future__ import annotations

import re

from . import quantities_lexicon as lex
from .numbers import find_numbers
from .doc_utils import doc_text, token_sentence
from .quantities_format import percent_en
from .quantities_grammar import _blocked_ranges, _glued_left, _groups
from .quantities_subject import subject_of, tokens_before

_PCT_RE = re.compile(r"[ \u00a0\u202f]?(?:%|pour[ -]cent|pourcents?|(?P<age>pourcentages?)|p\.[ \u00a0]?100)(?![\w])",
                     re.IGNORECASE)
_PP_RE = re.compile(r"[ \u00a0\u202f](?:points?|pts?)(?P<explicit>[ \u00a0]de[ \u00a0]pourcentage)?(?![\w])")
WINDOW = 8


def find_percentages(text: str) -> list[dict]:
    """Percentage rows of `text` without kind/subject (pure; see module doc)."""
    urls = [r for r in _blocked_ranges(text) if text[r[0]:r[1]].startswith(("http", "www"))]
    nums = [m for m in find_numbers(text, articles=True) if m.kind == "cardinal" and not _glued_left(text, m)
            and not any(s <= m.start < e for s, e in urls)]
    rows = []
    for group in _groups(text, nums):
        m = _PCT_RE.match(text, group.end)
        if m and m.group("age") and group.lo.text.casefold() in ("un", "une"):
            continue  # `un pourcentage record` is not 1 %
        points = False
        if not m:
            m = _PP_RE.match(text, group.end)
            if not m or not (m.group("explicit") or _points_context(text, group.start)):
                continue
            points = True
        sign = group.lo.sign
        rows.append({"start": group.start, "end": m.end(), "text": text[group.start:m.end()],
                     "value": group.value, "value_max": group.value_max, "sign": sign,
                     "points": points, "approx": _approx(text, group.start, m.end())})
    return rows


def _points_context(text: str, start: int) -> bool:
    """Bare `points` are percentage points when the sentence speaks of % or of a rate."""
    left = text[max(0, start - 200):start]
    left = left[max(left.rfind(". "), 0):]
    return "%" in left or bool(re.search(r"\b(taux|inflation|chômage|pourcentage)\b", left, re.I))


def _approx(text: str, start: int, end: int) -> str | None:
    found = lex.approx_before(text, start) or lex.approx_after(text, end)
    return found[0] if found else None


def _left_edge(text: str, start: int) -> int:
    """Where the context before a percentage ends: before its approximator (`perdons près de
    3 %`: the `de` of `près de` is not the `de` of `<change cue> de N %`)."""
    found = lex.approx_before(text, start)
    return found[1] if found else start


def classify(left: list[str], right: list[str], sign: str | None, points: bool = False) -> str:
    """Kind of a percentage from the lemmas before it (nearest last) and after it.

    `left` is the clause before the percentage (cut at `;`/`:`); change cues other than the
    `<cue> ... de N %` construction count only after the last comma (`Ils ont perdu un
    enfant, ils ne sont que 15 %` is not a change).
    """
    cues = lex.percent_cues()
    if points or sign:
        return "change"
    clause = left[max((i for i, w in enumerate(left) if w == ","), default=-1) + 1:]
    if left and left[-1] in ("de", "d'") and any(w in cues["change"] for w in clause):
        return "change"  # `une chute de 15 % de son bénéfice`: the change wins over `de NOUN`
    if right[:2] in (["de", "plus"], ["de", "moins"]):
        return "change"  # `18 % de plus qu'un an plus tôt`
    if right and right[0] in ("de", "du", "des", "d'") and len(right) > 1:
        noun = next((w for w in right[1:4] if w not in ("le", "la", "les", "l'", "son", "sa", "ses", "leur")), "")
        if noun in cues["rate"]:
            return "rate"
        if noun in cues["change"]:
            return "change"
        return "share"
    if any(w in cues["rate"] for w in left):
        return "rate"
    if any(w in cues["change"] for w in clause):
        return "change"
    if any(w in cues["share"] for w in clause):
        return "share"
    return "other"


PARALLEL = ("contre", "et", "soit", "ou", "puis", "après", "à")


def _parallel_kind(doc_text: str, row: dict, previous: list[dict]) -> str | None:
    """`33 % du PIB, contre moins de 10 %`: a bare percentage after a connector takes the kind
    of the previous percentage of the same sentence."""
    if not previous:
        return None
    gap = doc_text[previous[-1]["end"]:row["start"]]
    if "." in gap or len(gap) > 60:
        return None
    words = re.findall(r"[\w']+", gap.casefold().replace("’", "'"))
    while words and (words[-1] in ("de", "d'", "plus", "moins", "près", "environ", "quelque", "les", "des")):
        words.pop()
    return previous[-1]["kind"] if words and words[-1] in PARALLEL else None


def _context(doc, start: int, end: int) -> tuple[list[str], list[str]]:
    """Lemmas (lower case) of up to WINDOW tokens before `start` and 4 after `end`, same sentence."""
    first = tokens_before(doc, start)
    last = tokens_before(doc, end)
    lo = max(0, first - 4 * WINDOW)
    before = [t for t in doc[lo:first] if not t.is_space and t.idx + len(t) <= start]
    after = [t for t in doc[last:last + 8] if not t.is_space][:4]
    if first < len(doc):
        sent_start, sent_end = token_sentence(doc, first)
        before = [t for t in before if t.i >= sent_start]
        after = [t for t in after if t.i < sent_end]
    before = before[-WINDOW:]

    cut = max((i for i, t in enumerate(before) if t.text in (";", ":", "•")), default=-1)
    before = before[cut + 1:]

    def lem(t):
        if t.lower_ in ("de", "du", "des", "d'", "d’"):
            return t.lower_.replace("’", "'")
        return (t.lemma_ or t.text).casefold().replace("’", "'")
    return [lem(t) for t in before], [lem(t) for t in after]


def extract(doc, **context) -> list[dict]:
    """Rows of the percentages table found in `doc` (architecture contract: exact offsets)."""
    out: list[dict] = []
    text = doc_text(doc)
    for row in find_percentages(text):
        left, right = _context(doc, _left_edge(text, row["start"]), row["end"])
        kind = classify(left, right, row["sign"], row["points"])
        if kind == "other":
            kind = _parallel_kind(text, row, out) or kind
        flags = []
        if row["points"]:
            flags.append("percentage_points")
        if row["approx"]:
            flags.append(f"approx:{row['approx']}")
        value, value_max = row["value"], row["value_max"]
        out.append({
            "text": row["text"], "start": row["start"], "end": row["end"], "value": value,
            "value_max": value_max, "fraction": round(value / 100, 12),
            "sign": row["sign"], "kind": kind,
            "subject": subject_of(doc, row["start"], row["end"]),
            "text_en": percent_en(value, value_max, row["sign"], row["approx"], row["points"]),
            "flags": flags,
        })
    return out
