"""Crawling in parallel across hosts, politely per host.

Eight fake sites on 127.0.0.2 ... 127.0.0.9, each its own host to the
crawler with its own delay, each answering every request after 0.2 s (a
server's think time, which is what parallel requests overlap). The same
crawl with ``--concurrency 8`` and ``--concurrency 1`` must give the same
entries in the same order; the parallel one at least 4x faster (8x is the
ideal; the margin absorbs a busy machine), and no host may ever see two
requests closer together than its delay.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fakesite import FakeSite, small_host
from pledgeparse.fetch import HttpClient, crawl
from pledgeparse.fetch.client import Throttle
from pledgeparse.fetch.visits import CrawlResult
from pledgeparse.settings import Settings

HOSTS = 8
THINK = 0.2  # seconds each answer takes
DOCS_PER_HOST = 2


def delay_of(index: int) -> float:
    return 0.05 + 0.01 * index


@pytest.fixture(scope="module")
def sites() -> Iterator[list[FakeSite]]:
    started: list[FakeSite] = []
    try:
        for index in range(HOSTS):
            site = small_host(f"127.0.0.{index + 2}", DOCS_PER_HOST, THINK)
            try:
                site.__enter__()
            except OSError as error:  # only Linux routes all of 127.0.0.0/8 to loopback
                pytest.skip(f"cannot listen on {site.address}: {error}")
            started.append(site)
        yield started
    finally:
        for site in started:
            site.__exit__(None, None, None)


def timed_crawl(sites: list[FakeSite], cache: Path, concurrency: int) -> tuple[float, CrawlResult]:
    settings = Settings(
        cache_dir=cache, fetch_delay=0.0, fetch_concurrency=concurrency, fetch_attempts=1, fetch_read_timeout=5.0
    )
    for site in sites:
        site.reset_counts()
    with HttpClient(settings) as client:
        for index, site in enumerate(sites):
            client.throttle.set_delay(f"{site.address}:{site.port}", delay_of(index))
        started = time.monotonic()
        result = crawl([site.url("/medborgarloften/") for site in sites], settings, client=client)
        return time.monotonic() - started, result


def assert_polite(sites: list[FakeSite]) -> None:
    for index, site in enumerate(sites):
        times = sorted(t for t, _, _, _ in site.log)
        assert len(times) == 2 + DOCS_PER_HOST, site.address  # robots.txt, the index, its PDFs
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert min(gaps) >= delay_of(index), (site.address, gaps)


def test_hosts_are_crawled_in_parallel_and_each_politely(sites: list[FakeSite], tmp_path: Path) -> None:
    parallel_s, parallel = timed_crawl(sites, tmp_path / "parallel", 8)
    assert_polite(sites)
    serial_s, serial = timed_crawl(sites, tmp_path / "serial", 1)
    assert_polite(sites)

    assert len(parallel.documents) == HOSTS * DOCS_PER_HOST and not parallel.errors
    # The same walk whatever the concurrency: same URLs, same order, same links.
    assert [(e.url, e.depth, e.linked_from) for e in parallel.entries] == [
        (e.url, e.depth, e.linked_from) for e in serial.entries
    ]
    print(f"8 hosts: {serial_s:.2f} s with --concurrency 1, {parallel_s:.2f} s with 8 ({serial_s / parallel_s:.1f}x)")
    assert serial_s >= 4 * parallel_s, (serial_s, parallel_s)


def test_retry_after_holds_back_only_its_own_host() -> None:
    now = [0.0]
    throttle = Throttle(0.5, clock=lambda: now[0], sleep=lambda seconds: now.__setitem__(0, now[0] + seconds))
    throttle.hold("a.example", 5)
    assert throttle.ready_at("a.example") == 5 and throttle.ready_at("b.example") == 0
    with throttle.slot("b.example"):
        assert now[0] == 0  # another host is not held back
    with throttle.slot("a.example"):
        assert now[0] == 5
        now[0] += 1  # the exchange takes a second: the delay counts from its end
    assert throttle.ready_at("a.example") == 6.5
