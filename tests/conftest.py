"""Shared fixtures: the loaded pipeline (once per session) and a fixture corpus builder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "france-kazakhstan-partenariat.txt"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


def write_fixture_corpus(folder: Path) -> Path:
    """A small corpus with the awkward inputs SPEC says must never stop a batch."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "utf8.txt").write_text(
        "Le 3 mars 2024, la Banque mondiale a publié son rapport à Genève.\n", encoding="utf-8")
    (folder / "utf8.meta.json").write_text(json.dumps({"title": "Rapport", "published": "2024-03-05"}))
    (folder / "bom-crlf.md").write_bytes(
        "\ufeff# Énergie au Sénégal\r\n\r\nLe gouvernement a signé un accord à Dakar.\r\n".encode("utf-8"))
    (folder / "latin.txt").write_bytes(
        "L’économie française a progressé ; les élèves étaient à l’école à Besançon.\n".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "english.txt").write_text(
        "The government said on Monday that the new policy would be announced in the spring, "
        "and that it was not the time for a change of the rules.\n", encoding="utf-8")
    (folder / "yaml-meta.txt").write_text("Une phrase simple sur Lyon et Marseille.\n", encoding="utf-8")
    (folder / "yaml-meta.meta.yaml").write_text("title: Villes\npublished: 2023\n", encoding="utf-8")
    (folder / "bad-meta.txt").write_text("Une autre phrase sur Bordeaux et Lille.\n", encoding="utf-8")
    (folder / "bad-meta.meta.json").write_text("{not json", encoding="utf-8")
    (folder / "manifest.csv").write_text("path,title,published\nlatin.txt,Texte latin,12/05/2021\n",
                                         encoding="utf-8")
    return folder
