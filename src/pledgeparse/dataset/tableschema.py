"""The Arrow schema of each output table, derived from its pydantic model.

Derived from :data:`pledgeparse.models.OUTPUT_MODELS`, so the JSON Schemas in
``schemas/`` and the Parquet columns cannot drift apart. Both the writer
(:mod:`pledgeparse.dataset.store`) and the Parquet entry points
(:mod:`pledgeparse.dataset.parquet`) take the schemas from here.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing

import pyarrow as pa
from pydantic import BaseModel

from pledgeparse import PIPELINE_VERSION
from pledgeparse.models import SCHEMA_VERSION


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
