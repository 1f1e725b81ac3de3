"""What the crawler needs to know about a response: its format, its links,
and whether an HTML page is an error page, an index page (its links are
followed, it is not parsed) or a document to parse.

This is discovery, not extraction: the stdlib HTML parser is enough to list
links and count text, and keeps the fetcher independent of the readers
(which alone parse documents). Decisions are made from the bytes, never
from the Content-Type alone: a PDF served as ``application/octet-stream``
is a PDF, and an HTML error page served with 200 is not a pledge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .urls import resolve

PDF_MAGIC = b"%PDF-"
_HTML_HEAD = re.compile(rb"<!doctype html|<html|<head|<body|<title", re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)

#: The genre word: "medborgarlöfte", "medborgarlöften", "medborgarloften" (URLs).
GENRE = re.compile(r"medborgarl(?:ö|o|%c3%b6)ft", re.IGNORECASE)
#: Phrases of error pages (DOMAIN: an error page served with 200 is no pledge).
ERROR_PHRASES = re.compile(
    r"sidan\s+(?:du\s+(?:söker|letar\s+efter)\s+)?(?:kunde\s+inte\s+hittas|finns\s+inte|hittades\s+inte|saknas)"
    r"|kunde\s+inte\s+hittas|hittades\s+inte|finns\s+inte\s+längre|sidan\s+är\s+borttagen"
    r"|page\s+not\s+found|\bnot\s+found\b|\b404\b|\b410\b|ett\s+fel\s+(?:har\s+)?uppstått",
    re.IGNORECASE,
)
#: Link texts that announce a download (a PDF behind a URL without .pdf).
DOWNLOAD_TEXT = re.compile(r"\bpdf\b|ladda\s+ner|hämta|download|\bbilaga\b", re.IGNORECASE)
PDF_PATH = re.compile(r"\.pdf(?:$|[?#;])", re.IGNORECASE)
#: Link schemes that never lead to a page (a ``mailto:`` link in the footer).
_NOT_PAGES = frozenset({"mailto", "tel", "javascript", "data"})

#: An error page has little prose.
MAX_ERROR_PAGE_CHARS = 2000
#: An index page links to pledges and has little text of its own: under
#: this much, or (a listing) more link text to pledges than text of its own,
#: with at least MIN_LISTING_LINKS such links and under MAX_LISTING_CHARS.
MAX_INDEX_CHARS = 300
MIN_LISTING_LINKS = 10
MAX_LISTING_CHARS = 2000


def sniff(body: bytes, content_type: str | None) -> str:
    """``pdf``, ``html`` or ``other``, from the bytes first and the type second."""
    if PDF_MAGIC in body[:1024]:
        return "pdf"
    head = body[:2048]
    if _HTML_HEAD.search(head) or "html" in (content_type or "").lower():
        return "html"
    return "other"


def decode_html(body: bytes, content_type: str | None) -> str:
    """UTF-8 if valid; else the declared charset; else windows-1252 (old municipal pages)."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(content_type or "")
    name = declared.group(1) if declared else None
    if name is None:
        meta = _META_CHARSET.search(body[:4096])
        name = meta.group(1).decode("ascii", "ignore") if meta else None
    if name and name.lower() not in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "utf-8", "utf8"}:
        try:
            return body.decode(name, errors="replace")
        except LookupError:
            pass
    return body.decode("cp1252", errors="replace")


@dataclass
class Link:
    url: str
    text: str
    #: In the site's navigation, header, footer or a sidebar, not the page's own content.
    chrome: bool = False


@dataclass
class PageScan:
    title: str = ""
    text: str = ""
    link_text: str = ""
    links: list[Link] = field(default_factory=list)

    @property
    def prose(self) -> str:
        """The visible text that is not inside links (menus are links)."""
        return self.text


class _Scanner(HTMLParser):
    SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    CHROME = frozenset({"nav", "header", "footer", "aside"})

    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.scan = PageScan()
        self._skip = 0
        self._chrome = 0
        self._in_title = False
        self._anchor: tuple[str, list[str]] | None = None
        self._text: list[str] = []
        self._title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "base" and values.get("href"):
            self.base_url = resolve(self.base_url, values["href"])
        elif tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.CHROME:
            self._chrome += 1
        elif tag == "a" and values.get("href"):
            label = values.get("title") or values.get("aria-label") or ""
            self._anchor = (values["href"], [label] if label else [])
        elif tag in {"iframe", "embed"} and values.get("src"):
            self._add_link(values["src"], "")
        elif tag == "object" and values.get("data"):
            self._add_link(values["data"], "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self.CHROME:
            self._chrome = max(0, self._chrome - 1)
        elif tag == "a" and self._anchor is not None:
            href, words = self._anchor
            self._anchor = None
            self._add_link(href, " ".join(" ".join(words).split()))

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif self._skip:
            return
        elif self._anchor is not None:
            self._anchor[1].append(data)
        else:
            self._text.append(data)

    def _add_link(self, href: str, text: str) -> None:
        href = href.strip()
        if not href or href.startswith("#"):
            return
        self.scan.link_text += " " + text
        self.scan.links.append(Link(url=resolve(self.base_url, href), text=text, chrome=self._chrome > 0))

    def close(self) -> None:
        super().close()
        self.scan.title = " ".join(" ".join(self._title).split())
        self.scan.text = " ".join(" ".join(self._text).split())
        self.scan.link_text = " ".join(self.scan.link_text.split())


def scan_page(body: bytes, base_url: str, content_type: str | None = None) -> PageScan:
    scanner = _Scanner(base_url)
    scanner.feed(decode_html(body, content_type))
    scanner.close()
    return scanner.scan


def pledge_links(scan: PageScan, page_url: str) -> list[Link]:
    """Links of the page's own content (not its navigation) to other pages or
    files that name a medborgarlöfte, a PDF or a download, once each."""
    found: dict[str, Link] = {}
    for link in scan.links:
        if link.chrome or link.url.rstrip("/") == page_url.rstrip("/"):
            continue
        if link.url.split(":", 1)[0].lower() in _NOT_PAGES:
            continue
        if is_pdf_link(link.url) or suggests_pledge(link) or suggests_download(link):
            found.setdefault(link.url, link)
    return list(found.values())


def index_page_reason(scan: PageScan, page_url: str) -> str | None:
    """Why the page is an index (or landing) page, judged by its shape alone:
    links to pledges and little text of its own. None: a document to parse.

    Whether a pledge is found on it is the extractor's business: a page
    that is not an index is parsed, and one without pledges becomes a
    failure row, never nothing.
    """
    links = pledge_links(scan, page_url)
    own = len(scan.prose)
    if not links:
        return None
    if own < MAX_INDEX_CHARS:
        return f"index page: {_links(len(links))} to pledges and {own} characters of text of its own"
    linked = sum(len(link.text) for link in links)
    if len(links) >= MIN_LISTING_LINKS and own < MAX_LISTING_CHARS and linked > own:
        return f"index page: {len(links)} links to pledges, more link text ({linked} characters) than its own ({own})"
    return None


def _links(count: int) -> str:
    return f"{count} link" if count == 1 else f"{count} links"


def looks_like_error_page(scan: PageScan) -> bool:
    """A "soft 404": an error phrase, no pledge vocabulary, very little prose."""
    return (
        len(scan.prose) <= MAX_ERROR_PAGE_CHARS
        and not GENRE.search(scan.prose)
        and bool(ERROR_PHRASES.search(f"{scan.title} {scan.prose[:MAX_ERROR_PAGE_CHARS]}"))
    )


def is_pdf_link(url: str) -> bool:
    return bool(PDF_PATH.search(url))


def suggests_pledge(link: Link) -> bool:
    return bool(GENRE.search(link.url) or GENRE.search(link.text))


def suggests_download(link: Link) -> bool:
    return bool(DOWNLOAD_TEXT.search(link.text))
