"""``pledgeparse run``: crawl, then parse every fetched document into the dataset.

Parsing reads the bytes from the cache, never the network, through the same
pure :func:`pledgeparse.pipeline.extract` as ``pledgeparse parse``. Each
document row gets ``source`` = the URL as linked, ``source_url`` = the URL
after redirects and ``linked_from`` = the page that linked it. Every fetch
error of the crawl becomes a ``failures`` row (stage ``fetch``); identical
bytes found at several URLs are parsed once (the first URL in crawl order),
so a ``doc_id`` is never duplicated; the other URLs are its row's
``duplicate_sources`` and the manifest keeps every URL.

Ctrl-C or SIGTERM during the crawl leaves the manifest and the cache
consistent and the crawl unfinished, so the same command resumes it; during
the parse, the previous dataset stays as it was (:mod:`pledgeparse.dataset.store`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pledgeparse.batch import BatchSummary
from pledgeparse.dataset.parquet import write_results
from pledgeparse.models import DocumentRecord, ExtractionResult, Failure
from pledgeparse.pipeline import extract
from pledgeparse.settings import Settings
from pledgeparse.stopping import Interrupted, dataset_kept

from .cache import ObjectCache
from .client import HttpClient
from .crawl import MANIFEST_NAME, STATE_NAME, EntryHook, crawl
from .manifest import CrawlState, Manifest
from .visits import CrawlResult

log = logging.getLogger(__name__)


@dataclass
class RunSummary:
    crawl: CrawlResult
    batch: BatchSummary


def parse_fetched(crawl_result: CrawlResult, settings: Settings) -> list[ExtractionResult]:
    """One result per fetched document and per fetch error, in crawl order."""
    cache = ObjectCache(crawl_result.cache_dir)
    results: list[ExtractionResult] = []
    parsed: dict[str, str] = {}
    documents: dict[str, DocumentRecord] = {}  # sha256 -> its row, to keep the other URLs of the same bytes
    for entry in crawl_result.entries:
        if entry.error:
            failure = Failure(source=entry.url, stage="fetch", error=entry.error, code=entry.error_code or "E300")
            results.append(ExtractionResult(failures=[failure]))
            continue
        if not entry.is_document or not entry.sha256:
            continue
        if entry.sha256 in parsed:
            log.info("%s: same bytes as %s, parsed once", entry.url, parsed[entry.sha256])
            if entry.sha256 in documents:
                documents[entry.sha256].duplicate_sources.append(entry.url)
            continue
        parsed[entry.sha256] = entry.url
        try:
            data = cache.get(entry.sha256)
        except OSError as error:
            failure = Failure(
                source=entry.url,
                stage="read",
                error=f"[E108] cached copy of {entry.url} unreadable: {error}",
                code="E108",
            )
            results.append(ExtractionResult(failures=[failure]))
            continue
        result = extract(data, entry.url, settings)
        if result.document is not None:
            result.document.source_url = entry.final_url or entry.url
            result.document.linked_from = entry.linked_from
            documents[entry.sha256] = result.document
        results.append(result)
    return results


def run(
    seeds: Iterable[str],
    out_dir: Path,
    settings: Settings | None = None,
    *,
    client: HttpClient | None = None,
    on_entry: EntryHook | None = None,
) -> RunSummary:
    """Crawl from ``seeds`` into the cache, then write the Parquet tables to ``out_dir``."""
    settings = settings or Settings()
    try:
        crawl_result = crawl(seeds, settings, client=client, on_entry=on_entry)
    except Interrupted as stop:
        stop.detail = stop.detail or f"{interrupted_crawl(settings.cache_dir)}; {dataset_kept(out_dir)}"
        raise
    try:
        return RunSummary(crawl=crawl_result, batch=_parse_and_write(crawl_result, out_dir, settings))
    except Interrupted as stop:
        stop.detail = stop.detail or (
            f"interrupted while parsing the {len(crawl_result.documents)} fetched documents "
            f"(the crawl is complete); {dataset_kept(out_dir)}"
        )
        raise


def _parse_and_write(crawl_result: CrawlResult, out_dir: Path, settings: Settings) -> BatchSummary:
    results = parse_fetched(crawl_result, settings)
    summary = BatchSummary(inputs=len(crawl_result.documents))
    for result in results:
        for failure in result.failures:
            log.warning("%s: %s", failure.stage, failure.error)
        summary.failures.extend(result.failures)
        summary.documents += result.document is not None
    summary.counts = write_results(
        results,
        out_dir,
        {"pledgeparse.sources": str(summary.inputs), "pledgeparse.fetch_run_id": crawl_result.run_id},
    )
    return summary


def interrupted_crawl(cache_dir: Path) -> str:
    """What an interrupted crawl left: how far it got, and that it resumes."""
    state = CrawlState.load(cache_dir / STATE_NAME)
    manifest = Manifest(cache_dir / MANIFEST_NAME)
    done = sum(1 for entry in manifest.entries() if state is not None and entry.run_id == state.run_id)
    return (
        f"interrupted during the crawl after {done} URLs; the manifest ({manifest.path}) and the cache "
        "are consistent, and the same command resumes the crawl"
    )
