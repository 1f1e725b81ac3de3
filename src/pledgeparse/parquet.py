"""Results -> Parquet: the Arrow schemas of the output tables.

Each table's Arrow schema is derived from its pydantic model
(:data:`pledgeparse.models.OUTPUT_MODELS`), so the JSON Schemas in
``schemas/`` and the Parquet columns cannot drift apart. Writing (streamed,
crash-safe) is :mod:`pledgeparse.store`; rows come in input order, each
document's rows in ``seq`` order.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from pledgeparse import PIPELINE_VERSION
from pledgeparse.models import SCHEMA_VERSION, ExtractionResult


def _arrow_type(annotation: object) -> pa.DataType:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _arrow_type(args[0])
    if origin is list:
        return pa.list_(_arrow_type(args[0]))
    if origin is tuple:
        return pa.list_(_arrow_type(args[0]))
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum) or annotation is str:
            return pa.string()
        if annotation is bool:
            return pa.bool_()
        if annotation is int:
            return pa.int64()
        if annotation is float:
            return pa.float64()
        if annotation is dt.date:
            return pa.date32()
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(model: type[BaseModel], table: str) -> pa.Schema:
    fields = []
    for name, info in model.model_fields.items():
        nullable = type(None) in typing.get_args(info.annotation)
        metadata = {"description": info.description} if info.description else None
        fields.append(pa.field(name, _arrow_type(info.annotation), nullable=nullable, metadata=metadata))
    return pa.schema(
        fields,
        metadata={
            "pledgeparse.table": table,
            "pledgeparse.schema_version": SCHEMA_VERSION,
            "pledgeparse.pipeline_version": PIPELINE_VERSION,
        },
    )


def write_results(
    results: Iterable[ExtractionResult], out_dir: Path, extra_metadata: dict[str, str] | None = None
) -> dict[str, int]:
    """Write every table of an output folder; return the row count per table.

    Streams and swaps the folder in atomically (see :mod:`pledgeparse.store`).
    """
    from pledgeparse.store import write_all

    return write_all(results, out_dir, extra_metadata)


def read_table(path: Path) -> list[dict[str, object]]:
    return pq.read_table(path).to_pylist()
