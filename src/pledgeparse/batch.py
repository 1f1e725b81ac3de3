"""Batch runs: many inputs -> one output folder, in parallel and incrementally.

Each input is parsed on its own (:func:`pledgeparse.pipeline.extract` is a
pure function of the bytes), in worker processes; a failure becomes a row in
``failures.parquet`` and the batch goes on. Results stream into the output
folder a row group at a time (:mod:`pledgeparse.dataset.store`), in input order, so
memory does not grow with the number of documents and the output is the
same whatever the number of workers.

Incremental runs: an input whose content hash and pipeline version are the
same as in the previous run into the same folder is not parsed again; its
rows are copied over. Inputs that failed are retried. The dataset always
holds exactly the inputs of the latest run (inputs no longer given are
dropped).
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future
from multiprocessing import get_context
from pathlib import Path

from pledgeparse.dataset.rerun import unchanged_summary
from pledgeparse.dataset.store import DatasetWriter, PackedResult, PreviousDataset, pack, recover
from pledgeparse.inputs import split_duplicates, walk_folder
from pledgeparse.models import ExtractionResult, Failure
from pledgeparse.settings import Settings
from pledgeparse.stopping import Interrupted, stopped_line, worker_pool
from pledgeparse.summary import BatchSummary

log = logging.getLogger(__name__)

__all__ = ["BatchSummary", "collect_inputs", "file_sha256", "parse_one", "run_batch"]


def collect_inputs(paths: Iterable[Path]) -> Iterator[Path | Failure]:
    """Files as given, folders walked recursively for known extensions, sorted.

    A path that does not exist, or a file named explicitly with an unknown
    extension, yields a :class:`Failure` instead of stopping the walk.
    """
    for path in paths:
        if path.is_dir():
            yield from walk_folder(path)  # dangling symlinks, unreadable entries: failures in place
        elif path.is_file():
            yield path
        else:
            yield Failure(source=str(path), stage="read", error=f"[E107] {path}: no such file or folder", code="E107")


def file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def parse_one(path: Path, settings: Settings) -> ExtractionResult:
    try:
        data = path.read_bytes()
    except OSError as error:
        return ExtractionResult(
            failures=[Failure(source=str(path), stage="read", error=f"[E108] cannot read {path}: {error}", code="E108")]
        )
    from pledgeparse.pipeline import extract

    return extract(data, str(path), settings)


# A small pledge in plain text: parsing it once fills what the stages build on
# first use (gazetteers, compiled patterns, lemma memo), before the workers fork.
WARM_UP_TEXT = """Medborgarlöfte för Kumla kommun 2024

Polisen och kommunen lovar:

- Polisen ska genomföra trygghetsvandringar i centrum.
- Kommunen ska förbättra belysningen i parken.

Kumla den 2 maj 2024

Anna Andersson
Kommunstyrelsens ordförande
"""


def _warm_up(paths: list[Path], settings: Settings) -> None:
    """Before workers fork, do once what each of them would otherwise do on its
    first document: load the spaCy pipeline, import the pipeline and the readers
    (with their PDF and HTML libraries) the batch needs, and run a small text
    through every stage. Forked workers share all of it."""
    from pledgeparse.nlp import load
    from pledgeparse.pipeline import extract
    from pledgeparse.readers import EXTENSIONS, prepare

    load()
    prepare({fmt for path in paths if (fmt := EXTENSIONS.get(path.suffix.lower())) is not None})
    extract(WARM_UP_TEXT.encode("utf-8"), "warm-up.txt", settings)


def _parse_packed(path: Path, settings: Settings) -> PackedResult:
    """:func:`parse_one` in a worker: the rows travel as plain tuples, which
    pickle and unpickle far faster than the pydantic records."""
    return pack(parse_one(path, settings))


def _results(paths: list[Path], settings: Settings, jobs: int) -> Generator[PackedResult, None, None]:
    """Parse ``paths`` in order, with ``jobs`` processes and a bounded window
    of documents in flight (so memory stays flat)."""
    if not paths:
        return
    if jobs <= 1 or len(paths) == 1:
        for path in paths:
            yield pack(parse_one(path, settings))
        return
    _warm_up(paths, settings)
    context = get_context("fork") if sys.platform.startswith("linux") else get_context()
    window: deque[Future[PackedResult]] = deque()
    # What the warm-up built lives as long as the workers: frozen, the
    # collector no longer walks it on every full collection (nor, in a
    # forked worker, copies the pages it touches while doing so).
    gc.collect()
    gc.freeze()
    try:
        with worker_pool(jobs, context) as pool:  # workers die with this process; Ctrl-C kills them
            pending = iter(paths)
            for path in pending:
                window.append(pool.submit(_parse_packed, path, settings))
                if len(window) >= jobs * 4:
                    break
            while window:
                result = window.popleft().result()
                nxt = next(pending, None)
                if nxt is not None:
                    window.append(pool.submit(_parse_packed, nxt, settings))
                yield result
    finally:
        gc.unfreeze()


def _progress(total: int, quiet: bool):  # type: ignore[no-untyped-def]
    """A rich progress bar (documents/s, ETA) on a terminal; nothing otherwise."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )


Plan = list[tuple[Path | Failure, str | None, dict[str, object] | None]]


def run_batch(
    paths: Iterable[Path],
    out_dir: Path,
    settings: Settings | None = None,
    *,
    jobs: int | None = None,
    force: bool = False,
    quiet: bool = True,
) -> BatchSummary:
    """Parse ``paths`` into ``out_dir``; unchanged inputs are reused unless ``force``."""
    settings = settings or Settings()
    jobs = max(1, jobs or os.cpu_count() or 1)
    summary = BatchSummary()
    recover(out_dir)  # an interrupted earlier run may have left the folder half-swapped
    inputs = [(item, None if isinstance(item, Failure) else file_sha256(item)) for item in collect_inputs(paths)]
    if not force and (same := unchanged_summary(inputs, out_dir)) is not None:
        return same  # nothing changed: the folder already holds this run's dataset
    previous = None if force else PreviousDataset(out_dir)
    # Each input once, with the earlier run's entry where its bytes are unchanged.
    plan: Plan = [
        (item, sha, previous.unchanged(str(item), sha) if previous is not None and sha else None)
        for item, sha in inputs
    ]
    summary.inputs = len(plan)
    plan, duplicates = split_duplicates(plan)
    summary.duplicates = len(duplicates)
    to_parse = [item for item, _, entry in plan if isinstance(item, Path) and entry is None]
    with DatasetWriter(out_dir, {"pledgeparse.sources": str(len(plan))}) as writer:
        results = _results(to_parse, settings, jobs)
        _write_all(writer, plan, results, previous, summary, _Progress(len(plan), quiet), out_dir)
        for duplicate in duplicates:
            writer.add_duplicate(str(duplicate.path), duplicate.sha256, duplicate.first)
        summary.counts = writer.commit()
        summary.works = writer.works
    return summary


class _Progress:
    """The progress bar of a batch (none when quiet)."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.bar = _progress(total, quiet)
        self.task = self.bar.add_task("parse", total=total, rate="") if self.bar is not None else None
        self.started = time.monotonic()

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def advance(self, done: int) -> None:
        if self.bar is not None:
            elapsed = max(time.monotonic() - self.started, 1e-6)
            self.bar.update(self.task, completed=done, rate=f"{done / elapsed:.1f} docs/s")


def _write_all(
    writer: DatasetWriter,
    plan: Plan,
    results: Generator[PackedResult, None, None],
    previous: PreviousDataset | None,
    summary: BatchSummary,
    progress: _Progress,
    out_dir: Path,
) -> None:
    """Each input's rows in plan order: a recorded failure, the earlier run's rows, or a new parse."""
    done = 0
    with progress:
        try:
            for done, (item, sha, entry) in enumerate(plan, start=1):
                if isinstance(item, Failure):
                    writer.add(ExtractionResult(failures=[item]), item.source, None)
                    log.warning("%s: %s", item.stage, item.error)
                    summary.failures.append(item)
                elif entry is not None and previous is not None:
                    writer.add_tables(previous.rows_for(str(item), str(entry["doc_id"])), str(item), entry)
                    summary.reused += 1
                    summary.documents += 1
                    summary.failures.extend(_failures_of(previous, str(item)))
                else:
                    result = next(results)
                    summary.parsed += 1
                    writer.add(result, str(item), sha)
                    for failure in result.failures:
                        log.warning("%s: %s", failure.stage, failure.error)
                    summary.failures.extend(result.failures)
                    summary.documents += result.doc_id is not None
                progress.advance(done)
        except Interrupted as stop:
            results.close()  # kill the workers now, before the staging folder goes
            stop.detail = stop.detail or stopped_line(done - 1, len(plan), "inputs", out_dir)
            raise


def _failures_of(previous: PreviousDataset, source: str) -> list[Failure]:
    return [Failure(**row) for row in previous.failures_for(source)]
