"""Fetching: start URLs -> a content-addressed cache and a manifest; nothing is parsed here.

* :mod:`.urls` which URLs may be fetched (http and https only) and one spelling per URL
* :mod:`.client` one polite, bounded, retried HTTP GET (httpx + tenacity)
* :mod:`.robots` robots.txt per origin
* :mod:`.cache` ``objects/ab/cdef...`` by sha256, written atomically
* :mod:`.manifest` the append-only JSON-lines manifest and the crawl state
* :mod:`.pages` sniffing, links, "is this page a pledge / an error page"
* :mod:`.crawl` the breadth-first crawl, resumable
* :mod:`.runner` crawl + parse into the Parquet dataset (``pledgeparse run``)
"""

from __future__ import annotations

from .cache import ObjectCache
from .client import HttpClient, build_user_agent
from .crawl import crawl, start_urls
from .manifest import CrawlState, Manifest
from .runner import RunSummary, parse_fetched, run
from .urls import POLICE_INDEX
from .visits import CrawlResult

__all__ = [
    "POLICE_INDEX",
    "CrawlResult",
    "CrawlState",
    "HttpClient",
    "Manifest",
    "ObjectCache",
    "RunSummary",
    "build_user_agent",
    "crawl",
    "parse_fetched",
    "run",
    "start_urls",
]
