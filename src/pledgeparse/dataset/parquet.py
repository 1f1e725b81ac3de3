"""Results -> Parquet: write and read the output tables.

Each table's Arrow schema is derived from its pydantic model
(:mod:`pledgeparse.dataset.tableschema`, re-exported here as :func:`arrow_schema`).
Writing (streamed, crash-safe) is :mod:`pledgeparse.dataset.store`; rows come in
input order, each document's rows in ``seq`` order. The dependency is one
way: this module uses the store, the store never imports this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyarrow.parquet as pq

from pledgeparse.dataset.store import write_all
from pledgeparse.dataset.tableschema import arrow_schema
from pledgeparse.models import ExtractionResult

__all__ = ["arrow_schema", "read_table", "write_results"]


def write_results(
    results: Iterable[ExtractionResult], out_dir: Path, extra_metadata: dict[str, str] | None = None
) -> dict[str, int]:
    """Write every table of an output folder; return the row count per table.

    Streams and swaps the folder in atomically (see :mod:`pledgeparse.dataset.store`).
    """
    return write_all(results, out_dir, extra_metadata)


def read_table(path: Path) -> list[dict[str, object]]:
    return pq.read_table(path).to_pylist()
