"""Label Studio: export tasks with pre-annotations, import its JSON export.

Export (`--out tasks.json`): a JSON list of tasks
`{"id", "data": {"text", "doc_id", "source_path", "title"}, "predictions": [{"model_version",
"result": [{"id", "from_name": "label", "to_name": "text", "type": "labels",
"value": {"start", "end", "text", "labels": [LABEL]}, "meta": {"text": [value]}}]}]}`;
the labelling config to use is in docs/review.md (`<Labels name="label" toName="text">`).
Import: Label Studio's JSON export (a list of tasks, or one task); the annotation used per
task is its last one that was not cancelled; tasks without annotation are skipped (they were
not reviewed); result items of type `labels` are spans (one per label). Offsets that only
match the quoted `text` as UTF-16 code units are converted.
"""
from __future__ import annotations

import json
from pathlib import Path

from ...version import pipeline_version
from .common import ImportedDoc, ImportedSpan, InterchangeError

LABEL_CONFIG = """<View>
  <Labels name="label" toName="text">
{labels}
  </Labels>
  <Text name="text" value="$text"/>
</View>
"""


def label_config(labels) -> str:
    return LABEL_CONFIG.format(labels="\n".join(f'    <Label value="{l}"/>' for l in labels))


def dumps(docs: list[dict]) -> str:
    tasks = []
    for n, doc in enumerate(docs, 1):
        result = [{"id": span["item_id"], "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": span["start"], "end": span["end"], "text": span["text"],
                             "labels": [span["label"]]},
                   "meta": {"text": [span["value"]]}} for span in doc["spans"]]
        tasks.append({"id": n, "data": {"text": doc["text"], "doc_id": doc["doc_id"],
                                        "source_path": doc["source_path"], "title": doc["title"]},
                      "predictions": [{"model_version": f"passerelle {pipeline_version()}",
                                       "result": result}]})
    return json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"


def write(docs: list[dict], out: Path) -> list[Path]:
    from ...export import atomic_write

    atomic_write(out, dumps(docs))
    return [out]


def _annotation(task: dict, ref: str) -> dict | None:
    annotations = task.get("annotations") or task.get("completions") or []
    if not isinstance(annotations, list):
        raise InterchangeError(f"{ref}: 'annotations' must be a list")
    usable = [a for a in annotations if isinstance(a, dict) and not a.get("was_cancelled")]
    return usable[-1] if usable else None


def _spans(result: list, ref: str) -> list[ImportedSpan]:
    spans = []
    for i, res in enumerate(result):
        if not isinstance(res, dict) or res.get("type") not in ("labels", "hypertextlabels"):
            continue
        value = res.get("value")
        if not isinstance(value, dict) or not isinstance(value.get("labels"), list):
            raise InterchangeError(f"{ref}, result {res.get('id', i)!r}: no value.labels list")
        for label in value["labels"]:
            spans.append(ImportedSpan(value.get("start"), value.get("end"), label,
                                      value.get("text"), f"result {res.get('id', i)!r}"))
    return spans


def read(path: Path) -> tuple[list[ImportedDoc], list[str]]:
    """Documents of a Label Studio JSON export, and notes about skipped tasks."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InterchangeError(f"{path}: not a readable JSON file ({exc})") from exc
    tasks = data if isinstance(data, list) else [data]
    docs, notes = [], []
    for n, task in enumerate(tasks, 1):
        ref = f"task {task.get('id', n) if isinstance(task, dict) else n}"
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise InterchangeError(f"{ref}: a task must be an object with 'data'")
        text = task["data"].get("text")
        if not isinstance(text, str):
            raise InterchangeError(f"{ref}: data.text must be the document text")
        annotation = _annotation(task, ref)
        if annotation is None:
            notes.append(f"{ref}: no annotation, skipped")
            continue
        result = annotation.get("result") or []
        if not isinstance(result, list):
            raise InterchangeError(f"{ref}: annotation result must be a list")
        docs.append(ImportedDoc(ref, text, task["data"].get("doc_id"), _spans(result, ref), utf16=True))
    return docs, notes
