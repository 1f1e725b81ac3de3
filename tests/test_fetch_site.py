"""End to end: ``pledgeparse run`` against a fake site of 32 municipality
pages with their PDFs and every fault the crawler must survive.

One crawl of the site (module fixture, through the typer CLI) serves most
tests; re-runs, an interrupted run and a killed process each get their own
cache and compare their dataset with it.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from fakesite import FakeSite
from pledgeparse import __version__
from pledgeparse.cli import app
from pledgeparse.fetch import Manifest, run
from pledgeparse.models import ManifestEntry
from pledgeparse.settings import Settings

CONTACT = "forskare@example.org"
# Small timeouts and waits: the faults cost seconds, not minutes.
TEST_ENV = {
    "PLEDGEPARSE_FETCH_CONNECT_TIMEOUT": "2",
    "PLEDGEPARSE_FETCH_READ_TIMEOUT": "0.5",
    "PLEDGEPARSE_FETCH_ATTEMPTS": "3",
    "PLEDGEPARSE_FETCH_BACKOFF": "0.01",
    "PLEDGEPARSE_FETCH_BACKOFF_MAX": "0.05",
    "PLEDGEPARSE_FETCH_MAX_RETRY_AFTER": "2",
    "PLEDGEPARSE_FETCH_MAX_BYTES": "200000",
    # The site's second host is "localhost", which no start URL names.
    "PLEDGEPARSE_FETCH_ALLOW_PRIVATE_HOSTS": "true",
}
TABLES = ("documents", "promises", "signatories", "failures")


def fast_settings(cache: Path, **overrides: object) -> Settings:
    values = {name[len("PLEDGEPARSE_") :].lower(): value for name, value in TEST_ENV.items()}
    values.update({"cache_dir": cache, "fetch_delay": 0.0, "fetch_contact": CONTACT})
    values.update(overrides)
    return Settings.model_validate(values)


@dataclass
class Crawled:
    site: FakeSite
    cache: Path
    out: Path
    exit_code: int
    output: str
    requests: Counter[str]
    bodies: Counter[str]
    agents: set[str]

    def manifest(self) -> dict[str, ManifestEntry]:
        return Manifest(self.cache / "manifest.jsonl").latest()


def invoke_run(site: FakeSite, cache: Path, out: Path, *extra: str) -> tuple[int, str]:
    urls = cache.parent / "urls.txt"
    urls.write_text(f"# the index\n{site.url('/medborgarloften/')}\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        [
            "run",
            "--urls",
            str(urls),
            "--cache",
            str(cache),
            "--out",
            str(out),
            "--delay",
            "0",
            "--contact",
            CONTACT,
            *extra,
        ],
        env=TEST_ENV,
    )
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def site() -> Iterator[FakeSite]:
    with FakeSite.build(municipalities=32) as fake:
        yield fake


@pytest.fixture(scope="module")
def crawled(site: FakeSite, tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    root = tmp_path_factory.mktemp("crawl")
    code, output = invoke_run(site, root / "cache", root / "out")
    return Crawled(
        site=site,
        cache=root / "cache",
        out=root / "out",
        exit_code=code,
        output=output,
        requests=Counter(site.requests),
        bodies=Counter(site.bodies),
        agents={headers.get("user-agent", "") for _, _, _, headers in site.log},
    )


def rows(out: Path, table: str) -> list[dict[str, object]]:
    return pq.read_table(out / f"{table}.parquet").to_pylist()


def canonical(out: Path, site: FakeSite) -> dict[str, list[tuple[object, ...]]]:
    """The dataset with the server's address (a new port per server) taken out;
    failures compared by source, stage and code (messages carry byte counts)."""

    def plain(value: object) -> object:
        if isinstance(value, str):
            return value.replace(site.base, "BASE").replace(site.other_host, "OTHER")
        if isinstance(value, list):
            return tuple(plain(v) for v in value)
        return value

    tables = {}
    for table in TABLES:
        records = rows(out, table)
        if table == "failures":
            records = [{k: r[k] for k in ("source", "stage", "code")} for r in records]
        tables[table] = sorted(tuple(plain(v) for v in r.values()) for r in records)
    return tables


def path(url: object) -> str:
    parts = urlsplit(str(url))
    return parts.path + (f"?{parts.query}" if parts.query else "")


# -- one complete crawl -----------------------------------------------------------


def test_run_collects_and_parses_everything_robots_txt_allows(crawled: Crawled) -> None:
    expected = crawled.site.expected
    assert len(expected.documents) >= 38  # 32 PDFs and 8 pledge pages
    documents = rows(crawled.out, "documents")
    by_path = {path(d["source_url"]): d for d in documents}
    assert set(by_path) == set(expected.documents)
    assert len(documents) == len(expected.documents)
    for doc_path, municipality in expected.documents.items():
        document = by_path[doc_path]
        assert document["n_promises"] >= 3, doc_path
        assert municipality in document["municipalities"], doc_path
        assert document["period_start"] == 2024
    formats = Counter(d["format"] for d in documents)
    assert formats == {"pdf": 32, "html": 8}
    # The batch ran to the end: the faults gave exit code 1, not a crash.
    assert crawled.exit_code == 1, crawled.output
    assert "40 documents" in crawled.output


def test_documents_carry_source_url_and_linked_from(crawled: Crawled) -> None:
    site = crawled.site
    documents = {path(d["source_url"]): d for d in rows(crawled.out, "documents")}
    # A PDF linked from its municipality page.
    pdf = documents["/filer/alingsas-medborgarlofte-2024.pdf"]
    assert pdf["source"] == pdf["source_url"] == site.url("/filer/alingsas-medborgarlofte-2024.pdf")
    assert pdf["linked_from"] == site.url("/medborgarloften/alingsas/")
    # A pledge page linked from the index.
    page = documents["/medborgarloften/alingsas/"]
    assert page["linked_from"] == site.url("/medborgarloften/")
    # Redirected: source stays the URL as linked, source_url is where the bytes came from.
    moved = documents["/filer/eskilstuna-medborgarlofte-2024.pdf"]
    assert moved["source"] == site.url("/gamla-filer/eskilstuna.pdf")
    assert moved["source_url"] == site.url("/filer/eskilstuna-medborgarlofte-2024.pdf")
    # A PDF on another host is followed.
    other = documents["/filer/falun-medborgarlofte-2024.pdf"]
    assert other["source_url"] == site.other_host + "/filer/falun-medborgarlofte-2024.pdf"


def test_every_fault_is_recorded_and_none_stops_the_batch(crawled: Crawled) -> None:
    site = crawled.site
    failures = {
        path(f["source"]) if str(f["source"]).startswith("http") else f["source"]: f
        for f in rows(crawled.out, "failures")
    }
    expected = {key: code for key, code in site.expected.faults.items()}
    assert {key: f["code"] for key, f in failures.items()} == expected
    assert {f["stage"] for f in failures.values()} == {"fetch"}
    manifest = crawled.manifest()
    for key, code in expected.items():
        url = site.url(key) if key.startswith("/") else key
        assert manifest[url].error_code == code and manifest[url].error, key
    # Faults that recovered: 500 then 200, 429 with Retry-After, one slow answer.
    for recovered in ("alingsas", "gavle", "halmstad"):
        entry = manifest[site.url(f"/filer/{recovered}-medborgarlofte-2024.pdf")]
        assert entry.status == 200 and entry.error is None and entry.attempts == 2, recovered
    assert manifest[site.url("/filer/langsam.pdf")].attempts == 3


def test_manifest_records_what_was_fetched(crawled: Crawled) -> None:
    site = crawled.site
    manifest = crawled.manifest()
    pdf = manifest[site.url("/filer/alingsas-medborgarlofte-2024.pdf")]
    body = site.routes["/filer/alingsas-medborgarlofte-2024.pdf"].body
    assert pdf.status == 200 and pdf.content_type == "application/pdf" and pdf.format == "pdf" and pdf.is_document
    assert pdf.sha256 == hashlib.sha256(body).hexdigest() and pdf.size == len(body)
    assert (crawled.cache / "objects" / pdf.sha256[:2] / pdf.sha256[2:]).read_bytes() == body
    assert pdf.etag == site.routes["/filer/alingsas-medborgarlofte-2024.pdf"].etag
    assert pdf.last_modified == "Mon, 15 Jan 2024 08:00:00 GMT"
    assert pdf.linked_from == site.url("/medborgarloften/alingsas/") and pdf.depth == 2
    assert pdf.fetched_at.tzinfo is not None
    # Served as application/octet-stream, sniffed as PDF by its magic bytes.
    octet = manifest[site.url("/dokument?id=1001")]
    assert octet.content_type == "application/octet-stream" and octet.format == "pdf" and octet.is_document
    # Redirect followed and recorded.
    moved = manifest[site.url("/gamla-filer/eskilstuna.pdf")]
    assert moved.final_url == site.url("/filer/eskilstuna-medborgarlofte-2024.pdf") and moved.status == 200
    # An error page served with 200 is kept as evidence but is no document.
    soft = manifest[site.url("/filer/borttagen.pdf")]
    assert soft.status == 200 and soft.format == "html" and not soft.is_document and soft.etag is None
    # Landing pages and the index are index pages, not documents, on record with the reason.
    for index in ("/medborgarloften/", "/medborgarloften/boras/"):
        entry = manifest[site.url(index)]
        assert not entry.is_document and entry.reason and entry.reason.startswith("index page: "), index
    assert manifest[site.url("/medborgarloften/")].reason.startswith("index page: 34 links to pledges")  # type: ignore[union-attr]
    assert manifest[site.url("/medborgarloften/alingsas/")].is_document
    assert manifest[site.url("/medborgarloften/alingsas/")].reason is None


def test_discovery_stays_on_topic_and_obeys_robots_txt(crawled: Crawled) -> None:
    for never in crawled.site.expected.never:
        assert crawled.requests[never] == 0, never
    assert crawled.requests["/robots.txt"] == 2  # once per host: 127.0.0.1 and localhost
    # Nothing was fetched twice within the crawl beyond retries of the faults.
    retried = {"/filer/alingsas-medborgarlofte-2024.pdf", "/filer/gavle-medborgarlofte-2024.pdf",
               "/filer/halmstad-medborgarlofte-2024.pdf", "/filer/langsam.pdf", "/robots.txt"}  # fmt: skip
    assert {p for p, n in crawled.requests.items() if n > 1} <= retried


def test_file_links_are_never_read(crawled: Crawled) -> None:
    secret = Path("/etc/passwd").read_bytes() if Path("/etc/passwd").exists() else b"root:x:0:0"
    sha = hashlib.sha256(secret).hexdigest()
    assert not (crawled.cache / "objects" / sha[:2] / sha[2:]).exists()
    for obj in (crawled.cache / "objects").rglob("*"):
        if obj.is_file():
            assert b"root:x:0:0" not in obj.read_bytes()


def test_requests_identify_the_tool_and_contact(crawled: Crawled) -> None:
    assert crawled.agents == {f"pledgeparse/{__version__} (medborgarloften research crawler; +mailto:{CONTACT})"}


# -- running again ----------------------------------------------------------------


def test_second_run_transfers_no_document_bodies(crawled: Crawled, tmp_path: Path) -> None:
    site = crawled.site
    site.reset_counts()
    code, output = invoke_run(site, crawled.cache, tmp_path / "again")
    assert code == 1, output
    assert site.document_bodies() == 0, {
        p: n for p, n in site.bodies.items() if site.routes.get(p) and site.routes[p].document
    }
    assert sum(site.not_modified.values()) >= len(site.expected.documents)
    conditional = [h for _, _, p, h in site.log if p == "/filer/alingsas-medborgarlofte-2024.pdf"]
    assert conditional and "if-none-match" in conditional[0] and "if-modified-since" in conditional[0]
    assert "not modified" in output
    assert canonical(tmp_path / "again", site) == canonical(crawled.out, site)
    latest = Manifest(crawled.cache / "manifest.jsonl").latest()
    entry = latest[site.url("/filer/alingsas-medborgarlofte-2024.pdf")]
    assert entry.not_modified and entry.status == 304 and entry.sha256


def test_interrupted_run_resumes_to_the_same_dataset(crawled: Crawled, tmp_path: Path) -> None:
    downloads: list[str] = []

    def interrupt_after_15(entry: ManifestEntry, reused: bool) -> None:
        if not reused and entry.sha256:
            downloads.append(entry.url)
        if len(downloads) == 15:
            raise KeyboardInterrupt

    settings = fast_settings(tmp_path / "cache")
    seeds = [""]
    with FakeSite.build(municipalities=32) as site:
        seeds = [site.url("/medborgarloften/")]
        with pytest.raises(KeyboardInterrupt):
            run(seeds, tmp_path / "out", settings, on_entry=interrupt_after_15)
        assert not (tmp_path / "out").exists()
        site.reset_counts()
        summary = run(seeds, tmp_path / "out", settings)
        again = {p: n for p, n in site.bodies.items()}
        assert summary.crawl.resumed and summary.crawl.reused >= 15
        for url in downloads:  # nothing fetched before the interruption is downloaded again
            assert again.get(path(url), 0) == 0, url
        assert canonical(tmp_path / "out", site) == canonical(crawled.out, crawled.site)


def test_killed_fetch_process_resumes_to_the_same_dataset(crawled: Crawled, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    manifest = cache / "manifest.jsonl"
    with FakeSite.build(municipalities=32) as site:
        seeds = [site.url("/medborgarloften/")]
        env = {**os.environ, **TEST_ENV}
        command = [sys.executable, "-m", "pledgeparse", "fetch", *seeds, "--cache", str(cache), "--delay", "0.03"]
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and process.poll() is None:
                if manifest.exists() and manifest.read_bytes().count(b"\n") >= 20:
                    break
                time.sleep(0.01)
            assert process.poll() is None, "the crawl finished before it could be killed"
            process.send_signal(signal.SIGKILL)
        finally:
            process.wait(timeout=10)
        before = Manifest(manifest).latest()
        assert 20 <= len(before) < 70
        site.reset_counts()
        summary = run(seeds, tmp_path / "out", fast_settings(cache))
        assert summary.crawl.resumed
        for url, entry in before.items():
            if entry.sha256 and not entry.error:
                assert site.bodies.get(path(url), 0) == 0, url
        assert canonical(tmp_path / "out", site) == canonical(crawled.out, crawled.site)


def _wait_for_lines(manifest: Path, lines: int, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.01)


def _cache_is_consistent(cache: Path) -> list[ManifestEntry]:
    """Every manifest line readable, every body it names in the cache with those bytes."""
    manifest = Manifest(cache / "manifest.jsonl")
    entries = list(manifest.entries())
    assert manifest.skipped_lines == 0 and manifest.path.read_bytes().endswith(b"\n")
    for entry in entries:
        if entry.sha256:
            body = (cache / "objects" / entry.sha256[:2] / entry.sha256[2:]).read_bytes()
            assert hashlib.sha256(body).hexdigest() == entry.sha256, entry.url
    assert not list((cache / "objects" / "tmp").iterdir()) and not list(cache.glob(".*.tmp"))
    return entries


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(("command", "signum", "code"), [("fetch", signal.SIGINT, 130), ("run", signal.SIGTERM, 143)])
def test_ctrl_c_stops_the_crawl_consistently_and_the_next_run_resumes(
    crawled: Crawled, tmp_path: Path, command: str, signum: int, code: int
) -> None:
    import shutil

    from pledgeparse.fetch import CrawlState

    cache, out = tmp_path / "cache", tmp_path / "out"
    shutil.copytree(crawled.out, out)  # the previous dataset, which must stay as it is
    before = _snapshot(out)
    with FakeSite.build(municipalities=32) as site:
        seeds = [site.url("/medborgarloften/")]
        command_line = [sys.executable, "-m", "pledgeparse", command, *seeds, "--cache", str(cache), "--delay", "0.03"]
        if command == "run":
            command_line += ["--out", str(out)]
        env = {**os.environ, **TEST_ENV}
        process = subprocess.Popen(
            command_line, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
        )
        try:
            _wait_for_lines(cache / "manifest.jsonl", 20, process)
            assert process.poll() is None, "the crawl finished before it could be interrupted"
            sent = time.monotonic()
            os.killpg(process.pid, signum)
            _, err = process.communicate(timeout=30)
            stopped_in = time.monotonic() - sent
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
        assert process.returncode == code, err
        assert stopped_in < 2.0, stopped_in
        line = err.decode().strip().splitlines()[-1]
        assert line.startswith("interrupted during the crawl after "), line
        assert "the same command resumes the crawl" in line
        entries = _cache_is_consistent(cache)
        state = CrawlState.load(cache / "crawl-state.json")
        assert state is not None and not state.finished
        assert 20 <= len(entries) < 70
        assert _snapshot(out) == before and not list(tmp_path.glob(".out.*"))
        if command == "run":
            assert line.endswith(f"the previous dataset in {out} is unchanged"), line
        site.reset_counts()
        summary = run(seeds, tmp_path / "again", fast_settings(cache))
        assert summary.crawl.resumed
        for entry in entries:  # nothing fetched before the interruption is downloaded again
            if entry.sha256 and not entry.error:
                assert site.bodies.get(path(entry.url), 0) == 0, entry.url
        assert canonical(tmp_path / "again", site) == canonical(crawled.out, crawled.site)


def test_ctrl_c_while_parsing_the_fetched_documents_keeps_the_previous_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pledgeparse.fetch.runner as runner
    from pledgeparse.stopping import Interrupted, stop_on_signals

    out, settings = tmp_path / "out", fast_settings(tmp_path / "cache")
    with FakeSite.build(municipalities=2) as small:
        seeds = [small.url("/medborgarloften/")]
        run(seeds, out, settings)
        before = _snapshot(out)
        parsed: list[str] = []
        real_extract = runner.extract

        def extract_then_ctrl_c(data: bytes, source: str, *args: object) -> object:
            parsed.append(source)
            if len(parsed) == 2:
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)  # the handler runs here
            return real_extract(data, source, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(runner, "extract", extract_then_ctrl_c)
        with pytest.raises(Interrupted) as caught, stop_on_signals():
            run(seeds, out, settings)
    assert len(parsed) == 2 and caught.value.exit_code == 130
    assert caught.value.detail == (
        "interrupted while parsing the 3 fetched documents (the crawl is complete); "
        f"the previous dataset in {out} is unchanged"
    )
    assert _snapshot(out) == before and not list(tmp_path.glob(".out.*"))


# -- limits and politeness --------------------------------------------------------


def test_depth_and_page_limits(site: FakeSite, tmp_path: Path) -> None:
    from pledgeparse.fetch import crawl

    seeds = [site.url("/medborgarloften/")]
    shallow = crawl(seeds, fast_settings(tmp_path / "shallow", fetch_max_depth=1))
    assert max(e.depth for e in shallow.entries) == 1
    assert not any(e.format == "pdf" for e in shallow.entries)  # PDFs are two hops away
    assert {e.url for e in shallow.documents} == {site.url(p) for p in site.expected.documents if p.endswith("/")}
    few = crawl(seeds, fast_settings(tmp_path / "few", fetch_max_pages=5))
    assert len(few.entries) == 5 and few.truncated and "page limit" in few.describe()


def test_per_host_delay_spaces_requests(tmp_path: Path) -> None:
    from pledgeparse.fetch import crawl

    with FakeSite.build(municipalities=2) as small:
        small.reset_counts()
        crawl([small.url("/medborgarloften/")], fast_settings(tmp_path / "cache", fetch_delay=0.1))
        times = sorted(t for t, host, _, _ in small.log if host.startswith("127.0.0.1"))
    assert len(times) >= 5
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.09, gaps


def test_fetch_command_fills_the_cache_and_reports(tmp_path: Path) -> None:
    with FakeSite.build(municipalities=2) as small:
        args = ["fetch", small.url("/medborgarloften/"), "--cache", str(tmp_path / "cache"), "--delay", "0"]
        first = CliRunner().invoke(app, args, env=TEST_ENV)
        again = CliRunner().invoke(app, [*args, "--fresh"], env=TEST_ENV)
    # The index, two municipality pages (one a pledge), two PDFs, and the
    # index's error page served with 200, which is the one error.
    assert first.exit_code == 1, first.output
    assert first.output.startswith("6 URLs, 3 documents, 2 index pages, 6 downloaded, 0 not modified, 1 errors -> ")
    assert first.output.rstrip().splitlines()[0].endswith("manifest.jsonl")
    # --fresh: a new crawl, which revalidates what it has (only the error page comes again).
    assert again.output.startswith("6 URLs, 3 documents, 2 index pages, 1 downloaded, 5 not modified, 1 errors"), (
        again.output
    )
    entries = list(Manifest(tmp_path / "cache" / "manifest.jsonl").entries())
    assert len({e.run_id for e in entries}) == 2
