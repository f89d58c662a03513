"""pipeline_version = package version + a fingerprint of the code and data that make the rows.

A document is re-processed when its text or this version changes, so editing a rule, a lexicon
or an extractor invalidates exactly what it could have changed (everything), and nothing else
triggers recomputation.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from . import __version__

_FINGERPRINTED = (".py", ".tsv", ".jsonl", ".json", ".toml", ".txt", ".csv", ".yaml")
_SKIPPED_DIRS = {"review", "__pycache__"}  # the review UI does not change extractions


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    digest = hashlib.sha256()
    root = resources.files("pipeline")
    for path in sorted(_walk(root), key=lambda p: p[0]):
        rel, entry = path
        digest.update(rel.encode("utf-8") + b"\0" + entry.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:10]}"


def _walk(folder, prefix: str = ""):
    for entry in folder.iterdir():
        rel = f"{prefix}{entry.name}"
        if entry.is_dir():
            if entry.name not in _SKIPPED_DIRS:
                yield from _walk(entry, rel + "/")
        elif entry.name.endswith(_FINGERPRINTED) and rel not in ("cli.py", "evaluate.py"):
            yield rel, entry
