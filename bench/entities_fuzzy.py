"""Misspelt-name linking (`entity_link.link_fuzzy`): recall on synthetic typos, false links
on real names the KB does not know.

Usage: python bench/entities_fuzzy.py [--seed N]

- recall: every KB name of >= 2 words gets one random typo (substitution, deletion,
  insertion or transposition of a letter, in a word of >= 5 letters); counted as found when
  `link_fuzzy` returns that entry;
- false links: person/location/organisation names of the HIPE-2020 French test gold that
  are not KB names or CLDR places, each looked up with `link_fuzzy`; every link is a false
  positive unless the name is a real variant of the linked entry (printed for review).
"""
from __future__ import annotations

import argparse
import json
import random
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HIPE = Path("/work/shared/eval/ner-fr/hipe2020-fr-test.jsonl")
LABELS = {"pers": "PERSON", "loc": "LOCATION", "org": "ORG"}


def typo(name: str, rng: random.Random) -> str | None:
    words = name.split()
    choices = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not choices:
        return None
    i = rng.choice(choices)
    w = words[i]
    k = rng.randrange(1, len(w) - 1)
    kind = rng.choice(("sub", "del", "ins", "swap"))
    letter = rng.choice(string.ascii_lowercase)
    if kind == "sub":
        w = w[:k] + letter + w[k + 1:]
    elif kind == "del":
        w = w[:k] + w[k + 1:]
    elif kind == "ins":
        w = w[:k] + letter + w[k:]
    else:
        w = w[:k - 1] + w[k] + w[k - 1] + w[k + 1:]
    words[i] = w
    return " ".join(words)


def main() -> None:
    from pipeline.extractors.entity_kb import kb_index
    from pipeline.extractors.entity_lexicon import fold
    from pipeline.extractors.entity_link import link_exact, link_fuzzy

    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    index = kb_index()
    tried = found = wrong = 0
    for entry in index.entries.values():
        for name in (entry.name_fr, entry.name_en):
            if not name or len(name.split()) < 2:
                continue
            written = typo(name, rng)
            if written is None or fold(written) in index.names:
                continue
            tried += 1
            hit = link_fuzzy(written, entry.label)
            if hit is not None:
                found += hit[0].key.endswith(entry.id) or hit[0].kind == "cldr"
                wrong += not (hit[0].key.endswith(entry.id) or hit[0].kind == "cldr")
    print(f"synthetic typos: {tried} names, linked to the right entry {found} "
          f"({found / max(tried, 1):.3f}), to a wrong entry {wrong}")

    names = set()
    for line in HIPE.read_text(encoding="utf-8").splitlines():
        for span in json.loads(line)["spans"]:
            if span["label"] in LABELS:
                names.add((span["text"], LABELS[span["label"]]))
    unknown = [(n, lab) for n, lab in sorted(names) if link_exact(n, lab) is None]
    links = [(n, lab, link_fuzzy(n, lab)) for n, lab in unknown]
    links = [(n, lab, hit) for n, lab, hit in links if hit is not None]
    print(f"HIPE gold names unknown to KB/CLDR: {len(unknown)}; fuzzy-linked: {len(links)}")
    for name, label, (link, flag) in links:
        print(f"  {label:8} {name!r} -> {link.key} ({flag})")


if __name__ == "__main__":
    main()
