"""Stopping a run for real (issue 15): Ctrl-C, SIGTERM and kill -9 of ``pledgeparse parse``.

The CLI runs as a subprocess in its own process group (as a terminal runs
it) on a corpus big enough to take far longer than a test: the corpus
documents copied many times, each copy with a few bytes changed so no two
inputs are the same. The output folder already holds a previous dataset;
after the signal it must hold that dataset byte for byte, and no process
of the group (the main process, its workers, their tesseract) may remain.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pledgeparse import stopping
from pledgeparse.batch import run_batch
from pledgeparse.dataset.store import recover

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
COPIES = 20  # 720 inputs: minutes of work with two workers
STOP_WITHIN = 2.0  # seconds, from the signal to the exit of every process of the group
START_TIMEOUT = 90.0  # generous: the machine may be loaded; bounded all the same

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _variant(path: Path, copy: int) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".txt":
        return data + f"\nKopia {copy}.\n".encode()
    if path.suffix == ".html":
        return data + f"<!-- kopia {copy} -->".encode()
    return data + f"\n% kopia {copy}\n".encode()  # after %%EOF: still the same PDF


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    documents = sorted(p for p in CORPUS.rglob("*") if p.suffix in {".txt", ".html", ".pdf"})
    for copy in range(COPIES):
        for path in documents:
            (folder / f"{copy:03d}_{path.parent.name}_{path.name}").write_bytes(_variant(path, copy))
    return folder


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small complete dataset: the one an interrupted run must leave untouched."""
    root = tmp_path_factory.mktemp("previous")
    inputs = root / "in"
    inputs.mkdir()
    for path in sorted(CORPUS.glob("*/*.txt"))[:3]:
        shutil.copy(path, inputs / path.name)
    run_batch([inputs], root / "out", jobs=1)
    return root / "out"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def group_processes(pgid: int) -> list[int]:
    """Live (not zombie) processes of the process group."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def start_parse(big_corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    """``pledgeparse parse -j 2`` in its own process group, once its workers are busy."""
    command = [sys.executable, "-m", "pledgeparse", "parse", str(big_corpus), "--out", str(out), "-j", "2", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    busy = wait_for(
        lambda: (
            process.poll() is not None
            or (len(group_processes(process.pid)) >= 3 and any(out.parent.glob(f".{out.name}.staging-*")))
        ),
        START_TIMEOUT,
    )
    if not busy or process.poll() is not None:
        process.kill()
        _, err = process.communicate(timeout=30)
        pytest.fail(f"the run never got its workers going: {err.decode(errors='replace')[-2000:]}")
    time.sleep(0.5)  # documents in flight in both workers
    return process


@pytest.fixture
def out(previous: Path, tmp_path: Path) -> Path:
    target = tmp_path / "out"
    shutil.copytree(previous, target)
    return target


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_to_the_group_stops_the_run_and_keeps_the_previous_dataset(
    big_corpus: Path, out: Path, signum: int, code: int
) -> None:
    before = snapshot(out)
    process = start_parse(big_corpus, out)
    sent = time.monotonic()
    os.killpg(process.pid, signum)
    _, err = process.communicate(timeout=30)
    exited = time.monotonic() - sent
    assert wait_for(lambda: not group_processes(process.pid), STOP_WITHIN), group_processes(process.pid)
    gone = time.monotonic() - sent
    assert process.returncode == code, err
    assert exited < STOP_WITHIN and gone < STOP_WITHIN, (exited, gone)
    message = err.decode().strip().splitlines()
    assert len(message) == 1, message  # one line, no traceback
    assert message[0].startswith("interrupted after ") and message[0].endswith(
        f" of {len(list(big_corpus.iterdir()))} inputs; the previous dataset in {out} is unchanged"
    ), message
    assert snapshot(out) == before
    assert not list(out.parent.glob(f".{out.name}.*"))  # no staging folder, no half swap


def test_a_second_ctrl_c_does_not_cut_the_cleanup_short(big_corpus: Path, out: Path) -> None:
    before = snapshot(out)
    process = start_parse(big_corpus, out)
    sent = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    time.sleep(0.01)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert wait_for(lambda: not group_processes(process.pid), STOP_WITHIN)
    assert time.monotonic() - sent < STOP_WITHIN
    assert snapshot(out) == before
    assert not list(out.parent.glob(f".{out.name}.*"))


def test_kill_9_of_the_main_process_leaves_no_worker_behind(big_corpus: Path, out: Path) -> None:
    before = snapshot(out)
    process = start_parse(big_corpus, out)
    workers = [pid for pid in group_processes(process.pid) if pid != process.pid]
    assert len(workers) >= 2
    killed = time.monotonic()
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert wait_for(lambda: not group_processes(process.pid), STOP_WITHIN), group_processes(process.pid)
    assert time.monotonic() - killed < STOP_WITHIN
    assert snapshot(out) == before  # killed mid-run: the old dataset, complete
    assert list(out.parent.glob(f".{out.name}.staging-*"))  # nothing could clean up ...
    recover(out)  # ... the next run does
    assert not list(out.parent.glob(f".{out.name}.*")) and snapshot(out) == before


# -- in-process: the swap, and workers without the parent-death signal -------------


def test_a_signal_during_the_swap_waits_for_it_to_finish(
    previous: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(CORPUS.glob("*/*.txt"))[3:5]:
        shutil.copy(path, inputs / path.name)
    import pledgeparse.dataset.store as store

    renames: list[str] = []
    real_rename = os.rename

    def rename_then_ctrl_c(src: str | Path, dst: str | Path) -> None:
        real_rename(src, dst)
        renames.append(str(dst))
        if len(renames) == 1:  # between the two renames of the swap
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # the handler has run by now

    monkeypatch.setattr(store.os, "rename", rename_then_ctrl_c)
    with pytest.raises(stopping.Interrupted) as caught, stopping.stop_on_signals():
        run_batch([inputs], out, jobs=1)
    assert len(renames) == 2 and caught.value.exit_code == 130
    assert "the new dataset was complete" in caught.value.detail
    assert not list(tmp_path.glob(".out.*"))  # swapped in whole, the old one removed
    monkeypatch.undo()
    again = run_batch([inputs], out, jobs=1)
    assert again.reused == 2  # the new dataset is the complete one


WATCHED_POOL = """
import os, sys, time
from multiprocessing import get_context
from pledgeparse import stopping
stopping._set_parent_death_signal = lambda: False  # as on a system without prctl
with stopping.worker_pool(2, get_context("fork")) as pool:
    futures = [pool.submit(time.sleep, 60) for _ in range(2)]
    time.sleep(0.5)
    print(" ".join(str(pid) for pid in pool._processes), flush=True)
    time.sleep(60)
"""


def test_the_watchdog_ends_workers_whose_parent_is_gone() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", WATCHED_POOL], stdout=subprocess.PIPE, start_new_session=True, text=True
    )
    assert process.stdout is not None
    workers = [int(pid) for pid in process.stdout.readline().split()]
    assert len(workers) == 2 and set(workers) <= set(group_processes(process.pid))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert wait_for(lambda: not group_processes(process.pid), STOP_WITHIN), group_processes(process.pid)
