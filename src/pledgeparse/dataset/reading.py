"""Reading back an output table, whole or some of its columns.

``pyarrow.parquet.read_table`` goes through pyarrow's dataset layer, whose
first use in a process imports ``pyarrow.dataset`` and ``pyarrow.compute``
(about 0.1 s, more than writing a few hundred documents' rows). One file
needs none of it: :class:`pyarrow.parquet.ParquetFile` reads the same table,
schema and metadata included.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def read_parquet(path: Path, columns: list[str] | None = None, *, memory_map: bool = False) -> pa.Table:
    """The table in ``path`` (only ``columns`` when given), as ``pq.read_table`` reads it."""
    return pq.ParquetFile(path, memory_map=memory_map).read(columns=columns)
