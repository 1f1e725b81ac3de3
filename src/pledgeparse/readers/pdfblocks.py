"""Lines and table rows to blocks, in reading order.

:class:`LayoutWriter` follows a page's flow (lines, table rows and the column
markers of :mod:`pledgeparse.readers.pdffurniture`) and decides where a block
ends: headings (larger or bold font, short, no closing period), list items
(bullet glyphs or numbers, nesting from the marker's x position, wrapped lines
kept while indented to the item's text) and paragraphs (split at gaps larger
than the normal line pitch, line breaks kept). :func:`mark_title` gives the
document title heading level 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgeparse.models import Block, BlockKind
from pledgeparse.readers.base import BlockBuilder
from pledgeparse.readers.pages import PageWords, TableRow
from pledgeparse.readers.pdffurniture import Break, Column, Flow, Leading, arrange_run
from pledgeparse.readers.pdflines import Line, Marker, Stats, dehyphenate

HEADING_MAX_CHARS = 100
HEADING_MAX_WORDS = 14
HEADING_MAX_LINES = 3


@dataclass
class _OpenBlock:
    kind: str  # "text" (heading or paragraph, decided at the end) or "list"
    lines: list[Line]
    page: int
    stats: Stats
    marker_x0: float = 0.0
    text_x0: float = 0.0
    level: int = 0
    ordered: bool = False
    first_text: str = ""  # the first line's text without its list marker


class LayoutWriter:
    """Turns the pages' lines and table rows into blocks, in reading order."""

    def __init__(self, builder: BlockBuilder, stats: dict[bool, Stats]) -> None:
        self.builder = builder
        self.stats = stats
        self.open: _OpenBlock | None = None
        self.list_indents: list[float] = []
        self.page_start = False
        self.heading_sizes: dict[int, float] = {}
        self.column_pitch: float | None = None  # set inside a side-by-side column
        self.table_header: list[str] | None = None

    # -- flow ----------------------------------------------------------------

    def write(self, pages: list[PageWords], lines_by_page: dict[int, list[list[Line]]]) -> None:
        for page in pages:
            stats = self.stats[page.ocr]
            self.page_start = True
            self.column_pitch = None
            for item in self._flow(page, lines_by_page[page.number], stats):
                if isinstance(item, TableRow):
                    self._table_row(item, page.number)
                elif isinstance(item, Break):
                    self._flush()
                    self.column_pitch = None
                elif isinstance(item, Column):
                    self._flush()
                    self.column_pitch = item.pitch
                elif isinstance(item, Leading):
                    self.column_pitch = item.pitch
                else:
                    self._line(item, stats)
                self.page_start = False
        self._flush()

    def _flow(self, page: PageWords, rows: list[list[Line]], stats: Stats) -> list[Flow]:
        """Segments and table rows of a page in reading order, columns unfolded."""
        items: list[tuple[float, float, Line | TableRow]] = []
        for row in rows:
            row_top = min(segment.top for segment in row)  # one key per row: OCR tops jitter
            for segment in row:
                items.append((row_top, segment.x0, segment))
        for table_row in page.tables:
            items.append((table_row.bbox[1], table_row.bbox[0], table_row))
        items.sort(key=lambda item: (item[0], item[1]))
        flow: list[Flow] = []
        run: list[Line] = []
        for _, _, item in items:
            if isinstance(item, Line) and item.x1 - item.x0 < 0.55 * stats.text_width and not item.marker:
                run.append(item)
                continue
            flow.extend(arrange_run(run, stats))
            run = []
            flow.append(item)
        flow.extend(arrange_run(run, stats))
        return flow

    def _table_row(self, row: TableRow, page: int) -> None:
        self._flush()
        self.list_indents.clear()
        last = self.builder.blocks[-1] if self.builder.blocks else None
        if (
            row.header
            and last is not None
            and last.kind is BlockKind.table_row
            and last.page == page - 1
            and row.cells == self.table_header
        ):
            return  # a table continued on a new page repeats its header row
        if row.header:
            self.table_header = row.cells
        self.builder.add(
            BlockKind.table_row, "\t".join(row.cells), cells=row.cells, header=row.header, page=page, bbox=row.bbox
        )

    # -- lines ---------------------------------------------------------------

    def _line(self, line: Line, stats: Stats) -> None:
        marker = line.marker
        current = self.open
        if marker is None and current is not None and self._continues(current, line):
            current.lines.append(line)
            return
        self._flush()
        if marker is not None:
            self._start_item(line, marker, stats)
        else:
            self.open = _OpenBlock("text", [line], line.page, stats, first_text=line.text)

    def _start_item(self, line: Line, marker: Marker, stats: Stats) -> None:
        tolerance = 0.6 * line.size
        indents = self.list_indents
        while indents and marker.marker_x0 < indents[-1] - tolerance:
            indents.pop()
        if not indents or marker.marker_x0 > indents[-1] + tolerance:
            indents.append(marker.marker_x0)
        self.open = _OpenBlock(
            "list",
            [line],
            line.page,
            stats,
            marker_x0=marker.marker_x0,
            text_x0=marker.text_x0,
            level=len(indents) - 1,
            ordered=marker.ordered,
            first_text=marker.text,
        )

    def _continues(self, block: _OpenBlock, line: Line) -> bool:
        previous = block.lines[-1]
        stats = block.stats
        tolerance = 0.6 * line.size
        new_page = line.page != previous.page
        if not new_page:
            pitch = line.bottom - previous.bottom  # baseline to baseline, near enough
            expected = stats.pitch_ratio * max(line.size, previous.size)
            if self.column_pitch:
                expected = max(expected, self.column_pitch)
            if pitch > 1.25 * expected + 0.5 or pitch < 0.3 * line.size:
                return False
        elif not self.page_start:
            return False
        starts_lower = line.text[:1].islower()
        wrapped = self._was_wrapped(previous, line, stats)
        if block.kind == "list":
            if line.x0 >= block.text_x0 - tolerance:
                return not new_page or wrapped or starts_lower
            # Back at the marker's x: a wrapped line of a list without hanging
            # indent, unless it is a lead-in for the next list ("... ska:").
            return (
                line.x0 >= block.marker_x0 - tolerance
                and wrapped
                and _same_style(previous, line)
                and not line.text.rstrip().endswith(":")
            )
        if not _same_style(previous, line):
            return False
        heading_style = self._heading_style(previous, stats)
        if heading_style:
            return not new_page and len(block.lines) < HEADING_MAX_LINES and abs(line.x0 - previous.x0) < 3 * line.size
        if new_page:
            return starts_lower or (wrapped and not re.search(r"[.!?:]$", previous.text))
        return abs(line.x0 - previous.x0) <= 3 * line.size

    @staticmethod
    def _was_wrapped(previous: Line, line: Line, stats: Stats) -> bool:
        """True when the next line's first word would not have fit on the previous one."""
        first = line.words[0]
        needed = previous.x1 + 0.3 * previous.size + (first.x1 - first.x0)
        return needed >= stats.right - 0.5 * previous.size

    @staticmethod
    def _heading_style(line: Line, stats: Stats) -> bool:
        if line.size >= stats.body_size * 1.12 and line.size - stats.body_size >= 1.0:
            return True
        return line.bold and not stats.body_bold and line.size >= stats.body_size - 0.6

    # -- blocks --------------------------------------------------------------

    def _flush(self) -> None:
        block = self.open
        self.open = None
        if block is None:
            return
        lines = block.lines
        on_first_page = [ln for ln in lines if ln.page == block.page]
        bbox = (
            min(ln.x0 for ln in on_first_page),
            min(ln.top for ln in on_first_page),
            max(ln.x1 for ln in on_first_page),
            max(ln.bottom for ln in on_first_page),
        )
        texts = dehyphenate([block.first_text] + [ln.text for ln in lines[1:]])
        if block.kind == "list":
            self.builder.add(
                BlockKind.list_item,
                " ".join(texts),
                level=block.level,
                ordered=block.ordered,
                page=block.page,
                bbox=bbox,
            )
            return
        self.list_indents.clear()
        # A heading by its font, or, as in the text reader, a block of one short
        # line without closing punctuation: the same blocks as plain text.
        heading_font = all(self._heading_style(ln, block.stats) for ln in lines)
        if (heading_font or len(texts) == 1) and _heading_text(" ".join(texts)):
            heading = self.builder.add(BlockKind.heading, " ".join(texts), level=2, page=block.page, bbox=bbox)
            if heading is not None:
                self.heading_sizes[id(heading)] = max(ln.size for ln in lines)
        else:
            self.builder.add(BlockKind.paragraph, "\n".join(texts), page=block.page, bbox=bbox)


def _same_style(a: Line, b: Line) -> bool:
    # Relative tolerance: OCR size estimates of one paragraph's lines vary by ~10 %.
    return abs(a.size - b.size) < max(0.8, 0.12 * max(a.size, b.size)) and a.bold == b.bold


def _heading_text(text: str) -> bool:
    """The text conditions the text reader also puts on a heading."""
    text = text.strip()
    if not text or len(text) > HEADING_MAX_CHARS or len(text.split()) > HEADING_MAX_WORDS:
        return False
    if text[-1] in ".!:;," and not text.endswith("..."):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in "§\"'”"


def mark_title(blocks: list[Block], sizes: dict[int, float]) -> None:
    """Give the document title heading level 1.

    The title is the largest heading among the first blocks of page one (a
    letterhead above it is usually smaller); ``sizes`` maps ``id(block)`` to
    the heading's font size. With no heading there, a short paragraph naming
    the medborgarlöfte is the title, as in the text reader.
    """
    if not blocks:
        return
    first = [b for b in blocks[:6] if b.page == blocks[0].page]
    headings = [b for b in first if b.kind is BlockKind.heading]
    if headings:
        tallest = max(sizes.get(id(b), 0.0) for b in headings)
        next(b for b in headings if sizes.get(id(b), 0.0) >= tallest - 0.5).level = 1
        return
    for block in first[:4]:
        short = "\n" not in block.text and len(block.text) <= HEADING_MAX_CHARS
        if block.kind is BlockKind.paragraph and short and "medborgarlöfte" in block.text.lower():
            block.kind = BlockKind.heading
            block.level = 1
            return
