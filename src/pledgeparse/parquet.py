"""Results -> Parquet. The only module that imports pyarrow.

Each table's Arrow schema is derived from its pydantic model
(:data:`pledgeparse.models.OUTPUT_MODELS`), so the JSON Schemas in
``schemas/`` and the Parquet columns cannot drift apart. Tables are written
to a temporary file and renamed into place, so a crash never leaves a
half-written table.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import types
import typing
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from pledgeparse import PIPELINE_VERSION
from pledgeparse.models import OUTPUT_MODELS, SCHEMA_VERSION, ExtractionResult

# Stable row order per table, so that the same input gives the same files.
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["source", "doc_id"],
    "sections": ["doc_id", "seq"],
    "promises": ["doc_id", "seq"],
    "actors": ["doc_id", "promise_seq", "actor"],
    "signatories": ["doc_id", "name"],
    "furniture": ["doc_id", "page", "text"],
    "failures": ["source", "stage"],
}


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


def _rows(results: Iterable[ExtractionResult]) -> dict[str, list[dict[str, object]]]:
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in OUTPUT_MODELS}
    for result in results:
        if result.document is not None:
            rows["documents"].append(result.document.model_dump(mode="python"))
        for name, items in (
            ("sections", result.sections),
            ("promises", result.promises),
            ("actors", result.actors),
            ("signatories", result.signatories),
            ("furniture", result.furniture),
            ("failures", result.failures),
        ):
            rows[name].extend(item.model_dump(mode="python") for item in items)
    return rows


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def to_table(name: str, rows: list[dict[str, object]], extra_metadata: dict[str, str] | None = None) -> pa.Table:
    schema = arrow_schema(OUTPUT_MODELS[name], name)
    if extra_metadata:
        schema = schema.with_metadata({**(schema.metadata or {}), **{k.encode(): v.encode() for k, v in extra_metadata.items()}})
    columns = {field.name: [_plain(r.get(field.name)) for r in rows] for field in schema}
    table = pa.Table.from_pydict(columns, schema=schema)
    keys = [k for k in SORT_KEYS.get(name, []) if k in table.column_names]
    if keys and table.num_rows:
        table = table.sort_by([(k, "ascending") for k in keys])
    return table


def write_table(table: pa.Table, path: Path) -> None:
    """Write atomically: a temporary file in the same folder, then rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def write_results(results: Iterable[ExtractionResult], out_dir: Path, extra_metadata: dict[str, str] | None = None) -> dict[str, int]:
    """Write every table of an output folder; return the row count per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = _rows(results)
    counts: dict[str, int] = {}
    for name in OUTPUT_MODELS:
        table = to_table(name, rows[name], extra_metadata)
        write_table(table, out_dir / f"{name}.parquet")
        counts[name] = table.num_rows
    return counts


def read_table(path: Path) -> list[dict[str, object]]:
    return pq.read_table(path).to_pylist()
