#!/usr/bin/env python3
"""The crawl comparison behind `make bench` (not part of the tests).

A national crawl is many hosts, each answering slowly and each asking for
a pause between requests. This script serves ``--hosts`` fake municipal
sites on 127.0.0.2, 127.0.0.3, ... (tests/fakesite.py; nothing leaves the
machine), each with robots.txt, an index and ``--docs`` PDFs, every answer
taking ``--think`` seconds and every host keeping ``--delay`` seconds
between requests. It crawls them all with ``--concurrency 1`` and with
``--concurrency N``, checks that both walks are the same and that no host
saw two requests closer together than its delay, and prints the times.

usage: python scripts/crawl_bench.py [--hosts 16] [--docs 3] [--think 0.2] [--delay 0.5] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fakesite import FakeSite, small_host  # noqa: E402
from pledgeparse.fetch import crawl  # noqa: E402
from pledgeparse.settings import Settings  # noqa: E402


def timed(sites: list[FakeSite], cache: Path, concurrency: int, delay: float) -> tuple[float, list[str]]:
    settings = Settings(cache_dir=cache, fetch_delay=delay, fetch_concurrency=concurrency, fetch_attempts=1)
    for site in sites:
        site.reset_counts()
    started = time.monotonic()
    result = crawl([site.url("/medborgarloften/") for site in sites], settings)
    elapsed = time.monotonic() - started
    closest = min(b - a for site in sites for a, b in itertools.pairwise(sorted(t for t, *_ in site.log)))
    if closest < delay:
        raise SystemExit(f"a host saw two requests {closest:.3f} s apart, under its delay of {delay} s")
    return elapsed, [entry.url for entry in result.entries]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hosts", type=int, default=16)
    parser.add_argument("--docs", type=int, default=3, help="PDFs per host")
    parser.add_argument("--think", type=float, default=0.2, help="seconds each answer takes")
    parser.add_argument("--delay", type=float, default=0.5, help="seconds between two requests to one host")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args(argv)

    sites = [small_host(f"127.0.0.{index + 2}", args.docs, args.think) for index in range(args.hosts)]
    for site in sites:
        site.__enter__()
    try:
        with tempfile.TemporaryDirectory(prefix="pledgeparse-crawl-bench-") as tmp:
            serial_s, serial = timed(sites, Path(tmp) / "serial", 1, args.delay)
            parallel_s, parallel = timed(sites, Path(tmp) / "parallel", args.concurrency, args.delay)
    finally:
        for site in sites:
            site.__exit__(None, None, None)
    if serial != parallel:
        raise SystemExit("the two crawls walked differently")
    requests = args.hosts * (2 + args.docs)
    print(
        f"crawl of {args.hosts} hosts ({requests} requests, {args.think} s per answer, {args.delay} s between "
        f"requests to a host): {serial_s:.1f} s with --concurrency 1, {parallel_s:.1f} s with --concurrency "
        f"{args.concurrency} ({serial_s / parallel_s:.1f}x); no host saw two requests closer than its delay"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
