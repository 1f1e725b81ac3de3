"""Plain text reader: paragraphs, headings, bullets and tab tables from lines.

Plain text is how pledges are copied off the police web site, and the easiest
way to write test input. The layout conventions it understands:

* blocks are separated by blank lines;
* a line starting with a bullet (``•``, ``-``, ``–``, ``*``, ``▪``, ``o``) or a
  number (``1.``, ``2)``, ``a)``) is a list item; its indentation gives the
  nesting level, relative to the other items of the same list;
* a line with a tab is a table row, its cells split on tabs;
* a block of one short line without closing punctuation is a heading;
* any other lines form a paragraph; line breaks inside it are kept (they
  matter in signature blocks) and folded by whoever needs running text.

Every block's text is an exact slice of the document text.
"""

from __future__ import annotations

import re

from pledgeparse.errors import ReadError
from pledgeparse.models import Block, BlockKind, Format, ReadDocument
from pledgeparse.settings import Settings

from .base import decode_legacy

BULLET_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>[•●▪■◦·\-–—*►➢✓]|o(?=\s)|\(?\d{1,2}[.)](?!\d)|\(?[a-zåäö][.)])[ \t]+(?=\S)"
)
ORDERED_RE = re.compile(r"^\(?(\d{1,2}|[a-zåäö])[.)]$")
HEADING_MAX_CHARS = 100
HEADING_MAX_WORDS = 14


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM allowed), else guess; return (text, encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        for enc in ("utf-16", "utf-32"):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                continue
        raise ReadError("binary data: the file is not text")
    return decode_legacy(data)


def _indent_width(indent: str) -> int:
    return len(indent.replace("\t", "    "))


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > HEADING_MAX_CHARS:
        return False
    if len(stripped.split()) > HEADING_MAX_WORDS:
        return False
    if stripped[-1] in ".!:;," and not stripped.endswith("..."):
        return False
    first = stripped[0]
    return first.isupper() or first.isdigit() or first in "§\"'”"


def _starts_block(para: list[tuple[int, str]], line: str) -> bool:
    first = line.strip()[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    previous = para[-1][1].strip()
    return previous.endswith((".", "!", "?", ":")) or (len(para) == 1 and _looks_like_heading(previous))


class _Lines:
    """A document's lines with their character offsets."""

    def __init__(self, text: str) -> None:
        self.items: list[tuple[int, str]] = []
        pos = 0
        for line in text.split("\n"):
            self.items.append((pos, line))
            pos += len(line) + 1


def _span(start: int, raw: str) -> tuple[int, int, str]:
    """Offsets of ``raw`` without its surrounding blanks."""
    lstripped = raw.lstrip()
    s = start + (len(raw) - len(lstripped))
    body = lstripped.rstrip()
    return s, s + len(body), body


def parse_blocks(text: str) -> list[Block]:
    """Split text into blocks following the module's conventions."""
    blocks: list[Block] = []
    groups: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for start, line in _Lines(text).items:
        if line.strip():
            current.append((start, line))
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)

    list_indents: list[int] = []  # indentation stack of the list being read
    for group in groups:
        para: list[tuple[int, str]] = []
        # Text copied without blank lines between paragraphs: a group that
        # holds whole paragraphs (a line over 100 characters) is split where
        # a line closes a sentence or stands alone as a heading and the next
        # starts a new one. A line starting in lower case always continues.
        splittable = len(group) >= 3 and any(len(line.strip()) > 100 for _, line in group)

        def flush_para(para: list[tuple[int, str]] = para) -> None:
            if not para:
                return
            s = para[0][0] + (len(para[0][1]) - len(para[0][1].lstrip()))
            last_start, last_line = para[-1]
            e = last_start + len(last_line.rstrip())
            body = text[s:e]
            kind = BlockKind.heading if len(para) == 1 and _looks_like_heading(body) else BlockKind.paragraph
            blocks.append(Block(kind=kind, text=body, level=2, char_start=s, char_end=e))
            para.clear()

        for start, line in group:
            if "\t" in line.strip(" "):
                flush_para()
                list_indents.clear()
                s, e, body = _span(start, line)
                cells = [c.strip() for c in body.split("\t")]
                blocks.append(Block(kind=BlockKind.table_row, text=body, cells=cells, char_start=s, char_end=e))
                continue
            m = BULLET_RE.match(line)
            if m:
                flush_para()
                width = _indent_width(m.group("indent"))
                while list_indents and width < list_indents[-1] - 1:
                    list_indents.pop()
                if not list_indents or width > list_indents[-1] + 1:
                    list_indents.append(width)
                level = len(list_indents) - 1
                marker = m.group("marker")
                s, e, body = _span(start + m.end(), line[m.end() :])
                blocks.append(
                    Block(
                        kind=BlockKind.list_item,
                        text=body,
                        level=level,
                        ordered=bool(ORDERED_RE.match(marker)),
                        char_start=s,
                        char_end=e,
                    )
                )
                continue
            prev = blocks[-1] if blocks and not para else None
            if (
                prev is not None
                and prev.kind is BlockKind.list_item
                and (line[:1] in " \t" or line.lstrip()[:1].islower())
                and prev.char_end <= start
                and group[0][0] <= prev.char_start
            ):
                # A wrapped list item: the line continues the item above it.
                s, e, body = _span(start, line)
                prev.char_end = e
                prev.text = text[prev.char_start : e]
                continue
            list_indents.clear()
            if splittable and para and _starts_block(para, line):
                flush_para()
            para.append((start, line))
        flush_para()
        if group and not BULLET_RE.match(group[-1][1]):
            list_indents.clear()

    # The first heading-like block near the top is the document title.
    for block in blocks[:4]:
        if block.kind is BlockKind.heading:
            block.level = 1
            break
        if (
            block.kind is BlockKind.paragraph
            and "\n" not in block.text
            and len(block.text) <= HEADING_MAX_CHARS
            and "medborgarlöfte" in block.text.lower()
        ):
            block.kind = BlockKind.heading
            block.level = 1
            break
    return blocks


def read(data: bytes, source: str, settings: Settings) -> ReadDocument:
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    blocks = parse_blocks(text)
    return ReadDocument(source=source, format=Format.text, text=text, blocks=blocks, encoding=encoding)
