"""The HTML reader reads lxml's tree with BeautifulSoup's text rules (readers/html.py):
every element's text is the one BeautifulSoup gives for the same page."""

from __future__ import annotations

from pathlib import Path

import pytest

bs4 = pytest.importorskip("bs4")

from pledgeparse.readers.html import _Page, _parse, decode  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "corpus").glob("*/*.html"))
EDGE_CASES = (
    "<html><body><div>a<!-- c -->b</div><pre>\n  x  \n</pre><p> <b>B</b>\n<i>i</i> </p>"
    "<script>var s = '<p>';</script><template><div>t</div></template><ruby>k<rt>r</rt></ruby>"
    "<textarea>\n\n</textarea><h2>\n<span>one</span>\n  <span>two</span></h2></body></html>"
)


def _compare(markup: str) -> None:
    soup = bs4.BeautifulSoup(markup, "lxml")
    page = _Page(_parse(markup))
    ours = page.everything()
    theirs = soup.find_all(True)
    assert [el.tag for el in ours] == [tag.name for tag in theirs]
    in_one_pass: dict[object, str] = {}
    page.stripped_texts(page.root, in_one_pass)
    for el, tag in zip(ours, theirs, strict=True):
        assert page.text(el, " ") == tag.get_text(" ")
        assert page.text(el, " ", strip=True) == tag.get_text(" ", strip=True)
        assert in_one_pass.get(el, tag.get_text(" ", strip=True)) == tag.get_text(" ", strip=True)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name)
def test_texts_as_beautifulsoup_reads_them(path: Path) -> None:
    _compare(decode(path.read_bytes())[0])


def test_edge_cases_as_beautifulsoup_reads_them() -> None:
    _compare(EDGE_CASES)
