"""The fetch manifest (``manifest.jsonl``) and the crawl state file.

Why JSON lines and not Parquet: the manifest must survive a crash at any
moment. A Parquet file cannot be appended to; it would have to be rewritten
after every download (slow, and a crash mid-rewrite needs the same
temp-and-rename care) or split into many small files. A JSON-lines file is
appended one whole line per request with a single ``write`` and an
``fsync``, so a crash loses at most the line being written; the reader skips
a truncated or garbled line, and the writer starts a fresh line after one.
It is also readable with ``grep``, ``jq``, pandas, polars and DuckDB
(``read_json('cache/manifest.jsonl')``).

The manifest is append-only: re-fetching a URL adds a line, and the last
line per URL is its current state. Lines carry the ``run_id`` of the crawl
that wrote them; ``crawl-state.json`` names the crawl in progress, which is
what lets an interrupted crawl resume. Ctrl-C and SIGTERM wait for the
line being appended (and for the state file's rename): the manifest never
holds half a line of an interrupted run.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ValidationError

from pledgeparse.models import ManifestEntry
from pledgeparse.stopping import deferred

log = logging.getLogger(__name__)


class Manifest:
    """Append-only, crash-tolerant JSON-lines log of :class:`ManifestEntry`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.skipped_lines = 0

    def entries(self) -> Iterator[ManifestEntry]:
        """Every readable line in order; a truncated or corrupt line is skipped."""
        if not self.path.exists():
            return
        with self.path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    yield ManifestEntry.model_validate_json(raw)
                except (ValidationError, ValueError):
                    self.skipped_lines += 1
                    log.warning("%s:%d: unreadable manifest line skipped (interrupted write?)", self.path, number)

    def latest(self) -> dict[str, ManifestEntry]:
        """The last entry per URL."""
        return {entry.url: entry for entry in self.entries()}

    def append(self, entry: ManifestEntry) -> None:
        """Append one line durably: one write, flush, fsync."""
        line = entry.model_dump_json().encode("utf-8") + b"\n"
        with deferred(), self.path.open("ab") as handle:  # a Ctrl-C never cuts a line
            if handle.tell() > 0 and not _ends_with_newline(self.path):
                # The last line was cut off by a crash: start a fresh one so
                # this entry stays readable (the cut one is skipped on read).
                line = b"\n" + line
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


class CrawlState(BaseModel):
    """The crawl in progress (``crawl-state.json``): its id and start URLs."""

    run_id: str
    seeds: list[str]
    started_at: dt.datetime
    finished: bool = False

    @staticmethod
    def new(seeds: list[str]) -> CrawlState:
        now = dt.datetime.now(dt.UTC)
        return CrawlState(run_id=f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}", seeds=seeds, started_at=now)

    @staticmethod
    def load(path: Path) -> CrawlState | None:
        try:
            return CrawlState.model_validate_json(path.read_bytes())
        except (OSError, ValidationError, ValueError):
            return None

    def save(self, path: Path) -> None:
        """Atomically: temporary file, fsync, rename."""
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with deferred():  # a Ctrl-C never leaves the temporary file behind
            with tmp.open("wb") as handle:
                handle.write(json.dumps(self.model_dump(mode="json"), indent=1).encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
