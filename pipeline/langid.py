"""A small, deterministic language guesser for the languages French corpora get mixed with.

It counts very frequent function words (stopwords) of each language. This is enough to tell a
French article from an English/German/Spanish/Italian/Portuguese one, is deterministic (unlike
`langdetect`) and needs no model download. Texts too short to judge give None.
"""
from __future__ import annotations

import re

_STOPWORDS = {
    "fr": "le la les des du de et est une un dans pour que qui sur au aux pas par avec ce cette "
          "sont été ses leur nous vous il elle ils mais ou où plus",
    "en": "the and of to in is that for it with as was on are by this be from at have which "
          "has were their not but an or its",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es "
          "an werden aus er hat dass sie",
    "es": "el la los las y en que del se por un una con para es su al lo como más pero sus le "
          "ha este",
    "it": "il di che e la per un una non sono con del della le gli da si nel alla è anche come "
          "più ma",
    "pt": "o a os as de do da em que não um uma com para por mais se dos das ao como mas foi "
          "ele sua",
}
_SETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, min_hits: int = 3) -> str | None:
    """ISO 639-1 code of the most likely language, or None when the text is too short."""
    words = [w.lower() for w in _WORD_RE.findall(text[:20000])]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _SETS.items()}
    lang, hits = max(sorted(scores.items()), key=lambda item: item[1])
    return lang if hits >= min_hits else None
