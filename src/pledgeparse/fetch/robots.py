"""robots.txt, fetched once per origin (scheme, host and port) and obeyed.

Per RFC 9309: a robots.txt that does not exist (any 4xx) allows everything;
one that cannot be reached (5xx after retries, timeouts, connection errors)
means "assume complete disallow" for that origin during this crawl. The
``Crawl-delay`` of the group that applies to us raises the per-host delay.
"""

from __future__ import annotations

import logging
import threading
from urllib.robotparser import RobotFileParser

from pledgeparse.errors import RobotsDisallowedError

from .client import ROBOTS_TOKEN, Guard, HttpClient
from .urls import host_of, origin_of

log = logging.getLogger(__name__)

#: RFC 9309 asks crawlers to parse at least 500 KiB of robots.txt.
ROBOTS_MAX_BYTES = 512 * 1024


class RobotsPolicy:
    def __init__(self, client: HttpClient, guard: Guard | None = None) -> None:
        self.client = client
        #: Checked on every hop of the robots.txt request too (the address policy).
        self.guard = guard
        self._parsers: dict[str, RobotFileParser] = {}
        self._unreachable: dict[str, str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def _parser(self, url: str) -> RobotFileParser:
        """The origin's rules, fetched once even when several threads ask at the same time."""
        origin = origin_of(url)
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            parser = self._parsers.get(origin)
            if parser is None:
                parser = self._parsers[origin] = self._fetch(origin, url)
        return parser

    def _fetch(self, origin: str, url: str) -> RobotFileParser:
        parser = RobotFileParser(f"{origin}/robots.txt")
        response = self.client.get(f"{origin}/robots.txt", guard=self.guard)
        if response.error is None and response.status is not None and 200 <= response.status < 300:
            text = (response.body or b"")[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
            parser.parse(text.splitlines())
            delay = parser.crawl_delay(ROBOTS_TOKEN)
            if delay:
                self.client.throttle.set_delay(host_of(url), float(delay))
        elif response.error is None and response.status is not None and 400 <= response.status < 500:
            parser.allow_all = True  # type: ignore[attr-defined]  # as RobotFileParser.read does
        else:
            parser.disallow_all = True  # type: ignore[attr-defined]
            reason = str(response.error) if response.error else f"HTTP {response.status}"
            self._unreachable[origin] = reason
            log.warning("robots.txt of %s unreachable (%s): not crawling that host", origin, reason)
        return parser

    def check(self, url: str) -> None:
        """Raise :class:`RobotsDisallowedError` unless robots.txt lets us fetch ``url``."""
        parser = self._parser(url)
        if parser.can_fetch(ROBOTS_TOKEN, url):
            return
        origin = origin_of(url)
        if origin in self._unreachable:
            raise RobotsDisallowedError(
                f"{url}: robots.txt unreachable ({self._unreachable[origin]}); RFC 9309 says assume disallow"
            )
        raise RobotsDisallowedError(f"{url}: disallowed by {origin}/robots.txt")
