"""`passerelle review ...` front-ends: files written, messages, exit codes."""
from __future__ import annotations

import argparse
import json

import pytest

from pipeline.review.cli import add_review_parser, cmd_review, main
from test_review_fixtures import DOC_A, TEXT_A, at, make_run


@pytest.fixture()
def run(tmp_path):
    return make_run(tmp_path / "run")


def test_parser_registers_every_subcommand():
    parser = argparse.ArgumentParser(prog="passerelle")
    add_review_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["review", "serve", "--run", "r", "--port", "8123"])
    assert (args.command, args.review_command, args.port, str(args.run)) == ("review", "serve", 8123, "r")
    for sub in ("export --format brat --out x", "import f", "gold --out g", "termbase --out t"):
        assert parser.parse_args(["review", *sub.split()[:1], "--run", "r", *sub.split()[1:]]).review_command == sub.split()[0]
    with pytest.raises(SystemExit) as exc:
        parser.parse_args(["review", "serve", "--run", "r", "--port", "0"])
    assert exc.value.code == 2


@pytest.mark.parametrize("fmt, name", [("labelstudio", "t.json"), ("doccano", "d.jsonl"),
                                       ("prodigy", "p.jsonl"), ("brat", "brat")])
def test_export_then_import(run, tmp_path, capsys, fmt, name):
    out = tmp_path / name
    assert main(["review", "export", "--run", str(run), "--format", fmt, "--out", str(out)]) == 0
    assert out.exists()
    assert main(["review", "import", "--run", str(run), str(out)]) == 0
    err = capsys.readouterr().err
    if fmt == "labelstudio":
        assert "passerelle review: 0 document(s), 0 span(s)" in err
        assert "task 1: no annotation, skipped" in err
    else:
        assert "passerelle review: 2 document(s), 12 span(s): 12 accepted, 0 corrected, 0 added, 0 rejected" in err


def test_import_refusal_is_exit_2_with_the_reason(run, tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    start, end = at(TEXT_A, "Pérou")
    path.write_text(json.dumps({"text": TEXT_A, "doc_id": DOC_A,
                                "spans": [{"start": start, "end": end + 1, "label": "LOCATION", "text": "Pérou"}]})
                    + "\n", encoding="utf-8")
    assert main(["review", "import", "--run", str(run), str(path), "--format", "prodigy"]) == 2
    assert capsys.readouterr().err == (
        f"passerelle review: error: bad.jsonl line 1, span 0 [{start}:{end + 1}] LOCATION: the file quotes "
        "'Pérou' but the document has 'Pérou.' at these offsets\n")


def test_missing_run_is_exit_2(tmp_path, capsys):
    assert main(["review", "gold", "--run", str(tmp_path / "nope"), "--out", str(tmp_path / "g")]) == 2
    assert "no passerelle.sqlite in" in capsys.readouterr().err


def test_gold_and_termbase(run, tmp_path, capsys):
    assert main(["review", "gold", "--run", str(run), "--out", str(tmp_path / "gold")]) == 0
    assert main(["review", "termbase", "--run", str(run), "--out", str(tmp_path / "tb.tsv")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[-2:] == [f"passerelle review: 0 gold file(s) in {tmp_path / 'gold'}",
                        f"passerelle review: 0 reviewed term(s) written to {tmp_path / 'tb.tsv'}"]
    assert (tmp_path / "tb.tsv").read_text(encoding="utf-8").splitlines()[-1] == "term_fr\tterm_en\tdomain\tnotes"


def test_cmd_review_is_what_the_main_cli_calls(run, tmp_path):
    parser = argparse.ArgumentParser(prog="passerelle")
    add_review_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["review", "export", "--run", str(run), "--format", "doccano",
                              "--out", str(tmp_path / "x.jsonl")])
    assert cmd_review(args) == 0
    assert len((tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()) == 2
