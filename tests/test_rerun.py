"""A run with nothing changed leaves the output folder as it is, and reports
what the run that wrote it reported; any change writes the folder again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pledgeparse.batch import BatchSummary, run_batch
from pledgeparse.dataset.store import STATE_FILE

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*/*.txt"))[:3] + sorted(CORPUS.glob("*/*.html"))[:1]:
        (folder / path.name).write_bytes(path.read_bytes())
    first = sorted(folder.iterdir())[0]
    shutil.copy(first, folder / f"copy-of-{first.name}")  # same bytes under another name
    return sorted(folder.iterdir())


def stamps(out: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in out.iterdir()}


def described(summary: BatchSummary) -> tuple[object, ...]:
    failures = sorted((f.source, f.code) for f in summary.failures)
    return summary.inputs, summary.documents, summary.duplicates, summary.works, failures, summary.counts


def test_nothing_changed_leaves_the_folder_untouched(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch(inputs, out, jobs=1)
    assert first.parsed == len(inputs) - 1 and first.duplicates == 1
    before = stamps(out)
    again = run_batch(inputs, out, jobs=1)
    assert stamps(out) == before
    assert again.parsed == 0 and again.reused == first.parsed
    assert described(again) == described(first)


def test_any_change_writes_the_folder_again(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(inputs, out, jobs=1)
    state = (out / STATE_FILE).read_bytes()
    order = [inputs[0], *reversed(inputs[1:])]  # same files, another order
    reordered = run_batch(order, out, jobs=1)
    assert (out / STATE_FILE).read_bytes() != state and reordered.parsed == 0
    sources = pq.read_table(out / "documents.parquet").column("source").to_pylist()
    assert sources == [str(p) for p in order if not p.name.startswith("copy-of-")]
    fewer = run_batch(inputs[1:], out, jobs=1)  # an input dropped
    assert fewer.inputs == len(inputs) - 1 and fewer.duplicates == 0
    inputs[2].write_text(inputs[2].read_text(encoding="utf-8") + "\nTillägg.\n", encoding="utf-8")
    changed = run_batch(inputs[1:], out, jobs=1)
    assert changed.parsed == 1
    forced = run_batch(inputs[1:], out, jobs=1, force=True)
    assert forced.parsed == len(inputs) - 1
