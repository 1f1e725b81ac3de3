"""The source markup of a corpus document (``corpus/<name>/source.md``), parsed into blocks.

Source markup
=============

Front matter (optional) between two ``---`` lines at the very top, one
``key: value`` per line:

``running_header``  text printed at the top of every PDF page
``footer``          PDF footer, ``{page}`` and ``{pages}`` are substituted
                    (default ``{page}``)
``html_style``      ``police`` (``<main><article>``), ``cms`` (SiteVision-like
                    ``<div id="content" class="sv-layout">``, no ``<main>``) or
                    ``news`` (``<div class="article-body">`` + news boxes)
``html_encoding``   ``utf-8`` (default) or ``windows-1252``
``html_meta``       ``false`` omits the ``<meta charset>`` element
``html_site``       name of the publishing site (default: derived from style)
``txt_bullet``      ``•`` (default, printed as ``"  • "``) or ``-`` (``"- "``)
``txt_wrap``        ``true``: hard-wrap paragraphs and items at ~90 characters
``hyphenate``       ``true``: PDF may break long words at line ends with "-"
``scan``            ``true``: the PDF is rasterised (200 dpi) and rebuilt as an
                    image-only PDF without a text layer

Body:

``# Title``           document title (h1)
``## Heading``        section heading (h2)
``### Subheading``    theme heading inside a section (h3)
paragraphs            separated by blank lines; a single newline inside a
                      paragraph is a hard line break
``- item``            bullet; ``1. item`` numbered item; two spaces of indent
                      per nesting level.  An indented line without a marker
                      directly below an item continues that item on a new line
                      (e.g. ``Ansvarig: Fritidsförvaltningen``)
``| a | b | c |``     table row; a row ``|---|---|`` after the first row makes
                      the first row a header row; a row whose later cells are
                      all empty is a theme row
``::: sign`` … ``:::``  signature block; ``||`` splits a line into two columns
                      printed side by side; blank lines give signing space
``::: furniture`` … ``:::``  page furniture of council minutes ("§ 112 forts.",
                      "Diarienummer …"): in the PDF it starts a new page and is
                      printed in small grey type; in .txt/.html it is printed
                      as plain lines where it stands
``**bold**``          inline bold (dropped in .txt)
"""

import html as _html
import re
from dataclasses import dataclass, field


@dataclass
class Item:
    text: str
    ordered: bool
    number: int
    level: int
    extra: list[str] = field(default_factory=list)  # continuation lines
    children: list["Item"] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # title | h2 | h3 | para | list | table | sign | furniture
    text: str = ""
    lines: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    header: bool = False


@dataclass
class SourceDoc:
    meta: dict
    blocks: list[Block]

    @property
    def title(self) -> str:
        for b in self.blocks:
            if b.kind == "title":
                return strip_inline(b.text)
        return "Medborgarlöfte"

    def flag(self, key: str) -> bool:
        return str(self.meta.get(key, "")).strip().lower() in ("true", "yes", "1")


_LIST_RE = re.compile(r"^( *)(-|\*|•|\d+[.)])\s+(.*)$")
_SEP_RE = re.compile(r"^\|\s*:?-{2,}")
_HEADINGS = (("### ", "h3"), ("## ", "h2"), ("# ", "title"))


def _split_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def _front_matter(lines: list[str]) -> tuple[dict, int]:
    """The ``key: value`` lines between two ``---`` at the top, and the index of the first body line."""
    meta: dict = {}
    i = 0
    if lines and lines[0].strip() == "---":
        i = 1
        while i < len(lines) and lines[i].strip() != "---":
            if ":" in lines[i]:
                k, v = lines[i].split(":", 1)
                meta[k.strip()] = v.strip()
            i += 1
        i += 1
    return meta, i


def _fenced(lines: list[str], i: int) -> tuple[Block, int]:
    """A ``::: sign`` or ``::: furniture`` block starting at lines[i]."""
    n = len(lines)
    kind = lines[i].strip()[3:].strip() or "sign"
    body = []
    i += 1
    while i < n and lines[i].strip() != ":::":
        body.append(lines[i].rstrip())
        i += 1
    i += 1
    # trim leading/trailing blank lines
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    if kind == "furniture":
        return Block("furniture", lines=[b.strip() for b in body if b.strip()]), i
    rows = [[c.strip() for c in b.split("||")] if b.strip() else [] for b in body]
    return Block("sign", rows=rows), i


def _table(lines: list[str], i: int) -> tuple[Block, int]:
    n = len(lines)
    rows: list[list[str]] = []
    header = False
    while i < n and lines[i].strip().startswith("|"):
        if _SEP_RE.match(lines[i].strip()):
            if len(rows) == 1:
                header = True
        else:
            rows.append(_split_row(lines[i]))
        i += 1
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return Block("table", rows=rows, header=header), i


def _list(lines: list[str], i: int) -> tuple[Block, int]:
    n = len(lines)
    top: list[Item] = []
    stack: list[Item] = []
    while i < n and lines[i].strip():
        m = _LIST_RE.match(lines[i])
        if m:
            level = len(m.group(1)) // 2
            marker = m.group(2)
            ordered = marker[0].isdigit()
            it = Item(m.group(3).strip(), ordered, int(marker[:-1]) if ordered else 0, level)
            while stack and stack[-1].level >= level:
                stack.pop()
            if stack:
                it.level = stack[-1].level + 1
                stack[-1].children.append(it)
            else:
                it.level = 0
                top.append(it)
            stack.append(it)
        elif lines[i].startswith(" ") and stack:
            stack[-1].extra.append(lines[i].strip())
        else:
            break
        i += 1
    return Block("list", items=top), i


def _para(lines: list[str], i: int) -> tuple[Block, int]:
    n = len(lines)
    para: list[str] = []
    while i < n and lines[i].strip():
        t = lines[i].strip()
        if para and (t.startswith("#") or t.startswith("|") or t.startswith(":::") or _LIST_RE.match(lines[i])):
            break
        para.append(t)
        i += 1
    return Block("para", lines=para), i


def _block(lines: list[str], i: int) -> tuple[Block, int]:
    """The block that starts at the non-blank line lines[i], and the index after it."""
    s = lines[i].strip()
    if s.startswith(":::"):
        return _fenced(lines, i)
    for prefix, kind in _HEADINGS:
        if s.startswith(prefix):
            return Block(kind, text=s[len(prefix) :].strip()), i + 1
    if s.startswith("|"):
        return _table(lines, i)
    if _LIST_RE.match(lines[i]):
        return _list(lines, i)
    return _para(lines, i)


def parse_source(text: str) -> SourceDoc:
    lines = text.replace("\r\n", "\n").split("\n")
    meta, i = _front_matter(lines)
    blocks: list[Block] = []
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        block, i = _block(lines, i)
        blocks.append(block)
    return SourceDoc(meta, blocks)


_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def strip_inline(s: str) -> str:
    return _BOLD_RE.sub(r"\1", s)


def xml_inline(s: str, bold_tag: str = "b") -> str:
    """Escape s for HTML/reportlab markup, turning ``**bold**`` into <b>…</b>."""
    out = []
    pos = 0
    for m in _BOLD_RE.finditer(s):
        out.append(_html.escape(s[pos : m.start()], quote=False))
        out.append(f"<{bold_tag}>{_html.escape(m.group(1), quote=False)}</{bold_tag}>")
        pos = m.end()
    out.append(_html.escape(s[pos:], quote=False))
    return "".join(out)
