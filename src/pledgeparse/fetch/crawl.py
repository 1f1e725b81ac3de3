"""The crawl: start URLs -> municipality pages -> PDFs, into the cache and manifest.

A breadth-first walk. Requests to different hosts run at the same time (at
most ``fetch_concurrency``, :mod:`.parallel`), each host getting one at a
time with its own delay, so a crawl of a few hundred municipal hosts takes
as long as its busiest host, not the sum of all. Results are taken in
frontier order, so the walk is the same as one request at a time. Each
visited URL gives exactly one :class:`~pledgeparse.models.ManifestEntry`,
appended durably as soon as its visit ends; nothing else is kept in memory
that a restart would need.

Links and redirects never lead inward (:mod:`.addresses`): loopback,
private, link-local and multicast addresses are refused (E310) unless a
start URL named that host or ``fetch_allow_private_hosts`` is set.

Discovery is generic (no site-specific selectors). From an HTML page within
the depth limit the crawler follows:

* links to PDFs (``.pdf`` in the path), on any host;
* links on the same host whose URL or text names a medborgarlöfte, or whose
  path lies under the start URL's path (an index and its sub-pages);
* links on the same host whose text announces a download ("Ladda ner",
  "pdf", "Bilaga"): a PDF behind ``/download?id=7`` is only known as one by
  its bytes.

Every fetched page is accounted for: an HTML page is a document to parse
unless it is an error page (E308) or, by its shape, an index page (links to
pledges and little text of its own,
:func:`~pledgeparse.fetch.pages.index_page_reason`), which is recorded as
``is_document=false`` with its ``reason`` and counted in the summary line.
Whether a pledge is found on a page is for the parser to say: a page
without one becomes a failure row (E201 when it speaks of a medborgarlöfte).
Links in other schemes (``file:``, ``ftp:``,
``data:``) that would have been followed are recorded as refused (E301).

Resuming: ``crawl-state.json`` names the crawl in progress. A crawl started
again with the same start URLs before that one finished continues it: every
URL it already has an entry for is taken from the manifest and the cache
without any request (its links are read again from the cached page), so the
walk, and the dataset, come out as if it had never stopped. A crawl after a
finished one is a new crawl, which asks with If-None-Match /
If-Modified-Since for everything it has a cached copy of.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pledgeparse.errors import (
    FetchError,
    HttpStatusError,
    NotADocumentError,
    SoftNotFoundError,
    UnsupportedSchemeError,
)
from pledgeparse.models import ManifestEntry
from pledgeparse.settings import Settings

from .addresses import AddressPolicy
from .cache import ObjectCache
from .client import FetchResponse, HttpClient
from .manifest import CrawlState, Manifest
from .pages import (
    PageScan,
    index_page_reason,
    is_pdf_link,
    looks_like_error_page,
    scan_page,
    sniff,
    suggests_download,
    suggests_pledge,
)
from .parallel import OrderedVisits
from .robots import RobotsPolicy
from .urls import (
    FETCHABLE_SCHEMES,
    IGNORED_SCHEMES,
    POLICE_INDEX,
    check_scheme,
    host_of,
    normalize,
    path_of,
    read_url_file,
    scheme_of,
)
from .visits import CrawlResult, Target, Visit

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.jsonl"
STATE_NAME = "crawl-state.json"

#: Called after each URL's entry is final (tests use it to interrupt a crawl).
EntryHook = Callable[[ManifestEntry, bool], None]


def start_urls(urls: Iterable[str] | None = None, urls_file: Path | None = None) -> list[str]:
    """Start URLs from arguments and a file, in order, once each; default: the police index."""
    seeds = [*(urls or []), *(read_url_file(urls_file) if urls_file else [])]
    return list(dict.fromkeys(normalize(u) for u in seeds)) or [POLICE_INDEX]


def crawl(
    seeds: Iterable[str],
    settings: Settings | None = None,
    *,
    client: HttpClient | None = None,
    on_entry: EntryHook | None = None,
) -> CrawlResult:
    """Crawl from ``seeds`` into ``settings.cache_dir``; see the module docstring."""
    settings = settings or Settings()
    own_client = client is None
    http = client or HttpClient(settings)
    try:
        return Crawler(settings, http, on_entry).run(list(dict.fromkeys(normalize(s) for s in seeds)))
    finally:
        if own_client:
            http.close()


class Crawler:
    def __init__(self, settings: Settings, client: HttpClient, on_entry: EntryHook | None = None) -> None:
        self.settings = settings
        self.client = client
        self.on_entry = on_entry
        self.cache = ObjectCache(settings.cache_dir)
        self.manifest = Manifest(settings.cache_dir / MANIFEST_NAME)
        self.addresses = AddressPolicy((), allow_private=settings.fetch_allow_private_hosts)
        self.robots = RobotsPolicy(client, guard=self._check_address)
        self.state_path = settings.cache_dir / STATE_NAME
        #: Page scans by (url, sha256), made by the visit, used again for discovery.
        self._scans: dict[tuple[str, str | None], PageScan] = {}

    def _state(self, seeds: list[str]) -> tuple[CrawlState, bool]:
        state = CrawlState.load(self.state_path)
        if self.settings.fetch_resume and state is not None and not state.finished and state.seeds == seeds:
            return state, True
        state = CrawlState.new(seeds)
        state.save(self.state_path)
        return state, False

    def run(self, seeds: list[str]) -> CrawlResult:
        state, resumed = self._state(seeds)
        result = CrawlResult(
            run_id=state.run_id, cache_dir=self.settings.cache_dir, manifest_path=self.manifest.path, resumed=resumed
        )
        this_run, last_good = self._previous(state.run_id)
        self.addresses = AddressPolicy.for_seeds(seeds, allow_private=self.settings.fetch_allow_private_hosts)
        self.client.peer_guard = self.addresses.check_peer
        limit = self.settings.fetch_max_pages
        targets = [Target(url=seed, depth=0, linked_from=None, scope=path_of(seed)) for seed in seeds]
        seen = set(seeds)
        visits: OrderedVisits[Target, Visit] = OrderedVisits(
            lambda target: self._visit_target(target, last_good.get(target.url), state.run_id),
            lambda target: host_of(target.url),
            self.client.throttle,
            self.settings.fetch_concurrency,
            lambda visit: self.manifest.append(visit.entry),
        )

        def offer(seq: int, target: Target) -> None:
            if seq >= limit:
                return
            reused = self._reusable(this_run.get(target.url))
            if reused is not None:
                visits.put(seq, Visit(reused, None, reused=True))
            else:
                visits.add(seq, target)

        try:
            with visits:
                for seq, target in enumerate(targets):
                    offer(seq, target)
                seq = 0
                while seq < len(targets):
                    if seq >= limit:
                        result.truncated = True
                        log.warning("stopped at %d URLs (fetch_max_pages); %d waiting", seq, len(targets) - seq)
                        break
                    for link_target in self._commit(targets[seq], visits.result(seq), result, seen):
                        targets.append(link_target)
                        offer(len(targets) - 1, link_target)
                    seq += 1
        finally:
            self.client.peer_guard = None
        # Reached only when the walk ends (or hits the page limit); an
        # interrupted crawl leaves the state unfinished, to be resumed.
        state.finished = True
        state.save(self.state_path)
        return result

    def _previous(self, run_id: str) -> tuple[dict[str, ManifestEntry], dict[str, ManifestEntry]]:
        """One pass over the manifest: this crawl's entries (to resume) and the
        last good copy of every URL (for conditional requests)."""
        this_run: dict[str, ManifestEntry] = {}
        last_good: dict[str, ManifestEntry] = {}
        for entry in self.manifest.entries():
            if entry.run_id == run_id:
                this_run[entry.url] = entry
            if entry.sha256 and not entry.error:
                last_good[entry.url] = entry
        return this_run, last_good

    def _commit(self, target: Target, visit: Visit, result: CrawlResult, seen: set[str]) -> list[Target]:
        """Take one visit into the result, in frontier order; the new targets its page links."""
        entry = visit.entry
        body = visit.body
        if visit.reused:
            # Only a page's bytes are needed again (for its links).
            body = self.cache.get(entry.sha256) if entry.sha256 and entry.format == "html" else None
            result.reused += 1
        result.entries.append(entry)
        if entry.final_url:
            seen.add(entry.final_url)
        found = []
        if (
            body is not None
            and entry.format == "html"
            and not entry.error
            and target.depth < self.settings.fetch_max_depth
        ):
            for link_target in self._discover(target, entry, self._scan(entry, body)):
                if link_target.url not in seen:
                    seen.add(link_target.url)
                    found.append(link_target)
        self._scans.pop((entry.url, entry.sha256), None)
        if self.on_entry is not None:
            self.on_entry(entry, visit.reused)
        return found

    def _scan(self, entry: ManifestEntry, body: bytes) -> PageScan:
        """Scan a page once: classification (in the visit's thread) and discovery both need it."""
        key = (entry.url, entry.sha256)
        scan = self._scans.get(key)
        if scan is None:
            scan = self._scans[key] = scan_page(body, entry.final_url or entry.url, entry.content_type)
        return scan

    def _reusable(self, entry: ManifestEntry | None) -> ManifestEntry | None:
        """An entry of the crawl being resumed, if its cached body is still there."""
        if entry is None:
            return None
        if entry.sha256 and not self.cache.has(entry.sha256):
            return None
        return entry

    # -- one URL ---------------------------------------------------------------------

    def _check_address(self, url: str) -> None:
        self.addresses.check(url)

    def _guard(self, url: str) -> None:
        """Every hop of a request: not inward, and allowed by robots.txt."""
        self._check_address(url)
        self.robots.check(url)

    def _visit_target(self, target: Target, previous: ManifestEntry | None, run_id: str) -> Visit:
        """One visit, in a worker thread; a page's bytes are kept for its links, a PDF's are not."""
        entry, body = self._visit(target, previous, run_id)
        return Visit(entry, body if entry.format == "html" else None)

    def _visit(self, target: Target, previous: ManifestEntry | None, run_id: str) -> tuple[ManifestEntry, bytes | None]:
        entry = ManifestEntry(
            url=target.url,
            fetched_at=dt.datetime.now(dt.UTC),
            linked_from=target.linked_from,
            depth=target.depth,
            run_id=run_id,
        )
        try:
            check_scheme(target.url)  # before anything else: never open a file: URL
        except UnsupportedSchemeError as error:
            return _failed(entry, error), None
        if previous is not None and not self.cache.has(previous.sha256):
            previous = None  # nothing to revalidate: fetch in full
        response = self.client.get(
            target.url,
            etag=previous.etag if previous else None,
            last_modified=previous.last_modified if previous else None,
            guard=self._guard,
        )
        entry.final_url = response.final_url
        entry.status = response.status
        entry.content_type = response.content_type
        entry.attempts = response.attempts
        if response.error is not None:
            return _failed(entry, response.error), None
        if response.status == 304 and previous is not None:
            return self._not_modified(target, entry, response, previous)
        if response.status is None or not 200 <= response.status < 300:
            return _failed(entry, _status_error(target.url, response)), None
        body = response.body or b""
        entry.sha256 = self.cache.put(body)
        entry.size = len(body)
        entry.format = sniff(body, response.content_type)
        try:
            self._classify(target, entry, body)
        except FetchError as error:
            return _failed(entry, error), body
        entry.etag, entry.last_modified = response.etag, response.last_modified
        return entry, body

    def _not_modified(
        self, target: Target, entry: ManifestEntry, response: FetchResponse, previous: ManifestEntry
    ) -> tuple[ManifestEntry, bytes | None]:
        entry.not_modified = True
        entry.sha256, entry.size = previous.sha256, previous.size
        entry.format, entry.is_document, entry.reason = previous.format, previous.is_document, previous.reason
        entry.content_type = previous.content_type
        entry.etag = response.etag or previous.etag
        entry.last_modified = response.last_modified or previous.last_modified
        body = self.cache.get(previous.sha256) if previous.sha256 else None
        if body is not None:
            try:
                self._classify(target, entry, body)  # by this version's rules, from the same bytes
            except FetchError as error:
                return _failed(entry, error), body
        return entry, body

    def _classify(self, target: Target, entry: ManifestEntry, body: bytes) -> None:
        """Every fetched body ends as a document to parse (a PDF, an HTML page
        that is not an index page) or with the reason why not; raise for error pages.

        An index page is known by its shape (:func:`~.pages.index_page_reason`),
        never by whether a pledge was found on it.
        """
        entry.is_document, entry.reason = True, None
        if entry.format == "pdf":
            return
        if entry.format == "html":
            scan = self._scan(entry, body)
            if looks_like_error_page(scan):
                raise SoftNotFoundError(
                    f"{target.url}: an error page served with HTTP {entry.status} ({scan.title or scan.prose[:60]!r})"
                )
            entry.reason = index_page_reason(scan, entry.final_url or entry.url)
            entry.is_document = entry.reason is None
            return
        if target.expect_pdf:
            raise NotADocumentError(
                f"{target.url}: linked as a PDF, got {entry.content_type or 'no type'} ({entry.format})"
            )
        entry.is_document = False
        entry.reason = f"neither a PDF nor an HTML page ({entry.content_type or 'no type'})"

    # -- links -----------------------------------------------------------------------

    def _discover(self, target: Target, entry: ManifestEntry, scan: PageScan) -> Iterator[Target]:
        page_url = entry.final_url or entry.url
        page_host = host_of(page_url)
        for link in scan.links:
            scheme = scheme_of(link.url)
            if scheme in IGNORED_SCHEMES or link.url == page_url:
                continue
            pdf = is_pdf_link(link.url)
            fetchable = scheme in FETCHABLE_SCHEMES
            same_host = fetchable and host_of(link.url) == page_host
            wanted = (
                pdf
                or suggests_pledge(link)
                or suggests_download(link)
                or (same_host and _in_scope(link.url, target.scope))
            )
            if not wanted:
                continue
            if fetchable and not pdf and not same_host:
                log.debug("not following %s: another host's page", link.url)
                continue
            # Links in other schemes are kept: the visit refuses them on record.
            yield Target(url=link.url, depth=target.depth + 1, linked_from=page_url, scope=target.scope, expect_pdf=pdf)


def _in_scope(url: str, scope: str) -> bool:
    """Under the start URL's path (not the whole site when that path is ``/``)."""
    if scope in ("", "/"):
        return False
    return path_of(url).startswith(scope)


def _failed(entry: ManifestEntry, error: FetchError) -> ManifestEntry:
    entry.error, entry.error_code = str(error), error.code
    entry.is_document = False
    entry.etag = entry.last_modified = None  # never revalidate a failure: fetch it in full next time
    return entry


def _status_error(url: str, response: FetchResponse) -> HttpStatusError:
    detail = f"HTTP {response.status}"
    if response.attempts > 1:
        detail += f" after {response.attempts} attempts"
    retry_after = response.headers.get("retry-after")
    if retry_after:
        detail += f" (Retry-After: {retry_after})"
    return HttpStatusError(f"{url}: {detail}")
