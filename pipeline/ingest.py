"""Corpus ingestion: files -> `Document` (decoded text, metadata, stable ids).

SPEC rules implemented here:
- `.txt` and `.md` files under the corpus folder (recursively; `*.meta.*`, `*.gold.json`,
  `manifest.csv`, hidden files and folders are not articles);
- text = the file decoded (UTF-8 with its BOM stripped; other encodings detected), CRLF/CR -> LF,
  nothing else changed, so character offsets index exactly this string;
- metadata from `<name>.meta.json` / `<name>.meta.yaml` / `<name>.meta.yml`, or `manifest.csv`
  at the corpus root (column `path` or `file`, relative to the corpus root); sidecar wins;
- `doc_id` = first 16 hex digits of sha256(relative path + NUL + text): stable across runs,
  distinct for the same text at two paths, new when the article is edited.
Problems never raise: they become `Document.error` (status `error`) or `Document.warnings`.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .langid import detect_language
from .textio import DecodeError, decode_bytes

ARTICLE_SUFFIXES = (".txt", ".md")
META_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")
MAX_BYTES = 20_000_000  # larger files are refused: an article is not 20 MB

_PUBLISHED_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_FILENAME_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")


@dataclass
class Document:
    """One article as the rest of the pipeline sees it."""

    doc_id: str
    source_path: str  # relative to the corpus root, POSIX separators
    text: str
    sha256: str
    title: str | None = None
    language: str | None = None
    published: str | None = None  # ISO at year, month or day precision
    published_source: str = "none"  # metadata | inferred | none
    meta: dict = field(default_factory=dict)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "error" if self.error else "ok"


def discover(corpus: Path) -> list[Path]:
    """Article files under `corpus`, sorted by relative path."""
    paths = []
    for path in corpus.rglob("*"):
        rel = path.relative_to(corpus)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        name = path.name.lower()
        if name.endswith(META_SUFFIXES) or name.endswith(".gold.json"):
            continue
        if name.endswith(ARTICLE_SUFFIXES):
            paths.append(path)
    return sorted(paths, key=lambda p: p.relative_to(corpus).as_posix())


def make_doc_id(source_path: str, text: str) -> str:
    """Stable id from the relative path and the decoded text."""
    digest = hashlib.sha256(f"{source_path}\0{text}".encode("utf-8")).hexdigest()
    return digest[:16]


def normalize_published(value) -> str | None:
    """`2025-05-12T10:00`, `2025-05`, `2025`, `12/05/2025`, `12 mai 2025` -> ISO prefix or None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    match = _PUBLISHED_RE.match(text)
    if match and (len(text) == match.end() or not text[match.end()].isdigit()):
        year, month, day = match.groups()
        if month and not 1 <= int(month) <= 12:
            return None
        return "-".join(p for p in (year, month, day) if p)
    return _parse_free_date(text)


def _parse_free_date(text: str) -> str | None:
    import dateparser  # slow import: only when metadata needs it

    parsed = dateparser.parse(
        text, languages=["fr", "en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY",
                  "RELATIVE_BASE": __import__("datetime").datetime(2000, 1, 1),
                  "REQUIRE_PARTS": ["year"]},
    )
    if parsed is None:
        return None
    has_day = bool(re.search(r"\b\d{1,2}\b(?!\d)", re.sub(r"\d{4}", "", text)))
    return parsed.strftime("%Y-%m-%d" if has_day else "%Y-%m")


def read_manifest(corpus: Path) -> tuple[dict[str, dict], str | None]:
    """`manifest.csv` rows keyed by relative path; an error message if it is unreadable."""
    path = corpus / "manifest.csv"
    if not path.is_file():
        return {}, None
    try:
        text = decode_bytes(path.read_bytes())
        rows = list(csv.DictReader(text.splitlines()))
    except (DecodeError, csv.Error, OSError) as exc:
        return {}, f"manifest.csv unreadable: {exc}"
    manifest = {}
    for row in rows:
        key = (row.get("path") or row.get("file") or "").strip().replace("\\", "/")
        if key:
            manifest[key] = {k: v for k, v in row.items() if k not in ("path", "file") and v}
    return manifest, None


def read_sidecar(path: Path) -> tuple[dict, str | None]:
    """Metadata of the sidecar beside `path`, and an error message if it is unreadable."""
    stem = path.with_suffix("")
    for suffix in META_SUFFIXES:
        meta_path = stem.with_name(stem.name + suffix)
        if not meta_path.is_file():
            continue
        try:
            raw = decode_bytes(meta_path.read_bytes())
            data = json.loads(raw) if suffix == ".meta.json" else _load_yaml(raw)
        except Exception as exc:  # noqa: BLE001 - any parse error is reported, not raised
            return {}, f"{meta_path.name} unreadable: {type(exc).__name__}: {exc}"
        if not isinstance(data, dict):
            return {}, f"{meta_path.name} unreadable: top level is not a mapping"
        return data, None
    return {}, None


def _load_yaml(text: str):
    import yaml

    return yaml.safe_load(text)


def infer_title(text: str, source_path: str) -> str | None:
    """A Markdown heading or a short first line is the title; else None."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if source_path.endswith(".md") and line.startswith("#"):
            return line.lstrip("#").strip() or None
        if len(line) <= 200 and not line.endswith((".", "!", "?", "…", ":")):
            return line
        return None
    return None


def infer_published(source_path: str) -> str | None:
    """A date in the file name (`2025-05-12-...`) is the publication date."""
    match = _FILENAME_DATE_RE.search(Path(source_path).name)
    return "-".join(match.groups()) if match else None


def load_document(path: Path, corpus: Path, manifest: dict[str, dict]) -> Document:
    """Read, decode and describe one article; never raises for bad input."""
    rel = path.relative_to(corpus).as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _error_doc(rel, f"cannot read file: {exc.strerror or exc}")
    if len(data) > MAX_BYTES:
        return _error_doc(rel, f"file too large ({len(data)} bytes > {MAX_BYTES})")
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        return _error_doc(rel, str(exc), sha=hashlib.sha256(data).hexdigest())
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = Document(doc_id=make_doc_id(rel, text), source_path=rel, text=text, sha256=sha)
    if not text.strip():
        doc.error = "empty file (no text)"
        return doc
    _apply_metadata(doc, path, manifest.get(rel, {}))
    return doc


def _apply_metadata(doc: Document, path: Path, manifest_row: dict) -> None:
    meta, meta_error = read_sidecar(path)
    if meta_error:
        doc.warnings.append(meta_error)
    merged = {**manifest_row, **meta}
    doc.meta = merged
    doc.title = _clean(merged.get("title")) or infer_title(doc.text, doc.source_path)
    published = normalize_published(merged.get("published") or merged.get("date"))
    if published:
        doc.published, doc.published_source = published, "metadata"
    elif inferred := infer_published(doc.source_path):
        doc.published, doc.published_source = inferred, "inferred"
    detected = detect_language(doc.text)
    declared = _clean(merged.get("language") or merged.get("lang"))
    doc.language = declared or detected
    if detected and detected != "fr":
        doc.warnings.append(f"not French: detected language '{detected}'")


def _clean(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _error_doc(rel: str, message: str, sha: str | None = None) -> Document:
    sha = sha or hashlib.sha256(rel.encode("utf-8")).hexdigest()
    return Document(doc_id=make_doc_id(rel, sha), source_path=rel, text="", sha256=sha,
                    error=message)


def load_corpus(corpus: Path, select: set[str] | None = None) -> tuple[list[Document], list[str]]:
    """Every article of `corpus` (or those of `select`, relative paths) as a Document, plus
    corpus-level warnings."""
    manifest, manifest_error = read_manifest(corpus)
    paths = [p for p in discover(corpus) if select is None or p.relative_to(corpus).as_posix() in select]
    docs = [load_document(path, corpus, manifest) for path in paths]
    return docs, [manifest_error] if manifest_error else []
