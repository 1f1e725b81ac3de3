"""Crash-safe, streaming writes of an output folder.

An output folder is replaced as a whole, never edited in place:

1. every table is streamed, a row group at a time, into a staging folder
   beside the output folder (``.NAME.staging-PID``), then flushed to disk;
2. the documents table is completed with ``duplicate_sources``, ``work_id``
   and ``is_primary`` (:mod:`pledgeparse.dataset.works`: grouping needs the whole
   batch, reused rows included);
3. the state file ``_pledgeparse.json`` (which inputs went in, with their
   content hashes, for incremental runs) is written last into the staging
   folder;
4. the old folder is renamed to ``.NAME.old``, the staging folder to
   ``NAME``, and the old one deleted.

A crash, Ctrl-C or ``kill -9`` at any point leaves either the old complete
dataset or the new complete one: the only window, between the two renames,
is repaired by :func:`recover` at the start of the next run (and stale
staging folders are removed). Readers never see a half-written table.
Everything in the output folder belongs to pledgeparse; a folder that holds
other files is refused rather than replaced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
import os
import shutil
import typing
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from pledgeparse import PIPELINE_VERSION
from pledgeparse.dataset.reading import read_parquet
from pledgeparse.dataset.tableschema import arrow_schema
from pledgeparse.errors import PledgeparseError
from pledgeparse.fsutil import fsync_path, pid_alive, write_durably
from pledgeparse.models import OUTPUT_MODELS, SCHEMA_VERSION, ExtractionResult, Failure
from pledgeparse.stopping import Interrupted, deferred

STATE_FILE = "_pledgeparse.json"
# Files pledgeparse writes into an output folder (besides the tables).
OWN_FILES = {STATE_FILE, "datapackage.json", "README.md", "report.html"}
ROW_GROUP_DOCS = 64  # flush a row group after this many documents


class OutputFolderError(PledgeparseError):
    """The output folder cannot be (re)written safely."""

    code = "E500"
    stage = "write"


def _staging_for(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.staging-{os.getpid()}"


def _old_for(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.old"


def recover(out_dir: Path) -> None:
    """Repair what an interrupted run may have left beside ``out_dir``."""
    old = _old_for(out_dir)
    if old.exists():
        if out_dir.exists():
            shutil.rmtree(old, ignore_errors=True)  # the swap finished; only the cleanup did not
        else:
            os.rename(old, out_dir)  # interrupted between the two renames: the old dataset is back
    for stale in out_dir.parent.glob(f".{out_dir.name}.staging-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and pid_alive(int(pid)) and int(pid) != os.getpid():
            continue  # another run is writing right now
        shutil.rmtree(stale, ignore_errors=True)


def _check_owned(out_dir: Path) -> None:
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise OutputFolderError(f"{out_dir} exists and is not a folder")
    tables = {f"{name}.parquet" for name in OUTPUT_MODELS}
    foreign = [p.name for p in out_dir.iterdir() if p.name not in tables | OWN_FILES]
    if foreign:
        raise OutputFolderError(
            f"{out_dir} holds files pledgeparse did not write ({', '.join(sorted(foreign)[:5])}); "
            "choose an empty or new output folder"
        )


def read_state(out_dir: Path) -> dict[str, Any]:
    path = out_dir / STATE_FILE
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return state if isinstance(state, dict) else {}


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _may_need_plain(annotation: object) -> bool:
    """Can a value of this field be an Enum or a tuple (which Arrow wants as its value or a list)?"""
    if isinstance(annotation, type):
        return issubclass(annotation, (Enum, tuple))
    return typing.get_origin(annotation) is tuple or any(_may_need_plain(a) for a in typing.get_args(annotation))


Row = tuple[object, ...]


class _RowMaker:
    """A record -> its row: the field values in schema order, as
    ``model_dump(mode="python")`` followed by :func:`_plain` gives them (the
    output models are flat), without building a dict per record."""

    def __init__(self, model: type[BaseModel]) -> None:
        fields = list(model.model_fields.items())
        self.names = [name for name, _ in fields]
        self._get = operator.attrgetter(*self.names)
        self._plain = [i for i, (_, info) in enumerate(fields) if _may_need_plain(info.annotation)]

    def __call__(self, record: BaseModel) -> Row:
        row = self._get(record)
        if not self._plain:
            return row  # type: ignore[no-any-return]
        values = list(row)
        for i in self._plain:
            values[i] = _plain(values[i])
        return tuple(values)


ROW_MAKERS = {name: _RowMaker(model) for name, model in OUTPUT_MODELS.items()}
_TABLES_OF_RESULT = ("sections", "promises", "actors", "signatories", "furniture", "failures")


class PackedResult(NamedTuple):
    """One document's rows as plain tuples, table by table: what the writer
    needs of an :class:`ExtractionResult`, cheap to send from a worker
    process (no pydantic objects to pickle and rebuild) and to write."""

    rows: dict[str, list[Row]]
    doc_id: str | None
    failures: list[Failure]


def pack(result: ExtractionResult) -> PackedResult:
    rows = {name: [ROW_MAKERS[name](item) for item in getattr(result, name)] for name in _TABLES_OF_RESULT}
    rows["documents"] = [ROW_MAKERS["documents"](result.document)] if result.document is not None else []
    return PackedResult(rows, result.document.doc_id if result.document is not None else None, list(result.failures))


class DatasetWriter:
    """Streams results into a new output folder and swaps it in on commit."""

    def __init__(self, out_dir: Path, extra_metadata: dict[str, str] | None = None) -> None:
        self.out_dir = out_dir
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        recover(out_dir)
        _check_owned(out_dir)
        self.staging = _staging_for(out_dir)
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir(parents=True)
        self.created_at = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        metadata = {"pledgeparse.created_at": self.created_at, **(extra_metadata or {})}
        self.schemas: dict[str, pa.Schema] = {}
        for name, model in OUTPUT_MODELS.items():
            schema = arrow_schema(model, name)
            self.schemas[name] = schema.with_metadata(
                {**(schema.metadata or {}), **{k.encode(): v.encode() for k, v in metadata.items()}}
            )
        self.writers = {
            name: pq.ParquetWriter(self.staging / f"{name}.parquet", schema, compression="zstd")
            for name, schema in self.schemas.items()
        }
        self.buffers: dict[str, list[Row]] = {name: [] for name in OUTPUT_MODELS}
        self.counts = dict.fromkeys(OUTPUT_MODELS, 0)
        self.sources: dict[str, dict[str, object]] = {}
        self._docs_in_buffer = 0
        self._closed = False
        self.duplicates: dict[str, list[str]] = {}  # doc_id -> other sources with the same bytes
        self.failed: dict[str, list[Failure]] = {}  # source -> failures of an input that gave no document
        self.works = 0

    def add(
        self, result: ExtractionResult | PackedResult, source: str | None = None, sha256: str | None = None
    ) -> None:
        """Add one document's records (and its failures)."""
        packed = result if isinstance(result, PackedResult) else pack(result)
        for name, rows in packed.rows.items():
            self.buffers[name].extend(rows)
        if source is not None:
            self.sources[source] = {
                "sha256": sha256,
                "doc_id": packed.doc_id,
                "ok": packed.doc_id is not None and not packed.failures,
            }
            if packed.doc_id is None:
                self.failed[source] = packed.failures
        self._docs_in_buffer += 1
        if self._docs_in_buffer >= ROW_GROUP_DOCS:
            self.flush()

    def add_duplicate(self, source: str, sha256: str, first_source: str) -> None:
        """``source`` has the same bytes as ``first_source``: one document, one more name."""
        doc_id = sha256[:16]
        self.duplicates.setdefault(doc_id, []).append(source)
        ok = bool(self.sources.get(first_source, {}).get("ok"))
        for failure in self.failed.get(first_source, []):
            # No document to carry the name: the copy fails as its original did, on its own row.
            copy = failure.model_copy(
                update={"source": source, "error": f"{failure.error} (same bytes as {first_source})"}
            )
            self.buffers["failures"].append(ROW_MAKERS["failures"](copy))
        self.sources[source] = {"sha256": sha256, "doc_id": doc_id, "ok": ok, "duplicate_of": first_source}

    def add_tables(self, tables: dict[str, pa.Table], source: str, entry: dict[str, object]) -> None:
        """Carry one unchanged document's rows over from the previous dataset."""
        self.flush()
        for name, table in tables.items():
            if name == "documents" and table.num_rows:  # this run's duplicates are added again
                index = table.schema.get_field_index("duplicate_sources")
                empty = pa.array([[] for _ in range(table.num_rows)], type=table.schema.field(index).type)
                table = table.set_column(index, table.schema.field(index), empty)
            if table.num_rows:
                self.writers[name].write_table(table.cast(self.schemas[name]))
                self.counts[name] += table.num_rows
        self.sources[source] = dict(entry)

    def flush(self) -> None:
        for name, rows in self.buffers.items():
            if not rows:
                continue
            schema = self.schemas[name]
            columns = dict(zip(ROW_MAKERS[name].names, map(list, zip(*rows, strict=True)), strict=True))
            self.writers[name].write_table(pa.Table.from_pydict(columns, schema=schema))
            self.counts[name] += len(rows)
            rows.clear()
        self._docs_in_buffer = 0

    def commit(self, extra_state: dict[str, object] | None = None) -> dict[str, int]:
        """Close the tables, write the state file, swap the folder in."""
        self.flush()
        for writer in self.writers.values():
            writer.close()
        self._closed = True
        from pledgeparse.dataset.works import assign_works

        self.works = assign_works(self.staging, self.duplicates)  # needs the whole batch
        state = {
            "pipeline_version": PIPELINE_VERSION,
            "schema_version": SCHEMA_VERSION,
            "created_at": self.created_at,
            "sources": self.sources,
            **(extra_state or {}),
        }
        write_durably(self.staging / STATE_FILE, json.dumps(state, ensure_ascii=False, indent=1).encode("utf-8"))
        self._after_tables()
        for path in self.staging.iterdir():
            fsync_path(path)
        fsync_path(self.staging)
        try:
            with deferred():  # a Ctrl-C here waits: the swap is done or not started
                self._swap()
        except Interrupted as stop:
            stop.detail = f"interrupted once the new dataset was complete: {self.out_dir} holds it"
            raise
        return dict(self.counts)

    def _swap(self) -> None:
        old = _old_for(self.out_dir)
        if self.out_dir.exists():
            os.rename(self.out_dir, old)
        os.rename(self.staging, self.out_dir)
        fsync_path(self.out_dir.parent)
        shutil.rmtree(old, ignore_errors=True)

    def _after_tables(self) -> None:
        """The folder describes itself: datapackage.json and the dataset card."""
        from pledgeparse.dataset.card import write_dataset_files

        write_dataset_files(self.staging, dict(self.counts), self.created_at)

    def abort(self) -> None:
        if not self._closed:
            for writer in self.writers.values():
                with contextlib.suppress(Exception):  # best effort while failing anyway
                    writer.close()
        shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.abort()


class PreviousDataset:
    """The previous run's tables, indexed by document, for incremental runs."""

    def __init__(self, out_dir: Path) -> None:
        self.state = read_state(out_dir)
        self.valid = (
            self.state.get("pipeline_version") == PIPELINE_VERSION
            and self.state.get("schema_version") == SCHEMA_VERSION
            and bool(self.state.get("sources"))
        )
        self.tables: dict[str, pa.Table] = {}
        self.rows_by_doc: dict[str, dict[str, list[int]]] = {}
        self.failures_by_source: dict[str, list[int]] = {}
        if not self.valid:
            return
        try:
            for name in OUTPUT_MODELS:
                self.tables[name] = read_parquet(out_dir / f"{name}.parquet", memory_map=True)
        except (OSError, pa.ArrowInvalid):
            self.valid = False
            return
        for name, table in self.tables.items():
            if name == "failures":
                for index, source in enumerate(table.column("source").to_pylist()):
                    self.failures_by_source.setdefault(source, []).append(index)
                continue
            index_map = self.rows_by_doc.setdefault(name, {})
            for index, doc_id in enumerate(table.column("doc_id").to_pylist()):
                index_map.setdefault(doc_id, []).append(index)

    def unchanged(self, source: str, sha256: str) -> dict[str, object] | None:
        """The previous state entry when ``source`` was parsed from the same bytes."""
        if not self.valid:
            return None
        entry = self.state["sources"].get(source)
        if not isinstance(entry, dict) or entry.get("sha256") != sha256 or not entry.get("doc_id"):
            return None
        if entry.get("duplicate_of"):
            return None  # its rows were filed under another name: parse it as itself
        return entry

    def failures_for(self, source: str) -> list[dict[str, Any]]:
        indices = self.failures_by_source.get(source, [])
        if not indices:
            return []
        return self.tables["failures"].take(pa.array(indices, type=pa.int64())).to_pylist()

    def rows_for(self, source: str, doc_id: str) -> dict[str, pa.Table]:
        out: dict[str, pa.Table] = {}
        for name, table in self.tables.items():
            if name == "failures":
                indices = self.failures_by_source.get(source, [])
            else:
                indices = self.rows_by_doc.get(name, {}).get(doc_id, [])
            out[name] = table.take(pa.array(indices, type=pa.int64())) if indices else table.slice(0, 0)
        return out


def write_all(
    results: Iterable[ExtractionResult], out_dir: Path, extra_metadata: dict[str, str] | None = None
) -> dict[str, int]:
    """Write a whole dataset from results (no incremental state)."""
    with DatasetWriter(out_dir, extra_metadata) as writer:
        for result in results:
            writer.add(result)
        return writer.commit()
