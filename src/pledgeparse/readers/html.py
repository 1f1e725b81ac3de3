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
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.element import Comment, Doctype, ProcessingInstruction

from pledgeparse.errors import EmptyDocumentError
from pledgeparse.extract.chrome import is_file_link, line_chrome, web_word_share
from pledgeparse.models import BlockKind, Format, Furniture, ReadDocument
from pledgeparse.settings import Settings

from .base import BlockBuilder, clean_inline, clean_lines, decode_legacy, marked_items

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


ATTR_SPLIT = re.compile(r"[-_\s]+")


def _chrome_attrs(attrs: Mapping[str, Any]) -> bool:
    """Chrome by its ARIA role, a hidden flag, or a word of its class or id."""
    if str(attrs.get("role", "")).lower() in DROP_ROLES:
        return True
    if attrs.get("aria-hidden") == "true" or attrs.get("hidden") is not None:
        return True
    words: set[str] = set()
    for value in (attrs.get("class") or []), [attrs.get("id") or ""]:
        for item in value:
            words.update(p for p in ATTR_SPLIT.split(str(item).lower()) if p)
    return bool(words & CHROME_WORDS or CHROME_PHRASES.search(" ".join(sorted(words)) + " " + _attr_text(attrs)))


TEXT_CHROME_TAGS = frozenset({"a", "p", "div", "span", "li", "h2", "h3", "h4"})
HEADER_CHROME_TAGS = frozenset({"nav", "form"})
HEADER_HEADINGS = frozenset({"h1", "h2", "h3"})
BOLD_TAGS = frozenset({"strong", "b"})
CELL_TAGS = frozenset({"td", "th"})
LINK_LIST_WORDS = 6  # items of a menu or a list of related pages are this short
LINK_LINE_WORDS = 12


def _tags(node: Tag) -> Iterator[Tag]:
    """The elements below ``node`` in document order: ``find_all(True)`` without bs4's matching machinery."""
    return (d for d in node.descendants if isinstance(d, Tag))


def _has_tag(node: Tag, names: frozenset[str]) -> bool:
    return any(d.name in names for d in _tags(node))


def _child_tags(node: Tag, name: str) -> list[Tag]:
    """``find_all(name, recursive=False)``."""
    return [c for c in node.children if isinstance(c, Tag) and c.name == name]


class _Judge:
    """Decides which elements are chrome, on a tree that does not change meanwhile.

    An element's text (``get_text(" ", strip=True)``) is asked for again and
    again (by the element itself, its parent list, its link density, the main
    content's share of the page), so it is computed once per element.
    """

    def __init__(self) -> None:
        self._texts: dict[int, str] = {}

    def text(self, tag: Tag) -> str:
        key = id(tag)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = tag.get_text(" ", strip=True)
        return text

    def is_chrome(self, tag: Tag) -> bool:
        if tag.name in DROP_TAGS:
            return True
        # Most elements have no attributes, and none of these tests can fire without one.
        if tag.attrs and _chrome_attrs(tag.attrs):
            return True
        if tag.name == "header" and (_has_tag(tag, HEADER_CHROME_TAGS) or not _has_tag(tag, HEADER_HEADINGS)):
            return True  # the site's header; an article's own header holds its heading
        if tag.name in TEXT_CHROME_TAGS:
            text = self.text(tag)
            if text and len(text) < 80 and line_chrome(text):
                return True
        return self.is_link_chrome(tag)

    def link_share(self, tag: Tag) -> float:
        text = self.text(tag)
        if not text:
            return 0.0
        linked = sum(len(self.text(a)) for a in _tags(tag) if a.name == "a")
        return linked / len(text)

    def is_link_chrome(self, tag: Tag) -> bool:
        """Link density: a list of bare links, or a short link-only line that names furniture."""
        if tag.name in {"ul", "ol"}:
            items = _child_tags(tag, "li")
            return len(items) >= 2 and all(
                self.link_share(li) >= 0.9 and len(self.text(li).split()) <= LINK_LIST_WORDS for li in items
            )
        if tag.name not in {"p", "div", "li"} or not any(d.name == "a" for d in _tags(tag)):
            return False
        text = self.text(tag)
        if len(text.split()) > LINK_LINE_WORDS or self.link_share(tag) < 0.9:
            return False
        hits, _ = web_word_share(text)
        return hits > 0 or is_file_link(text)


SILENT_TAGS = {"script", "style", "noscript", "template", "svg", "canvas", "head", "meta", "link", "object", "embed"}


def _strip_chrome(root: Tag) -> list[Furniture]:
    """Remove chrome elements from the main content; return their texts as furniture."""
    # Collect first, then decompose: decomposing while iterating skips nodes.
    # The elements below a chrome element go with it, so they are not judged;
    # comments (and the like) are removed on the way: the walker would read them as text.
    judge = _Judge()
    doomed: list[Tag] = []
    stack = list(reversed(root.contents))  # document order
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if judge.is_chrome(node):
                doomed.append(node)
            else:
                stack.extend(reversed(node.contents))
        elif isinstance(node, (Comment, Doctype, ProcessingInstruction)):
            node.extract()
    dropped: list[Furniture] = []
    for tag in doomed:
        text = clean_inline(tag.get_text(" ")) if tag.name not in SILENT_TAGS else ""
        if text:
            dropped.append(Furniture(text=text, kind="chrome"))
        tag.decompose()
    return dropped


def _candidate_rank(tag: Tag) -> int | None:
    name = tag.name
    if name == "main":
        return 0
    if not tag.attrs:  # only the tag-name candidates can fit
        return 2 if name == "article" else None
    classes: list[str] = list(tag.get("class") or [])
    for rank, (wanted, attr, value) in enumerate(MAIN_CANDIDATES):
        if wanted is not None and name != wanted:
            continue
        if attr is None:
            return rank
        if attr == "class":
            if value in classes:
                return rank
        elif tag.get(attr) == value:
            return rank
    return None


def _main_content(soup: BeautifulSoup, ranked: list[tuple[int, int, Tag]] | None = None) -> Tag:
    """The element holding the page's content; ``ranked`` are the candidates
    (rank, position, element) of :func:`_scan` when it has already run."""
    body = soup.body or soup
    judge = _Judge()
    if ranked is None:
        ranked = _scan(soup)[2]
    ranked = [r for r in ranked if not judge.is_chrome(r[2])]
    candidates = [tag for _, _, tag in sorted(ranked, key=lambda r: (r[0], r[1]))]
    if not candidates:
        return body
    total = max(len(judge.text(body)), 1)
    # The first candidate (most specific selector order) that holds a fair
    # share of the page's text; chrome-heavy pages still put the pledge there.
    for tag in candidates:
        length = len(judge.text(tag))
        if length >= 0.25 * total or length > 1500:
            return tag
    return max(candidates, key=lambda tag: len(judge.text(tag)))


def _scan(soup: BeautifulSoup) -> tuple[list[str], Tag | None, list[tuple[int, int, Tag]]]:
    """One pass over the page's elements: links to PDFs, the first <title>, and
    the main-content candidates ranked by the first candidate each fits
    (bs4 filters and CSS selectors cost more than parsing the page)."""
    attachments: list[str] = []
    title: Tag | None = None
    ranked: list[tuple[int, int, Tag]] = []
    for position, tag in enumerate(_tags(soup)):
        name = tag.name
        if name == "a":
            href = tag.get("href")
            if href is not None:
                href = str(href).strip()
                if PDF_LINK.search(href) and href not in attachments:
                    attachments.append(href)
        elif name == "title" and title is None:
            title = tag
        rank = _candidate_rank(tag)
        if rank is not None:
            ranked.append((rank, position, tag))
    return attachments, title, ranked


def _is_bold_heading(paragraph: Tag) -> bool:
    text = clean_inline(paragraph.get_text(" "))
    if not text or len(text.split()) > 12 or text[-1] in ".,;":
        return False
    bold = " ".join(clean_inline(b.get_text(" ")) for b in _tags(paragraph) if b.name in BOLD_TAGS)
    return bold == text


BLANKS = re.compile(r"\s+")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


class _Walker:
    def __init__(self) -> None:
        self.out = BlockBuilder()
        self.inline: list[str] = []

    def flush(self, kind: BlockKind = BlockKind.paragraph, level: int = 0) -> None:
        raw = "".join(self.inline)
        self.inline = []
        if raw.isspace() or not raw:
            return  # blanks alone make no block
        # An empty line (<br><br>) inside a paragraph separates paragraphs.
        for part in PARAGRAPH_BREAK.split(raw):
            text = clean_lines(part)
            items = marked_items(text) if kind is BlockKind.paragraph else None
            if items:
                # "1. Medborgardialog<br>2. Medarbetardialoger": a list typed into a paragraph.
                for item, ordered in items:
                    self.out.add(BlockKind.list_item, item, level=0, ordered=ordered)
            elif text:
                self.out.add(kind, text, level=level)

    def walk(self, node: Tag, list_depth: int = -1) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                self.inline.append(BLANKS.sub(" ", str(child)))
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
                for item in _child_tags(child, "li"):
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
            for li in _child_tags(sub, "li"):
                self.list_item(li, depth + 1, ordered=sub.name == "ol")

    def table(self, table: Tag) -> None:
        for row in (t for t in _tags(table) if t.name == "tr"):
            if row.find_parent("table") is not table:
                continue  # rows of nested tables come with their own table
            cells = [c for c in row.children if isinstance(c, Tag) and c.name in CELL_TAGS]
            texts = [clean_inline(c.get_text(" ")) for c in cells]
            if not any(texts):
                continue
            header = (bool(cells) and all(c.name == "th" for c in cells)) or row.find_parent("thead") is not None
            self.out.add(BlockKind.table_row, _row_text(cells, texts), cells=texts, header=header)


_LINE_BREAKERS = ["br", *sorted(BLOCK_TAGS)]


def _cell_lines(cell: Tag) -> list[str]:
    """A cell's lines as the page breaks them (<br>, block elements)."""
    parts: list[str] = []
    for node in cell.descendants:
        if isinstance(node, NavigableString) and not isinstance(node, Comment):
            parts.append(str(node))
        elif isinstance(node, Tag) and (node.name == "br" or node.name in BLOCK_TAGS):
            parts.append("\n")
    return [line for line in (clean_inline(part) for part in "".join(parts).split("\n")) if line]


def _row_text(cells: list[Tag], texts: list[str]) -> str:
    """A row's text: its cells side by side. Cells that each stack short lines
    ("Anna Berg<br>Kommunstyrelsens ordförande" beside "Per Holm<br>...", a
    layout table of signatures) are laid out line by line, as printed."""
    if len(cells) >= 2 and all(c.find(_LINE_BREAKERS) for c in cells if c.get_text(strip=True)):
        stacks = [_cell_lines(c) for c in cells]
        filled = [stack for stack in stacks if stack]
        if len(filled) >= 2 and all(len(stack) >= 2 for stack in filled) and max(map(len, filled)) <= 6:
            depth = max(map(len, filled))
            return "\n".join("\t".join(stack[i] if i < len(stack) else "" for stack in filled) for i in range(depth))
    return "\t".join(texts)


def read(data: bytes, source: str, settings: Settings) -> ReadDocument:
    markup, encoding = decode(data)
    with warnings.catch_warnings():
        # A file named .html may hold XHTML or XML: it is read as a web page either way.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(markup, "lxml")
    attachments, title_tag, ranked = _scan(soup)
    page_title = clean_inline(title_tag.get_text(" ")) if title_tag else None
    main = _main_content(soup, ranked)
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
