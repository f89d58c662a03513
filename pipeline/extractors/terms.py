"""Glossary term candidates: domain noun phrases and common (non-entity) acronyms.

Candidates come from the parse, per sentence, with a small grammar over POS tags, read on
`term_words.Word`s (hyphen compounds joined, obvious tagging errors repaired):

    SEG  := ADJ* NOUN ADJ* ((et|ou) ADJ)?
    TERM := SEG ( P DET? SEG )?       P in PREPOSITIONS, DET a definite article (la, l', les)

(`partenariat stratégique`, `pays enclavés`, `PIB par habitant`, `chaîne d'approvisionnement`,
`ligne à haute tension`, `retrait des troupes américaines`). A TERM starts on its first noun;
every prefix of it that ends on a noun or an adjective is a (nested) candidate too, the bare
noun included, so the glossary can rank nested terms (C-value). A phrase that starts with an
adjective (`premier ministre`, `grande puissance`) is a candidate only when the termbase knows
it. Words inside named entities, dates, percentages and measured quantities are never part
of a term. Acronym-shaped tokens outside entities are candidates of kind `acronym`: with their
English when `acronyms.tsv` knows them (an ambiguous one is resolved by the expansion written
in the document, `pipeline.glossary_english.lookup_acronym`), else with no English.

Each candidate carries `term_fr` (as written, sentence-initial capital removed), `lemma` (its
citation form: nouns and adjectives in the singular, gender kept, used for lookups and grouping)
and its English, resolved here where POS and number are known: termbase (as written, then the
citation form, pluralised in English when the French is plural) > compositional (every word
known, `pipeline.terminology.compose_en`) > none. Ranking and filtering are corpus-wide, in
`pipeline/glossary.py`.

Value dicts: `text`, `start`, `end`, `term_fr`, `lemma`, `term_en`, `en_source` (termbase,
compositional, acronym, none) and `kind`: `term`, `acronym`, or `entity` for the English of
an organisation or place name the entity layer left without one (`_entity_name_rows`; not a
term candidate).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from .doc_utils import doc_text
from .term_words import Word, doc_words

PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux", "par", "en", "sur",
                          "pour", "contre", "entre", "avec", "sans"})
TAKES_ARTICLE = frozenset({"de", "d'", "d’", "à", "sur", "pour", "contre", "entre", "avec",
                           "sans", "par", "en"})
DEFINITE = frozenset({"la", "l'", "l’", "les", "le"})
COORDINATION = frozenset({"et", "ou"})
MAX_WORDS = 7
_ACRONYM_RE = re.compile(r"^[A-ZÉÈ][A-ZÉÈ0-9&]{1,6}$")
_ACRONYM_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÉÈ")  # a cheap test before the regex
_ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
_WORD_RE = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


@lru_cache(maxsize=1)
def locution_nouns() -> frozenset[str]:
    """Nouns that form a locution after a preposition (`data/term_locutions.txt`)."""
    text = resources.files("pipeline").joinpath("data", "term_locutions.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and ln[0] != "#")


def _wordlike(w: Word) -> bool:
    return (not w.blocked and not w.is_stop and len(w.text) > 2
            and _WORD_RE.match(w.text) is not None)


def _is_noun(w: Word) -> bool:
    return w.pos == "NOUN" and _wordlike(w)


def _is_adj(w: Word, tm=None) -> bool:
    """An adjective, a past participle used as one (`pays enclavés`), or (with the
    lexicon `tm`) a word tagged NOUN that the lexicon knows only as an adjective."""
    if not _wordlike(w):
        return False
    if w.pos == "ADJ" or w.participle:
        return True
    if (tm is not None and w.pos == "NOUN" and tm.lookup_word(w.lemma, "ADJ") is not None
            and tm.lookup_word(w.lemma, "NOUN") is None):
        w.pos = "ADJ"  # repaired for the rest of the Doc: the lexicon has no such noun
        return True
    return False


def singular(w: Word) -> str:
    """The singular of a French noun/adjective as written (keeps gender and case):
    `critiques` -> `critique`, `régionaux` -> `régional`, `réseaux` -> `réseau`,
    `travaux` -> `travail` (the lemma, for irregular nouns); invariable words unchanged."""
    return _singular(w.text, w.lemma, w.plural, w.pos)


@lru_cache(maxsize=100_000)  # a pure function of the word, asked for every candidate it is in
def _singular(text: str, lemma: str, plural: bool, pos: str) -> str:
    low, lemma = text.lower(), lemma.lower()
    if not plural or len(text) <= 3 or lemma == low:
        return text
    if low.endswith("eaux"):
        return text[:-1]
    if low.endswith(("aux", "eux", "oux")):
        if pos in ("NOUN", "PROPN") and lemma[:2] == low[:2]:
            return text[:1] + lemma[1:] if text[:1].isupper() else lemma
        return text[:-3] + "al" if low.endswith("aux") else text
    if low.endswith(("s", "x")) and not low.endswith("ss"):
        return text[:-1]
    return text


class _Grammar:
    """The term grammar over the words of one Doc."""

    def __init__(self, words: list[Word], tm):
        self.words, self.tm = words, tm

    def _limit(self, start: int) -> int:
        sent, n = self.words[start].sent, min(len(self.words), start + MAX_WORDS)
        end = start
        while end < n and self.words[end].sent == sent:
            end += 1
        return end

    def _attached(self, i: int, j: int) -> bool:
        """Whether word `j` depends on a word of the phrase `[i, j)` and is no verb in
        disguise (`les troupes étrangères inquiète le ministre`: it has an object)."""
        w = self.words
        return w[j].dep != "ROOT" and not w[j].verbal and w[i].i <= w[j].head < w[j].i

    def segment_ends(self, i: int, limit: int) -> list[int]:
        """Exclusive ends after the noun at `i` and after each post-nominal adjective."""
        w, ends, j = self.words, [i + 1], i + 1
        while j < limit:
            if _is_adj(w[j], self.tm) and self._attached(i, j):
                j += 1
                ends.append(j)
            elif (w[j].text.lower() in COORDINATION and j > i + 1 and j + 1 < limit
                  and _is_adj(w[j + 1], self.tm)):
                ends.append(j + 2)
                break
            else:
                break
        return ends

    def complement_noun(self, j: int, limit: int) -> int | None:
        """Index of the noun of `P DET? ADJ* NOUN` starting at the preposition `j`."""
        w = self.words
        if j >= limit or w[j].blocked or w[j].text.lower() not in PREPOSITIONS:
            return None
        k = j + 1
        if (k < limit and w[k].text.lower() in DEFINITE and w[k].pos == "DET"
                and w[j].text.lower() in TAKES_ARTICLE):
            k += 1
        while k < limit and w[k].pos == "ADJ" and _wordlike(w[k]):
            k += 1
        if k >= limit or w[k].text.lower() in locution_nouns():
            return None
        if w[k].pos == "VERB" and not w[k].participle and _wordlike(w[k]) and (
                self.tm.lookup_word(singular(w[k]).lower(), "NOUN") is not None):
            w[k].pos = "NOUN"  # `PIB par habitant`: a known noun the tagger read as a verb
        return k if _is_noun(w[k]) else None

    def phrase_ends(self, start: int) -> list[int]:
        """Word indices (exclusive ends) of every candidate starting with the noun at `start`."""
        limit = self._limit(start)
        ends = self.segment_ends(start, limit)
        noun = self.complement_noun(ends[-1], limit)
        if noun is not None:
            ends += self.segment_ends(noun, limit)
        return ends


def extract(doc, **context) -> list[dict]:
    """Term candidates of `doc` as value dicts (see docs/architecture.md)."""
    from .. import glossary_english as ge, terminology as tm

    words = doc_words(doc)
    text = doc_text(doc)
    grammar = _Grammar(words, tm)
    rows = []
    for i, w in enumerate(words):
        if w.blocked:
            continue
        if (w.text[:1] in _ACRONYM_INITIALS and _ACRONYM_RE.match(w.text)
                and not _ROMAN_RE.match(w.text)):
            rows.append(_acronym_row(w, ge.lookup_acronym(w.text, text), ge))
            if w.pos in ("NOUN", "PROPN"):
                ends = [e for e in grammar.phrase_ends(i) if e > i + 1]
                rows.extend(_rows(doc, text, words, i, i, ends, tm, ge))
        elif w.pos == "NOUN":
            if _wordlike(w) and not _locution(words, i):
                rows.extend(_rows(doc, text, words, i, i, grammar.phrase_ends(i), tm, ge))
        elif w.pos == "ADJ" and _WORD_RE.match(w.text):
            rows.extend(_adjective_rows(doc, text, words, i, grammar, tm, ge))
    return rows + _entity_name_rows(doc, text, words, tm, ge)


NAME_LABELS = frozenset({"ORG", "LOCATION"})


def _entity_name_rows(doc, text: str, words: list[Word], tm, ge) -> list[dict]:
    """English for entity names the entity layer left without one (kind `entity`).

    Only names of organisations and places that the knowledge base does not know, and
    not media (a title is not translated): the termbase or compositional translation of
    the name's words in title case (`Parti communiste` -> `Communist Party`). Person
    names, titles of works and events (MISC) and acronyms (those of `acronyms.tsv` are not
    organisations) are never translated here. The glossary gives this English to the
    entity's row; these rows are not term candidates. Their spans (label TERM) have the
    entity's own offsets: values are stored per label (components.py), so they do not
    overwrite the entity's value.
    """
    rows = []
    for ent in doc.ents:
        value = ent._.value or {}
        if (not value or value.get("name_en") or value.get("kb_id")
                or value.get("label") not in NAME_LABELS or value.get("category") == "media"):
            continue
        name = text[value["start"]:value["end"]]
        english, source = _entity_english(ent, name, words, tm, ge)
        rows.append({"text": name, "start": value["start"], "end": value["end"],
                     "term_fr": name, "lemma": name, "term_en": english,
                     "en_source": source if english else "none", "kind": "entity"})
    return rows


def _entity_english(ent, text: str, words: list[Word], tm, ge) -> tuple[str | None, str]:
    if _ACRONYM_RE.match(text):
        return None, "none"
    n = bisect_left(words, ent.start, key=lambda w: w.i)  # words are in token order
    if n == len(words) or words[n].i != ent.start:
        return None, "none"
    # a word covers one token or more: the entity's words are among the next `len(ent)`
    run = [w for w in words[n:n + ent.end - ent.start] if w.j <= ent.end]
    heads = [w for w in run if w.pos in ("NOUN", "PROPN")]
    if not heads:
        return None, "none"
    english, source = _english(run, heads[0], text, text, tm, ge)
    return (title_case(english) if english else None), source


_MINOR = frozenset({"a", "an", "the", "of", "and", "or", "for", "on", "in", "to", "with", "at",
                    "by", "per", "from", "against", "between"})


def title_case(english: str) -> str:
    """English name capitalisation: every word but minor function words (not the first)."""
    words = english.split(" ")
    return " ".join(w if (i and w in _MINOR) or not w[:1].islower() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _locution(words: list[Word], i: int) -> bool:
    """A locution noun right after a preposition (`à cause de`, `au sein de`)."""
    return (i > 0 and words[i].text.lower() in locution_nouns()
            and words[i - 1].text.lower() in PREPOSITIONS)


def _acronym_row(w: Word, entry, ge) -> dict:
    term_en, _ = ge.acronym_english(entry)
    return {"text": w.text, "start": w.start, "end": w.end, "term_fr": w.text,
            "lemma": w.text, "term_en": term_en, "en_source": "acronym" if term_en else "none",
            "kind": "acronym"}


def _adjective_rows(doc, text: str, words: list[Word], i: int, grammar: _Grammar, tm, ge) -> list[dict]:
    """`premier ministre`, `grandes puissances`: only phrases the termbase knows."""
    j = i
    while j < len(words) and j - i < 3 and not words[j].blocked and words[j].pos == "ADJ":
        j += 1
    if j == i or j >= len(words) or not _is_noun(words[j]) or words[j].sent != words[i].sent:
        return []
    return _rows(doc, text, words, i, j, grammar.phrase_ends(j), tm, ge, termbase_only=True)


def _forms(doc, text: str, words: list[Word]) -> tuple[str, str]:
    """Surface form and citation form of a word run, sentence-initial capital removed."""
    surface = text[words[0].start:words[-1].end]
    citation = "".join((singular(w) if w.pos in ("NOUN", "ADJ", "VERB") else w.text)
                       + w.ws for w in words).strip()
    first = words[0]
    if first.text[:1].isupper() and not first.text.isupper() and first.pos != "PROPN":
        surface, citation = surface[0].lower() + surface[1:], citation[0].lower() + citation[1:]
    return surface, citation


def _rows(doc, text: str, words: list[Word], start: int, head: int, ends: list[int], tm, ge,
          termbase_only: bool = False) -> list[dict]:
    """The candidates `words[start:end]` for each of `ends`, with head noun `words[head]`;
    with `termbase_only`, only those the termbase knows (no compositional English is made)."""
    if not ends:
        return []
    # what a candidate's forms and English depend on, read once for the longest run: each word
    # and the whitespace before it (the text between two words is the first one's `ws`)
    longest = words[start:max(ends)]
    before = [""] + [w.ws for w in longest[:-1]]
    parts = [(w.text, w.lemma, w.pos, w.plural, ws) for w, ws in zip(longest, before)]
    rows = []
    for end in ends:
        first, last = words[start], words[end - 1]
        key = (head - start, termbase_only, tuple(parts[:end - start]))
        found = _CANDIDATE_MEMO.get(key)
        if found is None:
            if len(_CANDIDATE_MEMO) >= _MEMO_LIMIT:
                _CANDIDATE_MEMO.clear()
            run = words[start:end]
            surface, citation = _forms(doc, text, run)
            found = _CANDIDATE_MEMO[key] = (surface, citation) + _english_uncached(
                run, words[head], surface, citation, tm, ge, compose=not termbase_only)
        surface, citation, term_en, source = found
        if termbase_only and source != "termbase":
            continue
        rows.append({"text": text[first.start:last.end], "start": first.start,
                     "end": last.end, "term_fr": surface, "lemma": citation,
                     "term_en": term_en, "en_source": source, "kind": "term"})
    return rows


#: (surface, citation, English, source) of a candidate, keyed by the position of its head,
#: `termbase_only` and the (text, lemma, POS, number, whitespace before) of its words, which
#: determine all four: the same phrases recur across a corpus, and the termbase and the lexicon
#: are read-only data.
_CANDIDATE_MEMO: dict[tuple, tuple[str, str, str | None, str]] = {}
#: (English, source) per entity-name key (`_entity_english`), for the same reason.
_ENGLISH_MEMO: dict[tuple, tuple[str | None, str]] = {}
_MEMO_LIMIT = 200_000


def _english(run: list[Word], head: Word, surface: str, citation: str, tm, ge
             ) -> tuple[str | None, str]:
    key = (surface, citation, head.plural, tuple((w.text, w.lemma, w.pos, w.plural) for w in run))
    found = _ENGLISH_MEMO.get(key)
    if found is None:
        if len(_ENGLISH_MEMO) >= _MEMO_LIMIT:
            _ENGLISH_MEMO.clear()
        found = _ENGLISH_MEMO[key] = _english_uncached(run, head, surface, citation, tm, ge)
    return found


def _english_uncached(run: list[Word], head: Word, surface: str, citation: str, tm, ge,
                      compose: bool = True) -> tuple[str | None, str]:
    """(English, source) of one candidate: termbase, then compositional (unless not
    `compose`), else (None, none).

    A termbase entry found through the written form is used as is when that form is a
    plural entry of its own (`relations bilatérales`); an entry found through the singular
    citation form (or an invariable word such as `taux`) is put in the English plural when
    the French head is plural, unless the entry's notes say it is plural already."""
    entry = tm.lookup_term(surface)
    own_plural = entry is not None and surface.lower() != citation.lower()
    entry = entry or tm.lookup_term(citation)
    if entry is not None:
        if head.plural and not own_plural and "plural" not in entry.notes:
            return ge.pluralize_en(entry.term_en), "termbase"
        return entry.term_en, "termbase"
    if not compose:
        return None, "none"
    lemmas, singulars, lemmas_known, singulars_known = _compose_parts(run)
    # a phrase with a word the lexicon does not know has no composition: not even tried
    composed = ((lemmas_known and tm.compose_en(lemmas))
                or (singulars_known and singulars != lemmas and tm.compose_en(singulars)))
    if composed:
        return composed, "compositional"
    return None, "none"


def _compose_parts(run: list[Word]
                   ) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], bool, bool]:
    """`(lemma, pos[, number])` tuples for `terminology.compose_en`: a preposition carries
    its written form (`du`, `des` are contracted articles), a noun its number; a content word
    its lemma in the first list, its singular as written in the second (tried second). And
    whether the lexicon knows every word of each list (`composition.known_word`)."""
    words = [_word_parts(w.text, w.lemma, w.pos, w.plural) for w in run]
    return ([word[0] for word in words], [word[1] for word in words],
            all(word[2] for word in words), all(word[3] for word in words))


@lru_cache(maxsize=100_000)  # a pure function of the word; words recur in many candidates
def _word_parts(text: str, lemma: str, pos: str, plural: bool
                ) -> tuple[tuple[str, ...], tuple[str, ...], bool, bool]:
    """The `compose_en` tuples of one word, with its lemma and with its singular, and whether
    the lexicon knows each."""
    from ..composition import known_word
    from ..terminology import lookup_word

    low = text.lower().replace("’", "'")
    number = "Plur" if plural else "Sing"
    if pos == "ADP" or low in PREPOSITIONS:
        part: tuple[str, ...] = (low, "ADP")
    elif pos == "DET":
        part = (low, "DET", number)
    elif low in COORDINATION:
        part = (low, "CCONJ")
    else:
        tag = "NOUN" if pos == "PROPN" else pos
        by_lemma = (lemma.lower(), tag, number)
        by_singular = (_singular(text, lemma, plural, pos).lower(), tag, number)
        return (by_lemma, by_singular, known_word(by_lemma, lookup_word),
                known_word(by_singular, lookup_word))
    known = known_word(part, lookup_word)
    return part, part, known, known
