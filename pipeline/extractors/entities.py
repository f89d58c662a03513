"""Entity extractor (baseline: the model's entities with SPEC labels; repair comes later)."""
from __future__ import annotations

LABELS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG", "MISC": "MISC"}


def extract(doc) -> list[dict]:
    """One value dict per model entity (see docs/architecture.md)."""
    rows = []
    for ent in doc.ents:
        label = LABELS.get(ent.label_, ent.label_)
        rows.append({
            "text": ent.text, "start": ent.start_char, "end": ent.end_char, "label": label,
            "category": None, "key": f"name:{label}:{ent.text.casefold()}",
            "name_fr": ent.text, "name_en": None, "acronym_fr": None, "acronym_en": None,
            "kb_id": None, "source": "model", "flags": [],
        })
    return rows
