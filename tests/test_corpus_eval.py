"""Regression gate on the project's own corpus: hand-annotated invented
documents (corpus/*/gold.json), in every format. Thresholds sit a notch under
the values measured when they were last raised."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pledgeparse.batch import run_batch
from pledgeparse.evaluate import Tables, load_golds, score

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
THRESHOLDS = {
    "promise_f1": 0.97,
    "theme_acc": 0.95,
    "actors_acc": 0.96,
    "quantified_acc": 0.95,
    "signatory_f1": 0.95,
    "sig_side_acc": 0.95,
    "sig_title_acc": 0.95,
    "sig_date_acc": 0.9,
    "municipality_acc": 0.95,
    "police_area_acc": 0.95,
    "period_acc": 0.95,
    "section_recall": 0.85,
}


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
def test_corpus_gate(fmt: str, tmp_path: Path) -> None:
    files = sorted(CORPUS.glob(f"*/*.{fmt}"))
    if fmt == "pdf" and shutil.which("tesseract") is None:
        files = [f for f in files if "almhult" not in f.name]  # the scanned one needs OCR
    golds = {k: v for k, v in load_golds(CORPUS).items() if k in {f.stem for f in files}}
    report = score(Tables.load(_parse(files, tmp_path)), golds)
    summary = report["summary"]
    for key, minimum in THRESHOLDS.items():
        assert summary[key] is not None and summary[key] >= minimum, f"{fmt} {key} = {summary[key]} < {minimum}"
    assert summary["noise_leaks"] == 0, {k: v["leaks"] for k, v in report["per_doc"].items() if v.get("leaks")}


def _parse(files: list[Path], tmp_path: Path) -> Path:
    out = tmp_path / "out"
    run_batch(files, out)
    return out


def test_topics_are_reported_per_topic(tmp_path: Path) -> None:
    files = sorted(CORPUS.glob("*/*.txt"))
    golds = {k: v for k, v in load_golds(CORPUS).items() if k in {f.stem for f in files}}
    topics = score(Tables.load(_parse(files, tmp_path)), golds)["topics"]
    assert {"narcotics", "traffic", "youth"} <= set(topics)
    assert topics["traffic"]["recall"] >= 0.8 and topics["narcotics"]["precision"] >= 0.8
    report = score(Tables.load(tmp_path / "out"), golds)
    assert report["topics_micro"]["f1"] >= 0.82, report["topics_micro"]


# Invented web pages as a person copying them from a browser gets them (corpus/copied_pages):
# plain text only, written in batches by a hand that had read the genre's description and
# the annotation rules but no real document. Floors a notch under the figures measured.
PAGES = CORPUS / "copied_pages"
PAGE_THRESHOLDS = {
    "promise_f1": 0.95,
    "theme_acc": 0.97,
    "actors_acc": 0.96,
    "quantified_acc": 0.95,
    "signatory_f1": 0.96,
    "municipality_acc": 0.95,
    "police_area_acc": 0.97,
    "period_acc": 0.93,
    "section_recall": 0.82,
}


def test_copied_pages_gate(tmp_path: Path) -> None:
    files = sorted((PAGES / "docs").glob("*.txt"))
    assert len(files) >= 712
    report = score(Tables.load(_parse(files, tmp_path)), load_golds(PAGES / "gold"))
    summary = report["summary"]
    assert summary["missing_docs"] == 0
    for key, minimum in PAGE_THRESHOLDS.items():
        assert summary[key] is not None and summary[key] >= minimum, f"{key} = {summary[key]} < {minimum}"
    # 3 measured: a newsletter's advertiser after its "ANNONS" label, and a side menu copied
    # between two tables whose page entry carries the pledge's year (two strings). (The site's
    # name and menu above a page's title no longer reach any section.)
    assert summary["noise_leaks"] <= 3
