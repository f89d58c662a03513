"""Words for the term grammar: spaCy tokens with hyphen compounds joined and POS repaired.

The term grammar (`terms.py`) reads a Doc as a list of `Word`s, so that it can work around
three frequent problems of the statistical tagger on news text without changing the Doc:

- hyphen compounds the tokenizer splits (`ferro` `-` `alliages`, written without spaces)
  are one word; its POS is NOUN when a part is a noun, its lemma the parts joined
  (`ferro-alliage`);
- a noun in `-ment`, `-tion`, `-isme` tagged VERB (`chaînes d'approvisionnement`) is a noun;
- a word tagged ADJ that has a determiner or an adjective before it as dependents
  (`une centrale solaire`, `de petites centrales nucléaires`) is a noun;
- a noun right after a noun phrase head that the word lexicon knows only as an adjective
  (`minéraux critiques` tagged NOUN NOUN) is an adjective.

`blocked` words are inside named entities, dates, percentages and measured quantities (in a
count such as `75 millions d'habitants` only the counted noun at the end stays free): terms
never use them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ALPHA = re.compile(r"^[^\W\d_]+$")
_NOUN_SUFFIX = re.compile(r"(ment|tion|isme)s?$")
COUNT_KINDS = frozenset({"count", "rank"})
VERB_DEPENDENTS = frozenset({"obj", "iobj", "nsubj", "ccomp", "xcomp"})


@dataclass
class Word:
    """One word of the grammar: tokens `[i, j)` of the Doc."""

    i: int
    j: int
    text: str
    pos: str
    lemma: str
    plural: bool
    is_stop: bool
    start: int
    end: int
    participle: bool = False
    blocked: bool = False
    sent: int = 0
    head: int = -1        # token index of the syntactic head of the word's last token
    dep: str = ""
    verbal: bool = False  # has a subject or an object: a verb, whatever its tag


def _blocked_tokens(doc) -> list[bool]:
    from ..components import SPANS_KEY

    blocked = [False] * len(doc)
    for ent in doc.ents:
        blocked[ent.start:ent.end] = [True] * (ent.end - ent.start)
    for span in doc.spans.get(SPANS_KEY, []):
        value = span._.value or {}
        free = span.end
        if span.label_ == "QUANTITY" and value.get("kind") in COUNT_KINDS:
            while free > span.start and doc[free - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
                free -= 1  # the counted noun phrase at the end stays free
        for k in range(span.start, span.end):
            blocked[k] = blocked[k] or k < free
    return blocked


def _compound_end(doc, i: int) -> int:
    """End (exclusive) of the hyphen compound starting at token `i` (`i + 1` if none)."""
    j = i + 1
    while (j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_
           and not doc[j].whitespace_ and _ALPHA.match(doc[j + 1].text)
           and _ALPHA.match(doc[j - 1].text)):
        j += 2
    return j


def _plural(tok) -> bool:
    return "Plur" in tok.morph.get("Number")


def _make_word(doc, text: str, i: int, j: int, blocked: list[bool], sent: int) -> Word:
    toks = doc[i:j]
    last = toks[-1]
    if j - i == 1:
        pos = last.pos_
        lemma = last.lemma_
    else:
        pos = "NOUN" if any(t.pos_ == "NOUN" for t in toks) else last.pos_
        lemma = "".join(t.text for t in toks[:-1]) + last.lemma_
    participle = (last.pos_ == "VERB" and "Part" in last.morph.get("VerbForm")
                  and "Pres" not in last.morph.get("Tense"))
    text = text[toks[0].idx:last.idx + len(last.text)]
    if pos == "VERB" and not participle and _NOUN_SUFFIX.search(text.lower()):
        pos = "NOUN"
    elif pos == "ADJ" and any(c.dep_ == "det" or (c.dep_ == "amod" and c.i < last.i)
                              for c in last.children):
        pos = "NOUN"  # `une centrale solaire`: an adjective with a determiner is a noun
    return Word(i, j, text, pos, lemma, _plural(last), all(t.is_stop for t in toks),
                toks[0].idx, last.idx + len(last.text), participle, any(blocked[i:j]), sent,
                last.head.i, last.dep_, any(c.dep_ in VERB_DEPENDENTS for c in last.children))


def doc_words(doc) -> list[Word]:
    """The Doc as grammar words (see the module docstring)."""
    blocked = _blocked_tokens(doc)
    text = doc.text  # Doc.text joins every token on each access: read it once
    sent_of = [0] * len(doc)
    for n, sent in enumerate(doc.sents) if doc.has_annotation("SENT_START") else []:
        sent_of[sent.start:sent.end] = [n] * (sent.end - sent.start)
    words, i = [], 0
    while i < len(doc):
        j = _compound_end(doc, i)
        if j > i + 1 and any(sent_of[k] != sent_of[i] for k in range(i, j)):
            j = i + 1
        words.append(_make_word(doc, text, i, j, blocked, sent_of[i]))
        i = j
    return words


def whitespace_after(doc, word: Word) -> str:
    return doc[word.j - 1].whitespace_
