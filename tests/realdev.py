"""The real development set in ``../shared/realdev``, parsed once per format
for every gate that scores it (``test_realdev_*.py``)."""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

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
def tables(fmt: str) -> Tables:
    """Every realdev document in ``fmt``, parsed once per test session."""
    files = sorted(
        path
        for entry in index()
        if (path := REALDEV / FOLDERS[fmt] / f"{Path(str(entry['file'])).stem}.{fmt}").is_file()
    )
    assert files, f"no {fmt} documents in {REALDEV / FOLDERS[fmt]}"
    out = Path(tempfile.mkdtemp(prefix=f"realdev-{fmt}-")) / "dataset"
    run_batch(files, out, quiet=True)
    return Tables.load(out)


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
