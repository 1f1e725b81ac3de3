"""Unit tests of the fetch building blocks: URLs, cache, manifest, page
classification, throttle, and the HTTP client against a local server."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import httpx
import pytest

from fakesite import ERROR_PAGE, FakeSite, Resource, pledge_parts, render_landing_page, render_pdf, render_pledge_page
from pledgeparse import __version__
from pledgeparse.errors import RobotsDisallowedError, UnsupportedSchemeError
from pledgeparse.fetch import POLICE_INDEX, CrawlState, HttpClient, Manifest, ObjectCache, start_urls
from pledgeparse.fetch.client import Throttle, build_user_agent, retry_after_seconds
from pledgeparse.fetch.pages import index_page_reason, looks_like_error_page, scan_page, sniff
from pledgeparse.fetch.robots import RobotsPolicy
from pledgeparse.fetch.urls import check_scheme, normalize
from pledgeparse.models import ManifestEntry
from pledgeparse.settings import Settings


def fast_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "cache_dir": tmp_path / "cache",
        "fetch_delay": 0.0,
        "fetch_connect_timeout": 2.0,
        "fetch_read_timeout": 0.5,
        "fetch_attempts": 3,
        "fetch_backoff": 0.01,
        "fetch_backoff_max": 0.05,
        "fetch_max_retry_after": 2.0,
        "fetch_max_bytes": 200_000,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def serve(routes: dict[str, Resource]) -> FakeSite:
    site = FakeSite()
    site.routes.update(routes)
    return site


# -- URLs -------------------------------------------------------------------------


def test_normalize_one_spelling_per_url() -> None:
    assert normalize("HTTP://Example.ORG:80/a/b.pdf#page=2") == "http://example.org/a/b.pdf"
    assert normalize("https://example.org") == "https://example.org/"
    assert normalize("https://example.org:8443/x?q=1") == "https://example.org:8443/x?q=1"
    assert normalize("file:///etc/passwd#x") == "file:///etc/passwd"


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/a.pdf", "data:application/pdf;base64,JVBERi0=", "/etc/passwd", "http://"],
)
def test_only_http_and_https_are_fetchable(url: str) -> None:
    with pytest.raises(UnsupportedSchemeError) as error:
        check_scheme(url)
    assert error.value.code == "E301"


def test_start_urls_default_to_the_police_index_and_read_files(tmp_path: Path) -> None:
    assert start_urls() == [POLICE_INDEX]
    listing = tmp_path / "urls.txt"
    listing.write_text(
        "# kommuner\nhttps://a.example/x\n\n  https://B.example/y  \nhttps://a.example/x\n", encoding="utf-8"
    )
    assert start_urls(["https://c.example/"], listing) == [
        "https://c.example/",
        "https://a.example/x",
        "https://b.example/y",
    ]


# -- cache ------------------------------------------------------------------------


def test_cache_is_content_addressed(tmp_path: Path) -> None:
    cache = ObjectCache(tmp_path)
    sha = cache.put(b"%PDF-1.4 hello")
    assert sha == hashlib.sha256(b"%PDF-1.4 hello").hexdigest()
    assert cache.path(sha) == tmp_path / "objects" / sha[:2] / sha[2:]
    assert cache.get(sha) == b"%PDF-1.4 hello"
    assert cache.put(b"%PDF-1.4 hello") == sha  # stored once
    assert cache.has(sha) and not cache.has(None) and not cache.has("0" * 64)


def test_a_crash_mid_write_leaves_no_object(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ObjectCache(tmp_path)

    def crash(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        cache.put(b"half written")
    monkeypatch.undo()
    sha = hashlib.sha256(b"half written").hexdigest()
    assert not cache.path(sha).exists()
    assert not list((tmp_path / "objects" / "tmp").iterdir())


def test_stray_temporary_files_are_removed_on_open(tmp_path: Path) -> None:
    (tmp_path / "objects" / "tmp").mkdir(parents=True)
    (tmp_path / "objects" / "tmp" / "abc.tmp").write_bytes(b"partial")
    ObjectCache(tmp_path)
    assert not list((tmp_path / "objects" / "tmp").iterdir())


# -- manifest ---------------------------------------------------------------------


def entry(url: str, **fields: object) -> ManifestEntry:
    return ManifestEntry(url=url, fetched_at="2024-01-15T08:00:00Z", **fields)  # type: ignore[arg-type]


def test_manifest_tolerates_a_truncated_last_line(tmp_path: Path) -> None:
    manifest = Manifest(tmp_path / "manifest.jsonl")
    manifest.append(entry("https://a.example/1", sha256="a" * 64))
    manifest.append(entry("https://a.example/2", sha256="b" * 64))
    # A crash in the middle of the third write.
    line = entry("https://a.example/3").model_dump_json()
    with manifest.path.open("ab") as handle:
        handle.write(line[: len(line) // 2].encode())
    assert [e.url for e in manifest.entries()] == ["https://a.example/1", "https://a.example/2"]
    assert manifest.skipped_lines == 1
    # The next append starts on a fresh line and is readable.
    manifest.append(entry("https://a.example/1", sha256="c" * 64))
    assert [e.url for e in manifest.entries()][-1] == "https://a.example/1"
    assert manifest.latest()["https://a.example/1"].sha256 == "c" * 64
    for raw in manifest.path.read_bytes().splitlines()[-1:]:
        json.loads(raw)


def test_crawl_state_round_trip(tmp_path: Path) -> None:
    state = CrawlState.new(["https://a.example/"])
    state.save(tmp_path / "crawl-state.json")
    loaded = CrawlState.load(tmp_path / "crawl-state.json")
    assert loaded == state and not loaded.finished
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    assert CrawlState.load(tmp_path / "broken.json") is None


# -- pages ------------------------------------------------------------------------


def test_sniffing_trusts_bytes_over_content_type() -> None:
    pdf = render_pdf(pledge_parts(0, "Alingsås"))
    assert sniff(pdf, "application/octet-stream") == "pdf"
    assert sniff(pdf, "text/html") == "pdf"
    assert sniff(ERROR_PAGE, "application/pdf") == "html"
    assert sniff(b"\x89PNG\r\n", "image/png") == "other"


def test_pledge_pages_error_pages_and_landing_pages_are_told_apart() -> None:
    parts = pledge_parts(0, "Alingsås")
    page = "http://x.example/m/"
    pledge = scan_page(render_pledge_page(parts, "/a.pdf"), page)
    landing = scan_page(render_landing_page("Alingsås", "/a.pdf", "Ladda ner (pdf)"), page)
    error = scan_page(ERROR_PAGE, page)
    assert index_page_reason(pledge, page) is None and not looks_like_error_page(pledge)
    assert index_page_reason(landing, page) == "index page: 1 link to pledges and 151 characters of text of its own"
    assert not looks_like_error_page(landing)
    assert looks_like_error_page(error)
    assert "http://x.example/a.pdf" in [link.url for link in pledge.links]


def test_index_pages_are_judged_by_their_shape() -> None:
    page = "http://x.example/m/"
    prose = "<p>" + "Polisen och kommunen arbetar tillsammans för tryggheten i centrum. " * 8 + "</p>"
    links = "".join(f'<li><a href="/m/k{i}/">Medborgarlöfte kommun {i}</a></li>' for i in range(30))
    # The site's navigation is not the page's own: a menu link to the index makes no index page.
    short_about = scan_page(b'<html><nav><a href="/m/">Medborgarl\xc3\xb6ften</a></nav><p>Om oss.</p></html>', page)
    assert index_page_reason(short_about, page) is None
    # Many links to pledges outweighing a little text: a listing.
    listing = scan_page(f"<html><h1>Medborgarlöften</h1>{prose}<ul>{links}</ul></html>".encode(), page)
    assert (index_page_reason(listing, page) or "").startswith("index page: 30 links to pledges, more link text")
    # The same links beside a page's own long text (or in a sidebar) leave it a document.
    long_page = scan_page(f"<html>{prose * 4}<ul>{links}</ul></html>".encode(), page)
    sidebar = scan_page(f"<html>{prose}<aside><ul>{links}</ul></aside></html>".encode(), page)
    assert index_page_reason(long_page, page) is None and index_page_reason(sidebar, page) is None


def test_old_windows_1252_pages_are_decoded() -> None:
    page = "<html><body><p>Medborgarlöfte för Växjö</p><a href='/a.pdf'>Löfte</a></body></html>".encode("cp1252")
    scan = scan_page(page, "http://x.example/", "text/html")
    assert "Medborgarlöfte för Växjö" in scan.text
    assert scan.links[0].text == "Löfte"


# -- politeness -------------------------------------------------------------------


def test_throttle_spaces_requests_per_host() -> None:
    now = [0.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    throttle = Throttle(1.0, clock=lambda: now[0], sleep=sleep)
    throttle.wait("a.example")
    throttle.wait("b.example")
    assert sleeps == []
    now[0] += 0.25
    throttle.wait("a.example")
    assert sleeps == [pytest.approx(0.75)]
    throttle.set_delay("a.example", 5)  # robots.txt Crawl-delay
    throttle.set_delay("b.example", 0.1)  # never below the configured delay
    throttle.wait("a.example")
    assert sleeps[-1] == pytest.approx(5)
    assert throttle.delay_for("b.example") == 1.0


def test_user_agent_names_the_tool_version_and_contact() -> None:
    assert build_user_agent(Settings()) == f"pledgeparse/{__version__} (medborgarloften research crawler)"
    agent = build_user_agent(Settings(fetch_contact="forskare@example.org"))
    assert agent == f"pledgeparse/{__version__} (medborgarloften research crawler; +mailto:forskare@example.org)"
    assert build_user_agent(Settings(fetch_user_agent="x/1")) == "x/1"


def test_retry_after_seconds_and_dates() -> None:
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    import datetime as dt

    now = dt.datetime(2024, 1, 15, 8, 0, 0, tzinfo=dt.UTC)
    assert retry_after_seconds("Mon, 15 Jan 2024 08:00:30 GMT", now) == 30.0
    assert retry_after_seconds("Mon, 15 Jan 2024 07:00:00 GMT", now) == 0.0


# -- the HTTP client --------------------------------------------------------------


def test_client_never_opens_non_http_urls(tmp_path: Path) -> None:
    calls: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: calls.append(request) or httpx.Response(200, content=b"x"))
    with HttpClient(fast_settings(tmp_path), transport=transport) as client:
        for url in ("file:///etc/passwd", "ftp://example.org/a.pdf", "data:,secret", "/etc/passwd"):
            response = client.get(url)
            assert response.error is not None and response.error.code == "E301"
            assert response.body is None
    assert calls == []


def test_redirect_to_a_file_url_is_refused(tmp_path: Path) -> None:
    with (
        serve({"/a.pdf": Resource(redirect_to="file:///etc/passwd")}) as site,
        HttpClient(fast_settings(tmp_path)) as client,
    ):
        response = client.get(site.url("/a.pdf"))
    assert response.error is not None and response.error.code == "E301"
    assert "redirected to file:///etc/passwd" in str(response.error)


def test_429_retry_after_is_honoured(tmp_path: Path) -> None:
    pdf = Resource(b"%PDF-1.4 ok", "application/pdf", fail_first=1, fail_status=429, fail_headers={"Retry-After": "1"})
    with serve({"/a.pdf": pdf}) as site, HttpClient(fast_settings(tmp_path)) as client:
        response = client.get(site.url("/a.pdf"))
        times = [t for t, _, path, _ in site.log if path == "/a.pdf"]
    assert response.status == 200 and response.body == b"%PDF-1.4 ok" and response.attempts == 2
    assert times[1] - times[0] >= 0.95  # waited as told, not the 0.01 s backoff


def test_a_retry_after_beyond_the_limit_is_not_waited_for(tmp_path: Path) -> None:
    pdf = Resource(b"%PDF-1.4", "application/pdf", fail_first=9, fail_status=429, fail_headers={"Retry-After": "3600"})
    started = time.monotonic()
    with serve({"/a.pdf": pdf}) as site, HttpClient(fast_settings(tmp_path)) as client:
        response = client.get(site.url("/a.pdf"))
    assert response.status == 429 and response.attempts == 1 and response.body is None
    assert time.monotonic() - started < 1


def test_5xx_is_retried_with_exponential_backoff(tmp_path: Path) -> None:
    sleeps: list[float] = []
    pdf = Resource(b"%PDF-1.4 ok", "application/pdf", fail_first=2, fail_status=503)
    routes = {"/a.pdf": pdf, "/b.pdf": Resource(b"", fail_first=99, fail_status=500)}
    with serve(routes) as site, HttpClient(fast_settings(tmp_path), sleep=sleeps.append) as client:
        ok = client.get(site.url("/a.pdf"))
        backoff = list(sleeps)
        failed = client.get(site.url("/b.pdf"))
    assert ok.status == 200 and ok.attempts == 3
    assert backoff == [pytest.approx(0.01), pytest.approx(0.02)]
    assert failed.status == 500 and failed.attempts == 3 and failed.error is None  # the crawler records it


def test_read_timeouts_are_retried_then_recorded(tmp_path: Path) -> None:
    routes = {
        "/slow-once.pdf": Resource(b"%PDF-1.4 ok", "application/pdf", slow_first=1, slow_seconds=1.5),
        "/slow.pdf": Resource(b"%PDF-1.4", "application/pdf", slow_always=True, slow_seconds=1.5),
    }
    with serve(routes) as site, HttpClient(fast_settings(tmp_path, fetch_attempts=2)) as client:
        once = client.get(site.url("/slow-once.pdf"))
        always = client.get(site.url("/slow.pdf"))
    assert once.status == 200 and once.attempts == 2
    assert always.error is not None and always.error.code == "E306" and always.attempts == 2


def test_redirects_are_bounded_and_loops_detected(tmp_path: Path) -> None:
    routes = {f"/r{i}": Resource(redirect_to=f"/r{i + 1}") for i in range(6)}
    routes["/r6"] = Resource(b"%PDF-1.4", "application/pdf")
    routes["/loop-a"] = Resource(redirect_to="/loop-b")
    routes["/loop-b"] = Resource(redirect_to="/loop-a")
    with serve(routes) as site, HttpClient(fast_settings(tmp_path, fetch_max_redirects=3)) as client:
        too_many = client.get(site.url("/r0"))
        loop = client.get(site.url("/loop-a"))
        short = client.get(site.url("/r4"))
    assert too_many.error is not None and too_many.error.code == "E304" and "more than 3" in str(too_many.error)
    assert loop.error is not None and loop.error.code == "E304" and "loop" in str(loop.error)
    assert (
        short.status == 200
        and short.final_url == site.url("/r6")
        and short.redirects == [site.url("/r5"), site.url("/r6")]
    )


def test_oversized_bodies_are_aborted(tmp_path: Path) -> None:
    routes = {
        "/streamed.pdf": Resource(b"", "application/pdf", stream_bytes=2_000_000),
        "/declared.pdf": Resource(b"%PDF-1.4\n" + b"0" * 300_000, "application/pdf"),
    }
    with serve(routes) as site, HttpClient(fast_settings(tmp_path, fetch_max_bytes=100_000)) as client:
        streamed = client.get(site.url("/streamed.pdf"))
        declared = client.get(site.url("/declared.pdf"))
    for response in (streamed, declared):
        assert response.error is not None and response.error.code == "E303" and response.body is None
        assert response.status == 200 and response.attempts == 1
    assert "Content-Length" in str(declared.error) and "aborted after" in str(streamed.error)


def test_conditional_request_gets_304_without_body(tmp_path: Path) -> None:
    pdf = Resource(b"%PDF-1.4 same", "application/pdf")
    with serve({"/a.pdf": pdf}) as site, HttpClient(fast_settings(tmp_path, fetch_contact="a@example.org")) as client:
        first = client.get(site.url("/a.pdf"))
        again = client.get(site.url("/a.pdf"), etag=first.etag, last_modified=first.last_modified)
        by_date = client.get(site.url("/a.pdf"), last_modified=first.last_modified)
        agents = {headers["user-agent"] for _, _, _, headers in site.log}
    assert first.status == 200 and first.etag == pdf.etag
    assert again.status == 304 and again.body is None
    assert by_date.status == 304
    assert site.bodies["/a.pdf"] == 1
    assert agents == {f"pledgeparse/{__version__} (medborgarloften research crawler; +mailto:a@example.org)"}


# -- robots.txt -------------------------------------------------------------------


def test_robots_txt_rules_crawl_delay_and_rfc9309_fallbacks(tmp_path: Path) -> None:
    robots = Resource(b"User-agent: pledgeparse\nDisallow: /intern/\nCrawl-delay: 2\n", "text/plain")
    with serve({"/robots.txt": robots}) as site, HttpClient(fast_settings(tmp_path)) as client:
        policy = RobotsPolicy(client)
        policy.check(site.url("/filer/a.pdf"))
        with pytest.raises(RobotsDisallowedError, match="disallowed by"):
            policy.check(site.url("/intern/b.pdf"))
        assert client.throttle.delay_for(f"127.0.0.1:{site.port}") == 2.0
        policy.check(site.url("/filer/c.pdf"))
        assert site.requests["/robots.txt"] == 1  # once per origin
    # No robots.txt (404): everything allowed. Unreachable (5xx): nothing allowed.
    with serve({}) as site, HttpClient(fast_settings(tmp_path)) as client:
        RobotsPolicy(client).check(site.url("/a.pdf"))
    unreachable = {"/robots.txt": Resource(b"", fail_first=99, fail_status=503)}
    with (
        serve(unreachable) as site,
        HttpClient(fast_settings(tmp_path)) as client,
        pytest.raises(RobotsDisallowedError, match="unreachable"),
    ):
        RobotsPolicy(client).check(site.url("/a.pdf"))
