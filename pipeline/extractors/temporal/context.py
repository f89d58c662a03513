"""What the words around a candidate say: its leading preposition (-> `modifier`), the tense
of its clause (-> which `mardi` or `21 juin` is meant), whether `aujourd'hui` means the day
or "nowadays". Works on a plain string; uses the spaCy parse (morphology, heads) when the
Doc has one, and falls back to "unknown" when it does not (`spacy.blank("fr")`).
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .lexicon import APOSTROPHES, fold, form_regex, table, words

_SENTENCE_START = re.compile(r"(?:^|[.!?»:;]\s*|\n\s*|[-–—_]\s+)$")


@lru_cache(maxsize=1)
def _preposition_regex() -> "regex.Pattern":
    forms = sorted(table("prepositions"), key=len, reverse=True)
    alt = "|".join(form_regex(f) for f in forms)
    return regex.compile(rf"(?:^|(?<=[\s(«\"{APOSTROPHES}]))(?P<p>{alt})\s*$", regex.IGNORECASE)


def preposition_before(text: str, start: int) -> tuple[str | None, str | None]:
    """(folded preposition, modifier or None) right before `start`, e.g. ("depuis", "since")."""
    window = text[max(0, start - 30):start]
    m = _preposition_regex().search(window)
    if not m:
        return None, None
    form = fold(m.group("p"))
    modifier = table("prepositions")[form][0]
    return form, (None if modifier == "-" else modifier)


def at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 6):start]))


def previous_word(text: str, start: int) -> str:
    """The folded word right before `start` (apostrophe kept: `d'`, `l'`)."""
    m = re.search(rf"([\w{APOSTROPHES}-]+)[\s{APOSTROPHES}]*$", text[max(0, start - 40):start])
    return fold(m.group(1)) if m else ""


def next_word(text: str, end: int) -> str:
    m = re.match(r"\s*([\w'’-]+)", text[end:end + 40])
    return m.group(1) if m else ""


class Parse:
    """Tense and clause questions over a parsed spaCy Doc (all answers None without a parse)."""

    def __init__(self, doc):
        self.doc = doc if doc is not None and _has_parse(doc) else None
        # answers per character span: a candidate is asked about up to three times
        self._verbs: dict[tuple[int, int], object] = {}
        self._tenses: dict[tuple[int, int], str | None] = {}

    def verb_of(self, start: int, end: int):
        """The verb of the clause of [start, end), else None (remembered per span)."""
        if self.doc is None:
            return None
        if (start, end) not in self._verbs:
            self._verbs[start, end] = self._find_verb(start, end)
        return self._verbs[start, end]

    def _find_verb(self, start: int, end: int):
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        tok = span.root
        for _ in range(6):
            if tok.pos_ in ("VERB", "AUX"):
                return tok
            if tok.head.i == tok.i:
                break
            tok = tok.head
        # a parse that made the date (or a noun) the root: its auxiliary or copula child
        return next((c for c in tok.children if c.pos_ in ("AUX", "VERB")
                     and c.dep_.startswith(("aux", "cop"))), None)

    def tense(self, start: int, end: int) -> str | None:
        """'past', 'future', 'present' for the clause of [start, end); None in a clause
        without a verb or without a parse."""
        if (start, end) not in self._tenses:
            verb = self.verb_of(start, end)
            self._tenses[start, end] = verb_tense(verb) if verb is not None else None
        return self._tenses[start, end]

    def doc_tense(self) -> str | None:
        """'future' when the document's finite verbs are mostly future/conditional, else
        'past' when it has past verbs (news look back), else None."""
        if self.doc is None:
            return None
        if not hasattr(self, "_doc_tense"):
            counts = {"past": 0, "future": 0}
            for i in _clause_verbs(self.doc):
                found = verb_tense(self.doc[i])
                if found in counts:
                    counts[found] += 1
            best = max(counts, key=counts.get)
            self._doc_tense = best if counts[best] else None
        return self._doc_tense

    def lemma(self, start: int, end: int) -> str | None:
        verb = self.verb_of(start, end)
        return verb.lemma_.lower() if verb is not None else None


_CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "advcl", "acl:relcl")


def _clause_verbs(doc) -> list[int]:
    """Indices of the verbs heading a clause, read from the token arrays (building a Token
    object for every token of a long document costs more than the whole extraction)."""
    from spacy.attrs import DEP, POS
    from spacy.symbols import AUX, VERB

    strings = doc.vocab.strings
    deps = {strings.add(d) for d in _CLAUSE_DEPS}
    array = doc.to_array([POS, DEP])
    return [i for i, (pos, dep) in enumerate(array.tolist()) if pos in (VERB, AUX) and dep in deps]


def _has_parse(doc) -> bool:
    try:
        return doc.has_annotation("MORPH") and doc.has_annotation("DEP")
    except (AttributeError, ValueError):
        return False


def _group(verb) -> list:
    """The verb, its auxiliaries, and the modal governing it (`doit s'ouvrir`)."""
    out = [verb] + [c for c in verb.children if c.dep_.startswith(("aux", "cop"))]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        out += [head] + [c for c in head.children if c.dep_.startswith("aux")]
    return out


def verb_tense(verb) -> str | None:
    """'past', 'future' or 'present' for a verb and its auxiliaries (None: no finite verb).
    A passive in the present (`est prévu`, `est fixé`) is present; `est décédé` (a verb
    conjugated with être) and pronominal verbs (`s'est rendu`) are past."""
    group = _group(verb)
    tenses = {t for w in group for t in w.morph.get("Tense")}
    moods = {m for w in group for m in w.morph.get("Mood")}
    finite = [w for w in group if "Fin" in w.morph.get("VerbForm")]
    if "Fut" in tenses or "Cnd" in moods:
        return "future"
    if any(w.lemma_.lower() in words("future_verbs") for w in group) and "Imp" not in tenses:
        return "future"
    if "Imp" in tenses or any("Past" in w.morph.get("Tense") for w in finite):
        return "past"
    if "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"):
        if len(group) == 1:
            return "past"  # `Réélu dimanche`, `les mesures annoncées mercredi`
        return "past" if _compound_past(verb) else "present"
    return "present" if finite or "Sub" in moods else None


def _compound_past(participle) -> bool:
    """`a annulé`, `est décédé`, `s'est rendu`: a compound past, not a present passive."""
    auxes = [c for c in participle.children if c.dep_.startswith("aux")]
    if any(c.dep_ == "aux:tense" for c in auxes):
        return True
    if participle.lemma_.lower() in words("etre_verbs"):
        return True
    return any(c.dep_ in ("expl:comp", "expl:pv", "expl") or c.lower_ in ("se", "s'", "s’")
               for c in participle.children)


_DAY_FOLLOWERS = {"à", "vers", "dès", "en", "dans", "avant", "après", "jusqu'à", "matin", "soir",
                  "après-midi", "midi", "minuit", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                  "samedi", "dimanche", "même", "très", "tôt", "pendant"}


def _opens_clause(text: str, end: int) -> bool:
    """Sentence-initial `Aujourd'hui, ...` / `Aujourd'hui le pays ...` opens a statement about
    the present; `Aujourd'hui à midi` or `Aujourd'hui.` is the day."""
    rest = text[end:end + 30]
    if re.match(r"\s*,", rest):
        return True
    if re.match(r"\s*(?:$|[.;:!?)])", rest):
        return False
    if re.match(r"\s*(?:le|la)\s+(?:\d|matin|soir|nuit|matinée|soirée)", rest, re.IGNORECASE):
        return False  # `aujourd'hui le matin`, `aujourd'hui le 3 mai`
    return fold(next_word(text, end)) not in _DAY_FOLLOWERS


def today_is_vague(text: str, start: int, end: int, parse: Parse, tense: str | None) -> bool:
    """`aujourd'hui` = nowadays (PRESENT_REF) rather than the publication day?"""
    if at_sentence_start(text, start):
        return _opens_clause(text, end)
    if previous_word(text, start) in ("d'", "de"):
        return False
    if re.search(r",\s*$", text[max(0, start - 3):start]) and re.match(r"\s*,", text[end:end + 3]):
        return True  # `et, aujourd'hui, dans une situation...`
    verb = parse.verb_of(start, end)
    if verb is None or tense in ("past", "future"):
        return False
    lemmas = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children
                                      if c.dep_ in ("cop", "aux:pass")}
    return bool(lemmas & words("stative_verbs"))  # `représente`, `sont (...) compris`
