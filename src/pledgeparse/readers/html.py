"""HTML reader: main content of a web page as blocks, site chrome removed.

Pledges are published on the police site and on municipal CMS pages. Both
wrap the text in chrome (DOMAIN.md: "Javascript är inte påslaget", "Sök på
polisen.se", cookie banners, menus, "Till toppen", "Dokument"). The reader:

1. decodes the bytes (UTF-8, else the declared charset, else a guess; old
   municipal pages are often windows-1252 without saying so);
2. records links to attached PDFs (the fetcher follows them);
3. picks the main content element (``<main>``, ``role=main``, ``<article>``,
   common CMS content containers), falling back to ``<body>``;
4. drops chrome inside it by tag, ARIA role, class/id words, the features of
   a chrome line (``chrome.py``) and
   link density (lists of bare links, short link-only paragraphs that name
   furniture), recording the text it drops as furniture of kind ``chrome``;
5. walks what is left into heading, paragraph, list item (with nesting) and
   table row blocks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Doctype, ProcessingInstruction

from pledgeparse.chrome import is_file_link, line_chrome, web_word_share
from pledgeparse.errors import EmptyDocumentError
from pledgeparse.models import BlockKind, Format, Furniture, ReadDocument
from pledgeparse.settings import Settings

from .base import BlockBuilder, clean_inline, clean_lines, decode_legacy

DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button",
    "input", "select", "textarea", "nav", "aside", "footer", "dialog", "object", "embed",
    "video", "audio", "map", "picture", "img", "figure", "head", "meta", "link",
}  # fmt: skip
DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "complementary", "alertdialog", "menu"}
# Words in class or id that mark chrome. Matched as whole dash/underscore separated parts.
CHROME_WORDS = {
    "cookie", "cookies", "consent", "gdpr", "banner", "breadcrumb", "breadcrumbs", "share", "sharing",
    "social", "skip", "skiplink", "menu", "nav", "navigation", "navbar", "footer", "sidebar",
    "related", "search", "listen", "readspeaker", "rs", "toolbar", "print", "totop",
    "pagination", "feedback", "rating", "tags", "aside", "newsletter", "popup", "modal",
    "lyssna", "dela", "puff", "puffar", "relaterat", "sitefooter", "siteheader", "files", "attachments",
    "attachment", "downloads", "bilagor", "filer", "pageinfo", "page-info",
}  # fmt: skip
CHROME_PHRASES = re.compile(r"to-?top|till-?toppen|skip-?(to|link)|site-?header|page-?header|global-?header")
# Where sites put the main content, most specific first: (tag, attribute, value).
MAIN_CANDIDATES: tuple[tuple[str | None, str | None, str | None], ...] = (
    ("main", None, None),
    (None, "role", "main"),
    ("article", None, None),
    (None, "id", "content"),
    (None, "id", "main-content"),
    (None, "id", "maincontent"),
    (None, "id", "main"),
    (None, "class", "main-content"),
    (None, "class", "article-body"),
    (None, "class", "article__body"),
    (None, "class", "page-content"),
    (None, "class", "content"),
    (None, "class", "sv-layout"),
    (None, "class", "entry-content"),
)
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "blockquote", "pre", "address",
    "dl", "dt", "dd", "li", "ul", "ol", "table", "tr", "td", "th", "tbody", "thead",
    "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "center", "body", "caption",
}  # fmt: skip
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
PDF_LINK = re.compile(r"\.pdf($|[?#])", re.IGNORECASE)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 when the bytes are valid UTF-8; else the declared charset; else a guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        if name not in {"utf-8", "utf8"}:
            if name in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
                name = "cp1252"  # browsers treat these labels as windows-1252
            try:
                return data.decode(name, errors="replace"), name
            except LookupError:
                pass
    return decode_legacy(data)


def _attr_text(attrs: Mapping[str, object]) -> str:
    classes = attrs.get("class") or []
    parts = list(classes) if isinstance(classes, list) else [str(classes)]
    return " ".join([*map(str, parts), str(attrs.get("id") or "")]).lower()


def _is_chrome(tag: Tag) -> bool:
    if tag.name in DROP_TAGS:
        return True
    attrs = tag.attrs or {}
    if str(attrs.get("role", "")).lower() in DROP_ROLES:
        return True
    if attrs.get("aria-hidden") == "true" or attrs.get("hidden") is not None:
        return True
    words: set[str] = set()
    for value in (attrs.get("class") or []), [attrs.get("id") or ""]:
        for item in value:
            words.update(p for p in re.split(r"[-_\s]+", str(item).lower()) if p)
    if words & CHROME_WORDS or CHROME_PHRASES.search(" ".join(sorted(words)) + " " + _attr_text(attrs)):
        return True
    if tag.name == "header" and (tag.find(["nav", "form"]) or not tag.find(["h1", "h2", "h3"])):
        return True  # the site's header; an article's own header holds its heading
    if tag.name in {"a", "p", "div", "span", "li", "h2", "h3", "h4"}:
        text = tag.get_text(" ", strip=True)
        if text and len(text) < 80 and line_chrome(text):
            return True
    return _is_link_chrome(tag)


LINK_LIST_WORDS = 6  # items of a menu or a list of related pages are this short
LINK_LINE_WORDS = 12


def _link_share(tag: Tag) -> float:
    text = tag.get_text(" ", strip=True)
    if not text:
        return 0.0
    linked = sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))
    return linked / len(text)


def _is_link_chrome(tag: Tag) -> bool:
    """Link density: a list of bare links, or a short link-only line that names furniture."""
    if tag.name in {"ul", "ol"}:
        items = tag.find_all("li", recursive=False)
        return len(items) >= 2 and all(
            _link_share(li) >= 0.9 and len(li.get_text(" ", strip=True).split()) <= LINK_LIST_WORDS for li in items
        )
    if tag.name not in {"p", "div", "li"} or not tag.find("a"):
        return False
    text = tag.get_text(" ", strip=True)
    if len(text.split()) > LINK_LINE_WORDS or _link_share(tag) < 0.9:
        return False
    hits, _ = web_word_share(text)
    return hits > 0 or is_file_link(text)


SILENT_TAGS = {"script", "style", "noscript", "template", "svg", "canvas", "head", "meta", "link", "object", "embed"}


def _strip_chrome(root: Tag) -> list[Furniture]:
    """Remove chrome elements from the main content; return their texts as furniture."""
    for node in list(root.descendants):
        if isinstance(node, (Comment, Doctype, ProcessingInstruction)):
            node.extract()
    # Collect first, then decompose: decomposing while iterating skips nodes.
    doomed = [t for t in root.find_all(True) if _is_chrome(t)]
    dropped: list[Furniture] = []
    for tag in doomed:
        if tag.decomposed:
            continue
        text = clean_inline(tag.get_text(" ")) if tag.name not in SILENT_TAGS else ""
        if text:
            dropped.append(Furniture(text=text, kind="chrome"))
        tag.decompose()
    return dropped


def _candidate_rank(tag: Tag) -> int | None:
    classes: list[str] = list(tag.get("class") or [])
    for rank, (name, attr, value) in enumerate(MAIN_CANDIDATES):
        if name is not None and tag.name != name:
            continue
        if attr is None:
            return rank
        if attr == "class":
            if value in classes:
                return rank
        elif tag.get(attr) == value:
            return rank
    return None


def _text_len(tag: Tag) -> int:
    return len(tag.get_text(" ", strip=True))


def _main_content(soup: BeautifulSoup) -> Tag:
    body = soup.body or soup
    # One pass over the tags, ranking each by the first candidate it fits:
    # bs4 filters and CSS selectors cost more than parsing the page.
    ranked: list[tuple[int, int, Tag]] = []
    for position, tag in enumerate(soup.find_all(True)):
        rank = _candidate_rank(tag)
        if rank is not None and not _is_chrome(tag):
            ranked.append((rank, position, tag))
    candidates = [tag for _, _, tag in sorted(ranked, key=lambda r: (r[0], r[1]))]
    if not candidates:
        return body
    total = max(_text_len(body), 1)
    # The first candidate (most specific selector order) that holds a fair
    # share of the page's text; chrome-heavy pages still put the pledge there.
    for tag in candidates:
        if _text_len(tag) >= 0.25 * total or _text_len(tag) > 1500:
            return tag
    return max(candidates, key=_text_len)


def _is_bold_heading(paragraph: Tag) -> bool:
    text = clean_inline(paragraph.get_text(" "))
    if not text or len(text.split()) > 12 or text[-1] in ".,;":
        return False
    bold = " ".join(clean_inline(b.get_text(" ")) for b in paragraph.find_all(["strong", "b"]))
    return bold == text


class _Walker:
    def __init__(self) -> None:
        self.out = BlockBuilder()
        self.inline: list[str] = []

    def flush(self, kind: BlockKind = BlockKind.paragraph, level: int = 0) -> None:
        raw = "".join(self.inline)
        self.inline = []
        # An empty line (<br><br>) inside a paragraph separates paragraphs.
        for part in re.split(r"\n[ \t\u00a0]*\n", raw):
            text = clean_lines(part)
            if text:
                self.out.add(kind, text, level=level)

    def walk(self, node: Tag, list_depth: int = -1) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                self.inline.append(re.sub(r"\s+", " ", str(child)))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                self.inline.append("\n")
            elif name in HEADINGS:
                self.flush()
                text = clean_inline(child.get_text(" "))
                if text:
                    self.out.add(BlockKind.heading, text, level=HEADINGS[name])
            elif name in {"ul", "ol"}:
                self.flush()
                for item in child.find_all("li", recursive=False):
                    self.list_item(item, list_depth + 1, ordered=name == "ol")
            elif name == "li":  # a stray li outside a list
                self.flush()
                self.list_item(child, list_depth + 1, ordered=False)
            elif name == "table":
                self.flush()
                self.table(child)
            elif name == "p" and _is_bold_heading(child):
                # CMS editors make headings of bold paragraphs: <p><strong>Trafik</strong></p>
                self.flush()
                self.out.add(BlockKind.heading, clean_inline(child.get_text(" ")), level=3)
            elif name in BLOCK_TAGS:
                self.flush()
                self.walk(child, list_depth)
                self.flush()
            else:
                self.walk(child, list_depth)

    def list_item(self, item: Tag, depth: int, ordered: bool) -> None:
        nested = [c for c in item.children if isinstance(c, Tag) and c.name in {"ul", "ol"}]
        for sub in nested:
            sub.extract()
        saved = self.inline
        self.inline = []
        self.walk(item, depth)
        text = clean_lines("".join(self.inline))
        self.inline = saved
        if text:
            self.out.add(BlockKind.list_item, text, level=depth, ordered=ordered)
        for sub in nested:
            for li in sub.find_all("li", recursive=False):
                self.list_item(li, depth + 1, ordered=sub.name == "ol")

    def table(self, table: Tag) -> None:
        for row in table.find_all("tr"):
            if row.find_parent("table") is not table:
                continue  # rows of nested tables come with their own table
            cells = row.find_all(["td", "th"], recursive=False)
            texts = [clean_inline(c.get_text(" ")) for c in cells]
            if not any(texts):
                continue
            header = (bool(cells) and all(c.name == "th" for c in cells)) or row.find_parent("thead") is not None
            self.out.add(BlockKind.table_row, "\t".join(texts), cells=texts, header=header)


def read(data: bytes, source: str, settings: Settings) -> ReadDocument:
    markup, encoding = decode(data)
    soup = BeautifulSoup(markup, "lxml")
    attachments: list[str] = []
    for link in soup.find_all("a", href=True):
        href = str(link["href"]).strip()
        if PDF_LINK.search(href) and href not in attachments:
            attachments.append(href)
    title_tag = soup.find("title")
    page_title = clean_inline(title_tag.get_text(" ")) if title_tag else None
    main = _main_content(soup)
    dropped = _strip_chrome(main)
    walker = _Walker()
    walker.walk(main)
    walker.flush()
    blocks = walker.out.blocks
    if not blocks:
        raise EmptyDocumentError(f"{source}: no text in the page's main content")
    h1 = next((b for b in blocks if b.kind is BlockKind.heading and b.level == 1), None)
    title_hint = h1.text if h1 else page_title
    return ReadDocument(
        source=source,
        format=Format.html,
        text=walker.out.text,
        blocks=blocks,
        attachments=attachments,
        title_hint=title_hint,
        encoding=encoding,
        furniture=dropped,
    )
