"""Annotation review: a local web workbench, round trips with annotation tools (Label Studio,
doccano, Prodigy, brat), gold export and termbase export of review decisions.

Decisions live in the run's SQLite store (`review_decisions`, see `decisions.py`) and are
applied to every export by `apply.apply_reviews`. See docs/review.md.
"""
from .apply import apply_decisions, apply_reviews

__all__ = ["apply_decisions", "apply_reviews"]
