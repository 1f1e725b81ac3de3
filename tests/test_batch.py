"""Parallel, incremental and crash-safe batch runs (issue 6)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pledgeparse.batch import run_batch
from pledgeparse.dataset.store import STATE_FILE, OutputFolderError
from pledgeparse.models import OUTPUT_MODELS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _tables(out: Path) -> dict[str, list[dict]]:
    return {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in OUTPUT_MODELS}


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(CORPUS.glob("*/*.txt"))[:6] + sorted(CORPUS.glob("*/*.html"))[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    return folder


def test_parallel_output_equals_sequential(inputs: Path, tmp_path: Path) -> None:
    one = run_batch([inputs], tmp_path / "one", jobs=1)
    two = run_batch([inputs], tmp_path / "two", jobs=2)
    assert one.counts == two.counts and one.documents == 9
    assert _tables(tmp_path / "one") == _tables(tmp_path / "two")


def test_second_run_reuses_unchanged_inputs(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run_batch([inputs], out, jobs=2)
    before = _tables(out)
    second = run_batch([inputs], out, jobs=2)
    assert second.parsed == 1 and second.reused == 9  # only the failed input is tried again
    assert _tables(out) == before
    assert len(second.failures) == len(first.failures) == 1
    forced = run_batch([inputs], out, jobs=1, force=True)
    assert forced.parsed == 10 and forced.reused == 0


def test_changed_and_removed_inputs(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([inputs], out, jobs=1)
    first = sorted(inputs.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nKompletterande rad.\n", encoding="utf-8")
    removed = sorted(inputs.glob("*.html"))[0]
    removed.unlink()
    summary = run_batch([inputs], out, jobs=1)
    assert summary.parsed == 2 and summary.reused == 7  # the changed file and the failed one
    sources = {Path(d["source"]).name for d in _tables(out)["documents"]}
    assert removed.name not in sources and first.name in sources
    doc_ids = {d["doc_id"] for d in _tables(out)["documents"]}
    for name in ("sections", "promises", "signatories"):
        assert {row["doc_id"] for row in _tables(out)[name]} <= doc_ids


def test_foreign_output_folder_is_refused(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(OutputFolderError):
        run_batch([inputs], out, jobs=1)
    assert (out / "thesis.docx").read_bytes() == b"precious"


SLOW_WRITER = """
import sys, time
from pathlib import Path
import pledgeparse.dataset.store as store
original = store.DatasetWriter.add
def slow_add(self, *args, **kwargs):
    original(self, *args, **kwargs)
    self.flush()
    time.sleep(0.3)
store.DatasetWriter.add = slow_add
from pledgeparse.batch import run_batch
run_batch([Path(sys.argv[1])], Path(sys.argv[2]), jobs=1, force=True)
"""


def test_kill_during_write_leaves_a_complete_dataset(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([inputs], out, jobs=1)
    before = _tables(out)
    process = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(inputs), str(out)])
    staging = list(tmp_path.glob(".out.staging-*"))
    deadline = time.monotonic() + 30
    while not staging and time.monotonic() < deadline:
        time.sleep(0.05)
        staging = list(tmp_path.glob(".out.staging-*"))
    time.sleep(0.8)  # some row groups are written
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert staging, "the writer never started"
    assert _tables(out) == before  # the old dataset is untouched and complete
    assert (out / STATE_FILE).exists()
    summary = run_batch([inputs], out, jobs=1)  # a re-run completes and cleans up
    assert summary.documents == 9
    assert not list(tmp_path.glob(".out.staging-*")) and not list(tmp_path.glob(".out.old"))


def test_interrupted_swap_is_recovered(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([inputs], out, jobs=1)
    before = _tables(out)
    os.rename(out, tmp_path / ".out.old")  # as if killed between the two renames
    summary = run_batch([inputs], out, jobs=1)
    assert summary.reused == 9
    assert _tables(out) == before
