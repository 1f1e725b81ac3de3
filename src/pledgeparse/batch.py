"""Batch runs: many inputs -> one output folder. Each input is parsed on its
own; a failure becomes a row in ``failures.parquet`` and the batch goes on."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pledgeparse.models import ExtractionResult, Failure
from pledgeparse.parquet import write_results
from pledgeparse.pipeline import extract
from pledgeparse.readers import EXTENSIONS
from pledgeparse.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class BatchSummary:
    inputs: int = 0
    documents: int = 0
    failures: list[Failure] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


def collect_inputs(paths: Iterable[Path]) -> Iterator[Path | Failure]:
    """Files as given, folders walked recursively for known extensions, sorted.

    A path that does not exist, or a file named explicitly with an unknown
    extension, yields a :class:`Failure` instead of stopping the walk.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in EXTENSIONS and not child.name.startswith("."):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Failure(source=str(path), stage="read", error=f"[E107] {path}: no such file or folder", code="E107")


def parse_one(path: Path, settings: Settings) -> ExtractionResult:
    try:
        data = path.read_bytes()
    except OSError as error:
        return ExtractionResult(
            failures=[Failure(source=str(path), stage="read", error=f"[E108] cannot read {path}: {error}", code="E108")]
        )
    return extract(data, str(path), settings)


def run_batch(paths: Iterable[Path], out_dir: Path, settings: Settings | None = None) -> BatchSummary:
    settings = settings or Settings()
    summary = BatchSummary()
    results: list[ExtractionResult] = []
    for item in collect_inputs(paths):
        summary.inputs += 1
        if isinstance(item, Failure):
            result = ExtractionResult(failures=[item])
        else:
            result = parse_one(item, settings)
        for failure in result.failures:
            log.warning("%s: %s", failure.stage, failure.error)
        summary.failures.extend(result.failures)
        if result.document is not None:
            summary.documents += 1
        results.append(result)
    summary.counts = write_results(results, out_dir, {"pledgeparse.sources": str(summary.inputs)})
    return summary
