"""Canonical entities of one document: link mentions, group them, decide label and names.

Groups (union-find) join mentions that are one real-world entity:
- the two halves of an acronym definition; mentions with the same KB/CLDR link;
- the same folded name; an acronym whose letters are the initials of a longer name of the
  document (`BCE` ~ `Banque centrale européenne`);
- a surname (or trailing part) of a person's full name in the same document
  (`Merkel` -> `Angela Merkel`), unless it is itself a known place.
Each group then gets: its link (KB over CLDR; the longest linked name wins), its label (the
link's; else weighted votes: title/given-name cues and cue nouns count 3, an acronym
definition 2 for ORG, each model label 1),
its key (`kb:<id>`, `kb:cldr:<code>` or `name:<LABEL>:<folded French name>`), `name_fr`
(KB/CLDR, else the longest French-looking mention), `name_en` (KB/CLDR, else the name when
it is clearly English or a person's own name, see `english_name`), acronyms and category.
"""
from __future__ import annotations

import re
from collections import Counter

from . import entity_lexicon as lex
from .acronyms import STOPWORDS, is_short_form
from .entity_english import clearly_english, word_language
from .entity_link import Link, link_exact, link_fuzzy
from .entity_types import MODEL_LABELS, Cand

_TRANSLITERATED = re.compile(r"[ïë]|tch|chv|^iou|^io[aeu]|^al$|ou\w*(?:ov|ev|ine|enko|ko)$"
                             r"|ch\w*(?:enko|ov|ev)$|j\w*ou|ou\w*j")


class _Groups:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def link_all(text: str, cands: list[Cand]) -> None:
    """Set `cand.link` (exact, then fuzzy with a `misspelt:` flag) for every mention."""
    for cand in cands:
        if cand.link is None:
            cand.link = link_exact(text[cand.start:cand.end], cand.label)
        if cand.person_cue and cand.link is not None and cand.link.label != "PERSON":
            cand.link = None    # `M. Michelin`, `la reine Victoria`: a title says person
    for cand in cands:
        if cand.link is None and cand.role != "short" and not (
                cand.person_cue and cand.label != "PERSON"):
            fuzzy = link_fuzzy(text[cand.start:cand.end], cand.label)
            if fuzzy is not None:
                cand.link, flag = fuzzy
                cand.add_flag(flag)
    by_pair: dict[int, Link] = {}
    for cand in sorted(cands, key=lambda c: c.role != "long"):
        if cand.pair is not None and cand.link is not None:
            by_pair.setdefault(cand.pair, cand.link)
    for cand in cands:
        if cand.pair is not None and cand.pair in by_pair:
            cand.link = by_pair[cand.pair]


def group(text: str, cands: list[Cand]) -> list[list[Cand]]:
    """Mentions grouped by entity (see the module docstring), in document order."""
    groups = _Groups(len(cands))
    first: dict[tuple[str, str], int] = {}
    for i, cand in enumerate(cands):
        keys = [("link", cand.link.key)] if cand.link else []
        keys.append(("name", lex.fold(text[cand.start:cand.end])))
        if cand.pair is not None:
            keys.append(("pair", str(cand.pair)))
        for key in keys:
            groups.union(i, first.setdefault(key, i))
    _join_initials(text, cands, groups)
    _join_surnames(text, cands, groups)
    _join_translations(text, cands, groups)
    out: dict[int, list[Cand]] = {}
    for i, cand in enumerate(cands):
        out.setdefault(groups.find(i), []).append(cand)
    return list(out.values())


def initials(name: str) -> str:
    """Initials of the content words (`Banque centrale européenne` -> `bce`)."""
    words = [w for w in re.split(r"[\s\-'’]+", lex.fold(name)) if w and w not in STOPWORDS]
    return "".join(w[0] for w in words)


def _join_initials(text: str, cands: list[Cand], groups: _Groups) -> None:
    longs: dict[str, int] = {}
    for i, cand in enumerate(cands):
        name = text[cand.start:cand.end]
        if len(name.split()) >= 2 and cand.link is None:
            longs.setdefault(initials(name), i)
    for i, cand in enumerate(cands):
        name = text[cand.start:cand.end]
        if cand.link is None and is_short_form(name) and name.isupper():
            j = longs.get(lex.fold(name).replace(" ", ""))
            if j is not None:
                groups.union(i, j)


def _join_surnames(text: str, cands: list[Cand], groups: _Groups) -> None:
    """A surname (or trailing words) joins the one full name of >= 2 words ending with it,
    when either of them looks like a person (label, title cue, given name, KB person)."""
    words = [lex.fold(text[c.start:c.end]).split() for c in cands]
    longs = [i for i, c in enumerate(cands) if len(words[i]) >= 2 and not _non_person_link(c)]
    for i, cand in enumerate(cands):
        if not words[i] or _non_person_link(cand) or is_short_form(text[cand.start:cand.end]):
            continue
        owners = {groups.find(j) for j in longs
                  if len(words[j]) > len(words[i]) and words[j][-len(words[i]):] == words[i]
                  and (_person_like(text, cands[j]) or _person_like(text, cand))}
        if len(owners) == 1:
            groups.union(i, owners.pop())


def _non_person_link(cand: Cand) -> bool:
    return cand.link is not None and cand.link.label != "PERSON"


def _join_translations(text: str, cands: list[Cand], groups: _Groups) -> None:
    """`Nom français (English Name)`: the bracketed English name is the same entity."""
    ordered = sorted(range(len(cands)), key=lambda i: cands[i].start)
    for a, b in zip(ordered, ordered[1:]):
        first, second = cands[a], cands[b]
        between, after = text[first.end:second.start], text[second.end:second.end + 1]
        name = text[second.start:second.end]
        if between.strip() == "(" and after == ")" and not is_short_form(name) \
                and clearly_english(name) and not clearly_english(text[first.start:first.end]):
            groups.union(a, b)


def _person_like(text: str, cand: Cand) -> bool:
    if cand.link is not None:
        return cand.link.label == "PERSON"
    first = lex.fold(text[cand.start:cand.end]).split()[:1]
    return cand.label == "PERSON" or cand.person_cue or (
        bool(first) and first[0] in lex.first_names())


def decide_label(text: str, members: list[Cand], link: Link | None) -> tuple[str, str | None]:
    """(label, category) of one entity."""
    if link is not None:
        return link.label, link.category
    votes: Counter[str] = Counter()
    longest = max(members, key=lambda c: c.end - c.start)
    cue = head_cue(text[longest.start:longest.end])
    if cue is not None and cue.label:
        votes[cue.label] += 3
    if any(c.role == "short" and _acronym(text[c.start:c.end]) for c in members):
        votes["ORG"] += 2     # a name defined with an acronym is most often an organisation
    for cand in members:
        words = lex.fold(text[cand.start:cand.end]).split()
        if cand.person_cue or (len(words) >= 2 and words[0] in lex.first_names()):
            votes["PERSON"] += 3
        label = cand.label or MODEL_LABELS.get(cand.model_label or "")
        if label and not cand.complement:
            votes[label] += 1
    if not votes:
        name = text[longest.start:longest.end]
        return ("ORG" if is_short_form(name) else "MISC"), (cue.category if cue else None)
    label = max(votes, key=lambda k: (votes[k], k == (longest.label or "")))
    if label == "PERSON" and all(_acronym(text[c.start:c.end]) for c in members):
        label = "ORG"
    category = "person" if label == "PERSON" else (cue.category if cue and cue.label in (
        label, None) else None)
    return label, category


def _acronym(name: str) -> bool:
    return is_short_form(name) and not any(ch.islower() for ch in name)


def head_cue(name: str):
    """The cue of the name's head noun: first word (French order) or last (English)."""
    words = [w for w in lex.fold(name).split() if w not in lex.word_set("determiners.txt")]
    if not words:
        return None
    cues = lex.cues()
    return cues.get((words[0], "head")) or cues.get((words[-1], "tail"))


_FRENCH_SHAPES = re.compile(r"(?:ie|ique|aise|oise|ienne)$")


def english_name(name: str, label: str) -> str | None:
    """`name` itself when it is already its English name (never a translation):
    - clearly English (`entity_english.clearly_english`);
    - a person's name: names are not translated, only transliterated, so it is kept unless
      a word shows French transliteration (`ï`, `ë`, `tch`, `Iou-`, `ou...enko`, `al`);
    - any other name made only of words that are not French (`Senelec`, `Mission 300`) and
      without French place-name endings (`-ie`, `-ique`)."""
    if clearly_english(name):
        return name
    words = [w for w in re.split(r"[\s\-’']+", name) if w]
    if not words or not name[:1].isupper():
        return None
    if label == "PERSON":
        marked = any(_TRANSLITERATED.search(w.casefold()) for w in words
                     if lex.fold(w) not in lex.first_names())
        return None if marked else name
    if any(word_language(w) == "fr" or _FRENCH_SHAPES.search(w.casefold()) for w in words):
        return None
    return name
