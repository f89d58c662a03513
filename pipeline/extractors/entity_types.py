"""The working record of the entity layer: one candidate mention, before and after repair."""
from __future__ import annotations

from dataclasses import dataclass, field

MODEL_LABELS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORG", "MISC": "MISC"}

# How a mention was found or typed (the `source` column). Later wins over earlier only when
# the later mechanism changed the span or the label.
SOURCES = ("model", "rule", "acronym", "kb", "cldr")


@dataclass
class Cand:
    """A candidate mention: exact character offsets plus what is known about it."""
    start: int
    end: int
    label: str | None                 # PERSON | ORG | LOCATION | MISC (None: to decide)
    source: str                       # see SOURCES
    model_label: str | None = None    # the model's own label (PER/LOC/ORG/MISC) if any
    flags: list[str] = field(default_factory=list)
    complement: bool = False          # the complement of a job title (`président du X`)
    person_cue: bool = False          # a title or given name points to a person
    pair: int | None = None           # index of the acronym pair it belongs to
    role: str | None = None           # "long" | "short" in that pair
    link: object = None               # entity_link.Link once linked

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def overlaps(self, other: "Cand") -> bool:
        return self.start < other.end and other.start < self.end

    def add_flag(self, flag: str) -> None:
        if flag not in self.flags:
            self.flags.append(flag)
