"""What a crawl walks and what it gives back: a URL waiting in the frontier
(:class:`Target`), what one URL gave (:class:`Visit`), and the crawl's result
with its counts (:class:`CrawlResult`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pledgeparse.models import ManifestEntry


@dataclass
class Target:
    """A URL waiting in the frontier, with how the crawl got there."""

    url: str
    depth: int
    linked_from: str | None
    #: Path of the start URL this target descends from ("under the index").
    scope: str
    #: Linked as a PDF: anything else there is an error, not a page.
    expect_pdf: bool = False


@dataclass
class Visit:
    """What one URL gave: its entry, a page's bytes (for its links), and
    whether it was taken over from the interrupted crawl being resumed."""

    entry: ManifestEntry
    body: bytes | None
    reused: bool = False


@dataclass
class CrawlResult:
    run_id: str
    cache_dir: Path
    manifest_path: Path
    #: This crawl's entry per URL, in crawl order (new and resumed ones).
    entries: list[ManifestEntry] = field(default_factory=list)
    resumed: bool = False
    #: Entries taken over from the interrupted crawl this one resumed.
    reused: int = 0
    #: Stopped at ``fetch_max_pages`` with URLs still waiting.
    truncated: bool = False

    @property
    def downloaded(self) -> int:
        return sum(1 for e in self.entries if e.sha256 and not e.not_modified)

    @property
    def not_modified(self) -> int:
        return sum(1 for e in self.entries if e.not_modified)

    @property
    def documents(self) -> list[ManifestEntry]:
        return [e for e in self.entries if e.is_document and e.sha256 and not e.error]

    @property
    def index_pages(self) -> list[ManifestEntry]:
        """Fetched, not documents, on record with the reason (pages whose links were followed)."""
        return [e for e in self.entries if e.reason and not e.is_document and not e.error]

    @property
    def errors(self) -> list[ManifestEntry]:
        return [e for e in self.entries if e.error]

    def describe(self) -> str:
        parts = [
            f"{len(self.entries)} URLs",
            f"{len(self.documents)} documents",
            f"{len(self.index_pages)} index pages",
            f"{self.downloaded} downloaded",
            f"{self.not_modified} not modified",
            f"{len(self.errors)} errors",
        ]
        if self.resumed:
            parts.append(f"resumed run {self.run_id} ({self.reused} taken over)")
        if self.truncated:
            parts.append("stopped at the page limit")
        return ", ".join(parts)
