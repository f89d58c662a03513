"""Extractors: rules as data + pure normalisers; each exposes `extract(doc, ...) -> list[dict]`."""
