"""The committed `output/` is what `passerelle run corpus --out output` produces today."""
from __future__ import annotations

from pathlib import Path

from pipeline.cli import main
from tests.conftest import ROOT


def test_committed_output_matches_a_fresh_run(tmp_path: Path, nlp):
    assert main(["run", str(ROOT / "corpus"), "--out", str(tmp_path), "--quiet"]) == 0
    committed = sorted(p.relative_to(ROOT / "output").as_posix()
                       for p in (ROOT / "output").rglob("*") if p.is_file() and "sqlite" not in p.name)
    fresh = sorted(p.relative_to(tmp_path).as_posix()
                   for p in tmp_path.rglob("*") if p.is_file() and "sqlite" not in p.name)
    assert committed == fresh
    for rel in fresh:
        assert (ROOT / "output" / rel).read_bytes() == (tmp_path / rel).read_bytes(), \
            f"output/{rel} is stale: run `passerelle run corpus --out output`"
