"""Gold drafts and Label Studio tasks from an output folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgeparse.batch import run_batch
from pledgeparse.cli import app
from pledgeparse.evaluate import Tables, load_golds, score

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "out"
    run_batch(sorted(CORPUS.glob("*/*.txt")), folder, jobs=1)
    return folder


def test_gold_drafts_score_perfectly_against_the_output(out: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["gold-draft", str(out), str(tmp_path / "drafts")])
    assert result.exit_code == 0, result.output
    drafts = load_golds(tmp_path / "drafts")
    assert len(drafts) == len(list(CORPUS.glob("*/*.txt")))
    draft = next(iter(drafts.values()))
    assert set(draft) >= {
        "document",
        "municipalities",
        "police_area",
        "period_start",
        "period_end",
        "sections",
        "promises",
        "signatories",
    }
    summary = score(Tables.load(out), drafts)["summary"]
    assert summary["promise_f1"] == 1.0 and summary["signatory_f1"] == 1.0 and summary["actors_acc"] == 1.0


def test_label_studio_tasks(out: Path, tmp_path: Path) -> None:
    target = tmp_path / "tasks.json"
    result = CliRunner().invoke(app, ["export", str(out), "--format", "label-studio", "--out", str(target)])
    assert result.exit_code == 0, result.output
    tasks = json.loads(target.read_text(encoding="utf-8"))
    assert tasks and all({"data", "predictions"} <= set(t) for t in tasks)
    config = (tmp_path / "tasks.config.xml").read_text(encoding="utf-8")
    names = {"label", "theme", "actors", "quantified"}
    assert all(f'name="{n}"' in config for n in names)
    for task in tasks:
        text = task["data"]["text"]
        for item in task["predictions"][0]["result"]:
            assert item["from_name"] in names and item["to_name"] == "text"
            value = item["value"]
            assert text[value["start"] : value["end"]] == value["text"] or item["type"] == "textarea"
    labelled = [i for t in tasks for i in t["predictions"][0]["result"] if i["type"] == "labels"]
    assert len(labelled) >= 80


def test_unknown_export_format_is_a_usage_error(out: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", str(out), "--format", "doccano", "--out", str(tmp_path / "x.json")])
    assert result.exit_code == 2
