"""The real development set in ``../shared/realdev``, parsed once per format
for every gate that scores it (``test_realdev_*.py``)."""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from pledgeparse.batch import run_batch
from pledgeparse.evaluate import Tables, load_golds, score

REALDEV = Path(__file__).resolve().parents[2] / "shared" / "realdev"
FOLDERS = {"txt": "docs", "html": "html", "pdf": "pdf"}


def index() -> list[dict[str, Any]]:
    """realdev's index.json; skips the calling test when realdev is absent."""
    if not (REALDEV / "index.json").is_file() or not (REALDEV / "gold").is_dir():
        pytest.skip(f"real development set not found at {REALDEV}")
    entries: list[dict[str, Any]] = json.loads((REALDEV / "index.json").read_text(encoding="utf-8"))
    return entries


@cache
def output(fmt: str) -> Path:
    """The output folder of every realdev document in ``fmt``, parsed once per test session."""
    files = sorted(
        path
        for entry in index()
        if (path := REALDEV / FOLDERS[fmt] / f"{Path(str(entry['file'])).stem}.{fmt}").is_file()
    )
    assert files, f"no {fmt} documents in {REALDEV / FOLDERS[fmt]}"
    out = Path(tempfile.mkdtemp(prefix=f"realdev-{fmt}-")) / "dataset"
    run_batch(files, out, quiet=True)
    return out


@cache
def tables(fmt: str) -> Tables:
    return Tables.load(output(fmt))


def furniture(fmt: str) -> dict[str, list[dict[str, Any]]]:
    """Each document's furniture rows, by the stem of its file name."""
    stems = {row["doc_id"]: Path(str(row["source"])).stem for row in tables(fmt).documents}
    out: dict[str, list[dict[str, Any]]] = {}
    for row in pq.read_table(output(fmt) / "furniture.parquet").to_pylist():
        out.setdefault(stems[row["doc_id"]], []).append(row)
    return out


def gold(stem: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads((REALDEV / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    return found


def leaks(fmt: str) -> dict[str, list[str]]:
    """The gold ``must_not_contain`` strings found in each document's sections and pledges."""
    report = score(tables(fmt), load_golds(REALDEV / "gold"))
    return {stem: list(doc.get("leaks") or []) for stem, doc in report["per_doc"].items()}


def summary(fmt: str, split: str) -> dict[str, Any]:
    """The scorer's summary for one split (``tune`` or ``check``) in one format."""
    stems = {Path(str(e["file"])).stem for e in index() if e.get("split") == split}
    golds = {k: v for k, v in load_golds(REALDEV / "gold").items() if k in stems}
    assert golds, f"no gold files for the {split} split"
    result: dict[str, Any] = score(tables(fmt), golds)["summary"]
    assert result["missing_docs"] == 0, result
    return result


def below(result: dict[str, Any], minimums: dict[str, float]) -> dict[str, tuple[Any, float]]:
    """The figures under their gate."""
    return {k: (result[k], v) for k, v in minimums.items() if result[k] is None or result[k] < v}
