"""spaCy components of passerelle: thin wrappers that put extractor rows on the Doc.

Extensions are registered once, at import:
- `Doc._.doc_meta`: dict set by the runner before `nlp.pipe` (`doc_id`, `published`, ...);
- `Span._.value`: the row dict of an extraction (plain JSON types: survives pickling/DocBin).
  spaCy keys a plain span extension by character offsets only, so a date and an entity over
  the same characters would overwrite each other's value; ours is stored in `doc.user_data`
  under `("passerelle_value", label, start_char, end_char)`, so spans of different labels
  (DATE, QUANTITY, PERCENT, TERM, PERSON, ORG, ...) never collide.
Each extractor module exposes a pure-ish `extract(doc, ...) -> list[dict]` whose dicts carry
exact `start`/`end` character offsets; the spaCy span is the token-aligned cover of them.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extractors.doc_utils import token_boundaries

SPANS_KEY = "passerelle"
TERMS_KEY = "passerelle_terms"

if not Doc.has_extension("doc_meta"):
    Doc.set_extension("doc_meta", default=None)
_VALUE_KEY = "passerelle_value"


def _get_value(span: Span):
    return span.doc.user_data.get((_VALUE_KEY, span.label_, span.start_char, span.end_char))


def group_values(doc: Doc, key: str) -> list[tuple[str, dict]]:
    """(label, value) of every span of the group `key` that has a value, in group order
    (what `span._.value` gives, read without building an extension proxy per span)."""
    data = doc.user_data
    out = []
    for span in doc.spans.get(key, []):
        label = span.label_
        value = data.get((_VALUE_KEY, label, span.start_char, span.end_char))
        if value:
            out.append((label, value))
    return out


def _set_value(span: Span, row) -> None:
    span.doc.user_data[(_VALUE_KEY, span.label_, span.start_char, span.end_char)] = row


if not Span.has_extension("value"):
    Span.set_extension("value", getter=_get_value, setter=_set_value)


def guarded(name: str):
    """Run a component body; on an exception record it on the Doc instead of raising.

    spaCy drops a document whose component raised (and a raising handler stops the batch), so
    each component catches its own errors: the runner then marks that document `error` with
    the message, keeps what the other components found, and the batch goes on.
    """
    def wrap(method):
        def call(self, doc: Doc) -> Doc:
            try:
                return method(self, doc)
            except Exception as exc:  # noqa: BLE001 - reported per document by the runner
                meta = dict(doc._.doc_meta or {})
                meta.setdefault("errors", []).append(f"{name}: {type(exc).__name__}: {exc}")
                doc._.doc_meta = meta
                return doc
        call.__doc__ = method.__doc__
        return call
    return wrap


def anchor_of(doc: Doc) -> str | None:
    """The document's published date (ISO prefix) or None; never today's date."""
    meta = doc._.doc_meta or {}
    return meta.get("published")


def make_span(doc: Doc, row: dict, label: str) -> Span | None:
    """The token-aligned span covering row[start:end], carrying the row as `_.value`."""
    starts, ends = token_boundaries(doc)
    i, j = starts.get(row["start"]), ends.get(row["end"])
    if i is not None and j is not None and i < j:
        # token-aligned already: no char_span search, and the span's character offsets are
        # the row's, so the value goes straight to its `_get_value` key
        doc.user_data[(_VALUE_KEY, label, row["start"], row["end"])] = row
        return Span(doc, i, j, label=label)
    span = doc.char_span(row["start"], row["end"], label=label, alignment_mode="expand")
    if span is None:
        return None
    span._.value = row
    return span


def claimed_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges already claimed by rule spans (the overlap policy reads this)."""
    return [(s._.value["start"], s._.value["end"]) for s in doc.spans.get(SPANS_KEY, [])]


def _add_rule_spans(doc: Doc, rows: list[tuple[str, dict]]) -> None:
    group = list(doc.spans.get(SPANS_KEY, []))
    for label, row in rows:
        span = make_span(doc, row, label)
        if span is not None:
            group.append(span)
    doc.spans[SPANS_KEY] = group


class QuantitiesComponent:
    """Quantities (money included) and percentages."""

    @guarded("passerelle_quantities")
    def __call__(self, doc: Doc) -> Doc:
        from .extractors import percentages, quantities

        rows = [("PERCENT", row) for row in percentages.extract(doc)]
        taken = [(r["start"], r["end"]) for _, r in rows]
        rows += [("QUANTITY", row) for row in quantities.extract(doc, claimed=taken)]
        _add_rule_spans(doc, rows)
        return doc


class DatesComponent:
    """Temporal expressions, never over characters claimed by quantities/percentages."""

    @guarded("passerelle_dates")
    def __call__(self, doc: Doc) -> Doc:
        from .extractors import dates

        rows = dates.extract(doc, anchor=anchor_of(doc), claimed=claimed_ranges(doc))
        _add_rule_spans(doc, [("DATE", row) for row in rows])
        return doc


class EntitiesComponent:
    """Repaired, canonicalised entities replace the model's `doc.ents`."""

    @guarded("passerelle_entities")
    def __call__(self, doc: Doc) -> Doc:
        from .extractors import entities

        spans, last_end = [], -1
        for row in sorted(entities.extract(doc), key=lambda r: (r["start"], -r["end"])):
            span = doc.char_span(row["start"], row["end"], label=row["label"],
                                 kb_id=row.get("kb_id") or "", alignment_mode="expand")
            if span is None or span.start < last_end:
                continue
            span._.value = row
            spans.append(span)
            last_end = span.end
        doc.set_ents(spans, default="outside")
        return doc


class TermsComponent:
    """Glossary term candidates."""

    @guarded("passerelle_terms")
    def __call__(self, doc: Doc) -> Doc:
        from .extractors import terms

        group = []
        for row in terms.extract(doc):
            span = make_span(doc, row, "TERM")
            if span is not None:
                group.append(span)
        doc.spans[TERMS_KEY] = group
        return doc


@Language.factory("passerelle_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent()


@Language.factory("passerelle_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent()


@Language.factory("passerelle_entities")
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    from .extractors import entities

    entities.warm_up()
    return EntitiesComponent()


@Language.factory("passerelle_terms")
def make_terms(nlp: Language, name: str) -> TermsComponent:
    return TermsComponent()
