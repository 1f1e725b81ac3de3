"""HTTP for the crawler: one GET with every politeness and safety rule applied.

:meth:`HttpClient.get` never raises for a network or server problem: it
returns a :class:`FetchResponse` whose ``error`` holds a coded
:class:`~pledgeparse.errors.FetchError`, so one bad URL is a manifest line,
not a stopped crawl. What it enforces, on every hop of a redirect chain:

* http and https only (a redirect to ``file:`` is refused like a link to it);
* an optional ``guard`` (the crawler's robots.txt check);
* one request at a time per host, and a per-host delay between them
  (:class:`Throttle`; safe to share between threads);
* connect and read timeouts, and a deadline for the whole download;
* retries with exponential backoff on 429, 5xx, timeouts and broken
  connections (tenacity), honouring ``Retry-After``; a Retry-After longer
  than ``fetch_max_retry_after`` is not waited for;
* at most ``fetch_max_redirects`` redirects, loops detected;
* at most ``fetch_max_bytes`` of body: a declared Content-Length over the
  limit is refused before reading, a stream is aborted as it passes it;
* conditional requests (If-None-Match / If-Modified-Since) when the caller
  knows the validators of a cached copy; a 304 has no body.

Only 2xx bodies are read: error pages are never downloaded.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.request import getproxies

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception_type, retry_if_result, stop_after_attempt, stop_any
from tenacity.stop import stop_base
from tenacity.wait import wait_exponential

from pledgeparse import __version__
from pledgeparse.errors import (
    ConnectionFailedError,
    FetchError,
    FetchTimeoutError,
    RedirectError,
    ResponseTooLargeError,
    UnsupportedSchemeError,
)
from pledgeparse.settings import Settings

from .urls import check_scheme, host_of, resolve

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Errors worth another attempt: the server or the path may recover.
TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
#: The product token robots.txt groups are matched against.
ROBOTS_TOKEN = "pledgeparse"

Guard = Callable[[str], None]
PeerGuard = Callable[[str, str | None], None]


def build_user_agent(settings: Settings) -> str:
    """``pledgeparse/VERSION (medborgarloften research crawler; +mailto:CONTACT)``."""
    if settings.fetch_user_agent:
        return settings.fetch_user_agent
    parts = ["medborgarloften research crawler"]
    if settings.fetch_contact:
        contact = settings.fetch_contact.strip().encode("ascii", "ignore").decode("ascii")
        parts.append(f"+mailto:{contact}" if "@" in contact and ":" not in contact else f"+{contact}")
    return f"{ROBOTS_TOKEN}/{__version__} ({'; '.join(parts)})"


def retry_after_seconds(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - now).total_seconds())


class Throttle:
    """Per host: one request at a time, ``delay`` seconds between them, and
    no request before a ``Retry-After`` the host asked for has passed.

    The delay of a host can be raised (robots.txt ``Crawl-delay``) but never
    lowered below the configured one. Thread-safe: each host has its own
    lock, held by :meth:`slot` for the whole exchange, so concurrent
    requests to different hosts never wait for each other and requests to
    one host never overlap.
    """

    def __init__(
        self,
        delay: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = delay
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._not_before: dict[str, float] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def set_delay(self, host: str, seconds: float) -> None:
        self._host_delay[host] = max(self.delay, seconds)

    def delay_for(self, host: str) -> float:
        return self._host_delay.get(host, self.delay)

    def hold(self, host: str, seconds: float) -> None:
        """The host asked for a pause (Retry-After): no request to it before then."""
        until = self._clock() + seconds
        self._not_before[host] = max(self._not_before.get(host, 0.0), until)

    def ready_at(self, host: str) -> float:
        """The earliest clock time of the host's next request (0 if it was never asked)."""
        last = self._last.get(host)
        earliest = last + self.delay_for(host) if last is not None else 0.0
        return max(earliest, self._not_before.get(host, 0.0))

    def now(self) -> float:
        return self._clock()

    def wait(self, host: str) -> None:
        """Sleep until the host may be asked again, and note that it is asked now."""
        remaining = self.ready_at(host) - self._clock()
        if remaining > 0:
            self._sleep(remaining)
        self._last[host] = self._clock()

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """The host to oneself for one exchange, after its delay.

        The delay counts from the end of the previous exchange, so the host
        never sees two requests closer together than its delay, however long
        the first one took to answer.
        """
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            self.wait(host)
            try:
                yield
            finally:
                self._last[host] = self._clock()


@dataclass
class FetchResponse:
    """The outcome of one GET (after redirects and retries)."""

    url: str
    final_url: str
    status: int | None = None
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes | None = None
    attempts: int = 0
    redirects: list[str] = field(default_factory=list)
    error: FetchError | None = None

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


@dataclass
class _Exchange:
    """One request and its response (one attempt, one hop)."""

    status: int
    headers: httpx.Headers
    body: bytes | None
    retry_after: float | None
    #: The body was refused (too large, too slow): not retried, status kept.
    error: FetchError | None = None


def _should_retry(exchange: _Exchange) -> bool:
    return exchange.status == 429 or exchange.status >= 500


class _RetryAfterTooLong(stop_base):
    """Stop when the server asks for a longer pause than we are willing to wait:
    asking again sooner than told would be impolite, waiting an hour useless."""

    def __init__(self, limit: float) -> None:
        self.limit = limit

    def __call__(self, retry_state: RetryCallState) -> bool:
        outcome = retry_state.outcome
        if outcome is None or outcome.failed:
            return False
        seconds = outcome.result().retry_after
        return seconds is not None and seconds > self.limit


class HttpClient:
    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self.user_agent = build_user_agent(settings)
        self.throttle = Throttle(settings.fetch_delay, sleep=sleep)
        #: Called with the URL and the IP address actually connected to, before
        #: the body is read (the crawler's check against inward addresses).
        self.peer_guard: PeerGuard | None = None
        #: Behind a proxy (HTTP_PROXY...) the connection reaches the proxy, not the host:
        #: only the resolved addresses are checked then.
        self.behind_proxy = bool({"http", "https", "all"} & set(getproxies()))
        self._sleep = sleep
        timeout = httpx.Timeout(
            connect=settings.fetch_connect_timeout,
            read=settings.fetch_read_timeout,
            write=settings.fetch_read_timeout,
            pool=settings.fetch_connect_timeout,
        )
        self._http = httpx.Client(
            timeout=timeout,
            follow_redirects=False,  # followed here, each hop checked
            headers={
                "User-Agent": self.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
                "Accept-Language": "sv,en;q=0.5",
            },
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one GET, redirects followed -------------------------------------------------

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        guard: Guard | None = None,
    ) -> FetchResponse:
        """GET ``url``; never raises a :class:`FetchError`, returns it in ``error``."""
        result = FetchResponse(url=url, final_url=url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        try:
            for _ in range(self.settings.fetch_max_redirects + 1):
                if current != url:
                    _check_redirect_scheme(url, current)
                check_scheme(current)
                if guard is not None:
                    guard(current)
                result.final_url = current
                exchange = self._with_retries(current, headers, result)
                result.status, result.headers, result.body = exchange.status, exchange.headers, exchange.body
                if exchange.error is not None:
                    raise exchange.error
                if exchange.status not in REDIRECT_STATUSES:
                    return result
                location = exchange.headers.get("location")
                if not location:
                    raise RedirectError(f"{current}: HTTP {exchange.status} without a Location header")
                target = resolve(current, location)
                chain = [url, *result.redirects]
                if target in chain:
                    raise RedirectError(f"{url}: redirect loop ({' -> '.join([*chain, target])})")
                result.redirects.append(target)
                current = target
            raise RedirectError(f"{url}: more than {self.settings.fetch_max_redirects} redirects")
        except FetchError as error:
            result.error = error
        except httpx.TimeoutException as error:
            result.error = FetchTimeoutError(f"{current}: {type(error).__name__} after {result.attempts} attempt(s)")
        except httpx.HTTPError as error:
            result.error = ConnectionFailedError(
                f"{current}: {type(error).__name__}: {error} after {result.attempts} attempt(s)"
            )
        result.body = None if result.error else result.body
        return result

    # -- retries -----------------------------------------------------------------------

    def _with_retries(self, url: str, headers: dict[str, str], result: FetchResponse) -> _Exchange:
        settings = self.settings

        backoff = wait_exponential(multiplier=settings.fetch_backoff, max=settings.fetch_backoff_max)

        def wait(state: RetryCallState) -> float:
            # Retry-After (429, 503) says how long; otherwise back off exponentially.
            outcome = state.outcome
            if outcome is not None and not outcome.failed:
                seconds = outcome.result().retry_after
                if seconds is not None:
                    return seconds
            return float(backoff(state))

        def give_up(state: RetryCallState) -> _Exchange:
            outcome = state.outcome
            assert outcome is not None
            return outcome.result()  # the last response, or re-raise the last exception

        retrying = Retrying(
            stop=stop_any(
                stop_after_attempt(max(1, settings.fetch_attempts)), _RetryAfterTooLong(settings.fetch_max_retry_after)
            ),
            wait=wait,
            retry=retry_if_exception_type(TRANSIENT_ERRORS) | retry_if_result(_should_retry),
            retry_error_callback=give_up,
            sleep=self._sleep,
        )

        def attempt() -> _Exchange:
            result.attempts += 1
            return self._exchange(url, headers)

        exchange: _Exchange = retrying(attempt)
        return exchange

    # -- one attempt ---------------------------------------------------------------------

    def _exchange(self, url: str, headers: dict[str, str]) -> _Exchange:
        host = host_of(url)
        with self.throttle.slot(host):
            deadline = time.monotonic() + self.settings.fetch_total_timeout
            with self._http.stream("GET", url, headers=headers) as response:
                if self.peer_guard is not None and not self.behind_proxy:
                    self.peer_guard(url, _peer_address(response))
                exchange = _Exchange(response.status_code, response.headers, None, None)
                if 200 <= response.status_code < 300:
                    try:
                        exchange.body = self._read_body(response, url, deadline)
                    except (ResponseTooLargeError, FetchTimeoutError) as error:
                        exchange.error = error
                elif response.status_code in (429, 503):
                    exchange.retry_after = retry_after_seconds(response.headers.get("retry-after"))
                    if exchange.retry_after is not None:
                        self.throttle.hold(host, exchange.retry_after)
                return exchange

    def _read_body(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        limit = self.settings.fetch_max_bytes
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > limit:
            raise ResponseTooLargeError(f"{url}: Content-Length {declared} exceeds the limit of {limit} bytes")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise ResponseTooLargeError(f"{url}: aborted after {len(body)} bytes, over the limit of {limit}")
            if time.monotonic() > deadline:
                raise FetchTimeoutError(f"{url}: download took longer than {self.settings.fetch_total_timeout} s")
        return bytes(body)


def _peer_address(response: httpx.Response) -> str | None:
    """The IP address the response came from (None when the transport does not say: mocks)."""
    stream = response.extensions.get("network_stream")
    address = stream.get_extra_info("server_addr") if stream is not None else None
    return str(address[0]) if address else None


def _check_redirect_scheme(url: str, target: str) -> None:
    """A redirect to ``file:`` (or any non-http scheme) is refused like a link to it."""
    try:
        check_scheme(target)
    except UnsupportedSchemeError as error:
        raise UnsupportedSchemeError(f"{url}: redirected to {target}, refused: {error.message}") from None
