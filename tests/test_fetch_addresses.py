"""The crawler cannot be pointed inward: links, redirects and names that
resolve to loopback, private, link-local or multicast addresses are refused
(E310), except hosts named in a start URL and with --allow-private-hosts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fakesite import FakeSite, Resource
from pledgeparse.cli import app
from pledgeparse.errors import PrivateAddressError
from pledgeparse.fetch import HttpClient, Manifest, crawl, parse_fetched
from pledgeparse.fetch.addresses import AddressPolicy, is_inward
from pledgeparse.settings import Settings

PDF = b"%PDF-1.4 inner"


def settings(cache: Path, **overrides: object) -> Settings:
    return Settings(cache_dir=cache, fetch_delay=0.0, fetch_attempts=1, **overrides)  # type: ignore[arg-type]


@pytest.fixture
def inner() -> Iterator[FakeSite]:
    """A host on another loopback address that no start URL names: the "intranet"."""
    site = FakeSite()
    site.address = "127.0.0.3"
    site.routes["/admin.pdf"] = Resource(PDF, "application/pdf")
    try:
        site.__enter__()
    except OSError as error:
        pytest.skip(f"cannot listen on {site.address}: {error}")
    yield site
    site.__exit__(None, None, None)


@pytest.fixture
def start(inner: FakeSite) -> Iterator[FakeSite]:
    """The start page (127.0.0.1, named) links the inner host three ways."""
    site = FakeSite()
    site.routes["/"] = Resource(
        (
            "<html><body><h1>Medborgarlöften</h1><ul>"
            f'<li><a href="{inner.url("/admin.pdf")}">Medborgarlöfte (pdf)</a></li>'
            '<li><a href="/flyttad.pdf">Medborgarlöfte 2023 (pdf)</a></li>'
            '<li><a href="{localhost}/egen.pdf">Medborgarlöfte 2022 (pdf)</a></li>'
            '<li><a href="/egen.pdf">Medborgarlöfte 2021 (pdf)</a></li>'
            "</ul></body></html>"
        ).encode()
    )
    site.routes["/flyttad.pdf"] = Resource(redirect_to=inner.url("/admin.pdf"))
    site.routes["/egen.pdf"] = Resource(PDF + b" own", "application/pdf")
    with site:
        for resource in site.routes.values():
            resource.body = resource.body.replace(b"{localhost}", site.other_host.encode())
        yield site


def test_links_redirects_and_names_leading_inward_are_refused(start: FakeSite, inner: FakeSite, tmp_path: Path) -> None:
    result = crawl([start.url("/")], settings(tmp_path / "cache"))
    codes = {entry.url: entry.error_code for entry in result.entries}
    assert codes[inner.url("/admin.pdf")] == "E310"  # a link to another loopback address
    assert codes[start.url("/flyttad.pdf")] == "E310"  # a redirect there
    assert codes[start.other_host + "/egen.pdf"] == "E310"  # "localhost": a name that resolves to loopback
    assert codes[start.url("/egen.pdf")] is None  # the start URL's own host is named: allowed
    assert sum(inner.requests.values()) == 0, inner.requests  # not even its robots.txt
    assert not any("localhost" in host for _, host, _, _ in start.log)
    refused = Manifest(tmp_path / "cache" / "manifest.jsonl").latest()[start.url("/flyttad.pdf")]
    assert "127.0.0.3" in (refused.error or "") and refused.sha256 is None
    # `run` records each as a failure of its own code.
    failures = [
        f for r in parse_fetched(result, settings(tmp_path / "cache")) for f in r.failures if f.stage == "fetch"
    ]
    assert sorted((f.code, f.source) for f in failures) == sorted(
        ("E310", url) for url in (inner.url("/admin.pdf"), start.url("/flyttad.pdf"), start.other_host + "/egen.pdf")
    )


def test_allow_private_hosts_turns_the_check_off(start: FakeSite, inner: FakeSite, tmp_path: Path) -> None:
    args = ["fetch", start.url("/"), "--cache", str(tmp_path / "cache"), "--delay", "0", "--allow-private-hosts"]
    outcome = CliRunner().invoke(app, args)
    assert outcome.exit_code == 0, outcome.output
    entries = Manifest(tmp_path / "cache" / "manifest.jsonl").latest()
    assert not [e for e in entries.values() if e.error]
    assert inner.requests["/admin.pdf"] == 2  # linked, and redirected to


def test_the_resolved_address_decides_not_the_name() -> None:
    answers = {
        "intranet.example.org": ["10.1.2.3"],
        "www.example.org": ["93.184.215.14"],
        "metadata": ["169.254.169.254"],
    }
    policy = AddressPolicy(["named.example.org"], resolver=lambda host: answers.get(host, ["10.0.0.9"]))
    for url in ("http://intranet.example.org/", "http://metadata/latest/", "http://[::1]/", "http://224.0.0.1/"):
        with pytest.raises(PrivateAddressError):
            policy.check(url)
    policy.check("http://www.example.org/a.pdf")
    policy.check("http://named.example.org/")  # named in a start URL: resolves to 10.0.0.9, allowed
    # The address actually connected to is checked too (a name that resolves elsewhere the second time).
    with pytest.raises(PrivateAddressError, match="connected to"):
        policy.check_peer("http://www.example.org/a.pdf", "127.0.0.1")
    policy.check_peer("http://www.example.org/a.pdf", "93.184.215.14")
    AddressPolicy([], allow_private=True, resolver=answers.__getitem__).check("http://intranet.example.org/")


def test_behind_a_proxy_only_the_resolved_addresses_are_checked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The connection then reaches the proxy (often on a private address), not the host.
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    with HttpClient(settings(tmp_path)) as direct:
        assert not direct.behind_proxy
    monkeypatch.setenv("HTTPS_PROXY", "http://10.0.0.1:3128")
    with HttpClient(settings(tmp_path)) as proxied:
        assert proxied.behind_proxy


@pytest.mark.parametrize(
    ("address", "inward"),
    [
        ("127.0.0.1", True), ("10.0.0.1", True), ("172.16.5.4", True), ("192.168.1.1", True),
        ("169.254.169.254", True), ("224.0.0.251", True), ("0.0.0.0", True), ("::1", True),
        ("fe80::1", True), ("fd00::1", True), ("ff02::1", True), ("::ffff:10.0.0.1", True),
        ("93.184.215.14", False), ("2a00:1450:4001::200e", False),
    ],
)  # fmt: skip
def test_inward_addresses(address: str, inward: bool) -> None:
    assert is_inward(address) is inward
