"""Every fetched page is accounted for (issue 15): a fake police site of 40
real pledge pages, each with its PDF, in the shapes real sites give them.

Some pledge pages hold no words of commitment, sit under a mega-menu of
hundreds of links, carry a sidebar of the other municipalities' pledges,
or are short and link no PDF; the old crawler took such pages for landing
pages and dropped them without a trace. Now each fetched HTML page ends as a
document, as a failure row, or as an index page on record (manifest
``is_document=false`` with a ``reason``, counted in the summary line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from fakesite import FakeSite, Resource, _chrome, _pdf_cached, pledge_parts, render_landing_page, slug
from pledgeparse.cli import app
from pledgeparse.fetch import Manifest
from pledgeparse.fetch.pages import GENRE, PageScan, index_page_reason, scan_page

NAMES = [f"Kommun{chr(ord('a') + i // 8)}{chr(ord('a') + i % 8)}" for i in range(40)]
TEST_ENV = {
    "PLEDGEPARSE_FETCH_CONNECT_TIMEOUT": "2",
    "PLEDGEPARSE_FETCH_READ_TIMEOUT": "2",
    "PLEDGEPARSE_FETCH_ATTEMPTS": "2",
    "PLEDGEPARSE_FETCH_BACKOFF": "0.01",
}
MENU = "".join(f'<a href="/tjanster/{n}/">Tjänst nummer {n} för invånare</a> ' for n in range(200))


def _lists(parts: dict[str, Any]) -> tuple[str, str, str]:
    police = "".join(f"<li>{p}</li>" for p in parts["police"])
    municipal = "".join(f"<li>{p}</li>" for p in parts["municipal"])
    signers = "".join(f"<p>{n}<br>{t}</p>" for n, t in parts["signers"])
    return police, municipal, signers


def pledge_page(shape: int, index: int, name: str, pdf: str) -> bytes:
    """A pledge page in one of five shapes (0: the plain one the old crawler knew)."""
    parts = pledge_parts(index, name)
    police, municipal, signers = _lists(parts)
    title = f"Medborgarlöfte 2024 för {name} kommun"
    plain = f"""<h1>{title}</h1><p>{parts["intro"]}</p><h2>Löftet</h2>
<p>Polisen lovar att:</p><ul>{police}</ul><p>Kommunen lovar att:</p><ul>{municipal}</ul>
<h2>Underskrifter</h2><p>{parts["place_date"]}</p>{signers}"""
    document = f'<p><a href="{pdf}">{title} (pdf)</a></p>'
    if shape == 1:  # no words of commitment: what the parties do, under headings
        body = f"""<h1>{title}</h1><p>Medborgarlöftet för {name} kommun och lokalpolisområde {name} gäller 2024.
Det bygger på medborgardialoger och trygghetsmätningar.</p><h2>Polisens åtgärder</h2><ul>{police}</ul>
<h2>Kommunens åtgärder</h2><ul>{municipal}</ul><h2>Underskrifter</h2><p>{parts["place_date"]}</p>{signers}"""
        return _chrome(body + document, title)
    if shape == 2:  # under a mega-menu: mostly links
        return _chrome(plain + document, title).replace(b"<header><nav>", f"<header><nav>{MENU}".encode())
    if shape == 3:  # a sidebar with every other municipality's pledge
        others = "".join(f'<li><a href="/medborgarloften/{slug(n)}/">Medborgarlöfte {n}</a></li>' for n in NAMES)
        return _chrome(plain + document + f"<aside><h2>Fler medborgarlöften</h2><ul>{others}</ul></aside>", title)
    if shape == 4:  # short, in the page only (the PDF is linked from the index)
        body = f"""<h1>{title}</h1><p>Polisen lovar att:</p><ul><li>{parts["police"][0]}</li></ul>
<p>Kommunen lovar att:</p><ul><li>{parts["municipal"][0]}</li></ul>"""
        return _chrome(body, title)
    return _chrome(plain + document, title)


ABOUT = _chrome(
    "<h1>Om medborgarlöften</h1>"
    + "<p>Ett medborgarlöfte är en överenskommelse mellan kommunen och polisen om vad man ska göra för att "
    "öka tryggheten. Arbetet utgår från en gemensam lägesbild och från dialog med invånarna. "
    "Löftena följs upp varje år och redovisas för kommunstyrelsen.</p>" * 2,
    "Om medborgarlöften",
)
CONTACT = _chrome(
    "<h1>Kontakta lokalpolisen</h1>"
    + "<p>Ring 114 14 för att komma i kontakt med polisen i ditt område. Vid pågående brott, ring 112. "
    "Du kan också besöka en polisstation under dess öppettider eller skriva till registratorn.</p>" * 2,
    "Kontakt",
)


def build_site() -> FakeSite:
    site = FakeSite()
    routes = site.routes
    routes["/robots.txt"] = Resource(b"User-agent: *\n", "text/plain", document=False)
    links = ['<li><a href="/medborgarloften/om/">Om medborgarlöften</a></li>']
    links.append('<li><a href="/medborgarloften/kontakt/">Kontakt</a></li>')
    for i, name in enumerate(NAMES):
        page, pdf = f"/medborgarloften/{slug(name)}/", f"/filer/{slug(name)}-medborgarlofte-2024.pdf"
        routes[pdf] = Resource(_pdf_cached(i, name), "application/pdf")
        routes[page] = Resource(pledge_page(i % 5, i, name, pdf))
        links.append(f'<li><a href="{page}">{name}</a></li>')
        if i % 5 == 4:
            links.append(f'<li><a href="{pdf}">{name} (pdf)</a></li>')
    # A landing page besides, linking a PDF that is also linked from a pledge page.
    routes["/medborgarloften/arkiv/"] = Resource(
        render_landing_page("arkiv", f"/filer/{slug(NAMES[0])}-medborgarlofte-2024.pdf", "Medborgarlöfte (pdf)")
    )
    links.append('<li><a href="/medborgarloften/arkiv/">Arkiv</a></li>')
    routes["/medborgarloften/om/"] = Resource(ABOUT)
    routes["/medborgarloften/kontakt/"] = Resource(CONTACT)
    routes["/medborgarloften/"] = Resource(
        _chrome("<h1>Medborgarlöften</h1><p>Kommunernas medborgarlöften.</p><ul>" + "".join(links) + "</ul>", "Index")
    )
    return site


@pytest.fixture(scope="module")
def site() -> Iterator[FakeSite]:
    with build_site() as fake:
        yield fake


def old_judgement(scan: PageScan) -> bool:
    """How the crawler used to decide "a pledge is on this page" (and dropped the page if not)."""
    commitment = re.compile(r"\b(?:lovar|avger|åtar\s+oss|ska\s+genomföra|kommer\s+att\s+genomföra)\b", re.IGNORECASE)
    density = len(scan.link_text) / max(1, len(scan.text) + len(scan.link_text))
    return bool(GENRE.search(f"{scan.title} {scan.prose}") and commitment.search(scan.prose)) and (
        len(scan.prose) >= 300 and density <= 0.5
    )


def test_the_old_judgement_would_have_dropped_pledge_pages(site: FakeSite) -> None:
    """The shapes are the ones that fooled "no pledge found, so a landing page"."""
    dropped = {
        i % 5
        for i, name in enumerate(NAMES)
        if not old_judgement(scan_page(site.routes[f"/medborgarloften/{slug(name)}/"].body, site.url("/")))
    }
    assert dropped == {1, 2, 3, 4}  # only the plain shape passed
    for i, name in enumerate(NAMES):
        path = f"/medborgarloften/{slug(name)}/"
        assert index_page_reason(scan_page(site.routes[path].body, site.url(path)), site.url(path)) is None, i % 5
    index = scan_page(site.routes["/medborgarloften/"].body, site.url("/medborgarloften/"))
    assert (index_page_reason(index, site.url("/medborgarloften/")) or "").startswith("index page: 51 links")


def test_every_fetched_page_is_a_document_a_failure_or_an_index_page(site: FakeSite, tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ["run", site.url("/medborgarloften/"), "--cache", str(cache), "--out", str(out), "--delay", "0"]
    result = CliRunner().invoke(app, args, env=TEST_ENV)
    manifest = Manifest(cache / "manifest.jsonl").latest()
    rows = pq.read_table(out / "documents.parquet").to_pylist()
    documents = {row["source"] for row in rows}
    promises = {row["source"]: row["n_promises"] for row in rows}
    failures = {(row["source"], row["code"]) for row in pq.read_table(out / "failures.parquet").to_pylist()}
    failed = {source for source, _ in failures}
    index_pages = {url for url, e in manifest.items() if not e.is_document and e.reason and not e.error}
    pages = {url for url, e in manifest.items() if e.format == "html"}
    assert len(pages) == 44
    for url in pages:  # one of the three ends, never none
        assert (url in documents or url in failed) != (url in index_pages), url
    for name in NAMES:  # all 40 pledge pages and their 40 PDFs are documents
        assert promises[site.url(f"/medborgarloften/{slug(name)}/")] >= 1, name
        assert site.url(f"/filer/{slug(name)}-medborgarlofte-2024.pdf") in documents, name
    assert index_pages == {site.url("/medborgarloften/"), site.url("/medborgarloften/arkiv/")}
    for url in index_pages:
        assert manifest[url].reason.startswith("index page: ")  # type: ignore[union-attr]
    # Speaks of medborgarlöften, holds none: E201. Never mentions one: E200.
    assert (site.url("/medborgarloften/om/"), "E201") in failures
    assert (site.url("/medborgarloften/kontakt/"), "E200") in failures
    crawl_line, parse_line = result.output.splitlines()[:2]
    assert crawl_line.startswith("84 URLs, 82 documents, 2 index pages, "), crawl_line
    assert parse_line.startswith("81 documents -> "), parse_line  # the contact page is no document
    assert result.exit_code == 1, result.output  # the two failure rows
