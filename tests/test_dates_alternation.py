"""The grammar's lexicon alternations are written as trees of first letters for speed
(`lexicon.alternation_of`); these tests pin down why that changes no match."""
from __future__ import annotations

import regex

from pipeline.extractors.temporal import lexicon
from pipeline.extractors.temporal.grammar import _FLAGS, LEXICON_MACROS, _spell_digit_ranges

#: Every lexicon the grammar turns into an alternation.
LEXICONS = sorted({name for name, _ in LEXICON_MACROS.values()} | {"numbers"})

#: Case-insensitive matching relates Latin letters only to characters of the Basic Multilingual
#: Plane (`ſ`, the Kelvin sign, `İ`...), so the BMP is enough to see every character a form's
#: letter can match.
BMP = "".join(chr(i) for i in range(0x10000))


def _plain(forms: tuple[str, ...]) -> str:
    return "(?:" + "|".join(lexicon.form_regex(f) for f in forms) + ")"


def test_letters_under_different_keys_never_match_the_same_character() -> None:
    accepted: dict[str, set[str]] = {}
    for name in LEXICONS:
        for form in lexicon.table(name):
            for i, char in enumerate(form):
                if char not in " -":  # spaces and dashes share one key, checked below
                    rx = regex.compile(lexicon._char_regex(i, char), _FLAGS)
                    accepted.setdefault(lexicon.letter_key(char), set()).update(rx.findall(BMP))
    keys = sorted(accepted)
    shared = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:] if accepted[a] & accepted[b]]
    assert shared == []
    spaces = set(regex.findall(r"\s", BMP)) | set(lexicon.DASHES)
    assert [k for k in keys if accepted[k] & spaces] == []


def test_tree_alternation_finds_what_the_plain_one_finds() -> None:
    for name in LEXICONS:
        forms = tuple(sorted(lexicon.table(name), key=lambda f: (-len(f), f)))
        text = " ; ".join([f for f in forms] + [f.upper() for f in forms] + [f"x{f}y" for f in forms]
                          + [f"{a} {b}" for a, b in zip(forms, reversed(forms))])
        for wrap in ("{}", r"(?<!\w){}(?!\w)", r"(?<!\w){}\s+(?:de|du)"):
            tree = regex.compile(wrap.format(lexicon.alternation_of(forms)), _FLAGS)
            plain = regex.compile(wrap.format(_plain(forms)), _FLAGS)
            found = [m.span() for m in tree.finditer(text)]
            assert found == [m.span() for m in plain.finditer(text)], name


def test_tree_alternation_shares_first_letters_in_order() -> None:
    assert lexicon.alternation_of(("juin", "juillet", "mai", "jeudi")) == "(?:j(?:u(?:i(?:n|llet))|eudi)|mai)"
    assert lexicon.alternation_of(("mars", "ma", "mardi")) == "(?:m(?:a(?:rs||rdi)))"  # `ma` ends: order kept
    assert lexicon.alternation_of(("été", "eté", "en cours", "en fin")) == r"(?:[éE]té|e(?:té|n(?:\s+cours|\s+fin)))"


def test_digit_ranges_are_spelled_out() -> None:
    assert _spell_digit_ranges("0?[1-9]|[12]\\d|3[01]") == "0?[123456789]|[12]\\d|3[01]"
    assert _spell_digit_ranges("\\[1-9]") == "\\[1-9]"
