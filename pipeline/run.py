"""process_corpus(): the batch job; extract_text(): the same pipeline on one string.

Incremental: a document whose path, text (sha256) and pipeline_version are already in the store
is skipped; an edited one replaces its rows in one transaction; a new one is added; a deleted
file keeps its rows unless `prune=True`. Corpus-wide tables (entities, glossary) and the
exports are rebuilt from the store at the end, so the outputs only depend on its content.
"""
from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from .export import export_all
from .ingest import Document, load_corpus, make_doc_id
from .schema import TABLE_ORDER
from .store import Store
from .version import pipeline_version

STORE_NAME = "passerelle.sqlite"


def document_row(doc: Document, stats: dict | None = None) -> dict:
    """The `documents` row of an ingested (and maybe processed) document."""
    problems = [doc.error] if doc.error else [f"warning: {w}" for w in doc.warnings]
    return {
        "doc_id": doc.doc_id, "source_path": doc.source_path, "title": doc.title,
        "language": doc.language, "published": doc.published,
        "published_source": doc.published_source, "n_chars": len(doc.text),
        "n_tokens": (stats or {}).get("n_tokens", 0),
        "n_sentences": (stats or {}).get("n_sentences", 0), "sha256": doc.sha256,
        "status": doc.status, "error": "; ".join(problems) or None,
        "pipeline_version": pipeline_version(),
    }


def _spacy_docs(nlp, documents: list[Document]):
    from .extractors.doc_utils import remember_text

    for document in documents:
        sdoc = nlp.make_doc(document.text)
        remember_text(sdoc, document.text)
        sdoc._.doc_meta = {"doc_id": document.doc_id, "published": document.published,
                           "published_source": document.published_source}
        yield sdoc


class WorkerDied(RuntimeError):
    """A worker process ended abruptly (killed, out of memory): the batch cannot go on."""


@dataclass
class Analysis:
    """What the store needs from one processed document: plain data, cheap to pickle.

    `rows` is None when the document failed as a whole (`error` says why); a document whose
    extractors partly failed keeps the rows of the others, with `error` set.
    """

    error: str | None = None
    rows: dict | None = None
    stats: dict = field(default_factory=dict)
    sentences: list = field(default_factory=list)


def _analysis(document: Document, sdoc) -> Analysis:
    from .extractors.doc_utils import sentence_bounds
    from .tables import doc_rows, doc_stats

    meta = sdoc._.doc_meta or {}
    if meta.get("doc_id") != document.doc_id:
        raise RuntimeError(f"document order lost in nlp.pipe at {document.source_path}")
    error = "extraction failed: " + "; ".join(meta["errors"]) if meta.get("errors") else None
    return Analysis(error, doc_rows(sdoc, document.doc_id), doc_stats(sdoc),
                    [(b[0], b[1]) for b in sentence_bounds(sdoc)])


def _analyse_here(documents: list[Document], batch_size: int = 16) -> Iterator[Analysis]:
    """NLP + extraction + rows of `documents` in this process, in order, one bad document
    never stopping the others."""
    from .nlp import build_nlp

    nlp = build_nlp()
    for document, sdoc in zip(documents, nlp.pipe(_spacy_docs(nlp, documents), batch_size=batch_size)):
        try:
            yield _analysis(document, sdoc)
        except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
            yield Analysis(f"extraction failed: {type(exc).__name__}: {exc}")


def _analyse_chunk(documents: list[Document], batch_size: int) -> list[Analysis]:
    return list(_analyse_here(documents, batch_size))


def _analyses(documents: list[Document], workers: int, batch_size: int) -> Iterator[Analysis]:
    """Analyses in document order: in process, or from `workers` forked processes.

    Workers return rows (plain dicts), not spaCy Docs: serialising Docs back to the parent,
    as `nlp.pipe(n_process=...)` does, costs more than building the rows where the Doc is.
    The model is loaded before the fork, so the workers share its memory pages.
    """
    if workers <= 1 or len(documents) <= batch_size:
        yield from _analyse_here(documents, batch_size)
        return
    from .nlp import build_nlp

    build_nlp()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunks = [documents[i:i + batch_size] for i in range(0, len(documents), batch_size)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            for chunk in pool.map(_analyse_chunk, chunks, [batch_size] * len(chunks)):
                yield from chunk
        except BrokenProcessPool as exc:
            raise WorkerDied("a worker process died (out of memory?); the documents stored so "
                             "far are kept: run again to resume, or use fewer --workers") from exc


def _progress(total: int, quiet: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="passerelle", disable=quiet or total == 0,
                file=sys.stderr, dynamic_ncols=True)


def process_documents(store: Store, documents: list[Document], *, workers: int = 1,
                      batch_size: int = 16, quiet: bool = False) -> list[str]:
    """Run the NLP pipeline over `documents` and store their rows; return failure messages."""
    failures: list[str] = []
    if not documents:
        return failures
    results = _analyses(documents, workers, batch_size)
    with _progress(len(documents), quiet) as bar:
        for document, result in zip(documents, results):
            document.error = result.error or document.error
            try:
                if result.rows is None:
                    store.replace_document(document_row(document), "", {})
                else:
                    store.replace_document(document_row(document, result.stats), document.text,
                                           result.rows, result.sentences)
            except Exception as exc:  # noqa: BLE001 - one bad document never stops a batch
                document.error = f"extraction failed: {type(exc).__name__}: {exc}"
                store.replace_document(document_row(document), "", {})
            if document.error:
                failures.append(f"{document.source_path}: {document.error}")
            bar.update(1)
    return failures


def rebuild_corpus_tables(store: Store) -> None:
    """Entities and glossary are corpus-wide: recompute them from the stored rows."""
    from .glossary import build_glossary

    store.rebuild_entities()
    store.replace_glossary(build_glossary(store))


def process_corpus(corpus: str | Path, out: str | Path, *, workers: int = 1, batch_size: int = 16,
                   force: bool = False, prune: bool = False, quiet: bool = False,
                   select: set[str] | None = None) -> dict:
    """Process every article under `corpus` into the run folder `out`; return a summary.

    `select`, when given, limits the run to these relative paths (e.g. the texts that have gold
    files beside them).
    """
    started = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {corpus}")
    documents, warnings = load_corpus(corpus, select)
    summary = {"documents": len(documents), "processed": 0, "skipped": 0, "failed": 0,
               "pruned": 0, "failures": [], "warnings": warnings}
    with Store(out / STORE_NAME) as store:
        known = store.document_index()
        version = pipeline_version()
        todo, errors = [], []
        for doc in documents:
            old = known.get(doc.source_path)
            if (not force and old and old["sha256"] == doc.sha256
                    and old["pipeline_version"] == version and old["doc_id"] == doc.doc_id):
                summary["skipped"] += 1
                if old["status"] == "error":
                    summary["failed"] += 1
                    summary["failures"].append(f"{doc.source_path}: {doc.error or 'failed earlier'}")
            elif doc.error:
                errors.append(doc)
            else:
                todo.append(doc)
        for doc in errors:
            store.replace_document(document_row(doc), "", {})
            summary["failures"].append(f"{doc.source_path}: {doc.error}")
        failures = process_documents(store, todo, workers=workers, batch_size=batch_size, quiet=quiet)
        summary["failures"] += failures
        summary["processed"] = len(todo) + len(errors)
        summary["failed"] += len(errors) + len(failures)
        if prune:
            summary["pruned"] = len(store.prune({d.source_path for d in documents}))
        if todo or errors or summary["pruned"] or force or not (out / "csv").is_dir():
            rebuild_corpus_tables(store)
        summary["rows"] = export_all(store, out)
    summary["elapsed_s"] = round(time.perf_counter() - started, 2)
    return summary


def extract_text(text: str, published: str | None = None) -> dict[str, list[dict]]:
    """Every table's rows (SPEC columns) for one text, through an in-memory store."""
    from .ingest import normalize_published
    from .textio import decode_bytes

    text = decode_bytes(text.encode("utf-8")) if "\r" in text else text
    document = Document(doc_id=make_doc_id("<text>", text), source_path="<text>", text=text,
                        sha256=__import__("hashlib").sha256(text.encode("utf-8")).hexdigest(),
                        published=normalize_published(published),
                        published_source="metadata" if published else "none")
    with Store(":memory:") as store:
        failures = process_documents(store, [document], quiet=True)
        if failures:
            raise RuntimeError(failures[0])
        rebuild_corpus_tables(store)
        return {table: store.table(table) for table in TABLE_ORDER}
