"""Ingestion: decoding, metadata, ids (pure, no spaCy)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import (infer_published, infer_title, load_corpus, make_doc_id,
                             normalize_published)
from pipeline.langid import detect_language
from pipeline.textio import DecodeError, decode_bytes
from tests.conftest import write_fixture_corpus


@pytest.mark.parametrize("raw, expected", [
    ("é à ç".encode("utf-8"), "é à ç"),
    (b"\xef\xbb\xbfLigne 1\r\nLigne 2\rLigne 3", "Ligne 1\nLigne 2\nLigne 3"),
    ("L’été à Besançon coûte 5 €".encode("cp1252"), "L’été à Besançon coûte 5 €"),
    ("Élève à l'école".encode("latin-1"), "Élève à l'école"),
    ("Été".encode("utf-16"), "Été"),
])
def test_decode_bytes(raw, expected):
    assert decode_bytes(raw) == expected


@pytest.mark.parametrize("raw, message", [
    (b"abc\x00def", "binary file (NUL bytes)"),
    (bytes(range(1, 32)) * 10, "binary file (control characters in the content)"),
])
def test_decode_bytes_refuses_binary(raw, message):
    with pytest.raises(DecodeError) as info:
        decode_bytes(raw)
    assert str(info.value) == message


@pytest.mark.parametrize("value, expected", [
    ("2025-05", "2025-05"), ("2025", "2025"), ("2025-05-12", "2025-05-12"),
    ("2025-05-12T10:00:00Z", "2025-05-12"), ("12/05/2021", "2021-05-12"),
    ("3 mars 2024", "2024-03-03"), ("mars 2024", "2024-03"), ("", None), (None, None),
    ("2025-13", None), ("n'importe quoi", None),
])
def test_normalize_published(value, expected):
    assert normalize_published(value) == expected


def test_doc_id_is_stable_and_path_sensitive():
    assert make_doc_id("a.txt", "texte") == make_doc_id("a.txt", "texte")
    assert make_doc_id("a.txt", "texte") != make_doc_id("b.txt", "texte")
    assert make_doc_id("a.txt", "texte") != make_doc_id("a.txt", "texte modifié")
    assert len(make_doc_id("a.txt", "texte")) == 16


def test_infer_title_and_date():
    assert infer_title("# Titre\n\nCorps.", "a.md") == "Titre"
    assert infer_title("Un titre court\nLe corps du texte.", "a.txt") == "Un titre court"
    assert infer_title("Une phrase qui finit par un point.\nSuite", "a.txt") is None
    assert infer_published("2019-03-07-article.txt") == "2019-03-07"
    assert infer_published("article-2019.txt") is None


def test_detect_language():
    assert detect_language("Le gouvernement a annoncé que la réforme des retraites sera votée.") == "fr"
    assert detect_language("The government said that the reform would be voted on in the spring.") == "en"
    assert detect_language("Paris") is None


def test_load_corpus_fixture(tmp_path: Path):
    docs, warnings = load_corpus(write_fixture_corpus(tmp_path / "c"))
    by_path = {d.source_path: d for d in docs}
    assert warnings == []
    assert sorted(by_path) == ["bad-meta.txt", "binary.txt", "bom-crlf.md", "empty.txt",
                               "english.txt", "latin.txt", "utf8.txt", "yaml-meta.txt"]
    assert by_path["binary.txt"].error == "binary file (NUL bytes)"
    assert by_path["empty.txt"].error == "empty file (no text)"
    assert by_path["bom-crlf.md"].text == "# Énergie au Sénégal\n\nLe gouvernement a signé un accord à Dakar.\n"
    assert by_path["bom-crlf.md"].title == "Énergie au Sénégal"
    assert by_path["latin.txt"].text.startswith("L’économie française a progressé")
    assert (by_path["latin.txt"].title, by_path["latin.txt"].published) == ("Texte latin", "2021-05-12")
    assert (by_path["utf8.txt"].published, by_path["utf8.txt"].published_source) == ("2024-03-05", "metadata")
    assert (by_path["yaml-meta.txt"].title, by_path["yaml-meta.txt"].published) == ("Villes", "2023")
    assert by_path["bad-meta.txt"].warnings[0].startswith("bad-meta.meta.json unreadable: JSONDecodeError")
    assert by_path["bad-meta.txt"].status == "ok"
    assert by_path["english.txt"].warnings == ["not French: detected language 'en'"]
    assert (by_path["english.txt"].published, by_path["english.txt"].published_source) == (None, "none")
