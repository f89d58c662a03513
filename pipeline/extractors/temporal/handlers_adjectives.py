"""Temporal adjectives: `l'actuel président` (PRESENT_REF), `le prochain sommet`, `la future
réforme` (FUTURE_REF), `le recensement précédent`, `des gaffes récentes` (PAST_REF), `une virée
nocturne` (a night: `XXXX-XX-XXTNI`, kind time).

SPEC counts "every expression that places something in time": these place their noun relative
to now, as TimeBank's TIMEX3 do (FTiB tags `actuel`, `prochain`, `futur`, `précédent`,
`nocturne`, the adjective alone). Kind `vague` (a deictic reference, no calendar value).
Rejected (lexicon `temporal_adjectives.tsv` says which form goes where):
- a `pre` adjective not followed by a noun (`le futur` = the tense, `le prochain sera...`);
- a noun use: `sans précédent`, `un précédent` + verb/punctuation, `le quotidien`;
- a headline in capitals (`PROCHAIN MARIAGE`), where nothing says which noun it qualifies;
- after a time noun the longer date pattern wins (`la semaine prochaine`, `lundi prochain`).
"""
from __future__ import annotations

import re

from .context import previous_word
from .grammar import Candidate
from .lexicon import fold, lookup
from .reading import Ctx, Reading

#: Words that cannot be the noun an adjective qualifies (function words, auxiliaries).
_NOT_NOUNS = frozenset(
    "de d' du des à au aux et ou ni qui que qu' dont est sont sera seront était a ont avait "
    "en pour par sur dans avec sans ne n' se s' il elle ils elles on le la les l' un une ce "
    "cette ces son sa ses leur leurs mais si comme plus moins très".split())
_DETERMINERS = frozenset("le la les l' un une ce cet cette ces son sa ses leur leurs mon ma mes "
                         "notre nos votre vos du des au aux".split())


def _noun_after(ctx: Ctx, end: int) -> bool:
    m = re.match(r"[ \t]+(?:«\s*)?([^\W\d_][\w'’-]*)", ctx.text[end:end + 40])
    return bool(m) and fold(m.group(1)) not in _NOT_NOUNS


def _noun_before(ctx: Ctx, start: int) -> bool:
    m = re.search(r"([^\W\d_][\w'’-]*)[ \t]+$", ctx.text[max(0, start - 40):start])
    return bool(m) and fold(m.group(1)) not in _NOT_NOUNS and fold(m.group(1)) not in _DETERMINERS


def temporal_adjective(c: Candidate, ctx: Ctx) -> Reading | None:
    form = c.group("adj")
    cells = lookup("temporal_adjectives", form)
    if cells is None or (form.isupper() and len(form) > 1):
        return None
    value, text_en, position = cells
    prev = previous_word(ctx.text, c.start)
    if prev == "sans":
        return None  # `sans précédent`
    before = position in ("pre", "both") and _noun_after(ctx, c.end)
    after = position in ("post", "both") and _noun_before(ctx, c.start)
    if not (before or after):
        return None
    kind = "time" if value.startswith("T") else "vague"
    return Reading(kind, value, granularity=None, text_en=text_en)
