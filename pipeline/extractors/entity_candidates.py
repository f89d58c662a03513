"""Candidate mentions: the model's entities repaired, acronym definitions, quoted titles,
and truncated names completed.

- `from_model`: each model entity is cut (newline, `, `), trimmed (determiners, titles,
  punctuation) and dropped when it is not a name (title only, generic noun, demonym,
  lower case, unit, imperative verb, term acronym). A title in front of a name is a PERSON
  cue; a title's complement (`président du Sénat` -> `Sénat`) has its label decided again.
- `apply_pairs`: an acronym definition (`long form (SF)`) yields two mentions of one
  entity that replace whatever the model had over those characters. A lower-case long form
  is a concept (`IDE`), not an entity, unless the KB knows it: its short form is dropped.
- `quoted_titles`: `« Plan national pour ... »`, a quoted capitalised title headed by
  a cue noun (stratégie, plan, initiative, programme, pacte ...), is one MISC mention.
- `extend`: ORG/MISC names are extended over following capitalised words
  (`... International` + `Forum`) and `de` + capitalised words, and an event cue
  (`Sommet X`) over a dash to the next name (`Sommet X – Y`).
"""
from __future__ import annotations

import re

from . import entity_lexicon as lex
from . import entity_repair as rep
from .acronyms import loose_match, short_form_after
from .entity_doc import DocView
from .entity_english import word_language
from .entity_link import link_exact
from .entity_types import MODEL_LABELS, Cand

_NEXT_WORD = re.compile(r"[ \t\u00a0]+((?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?)"
                        r"([A-ZÀ-Þ][\w\-’']*)")
_DASH_NEXT = re.compile(r"\s*[–—-]\s*")
_QUOTED = re.compile(r"«\s*([^«»\n]{3,100}?)\s*»|“([^“”\n]{3,100})”|\"([^\"\n]{3,100})\"")
_TITLE_MODIFIERS = frozenset({"nouvelle", "nouveau", "nouvel", "grand", "grande", "premier",
                              "premiere", "new", "national", "nationale", "global"})
EVENT_HEADS = frozenset({"sommet", "forum", "conference", "reunion", "dialogue", "summit",
                         "rencontre", "congres"})


def from_model(view: DocView, ent) -> list[Cand]:
    """Repaired candidates for one model entity (zero, one or more)."""
    label = MODEL_LABELS.get(ent.label_, "MISC")
    out = []
    for start, end in rep.split_pieces(view.text, ent.start_char, ent.end_char):
        if not view.known(view.text[start:end]):        # `mer Noire` is one name
            start = _skip_lowercase_words(view.text, start, end)
        for s, e in _split_known(view, start, end, label):
            cand = repair_piece(view, s, e, label, ent.label_,
                                (s, e) == (ent.start_char, ent.end_char))
            if cand is not None:
                out.append(cand)
    return out


_PARTICLES = frozenset({"de", "du", "des", "d", "l", "la", "le", "les", "von", "van", "der",
                        "den", "al", "el", "ben", "bin", "ibn", "da", "di", "del", "dos", "y"})
_LOWER_WORD = re.compile(r"([^\W\d_][\w’']*)\s+")
_KNOWN_SPLIT = re.compile(r"\s*[-–—]\s*|\s+(?:de|du|d['’])\s*")
DIRECTIONS = frozenset({"nord", "sud", "est", "ouest", "centre", "l'ouest", "l'est"})


_HEAD_OF = re.compile(r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?[A-ZÀ-Þ]")


def _skip_lowercase_words(text: str, start: int, end: int) -> int:
    """`ligne Abidjan-Lagos` -> `Abidjan-Lagos`: a name does not open with a common noun
    (particles such as `de`, `von`, `al` may open one, and the generic noun of a place
    name, `data/entities/name_heads.txt`, before its capitalised part: `rue de Rivoli`)."""
    pos = start
    while (m := _LOWER_WORD.match(text, pos, end)) and m.group(1)[0].islower() \
            and lex.fold(m.group(1)).rstrip("'") not in _PARTICLES \
            and not m.group(1).endswith(("'", "’")):
        if lex.fold(m.group(1)) in lex.word_set("name_heads.txt") and \
                _HEAD_OF.match(text, m.end(), end):
            break
        pos = m.end()
    return pos if text[pos:pos + 1].isupper() else start


def _skip_demonym(text: str, start: int, end: int) -> int:
    """`Roumaine Luminata Talpos` -> `Luminata Talpos`: a nationality before a name."""
    m = _LOWER_WORD.match(text, start, end)
    if m and rep.demonym_word(m.group(1)) and text[m.end():m.end() + 1].isupper():
        return m.end()
    return start


def _split_known(view: DocView, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """`Russie-Afrique` -> both places; `Afrique de Sotchi` (LOCATION) -> `Afrique` + `Sotchi`:
    a span made of two known names joined by a dash (or `de` for places) is two mentions."""
    text = view.text
    if view.known(text[start:end]):
        return [(start, end)]
    for m in _KNOWN_SPLIT.finditer(text, start, end):
        left, right = text[start:m.start()], text[m.end():end]
        if not right[:1].isupper() or lex.fold(right) in DIRECTIONS:
            continue
        if m.group().strip() in ("-", "–", "—"):
            head = _KNOWN_SPLIT.split(right, maxsplit=1)[0]
            if view.known(left) and (view.known(right) or view.known(head)):
                return [(start, m.start())] + _split_known(view, m.end(), end, label)
        elif label == "LOCATION" and view.known(left) and " " not in right.strip():
            return [(start, m.start()), (m.end(), end)]
    return [(start, end)]


def repair_piece(view: DocView, start: int, end: int, label: str, model_label: str | None,
                 whole: bool = True) -> Cand | None:
    """Trim one piece of a model span and keep it when it is a name."""
    text = view.text
    initial = view.sentence_initial(start)
    new_start, titled, complement = rep.strip_leading(text, start, end, sentence_initial=initial,
                                                      known=view.known)
    if label in ("ORG", "MISC") and titled and not complement and (
            view.known(text[start:end]) or word_language(text[start:end].split()[0]) == "en"):
        # `General Electric`: a known or English name that opens with a title word
        new_start, titled, complement = rep.strip_leading(
            text, start, end, sentence_initial=initial, known=view.known, titles_ok=False)
    new_start = _skip_demonym(text, new_start, end)
    new_end = rep.strip_trailing(text, new_start, end)
    if re.match(r"['’]s\b", text[new_end:new_end + 3]) and text[new_end - 1:new_end].isalpha():
        new_end += 2
    if new_end <= new_start or drop_reason(view, new_start, new_end, label) is not None:
        return None
    same = whole and (new_start, new_end) == (start, end)
    cand = Cand(new_start, new_end, None if complement else label,
                "model" if same else "rule", model_label)
    if not same:
        cand.add_flag("span_trimmed")
    cand.complement = complement
    cand.person_cue = (titled and not complement) or rep.title_before(text, new_start)
    return cand


_DEMONYM_SHAPE = re.compile(r"(?:ais|aise|ois|oise|ien|ienne|een|eenne|ain|aine|ique|and|ande|an|"
                            r"ane|ol|ole|ite|in|ine|ote|eque|ec|ecque|ene|kh|khe|ze)s?$")


def drop_reason(view: DocView, start: int, end: int, label: str | None) -> str | None:
    """Why text[start:end] is not an entity, or None when it may be one."""
    text, name = view.text, view.text[start:end]
    if sum(ch.isalpha() for ch in name) < 2:
        return "too_short"
    if rep.no_capital(name):
        return "lower_case"
    if rep.title_only(name):
        return "title"
    if rep.false_positive_word(name):
        return "generic_noun"
    known = view.known(name)
    if rep.demonym_word(name) and not known:
        return "demonym"
    words = name.split()
    if len(words) == 2 and not known and rep.false_positive_word(words[0]) and (
            rep.demonym_word(words[1]) or lex.is_adjective_form(words[1])):
        return "generic_noun"
    if len(words) > 1 and not known and view.sentence_initial(start) and _clause_opening(
            view, start, words):
        return "sentence_initial_word"
    if " " in name.strip() or known:
        return None
    if rep.unit_word(text, start, end) or view.inside_claimed(start, end):
        return "unit"
    if rep.term_acronym(name):
        return "term_acronym"
    return _single_word_reason(view, start, end, label)


def _single_word_reason(view: DocView, start: int, end: int, label: str | None) -> str | None:
    name = view.text[start:end]
    tokens = view.tokens(start, end)
    pos = tokens[0].pos_ if len(tokens) == 1 else None
    common = lex.zipf_fr(name) >= 2.5
    if view.sentence_initial(start) and pos not in ("PROPN", None) and lex.zipf_fr(name) >= 4.0 \
            and lex.is_common_word(name):
        return "sentence_initial_word"
    if label in ("LOCATION", "MISC") and common and lex.is_adjective_form(name) and (
            pos == "ADJ" or _DEMONYM_SHAPE.search(lex.fold(name))):
        return "adjective"
    morph = tokens[0].morph if tokens else None
    verbal_morph = morph is not None and (
        "Imp" in morph.get("Mood") or "Inf" in morph.get("VerbForm")
        or tokens[0].pos_ in ("VERB", "AUX"))
    if view.sentence_initial(start) and closed_word(name, pos):
        return "sentence_initial_word"
    verb = lex.is_verb_form(name) or (verbal_morph and lex.has_verb_reading(name))
    if view.sentence_initial(start) and verb and common and (
            lex.fold(name).endswith(("ons", "ez", "er", "ir")) or verbal_morph) \
            and lex.fold(name) not in lex.first_names():
        return "verb"
    return None


def _clause_opening(view: DocView, start: int, words: list[str]) -> bool:
    """A sentence-initial run like `Arrivés là-bas` or `Quelque 10`: a closed word or
    participle followed only by lower-case words or numbers (no further name)."""
    if any(w[:1].isupper() for w in words[1:]):
        return False
    tokens = view.tokens(start, start + len(words[0]))
    return closed_word(words[0], tokens[0].pos_ if len(tokens) == 1 else None)


_CLOSED_POS = frozenset({"ADV", "DET", "PRON", "SCONJ", "CCONJ", "ADP"})
_PARTICIPLE_END = ("é", "ée", "és", "ées")


def closed_word(word: str, pos: str | None) -> bool:
    """A sentence-opening word that is no name (`Hier`, `Cette`, `Immédiatement`, `Enlevé`):
    a French stop word or sentence adverb (`initial_words.txt`), a word the model tags as a
    closed-class word, a `-ment` adverb, or a past participle of the lemma tables; never a
    given name nor a rare word (zipf < 3: `Bové`)."""
    key = lex.fold(word)
    if key in lex.first_names() or lex.zipf_fr(word) < 3.0:
        return False
    if key in lex.stop_words() or key in lex.word_set("initial_words.txt") or pos in _CLOSED_POS:
        return True
    if key.endswith("ment") and len(key) >= 7 and not lex.is_common_word(word):
        return True     # an adverb: `-ment` nouns (`Parlement`) are in the lemma tables
    return word.lower().endswith(_PARTICIPLE_END) and lex.has_verb_reading(word)


def apply_pairs(view: DocView, cands: list[Cand], pairs) -> list[Cand]:
    """Add the two mentions of each acronym definition; drop what they overlap."""
    text = view.text
    out = list(cands)
    for i, (ls, le, ss, se) in enumerate(pairs):
        long_text, short = text[ls:le], text[ss:se]
        lower = not long_text[:1].isupper()
        known = link_exact(short) is not None or link_exact(long_text) is not None
        region = Cand(min(ls, ss), max(le, se), None, "acronym")
        covered = [c for c in out if c.overlaps(region)]
        out = [c for c in out if not c.overlaps(region)]
        if lower and not known:
            continue
        model_label = next((c.model_label for c in covered if c.start == ls), None) or next(
            (c.model_label for c in covered if c.overlaps(Cand(ls, le, None, ""))), None)
        for start, end, role in ((ls, le, "long"), (ss, se, "short")):
            cand = Cand(start, end, MODEL_LABELS.get(model_label or ""), "acronym", model_label,
                        pair=i, role=role)
            if any(c.span == (start, end) and c.source == "model" for c in covered):
                cand.source = "model"
            out.append(cand)
    return out


def loose_pairs(view: DocView, cands: list[Cand], pairs) -> list[tuple[int, int, int, int]]:
    """`Name (SF)` right after a model name whose initials miss one letter of SF
    (`acronyms.loose_match`): an acronym definition the letter matcher could not prove."""
    used = {(p[2], p[3]) for p in pairs}
    out = []
    for cand in cands:
        name = view.text[cand.start:cand.end]
        short = short_form_after(view.text, cand.end)
        if short is None or short in used or len(name.split()) < 2 or not name[:1].isupper():
            continue
        if loose_match(name, view.text[short[0]:short[1]]):
            out.append((cand.start, cand.end, short[0], short[1]))
    return out


def quoted_titles(view: DocView, cands: list[Cand]) -> list[Cand]:
    """A quoted capitalised title headed by a cue noun is one MISC mention."""
    out = list(cands)
    for m in _QUOTED.finditer(view.text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        start, end = m.start(group), m.end(group)
        content = view.text[start:end].rstrip()
        end = start + len(content)
        words = lex.fold(content).split()
        if not content[:1].isupper() or ":" in content or not 2 <= len(words) <= 8:
            continue
        head = next((w for w in words if w not in _TITLE_MODIFIERS), "")
        cue = lex.cues().get((head, "head"))
        if cue is None or cue.label not in ("MISC", None):
            continue
        if any(c.pair is not None and c.start >= start and c.end <= end for c in out):
            continue
        title = Cand(start, end, "MISC", "rule", None, ["quoted_title"])
        out = [c for c in out if not c.overlaps(title)] + [title]
    return out


_FOLLOWING = re.compile(r"[ \t\u00a0]+([\w’'\-]+)")


def _extend_known(view: DocView, cand: Cand, starts: set[int]) -> None:
    """`Asie` + ` centrale`: extend over 1-3 following words when that makes a known name."""
    end, best = cand.end, None
    for _ in range(3):
        m = _FOLLOWING.match(view.text, end)
        if m is None or m.start(1) in starts:
            break
        end = m.end(1)
        if view.known(view.text[cand.start:end]):
            best = end
    if best is not None:
        cand.end = best
        cand.source = "rule"
        cand.add_flag("span_extended")


def extend(view: DocView, cands: list[Cand]) -> list[Cand]:
    """Complete truncated names rightwards (see the module docstring)."""
    cands = sorted(cands, key=lambda c: c.start)
    starts = {c.start for c in cands}
    for i, cand in enumerate(cands):
        if cand.pair is None:
            _extend_known(view, cand, starts)
        if cand.pair is not None or cand.label not in ("ORG", "MISC"):
            continue
        new_end = _extend_words(view, cand.end, starts)
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if _event_head(view, cand) and nxt is not None:
            dash = _DASH_NEXT.match(view.text, new_end)
            if dash and dash.end() == nxt.start:
                new_end = nxt.end
                nxt.start = nxt.end = -1
        if new_end != cand.end:
            cand.end = new_end
            cand.source = "rule"
            cand.add_flag("span_extended")
    return [c for c in cands if c.start >= 0]


def _event_head(view: DocView, cand: Cand) -> bool:
    words = lex.fold(view.text[cand.start:cand.end]).split()
    return bool(words) and words[0] in EVENT_HEADS and view.text[cand.start].isupper()


def _extend_words(view: DocView, end: int, starts: set[int]) -> int:
    titles, _ = lex.titles()
    dets = lex.word_set("determiners.txt")
    while True:
        m = _NEXT_WORD.match(view.text, end)
        if m is None or m.start(2) in starts or (m.group(1) and m.start(1) in starts):
            return end
        word, previous = m.group(2), view.text[:end].split()[-1]
        if lex.fold(word) in titles or lex.fold(word) in dets or len(word) <= 1:
            return end
        if previous.isupper() != word.isupper() and len(previous) > 1:
            return end      # `ALLEMAGNE Retiré`: a headline, not one name
        tokens = view.tokens(m.start(2), m.end(2))
        if tokens and tokens[0].pos_ in ("VERB", "AUX", "ADV", "PRON", "DET", "ADP"):
            return end
        if m.group(1) and view.known(word):
            return end
        end = m.end(2)
