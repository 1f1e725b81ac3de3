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

The page is parsed by lxml (libxml2's HTML parser, the one BeautifulSoup's
"lxml" builder drives, without BeautifulSoup's tree of Python objects: that
cost more than the rest of the reader). Texts are read with BeautifulSoup's
rules, which the blocks were first written against: a string of nothing but
ASCII blanks counts as one space (a newline if it has one) outside ``<pre>``
and ``<textarea>``; an element's text leaves out comments and the strings of
``<script>``, ``<style>``, ``<template>``, ``<rt>`` and ``<rp>``; removing an
element leaves the strings beside it as they were (they are not merged).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeAlias

from lxml import etree

from pledgeparse.errors import EmptyDocumentError
from pledgeparse.extract.chrome import is_file_link, line_chrome, web_word_share
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


ATTR_SPLIT = re.compile(r"[-_\s]+")
TEXT_CHROME_TAGS = frozenset({"a", "p", "div", "span", "li", "h2", "h3", "h4"})
HEADER_CHROME_TAGS = frozenset({"nav", "form"})
HEADER_HEADINGS = frozenset({"h1", "h2", "h3"})
BOLD_TAGS = frozenset({"strong", "b"})
CELL_TAGS = frozenset({"td", "th"})
LINK_LIST_WORDS = 6  # items of a menu or a list of related pages are this short
LINK_LINE_WORDS = 12
SILENT_TAGS = {"script", "style", "noscript", "template", "svg", "canvas", "head", "meta", "link", "object", "embed"}
# Elements whose strings are of their own kind: left out of other elements' texts.
STRING_CONTAINERS = frozenset({"rt", "rp", "style", "script", "template"})
PRESERVE_WHITESPACE = frozenset({"pre", "textarea"})
ASCII_BLANKS = " \n\t\x0c\r"
WHITESPACE = re.compile(r"\s+")
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")

# lxml.etree._Element: lxml has no type hints of its own.
Element: TypeAlias = Any


def _is_element(node: Element) -> bool:
    return isinstance(node.tag, str)  # comments and processing instructions have a function as tag


def _classes(el: Element) -> list[str]:
    return (el.get("class") or "").split()


def _attr_text(el: Element) -> str:
    return " ".join([*_classes(el), el.get("id") or ""]).lower()


class _Page:
    """An lxml tree read the way BeautifulSoup reads one (see the module docstring).

    Removed elements (chrome, nested lists taken out of their item) stay in
    the tree, marked in :attr:`detached`: the strings beside them stay
    separate strings, as in BeautifulSoup, and their texts are still there
    to be recorded as furniture.
    """

    def __init__(self, root: Element) -> None:
        self.root = root
        self.detached: set[Element] = set()
        # Per element: the innermost string container around its strings, and
        # whether they keep their whitespace.
        self.container: dict[Element, str | None] = {}
        self.preserve: dict[Element, bool] = {}
        for el in root.iter():
            if not _is_element(el):
                continue
            parent = el.getparent()
            inherited = self.container.get(parent) if parent is not None else None
            self.container[el] = el.tag if el.tag in STRING_CONTAINERS else inherited
            self.preserve[el] = el.tag in PRESERVE_WHITESPACE or (
                parent is not None and self.preserve.get(parent, False)
            )

    def elements(self, node: Element) -> Iterator[Element]:
        """The elements below ``node`` in document order, removed ones (and what is in them) left out."""
        detached = self.detached
        stack = [iter(node)]
        while stack:
            for child in stack[-1]:
                if isinstance(child.tag, str) and child not in detached:
                    yield child
                    stack.append(iter(child))
                    break
            else:
                stack.pop()

    def everything(self) -> list[Element]:
        """The root and every element below it, in document order."""
        return [self.root, *self.elements(self.root)]

    def children(self, node: Element) -> Iterator[Element]:
        return (c for c in node if _is_element(c) and c not in self.detached)

    def named(self, node: Element, names: Iterable[str]) -> Iterator[Element]:
        wanted = frozenset(names)
        return (el for el in self.elements(node) if el.tag in wanted)

    def parent_named(self, el: Element, name: str) -> Element | None:
        """The nearest ancestor called ``name``; the search ends at a removed element (it has no parent)."""
        node = el
        while node not in self.detached and (node := node.getparent()) is not None:
            if node.tag == name:
                return node
        return None

    def runs(self, node: Element, out: list[tuple[str, Element]]) -> list[tuple[str, Element]]:
        """The strings below ``node`` in order, each with the element it is in."""
        if node.text:
            out.append((self._string(node.text, node), node))
        for child in node:
            if isinstance(child.tag, str) and child not in self.detached:
                self.runs(child, out)
            if child.tail:
                out.append((self._string(child.tail, node), node))
        return out

    def stripped_texts(self, node: Element, out: dict[Element, str]) -> str:
        """``text(el, " ", strip=True)`` of ``node`` and of every element below it, in one pass.

        Only for elements outside string containers (whose texts hold just
        plain strings); the others are left out of ``out``. A blank string
        stripped is empty whether or not it was first made one space.
        """
        parts = []
        if node.text and (string := node.text.strip()):
            parts.append(string)
        for child in node:
            inside = isinstance(child.tag, str) and child not in self.detached and child.tag not in STRING_CONTAINERS
            if inside and (text := self.stripped_texts(child, out)):
                parts.append(text)
            if child.tail and (string := child.tail.strip()):
                parts.append(string)
        text = " ".join(parts)
        if self.container[node] is None:
            out[node] = text
        return text

    def _string(self, text: str, where: Element) -> str:
        if not self.preserve[where] and not text.strip(ASCII_BLANKS):
            return "\n" if "\n" in text else " "
        return text

    def text(self, node: Element, separator: str = "", strip: bool = False) -> str:
        """BeautifulSoup's ``get_text``: the strings of the node's own kind."""
        kind = node.tag if node.tag in STRING_CONTAINERS else None
        parts = []
        for string, where in self.runs(node, []):
            if self.container[where] != kind:
                continue
            if strip:
                string = string.strip()
                if not string:
                    continue
            parts.append(string)
        return separator.join(parts)


class _Judge:
    """Decides which elements are chrome, on a tree that does not change meanwhile.

    An element's text is asked for again and again (by the element itself,
    its parent list, its link density, the main content's share of the
    page), so it is computed once per element.
    """

    def __init__(self, page: _Page) -> None:
        self.page = page
        self._texts: dict[Element, str] = {}
        page.stripped_texts(page.root, self._texts)

    def text(self, el: Element) -> str:
        text = self._texts.get(el)
        if text is None:
            text = self._texts[el] = self.page.text(el, " ", strip=True)
        return text

    def is_chrome(self, el: Element) -> bool:
        if el.tag in DROP_TAGS:
            return True
        if str(el.get("role", "")).lower() in DROP_ROLES:
            return True
        if el.get("aria-hidden") == "true" or el.get("hidden") is not None:
            return True
        words: set[str] = set()
        for item in [*_classes(el), el.get("id") or ""]:
            words.update(p for p in ATTR_SPLIT.split(item.lower()) if p)
        if words & CHROME_WORDS or CHROME_PHRASES.search(" ".join(sorted(words)) + " " + _attr_text(el)):
            return True
        if el.tag == "header" and (
            next(self.page.named(el, HEADER_CHROME_TAGS), None) is not None
            or next(self.page.named(el, HEADER_HEADINGS), None) is None
        ):
            return True  # the site's header; an article's own header holds its heading
        if el.tag in TEXT_CHROME_TAGS:
            text = self.text(el)
            if text and len(text) < 80 and line_chrome(text):
                return True
        return self.is_link_chrome(el)

    def link_share(self, el: Element) -> float:
        text = self.text(el)
        if not text:
            return 0.0
        linked = sum(len(self.text(a)) for a in self.page.named(el, ("a",)))
        return linked / len(text)

    def is_link_chrome(self, el: Element) -> bool:
        """Link density: a list of bare links, or a short link-only line that names furniture."""
        if el.tag in {"ul", "ol"}:
            items = [c for c in self.page.children(el) if c.tag == "li"]
            return len(items) >= 2 and all(
                self.link_share(li) >= 0.9 and len(self.text(li).split()) <= LINK_LIST_WORDS for li in items
            )
        if el.tag not in {"p", "div", "li"} or next(self.page.named(el, ("a",)), None) is None:
            return False
        text = self.text(el)
        if len(text.split()) > LINK_LINE_WORDS or self.link_share(el) < 0.9:
            return False
        hits, _ = web_word_share(text)
        return hits > 0 or is_file_link(text)


def _strip_chrome(page: _Page, main: Element, whole: bool) -> list[Furniture]:
    """Remove chrome elements from the main content (with itself when it is the whole
    document); return their texts as furniture."""
    # Collect first, then remove: the judgement is on the page as published.
    judge = _Judge(page)
    below = page.elements(main)
    doomed = [el for el in ([main, *below] if whole else below) if judge.is_chrome(el)]
    dropped: list[Furniture] = []
    for el in doomed:
        if any(ancestor in page.detached for ancestor in el.iterancestors()):
            continue  # inside chrome removed already
        text = clean_inline(page.text(el, " ")) if el.tag not in SILENT_TAGS else ""
        if text:
            dropped.append(Furniture(text=text, kind="chrome"))
        page.detached.add(el)
    return dropped


CANDIDATE_TAGS = frozenset(name for name, _, _ in MAIN_CANDIDATES if name is not None)
CANDIDATE_ATTRS = frozenset(attr for _, attr, _ in MAIN_CANDIDATES if attr is not None)


def _candidate_rank(el: Element) -> int | None:
    if el.tag not in CANDIDATE_TAGS and not any(attr in el.attrib for attr in CANDIDATE_ATTRS):
        return None  # most elements: no candidate can fit
    classes = _classes(el)
    for rank, (name, attr, value) in enumerate(MAIN_CANDIDATES):
        if name is not None and el.tag != name:
            continue
        if attr is None:
            return rank
        if attr == "class":
            if value in classes:
                return rank
        elif el.get(attr) == value:
            return rank
    return None


def _main_content(page: _Page) -> tuple[Element, bool]:
    """The main content element, and whether it is the whole document (no body, no candidate)."""
    root = page.root
    everything = page.everything()
    body = next((el for el in everything if el.tag == "body"), None)
    judge = _Judge(page)
    # One pass over the tags, ranking each by the first candidate it fits.
    ranked: list[tuple[int, int, Element]] = []
    for position, el in enumerate(everything):
        rank = _candidate_rank(el)
        if rank is not None and not judge.is_chrome(el):
            ranked.append((rank, position, el))
    candidates = [el for _, _, el in sorted(ranked, key=lambda r: (r[0], r[1]))]
    if not candidates:
        return (body, False) if body is not None else (root, True)
    total = max(len(judge.text(body if body is not None else root)), 1)
    # The first candidate (most specific selector order) that holds a fair
    # share of the page's text; chrome-heavy pages still put the pledge there.
    for el in candidates:
        length = len(judge.text(el))
        if length >= 0.25 * total or length > 1500:
            return el, False
    return max(candidates, key=lambda el: len(judge.text(el))), False


class _Walker:
    def __init__(self, page: _Page) -> None:
        self.page = page
        self.out = BlockBuilder()
        self.inline: list[str] = []

    def text(self, el: Element) -> str:
        return clean_inline(self.page.text(el, " "))

    def flush(self, kind: BlockKind = BlockKind.paragraph, level: int = 0) -> None:
        raw = "".join(self.inline)
        self.inline = []
        # An empty line (<br><br>) inside a paragraph separates paragraphs.
        for part in PARAGRAPH_BREAK.split(raw):
            text = clean_lines(part)
            if text:
                self.out.add(kind, text, level=level)

    def walk(self, node: Element, list_depth: int = -1) -> None:
        if node.text:
            self.inline.append(WHITESPACE.sub(" ", node.text))
        for child in node:
            if _is_element(child) and child not in self.page.detached:
                self.element(child, list_depth)
            if child.tail:
                self.inline.append(WHITESPACE.sub(" ", child.tail))

    def element(self, child: Element, list_depth: int) -> None:
        name = child.tag
        if name == "br":
            self.inline.append("\n")
        elif name in HEADINGS:
            self.flush()
            text = self.text(child)
            if text:
                self.out.add(BlockKind.heading, text, level=HEADINGS[name])
        elif name in {"ul", "ol"}:
            self.flush()
            for item in self.page.children(child):
                if item.tag == "li":
                    self.list_item(item, list_depth + 1, ordered=name == "ol")
        elif name == "li":  # a stray li outside a list
            self.flush()
            self.list_item(child, list_depth + 1, ordered=False)
        elif name == "table":
            self.flush()
            self.table(child)
        elif name == "p" and self.is_bold_heading(child):
            # CMS editors make headings of bold paragraphs: <p><strong>Trafik</strong></p>
            self.flush()
            self.out.add(BlockKind.heading, self.text(child), level=3)
        elif name in BLOCK_TAGS:
            self.flush()
            self.walk(child, list_depth)
            self.flush()
        else:
            self.walk(child, list_depth)

    def is_bold_heading(self, paragraph: Element) -> bool:
        text = self.text(paragraph)
        if not text or len(text.split()) > 12 or text[-1] in ".,;":
            return False
        return " ".join(self.text(b) for b in self.page.named(paragraph, BOLD_TAGS)) == text

    def list_item(self, item: Element, depth: int, ordered: bool) -> None:
        nested = [c for c in self.page.children(item) if c.tag in {"ul", "ol"}]
        self.page.detached.update(nested)  # taken out of the item, read after it
        saved = self.inline
        self.inline = []
        self.walk(item, depth)
        text = clean_lines("".join(self.inline))
        self.inline = saved
        if text:
            self.out.add(BlockKind.list_item, text, level=depth, ordered=ordered)
        for sub in nested:
            for li in self.page.children(sub):
                if li.tag == "li":
                    self.list_item(li, depth + 1, ordered=sub.tag == "ol")

    def table(self, table: Element) -> None:
        for row in self.page.named(table, ("tr",)):
            if self.page.parent_named(row, "table") is not table:
                continue  # rows of nested tables come with their own table
            cells = [c for c in self.page.children(row) if c.tag in CELL_TAGS]
            texts = [self.text(c) for c in cells]
            if not any(texts):
                continue
            header = (bool(cells) and all(c.tag == "th" for c in cells)) or self.page.parent_named(
                row, "thead"
            ) is not None
            self.out.add(BlockKind.table_row, "\t".join(texts), cells=texts, header=header)


def _parse(markup: str) -> Element | None:
    """The document's root element as BeautifulSoup's lxml builder feeds the markup (None: no elements)."""
    if markup[:1] == "\ufeff":
        markup = markup[1:]
    attempts: list[tuple[str | bytes, str | None]] = [(markup, None), (markup.encode("utf-8"), "utf-8")]
    for data, encoding in attempts:
        parser = etree.HTMLParser(recover=True, encoding=encoding)
        try:
            parser.feed(data)
            return parser.close()
        except etree.XMLSyntaxError:
            return None  # nothing to build a tree of
        except (UnicodeDecodeError, LookupError, etree.ParserError):
            continue
    return None


def _attachments(elements: list[Element]) -> list[str]:
    attachments: list[str] = []
    for link in elements:
        href = link.get("href")
        if link.tag != "a" or href is None:
            continue
        href = href.strip()
        if PDF_LINK.search(href) and href not in attachments:
            attachments.append(href)
    return attachments


def read(data: bytes, source: str, settings: Settings) -> ReadDocument:
    markup, encoding = decode(data)
    root = _parse(markup)
    if root is None:
        raise EmptyDocumentError(f"{source}: no text in the page's main content")
    page = _Page(root)
    everything = page.everything()
    attachments = _attachments(everything)
    title_tag = next((el for el in everything if el.tag == "title"), None)
    page_title = clean_inline(page.text(title_tag, " ")) if title_tag is not None else None
    main, whole = _main_content(page)
    dropped = _strip_chrome(page, main, whole)
    walker = _Walker(page)
    if whole:
        if main not in page.detached:
            walker.element(main, -1)
    else:
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
