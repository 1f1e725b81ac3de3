"""Visits to different hosts at the same time, handed back in frontier order.

A national crawl reaches the police site and close to 290 municipal hosts;
one request at a time, each waiting out its host's delay, leaves all the
other hosts idle. :class:`OrderedVisits` runs up to ``concurrency`` visits
at once on a thread pool, never two to the same host (the client's
:class:`~pledgeparse.fetch.client.Throttle` holds each host's lock for a
whole exchange and keeps its delay, ``Crawl-delay`` and ``Retry-After``;
the scheduler only avoids starting a visit that would wait for it).

Visits finish in any order, but the crawl takes their results in the order
it queued them (:meth:`OrderedVisits.result`), so links are discovered,
depths assigned and entries listed exactly as by a one-at-a-time
breadth-first walk: the dataset does not depend on timing. The finished
callback (the manifest append) runs in the calling thread as soon as a visit
finishes, so a crash loses at most the visits in flight.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Generic, TypeVar

from .client import Throttle

T = TypeVar("T")
R = TypeVar("R")


class OrderedVisits(Generic[T, R]):
    """Run ``work(item)`` concurrently, one item per host at a time; results by sequence number."""

    def __init__(
        self,
        work: Callable[[T], R],
        host: Callable[[T], str],
        throttle: Throttle,
        concurrency: int,
        finished: Callable[[R], None],
    ) -> None:
        self._work, self._host, self._throttle, self._finished = work, host, throttle, finished
        self.concurrency = max(1, concurrency)
        self._pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="pledgeparse-fetch")
        self._queued: dict[str, deque[tuple[int, T]]] = {}
        self._running: dict[Future[R], tuple[int, str]] = {}
        self._busy: set[str] = set()
        self._done: dict[int, R] = {}

    def __enter__(self) -> OrderedVisits[T, R]:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        # Stopped early (an error, Ctrl-C): drop what has not started and do
        # not wait for the visits in flight; their results are not wanted.
        self._pool.shutdown(wait=kind is None, cancel_futures=True)

    def add(self, seq: int, item: T) -> None:
        """Queue an item; sequence numbers are the order results are asked for."""
        self._queued.setdefault(self._host(item), deque()).append((seq, item))

    def put(self, seq: int, value: R) -> None:
        """A result known without any work (taken over from an interrupted crawl)."""
        self._done[seq] = value

    def result(self, seq: int) -> R:
        """The result of item ``seq``, waiting for it (and keeping the pool busy meanwhile)."""
        while seq not in self._done:
            self._dispatch()
            if not self._running:
                raise KeyError(f"item {seq} was never queued")
            finished, _ = wait(list(self._running), return_when=FIRST_COMPLETED)
            for future in finished:
                done_seq, host = self._running.pop(future)
                self._busy.discard(host)
                value = future.result()
                self._finished(value)
                self._done[done_seq] = value
        self._dispatch()
        return self._done.pop(seq)

    def _dispatch(self) -> None:
        while len(self._running) < self.concurrency:
            host = self._next_host()
            if host is None:
                return
            seq, item = self._queued[host].popleft()
            if not self._queued[host]:
                del self._queued[host]
            self._busy.add(host)
            self._running[self._pool.submit(self._work, item)] = (seq, host)

    def _next_host(self) -> str | None:
        """A free host: one that may be asked now before one that must wait; then the oldest item."""
        free = [host for host in self._queued if host not in self._busy]
        if not free:
            return None
        now = self._throttle.now()
        return min(free, key=lambda host: (max(self._throttle.ready_at(host), now), self._queued[host][0][0]))
