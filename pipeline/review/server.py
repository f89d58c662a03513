"""The review workbench: a FastAPI app over one run folder, server-rendered pages + JSON API.

Pages: `/` (documents with counts, flagged, unreviewed, progress), `/doc/{doc_id}` (the text
with every extraction highlighted, the tables beside it), `/glossary` (corpus-wide terms).
API (JSON in, JSON out; see docs/review.md): `POST /api/decisions` (accept | reject |
correct), `POST /api/spans` (add a missed span), `POST /api/glossary` (add a term),
`POST /api/undo`, `GET /api/docs`, `GET /api/docs/{doc_id}/items`.
Errors: 404 unknown document or item, 409 stale `expected_version` (body has the current
decision), 413 body too large, 415 not JSON, 403 foreign origin, 422 invalid input.
Each request opens its own SQLite connection; writes are `BEGIN IMMEDIATE` transactions.
"""
from __future__ import annotations

import getpass
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Literal, Optional, Union

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from ..store import Store
from .apply import review_tables_of
from .decisions import StaleDecision, delete_decision, ensure_schema, load_decisions, write_decision
from .items import build_items, progress
from .labels import LABELS, REVIEW_TABLES
from .security import LocalOnlyMiddleware, local_hosts
from .workbench import (
    ReviewError, doc_items, doc_view, glossary_add, index_view, item_decision, span_decision,
)

STORE_NAME = "passerelle.sqlite"
ItemId = Annotated[str, StringConstraints(min_length=1, max_length=300)]
FieldName = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=r"^[a-z_]+$")]
FieldValue = Union[None, float, Annotated[str, StringConstraints(max_length=2000)]]
Reviewer = Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=r"^[\w .@+-]+$")]
Version = Annotated[int, Field(ge=0, le=2**31)]
Offset = Annotated[int, Field(ge=0, le=10**9)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class DecisionIn(_In):
    tbl: Literal["mentions", "dates", "quantities", "percentages", "glossary"]
    item_id: ItemId
    decision: Literal["accept", "reject", "correct"]
    fields: dict[FieldName, FieldValue] = Field(default_factory=dict, max_length=20)
    expected_version: Optional[Version] = None
    reviewer: Optional[Reviewer] = None
    context_doc: Optional[ItemId] = None  # the page's document: its progress is returned


class SpanIn(_In):
    doc_id: ItemId
    start: Offset
    end: Offset
    text: Annotated[str, StringConstraints(min_length=1, max_length=5000)]
    label: Literal[LABELS]  # type: ignore[valid-type]
    fields: dict[FieldName, FieldValue] = Field(default_factory=dict, max_length=20)
    expected_version: Optional[Version] = None
    reviewer: Optional[Reviewer] = None


class GlossaryIn(_In):
    term_fr: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    fields: dict[FieldName, FieldValue] = Field(default_factory=dict, max_length=20)
    expected_version: Optional[Version] = None
    reviewer: Optional[Reviewer] = None


class UndoIn(_In):
    tbl: Literal["mentions", "dates", "quantities", "percentages", "glossary"]
    item_id: ItemId
    expected_version: Optional[Version] = None
    context_doc: Optional[ItemId] = None


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("pipeline.review", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.globals["REVIEW_TABLES"] = REVIEW_TABLES
    return env


def create_app(run_dir: str | Path, *, port: int = 8000, allowed_hosts: set[str] | None = None,
               reviewer: str | None = None, max_body: int = 64 * 1024) -> FastAPI:
    """The workbench app for the run folder `run_dir` (which must hold passerelle.sqlite)."""
    store_path = Path(run_dir) / STORE_NAME
    if not store_path.is_file():
        raise FileNotFoundError(f"no {STORE_NAME} in {run_dir}: not a run folder")
    with Store(store_path) as store:
        ensure_schema(store.conn)
    default_reviewer = reviewer or _user()
    env = _templates()
    app = FastAPI(title="passerelle review", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(LocalOnlyMiddleware, allowed_hosts=allowed_hosts or local_hosts(port),
                       max_body=max_body)
    app.mount("/static", StaticFiles(directory=str(files("pipeline.review") / "static")), name="static")

    def open_store() -> Store:
        # one connection per request, opened, used and closed in the thread that serves it
        return Store(store_path)

    @app.exception_handler(ReviewError)
    async def review_error(request: Request, exc: ReviewError):
        return JSONResponse({"detail": str(exc)}, status_code=exc.status)

    @app.exception_handler(StaleDecision)
    async def stale(request: Request, exc: StaleDecision):
        return JSONResponse({"detail": f"{exc}: this item was changed elsewhere; reload it or "
                                       "send the current version to overwrite",
                             "current": exc.current}, status_code=409)

    _add_pages(app, env, open_store, str(run_dir))
    _add_api(app, open_store, default_reviewer)
    return app


def _add_pages(app: FastAPI, env: jinja2.Environment, open_store, run_name: str) -> None:
    """The HTML pages: index, document, glossary."""

    def page(name: str, **context) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(run_dir=run_name, **context))

    @app.get("/", response_class=HTMLResponse)
    def index():
        with open_store() as store:
            return page("index.html", docs=index_view(store))

    @app.get("/doc/{doc_id}", response_class=HTMLResponse)
    def doc_page(doc_id: str):
        with open_store() as store:
            try:
                view = doc_view(store, doc_id)
            except ReviewError as exc:
                return HTMLResponse(env.get_template("error.html").render(message=str(exc)), exc.status)
            return page("doc.html", **view)

    @app.get("/glossary", response_class=HTMLResponse)
    def glossary_page():
        with open_store() as store:
            items = _glossary_items(store)
            return page("glossary.html", items=items, progress=progress(items), editable=None)



def _add_api(app: FastAPI, open_store, default_reviewer: str) -> None:
    """The JSON API (see the module docstring)."""

    @app.get("/api/docs")
    def api_docs():
        with open_store() as store:
            return [{"doc_id": d["doc"]["doc_id"], "source_path": d["doc"]["source_path"],
                     **{k: v for k, v in d.items() if k != "doc"}} for d in index_view(store)]

    @app.get("/api/docs/{doc_id}/items")
    def api_items(doc_id: str):
        with open_store() as store:
            items = doc_items(store, doc_id)
            return {"items": items, "progress": progress(items)}

    @app.post("/api/decisions")
    def api_decide(body: DecisionIn):
        with open_store() as store:
            decision = item_decision(store, body.tbl, body.item_id, body.decision, body.fields,
                                     body.reviewer or default_reviewer)
            stored = write_decision(store.conn, decision, body.expected_version)
            return _answer(store, stored, body.context_doc)

    @app.post("/api/spans", status_code=201)
    def api_add_span(body: SpanIn):
        with open_store() as store:
            decision = span_decision(store, body.doc_id, body.start, body.end, body.label,
                                     body.text, body.fields, body.reviewer or default_reviewer)
            stored = write_decision(store.conn, decision, body.expected_version)
            return _answer(store, stored)

    @app.post("/api/glossary", status_code=201)
    def api_add_term(body: GlossaryIn):
        with open_store() as store:
            decision = glossary_add(store, body.term_fr, body.fields, body.reviewer or default_reviewer)
            stored = write_decision(store.conn, decision, body.expected_version)
            return _answer(store, stored)

    @app.post("/api/undo")
    def api_undo(body: UndoIn):
        with open_store() as store:
            dropped = delete_decision(store.conn, body.tbl, body.item_id, body.expected_version,
                                      default_reviewer)
            if dropped is None:
                raise ReviewError(f"no decision on {body.tbl} item {body.item_id!r}", 404)
            return _answer(store, {**dropped, "version": 0}, body.context_doc)


def _glossary_items(store: Store) -> list[dict]:
    tables = {"glossary": review_tables_of(store)["glossary"]}
    decisions = [d for d in load_decisions(store.conn) if d["tbl"] == "glossary"]
    known = {r["term_fr"] for r in tables["glossary"]}
    terms = known | {d["item_id"] for d in decisions if d["decision"] == "add"}
    items = build_items(tables, decisions, terms)
    added = [d for d in decisions if d["decision"] == "add" and d["item_id"] not in known]
    from .items import make_item
    return items + [make_item("glossary", None, d, {}) for d in added]


def _answer(store: Store, decision: dict, context_doc: str | None = None) -> dict:
    """The API answer to a write: the decision, the item as it now is, and the progress of
    its document (of `context_doc` for a glossary item decided on a document page)."""
    try:
        items = doc_items(store, decision["doc_id"] or context_doc)
    except ReviewError:  # a glossary item, without (or with an unknown) page document
        items = _glossary_items(store)
    item = next((it for it in items if it["tbl"] == decision["tbl"]
                 and it["item_id"] == decision["item_id"]), None)
    return {"decision": decision, "item": item, "progress": progress(items)}


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def serve(run_dir: str | Path, port: int = 8000, reviewer: str | None = None) -> None:
    """Run the workbench on http://127.0.0.1:<port>/ until interrupted (never on 0.0.0.0)."""
    import uvicorn

    app = create_app(run_dir, port=port, reviewer=reviewer)
    print(f"passerelle review: http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
