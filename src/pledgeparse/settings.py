"""One settings object, passed down. Deep code never reads the environment.

Defaults live in code; :meth:`Settings.from_env` applies ``PLEDGEPARSE_*``
environment variables, and the CLI applies its flags on top.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel


class Settings(BaseModel):
    #: Inputs larger than this are refused with a failures row (bytes).
    max_file_bytes: int = 50 * 1024 * 1024
    #: PDFs with more pages than this are refused (pledges are a few pages;
    #: council minutes a few dozen).
    max_pdf_pages: int = 300
    #: Run OCR on PDF pages that have no text layer.
    ocr: bool = True
    ocr_language: str = "swe"
    ocr_dpi: int = 300
    #: Folder of the built spaCy pipeline; None = the package's default location.
    model_dir: Path | None = None

    # --- fetching (pledgeparse fetch / run) ---------------------------------
    #: Folder of the download cache: objects/ab/cdef... by sha256, manifest.jsonl.
    cache_dir: Path = Path("cache")
    #: E-mail (or URL) put in the User-Agent so site owners can reach us.
    fetch_contact: str | None = None
    #: Replaces the whole User-Agent (default: pledgeparse/VERSION with the contact).
    fetch_user_agent: str | None = None
    #: Seconds between two requests to the same host (robots.txt Crawl-delay wins if longer).
    fetch_delay: float = 1.0
    fetch_connect_timeout: float = 10.0
    #: Seconds to wait for each read from the socket.
    fetch_read_timeout: float = 30.0
    #: Seconds a whole download (all of its chunks) may take.
    fetch_total_timeout: float = 300.0
    #: Attempts per request on 429, 5xx, timeouts and broken connections (1 = no retry).
    fetch_attempts: int = 4
    #: First backoff wait in seconds; doubles per attempt up to fetch_backoff_max.
    fetch_backoff: float = 2.0
    fetch_backoff_max: float = 60.0
    #: A Retry-After longer than this (seconds) is not waited for: the URL is recorded as failed.
    fetch_max_retry_after: float = 300.0
    fetch_max_redirects: int = 5
    #: Downloads larger than this are aborted while streaming (bytes).
    fetch_max_bytes: int = 50 * 1024 * 1024
    #: Link hops from a start URL (index -> municipality page -> PDF is 2).
    fetch_max_depth: int = 3
    #: URLs visited per crawl at most.
    fetch_max_pages: int = 5000
    #: Continue an interrupted crawl (reuse what it already fetched) instead of starting anew.
    fetch_resume: bool = True
    #: Requests in flight at once, to different hosts (each host gets one at a time).
    fetch_concurrency: int = 8
    #: Follow links and redirects to loopback, private, link-local and multicast
    #: addresses too (by default only hosts named in a start URL may be such).
    fetch_allow_private_hosts: bool = False

    @classmethod
    def from_env(cls) -> Settings:
        values: dict[str, object] = {}
        for name in cls.model_fields:
            raw = os.environ.get(f"PLEDGEPARSE_{name.upper()}")
            if raw is not None:
                values[name] = raw
        return cls.model_validate(values)
