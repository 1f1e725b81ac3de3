"""Regression gate for signatories and metadata on the real development set
(skipped without ``../shared/realdev``).

Parses realdev in txt, html and pdf with the batch runner, scores each split
(``tune``, ``check``) with the project's own scorer, and asserts signatory F1,
side, title, police area, period and municipality figures. Thresholds sit a
notch under the values measured when the gate was last raised (issue 11);
raise them as extraction improves.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pledgeparse.batch import run_batch
from pledgeparse.evaluate import Tables, load_golds, score

REALDEV = Path(__file__).resolve().parents[2] / "shared" / "realdev"
FOLDERS = {"txt": "docs", "html": "html", "pdf": "pdf"}
# split -> format -> key -> minimum
GATES: dict[str, dict[str, dict[str, float]]] = {
    "tune": {
        fmt: {"signatory_f1": 0.95, "sig_side_acc": 0.95, "sig_title_acc": 0.85, "sig_date_acc": 0.8,
              "police_area_acc": 0.92, "period_acc": 0.85, "municipality_acc": 0.95}
        for fmt in FOLDERS
    },
    "check": {
        fmt: {"signatory_f1": 0.78 if fmt == "pdf" else 0.8, "sig_side_acc": 0.9, "sig_title_acc": 0.8,
              "sig_date_acc": 0.95, "police_area_acc": 0.95, "period_acc": 0.95, "municipality_acc": 0.92}
        for fmt in FOLDERS
    },
}  # fmt: skip

pytestmark = pytest.mark.slow


def _index() -> list[dict[str, Any]]:
    if not (REALDEV / "index.json").is_file() or not (REALDEV / "gold").is_dir():
        pytest.skip(f"real development set not found at {REALDEV}")
    entries: list[dict[str, Any]] = json.loads((REALDEV / "index.json").read_text(encoding="utf-8"))
    return entries


@cache
def _tables(fmt: str, out: Path) -> Tables:
    files = sorted(
        path
        for entry in _index()
        if (path := REALDEV / FOLDERS[fmt] / f"{Path(str(entry['file'])).stem}.{fmt}").is_file()
    )
    assert files, f"no {fmt} documents in {REALDEV / FOLDERS[fmt]}"
    run_batch(files, out)
    return Tables.load(out)


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("realdev_meta")


@pytest.mark.parametrize("fmt", sorted(FOLDERS))
@pytest.mark.parametrize("split", sorted(GATES))
def test_realdev_signatories_and_metadata_gate(split: str, fmt: str, outdir: Path) -> None:
    stems = {Path(str(e["file"])).stem for e in _index() if e.get("split") == split}
    golds = {k: v for k, v in load_golds(REALDEV / "gold").items() if k in stems}
    assert golds, f"no gold files for the {split} split"
    summary = score(_tables(fmt, outdir / fmt), golds)["summary"]
    assert summary["missing_docs"] == 0, summary
    failed = {
        key: (summary[key], minimum)
        for key, minimum in GATES[split][fmt].items()
        if summary[key] is None or summary[key] < minimum
    }
    assert not failed, f"{split} {fmt}: {failed}"
