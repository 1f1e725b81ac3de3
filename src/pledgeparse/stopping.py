"""Stopping a run: Ctrl-C and SIGTERM, and worker processes that die with their parent.

The commands that run long (``parse``, ``fetch``, ``run``) call the library
inside :func:`stop_on_signals`: the first SIGINT or SIGTERM raises
:class:`Interrupted` in the main thread, wherever it is waiting. The library
cleans up on the way out (worker processes killed, the staging folder
removed) and adds one line saying what was not done; the command prints it
and exits with 128 + the signal number (130 for SIGINT, 143 for SIGTERM).
Later signals, while that cleanup runs, are noted and not raised again, so a
second Ctrl-C cannot cut the cleanup short.

A :func:`deferred` section is never cut in two: a signal arriving inside it
takes effect at its end. The swap of an output folder and every append to
the fetch manifest are such sections, so they are either done or not
started.

Workers (:func:`worker_pool`) ignore SIGINT (a terminal sends Ctrl-C to the
whole process group; the parent decides), and die with their parent: on
Linux through the parent-death signal (``prctl(PR_SET_PDEATHSIG)``),
elsewhere through a watchdog thread that notices the parent is gone. A
``kill -9`` of the main process thus leaves no worker behind for more than
a moment.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from pathlib import Path
from types import FrameType
from typing import Any

from pledgeparse.fsutil import pid_alive

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCHDOG_INTERVAL = 0.25  # seconds between two looks at the parent
KILL_WAIT = 1.0  # seconds to wait for killed workers to be reaped


class Interrupted(KeyboardInterrupt):
    """The run was stopped by a signal; ``detail`` says what was not done."""

    def __init__(self, signum: int, detail: str = "") -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.detail = detail

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


class _State:
    def __init__(self) -> None:
        self.received: int | None = None  # the first stop signal of this run
        self.raised = False
        self.deferring = 0

    def reset(self) -> None:
        self.received, self.raised, self.deferring = None, False, 0


_state = _State()


def _handle(signum: int, frame: FrameType | None) -> None:
    if _state.received is not None:
        return  # already stopping: let the cleanup finish
    _state.received = signum
    if not _state.deferring:
        _state.raised = True
        raise Interrupted(signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """While inside, SIGINT and SIGTERM raise :class:`Interrupted` (once).

    SIGINT is handled even when the shell started the process with it
    ignored (a background job of a script): a user who sends it wants the
    run to stop. Outside the main thread this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _state.reset()
    previous = {signum: signal.signal(signum, _handle) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _state.reset()


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """A section a stop signal must not cut in two: the signal is raised at its end.

    Only the main thread is ever interrupted, so elsewhere this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _state.deferring += 1
    try:
        yield
    finally:
        _state.deferring -= 1
    if not _state.deferring and _state.received is not None and not _state.raised:
        _state.raised = True
        raise Interrupted(_state.received)


def stopped_line(done: int, total: int, unit: str, out_dir: Path) -> str:
    """What an interrupted run did not do, in one line."""
    return f"interrupted after {done} of {total} {unit}; {dataset_kept(out_dir)}"


def dataset_kept(out_dir: Path) -> str:
    """What an interrupted run left in ``out_dir`` (called after its staging folder went)."""
    if out_dir.exists():
        return f"the previous dataset in {out_dir} is unchanged"
    return f"nothing was written to {out_dir}"


# -- worker processes -----------------------------------------------------------------


def worker_initializer(main_pid: int, parent_death_signal: bool = True) -> None:
    """Run first in every worker: ignore Ctrl-C, and die with the main process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent_death_signal and os.getppid() == main_pid and _set_parent_death_signal():
        if os.getppid() != main_pid:
            os._exit(1)  # the parent died before the signal was armed
        subprocess.Popen = _PopenDyingWithParent  # type: ignore[misc]
        return
    threading.Thread(target=_watch_parent, args=(main_pid,), name="pledgeparse-watchdog", daemon=True).start()


def _set_parent_death_signal() -> bool:
    """Linux: have the kernel send SIGKILL to this process when its parent dies."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        prctl = _prctl()
    except (OSError, AttributeError):
        return False
    return int(prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)) == 0


@functools.cache
def _prctl() -> Any:
    """libc's prctl, looked up once (a forked child then only calls it)."""
    return ctypes.CDLL(None, use_errno=True).prctl


def _arm_parent_death_signal() -> None:
    """In a worker's child (tesseract for OCR), before it runs: die with the worker."""
    _set_parent_death_signal()


class _PopenDyingWithParent(subprocess.Popen):  # type: ignore[type-arg]
    """``subprocess.Popen`` in a worker: the programs it starts die with it
    (the parent-death signal is not inherited across fork)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("preexec_fn") is None:
            kwargs["preexec_fn"] = _arm_parent_death_signal
        super().__init__(*args, **kwargs)


def _watch_parent(main_pid: int) -> None:
    """Exit as soon as the main process is gone (re-parented, or no longer alive)."""
    parent = multiprocessing.parent_process()
    first_ppid = os.getppid()
    while True:
        if parent is not None and not parent.is_alive():
            os._exit(1)
        if os.name == "posix" and (os.getppid() != first_ppid or not pid_alive(main_pid)):
            os._exit(1)
        time.sleep(WATCHDOG_INTERVAL)


@contextlib.contextmanager
def worker_pool(jobs: int, context: BaseContext) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers die with this process, and are killed
    rather than waited for when the block is left by an exception (Ctrl-C)."""
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,  # type: ignore[arg-type]
        initializer=worker_initializer,
        initargs=(os.getpid(),),
    )
    try:
        yield pool
    except BrokenProcessPool:
        terminate(pool)
        if _state.received is not None:  # SIGTERM to the group killed the workers first
            raise Interrupted(_state.received) from None
        raise
    except BaseException:
        terminate(pool)
        raise
    pool.shutdown(wait=True)


def terminate(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and kill the workers now (they hold nothing to save)."""
    # The executor has no public way to stop running tasks: its processes are private.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.kill()
    deadline = time.monotonic() + KILL_WAIT
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(max(0.0, deadline - time.monotonic()))
