"""PDF reader: pdfplumber layout (pypdfium2 for checks and OCR) into the shared blocks.

Downstream code never learns that a document was a PDF, so this reader has to
give the blocks a clean plain-text rendering of the same document would give
(see :mod:`pledgeparse.readers.text`). The work happens in four steps:

1. **Open and check** with pypdfium2 (fast, C): it tells an encrypted file
   from a corrupt one and counts pages without parsing them; pdfminer gets a
   second chance on files pdfium refuses.
2. **Words per page**: one ``extract_words`` pass over pdfplumber's characters
   with font name and size, plus ``find_tables`` when the page has ruling
   lines. "Fake bold" (glyphs printed twice) is removed with ``dedupe_chars``
   only on pages that show it, as that costs as much as parsing the page. A
   page with (almost) no characters but a page-sized image is a scan: pdfium
   renders it and tesseract reads it (:mod:`pledgeparse.readers.ocr`) into the
   same :class:`PageWords`, so everything below is shared. This reader costs
   about 1.05x pdfplumber's bare ``extract_text`` on the same files.
3. **Page furniture** (DOMAIN.md, PDFs): running headers and footers are
   lines repeated at the same place at the top or bottom of several pages
   (digits normalised, so "Datum 2024-04-08" matches "Datum 2024-04-09");
   page numbers ("Sida 2", "Sida 2 av 5", "2 (5)", "- 3 -", a bare number in
   the footer) are recognised on every page. Both go to
   :attr:`ReadDocument.furniture`, not into blocks.
4. **Blocks**: words become rows and rows become line segments (a wide gap
   splits a row, e.g. a two-column signature block); side-by-side columns of
   short lines are read left column first so that each "Name / Title /
   Organisation" group stays together; lines become headings (larger or bold
   font, short, no closing period), list items (bullet glyphs or numbers,
   nesting from the marker's x position, wrapped lines kept while indented to
   the item's text) and paragraphs (split at gaps larger than the normal line
   pitch, line breaks kept); table rows come from pdfplumber's tables, in
   reading order among the other blocks. Words hyphenated at a line end are
   joined again ("trygg-/hetsvandring"), except Swedish hyphen ellipses
   ("risk- och skyddsfaktorer") and compounds with an abbreviation ("A-traktor").

``bbox`` is ``(x0, top, x1, bottom)`` in PDF points from the page's top-left
corner, for text and OCR pages alike. A block continued on the next page keeps
the page and box where it starts.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pledgeparse.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPdfError,
    ReadError,
    TooLargeError,
)
from pledgeparse.models import Block, BlockKind, Format, Furniture, ReadDocument
from pledgeparse.readers.base import BlockBuilder, clean_inline
from pledgeparse.settings import Settings

BBox = tuple[float, float, float, float]

# A page with fewer visible characters than this but an image covering at
# least IMAGE_COVERAGE of it is a scan: a stamp or a page number added by the
# scanner does not make a text layer.
MIN_TEXT_CHARS = 20
IMAGE_COVERAGE = 0.3

HEADING_MAX_CHARS = 100
HEADING_MAX_WORDS = 14
HEADING_MAX_LINES = 3

# Words that make a line-end hyphen a Swedish hyphen ellipsis ("risk- och
# skyddsfaktorer", "för- eller nackdelar"): the hyphen and the space stay.
ELLIPSIS_WORDS = frozenset({"och", "eller", "samt", "respektive", "resp.", "till", "som", "&", "men", "utan", "el."})
HYPHENS = ("-", "\u2010", "\u2011")
SOFT_HYPHEN = "\u00ad"

BULLET_GLYPHS = frozenset("•●▪■◦·∙‣⁃○◆◇►▶➢➤✓✔*-–—□❖")
CID_GLYPH = re.compile(r"^\(cid:\d+\)$")
CID_ANYWHERE = re.compile(r"\(cid:\d+\)")
ORDERED_MARKER = re.compile(r"^\(?(\d{1,2}|[a-zåäö])[.)]$")
NUMBER_MARKER = re.compile(r"^\(?\d{1,2}[.)]$")

BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold|,b$|-bd$|bd$", re.IGNORECASE)

# Page numbers, matched against a whole line segment in the top or bottom band.
PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|sid\.?|s\.|page)\s*\d{1,4}(?:\s*(?:av|of|/|\()\s*\d{1,4}\)?)?"
    r"|\d{1,4}\s*\(\s*\d{1,4}\s*\)"
    r"|\d{1,4}\s*(?:/|av)\s*\d{1,4}"
    r"|[-–—]\s*\d{1,4}\s*[-–—])$",
    re.IGNORECASE,
)
BARE_NUMBER = re.compile(r"^\d{1,4}$")
DIGITS = re.compile(r"\d+")

# Rows this close to the top or bottom edge (fraction of the page height) and
# at most FURNITURE_ROWS deep are looked at for furniture.
TOP_BAND = 0.2
BOTTOM_BAND = 0.15
FURNITURE_ROWS = 5
# The same furniture sits at (nearly) the same distance from the page edge.
FURNITURE_POSITION_TOLERANCE = 12.0
# On a one-page document furniture cannot repeat; small print this close to
# the top or bottom edge (fraction of the page height) is taken instead.
SINGLE_PAGE_MARGIN = 0.07

TABLE_HEADER_WORDS = frozenset(
    {
        "utförare",
        "ansvarig",
        "ansvariga",
        "ansvar",
        "aktivitet",
        "aktiviteter",
        "åtgärd",
        "åtgärder",
        "insats",
        "insatser",
        "tidsplan",
        "tidpunkt",
        "när",
        "vem",
        "vad",
        "mål",
    }
)

WORD_OPTIONS: dict[str, Any] = {"extra_attrs": ["fontname", "size"], "keep_blank_chars": False, "x_tolerance": 2}

TABLE_SETTINGS: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
# Tables ruled only by horizontal lines (a common Word style): columns from
# the text alignment instead.
TABLE_SETTINGS_FALLBACK: dict[str, Any] = {
    "vertical_strategy": "text",
    "horizontal_strategy": "lines",
    "min_words_vertical": 2,
}


# ---------------------------------------------------------------------------
# The page model shared by text-layer and OCR pages
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Word:
    """One word with its box (points, top-left origin) and font."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool = False


@dataclass(slots=True)
class TableRow:
    cells: list[str]
    bbox: BBox
    header: bool = False


@dataclass
class PageWords:
    """What a page gives the layout code, whether it came from text or OCR."""

    number: int
    width: float
    height: float
    words: list[Word]
    tables: list[TableRow] = field(default_factory=list)
    ocr: bool = False


@dataclass
class _Marker:
    ordered: bool
    marker_x0: float
    text_x0: float
    text: str


@dataclass(slots=True)
class Line:
    """A run of words on one row with no wide gap: the unit of layout."""

    words: list[Word]
    page: int
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    text: str = ""
    marker: _Marker | None = None  # the list marker the line starts with, if any

    def __post_init__(self) -> None:
        # One loop: this runs for every line of every page.
        words = self.words
        first = words[0]
        x0, x1, top, bottom = first.x0, first.x1, first.top, first.bottom
        sizes: dict[float, int] = {}
        total = bold = 0
        parts: list[str] = []
        previous: Word | None = None
        for w in words:
            x0 = min(x0, w.x0)
            x1 = max(x1, w.x1)
            top = min(top, w.top)
            bottom = max(bottom, w.bottom)
            n = len(w.text) or 1
            size = round(w.size, 1)
            sizes[size] = sizes.get(size, 0) + n
            total += n
            if w.bold:
                bold += n
            if previous is not None and w.x0 - previous.x1 > 0.12 * min(w.size, previous.size):
                parts.append(" ")
            parts.append(w.text)
            previous = w
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.size = max(sizes, key=sizes.__getitem__)
        self.bold = bold * 2 > total
        self.text = clean_inline("".join(parts))
        self.marker = _list_marker(self)


def _weighted(words: list[Word]) -> Counter[float]:
    counts: Counter[float] = Counter()
    for w in words:
        counts[round(w.size, 1)] += len(w.text) or 1
    return counts


def _join_words(words: list[Word]) -> str:
    """Join words with spaces, but not words split only by a font change."""
    parts: list[str] = []
    previous: Word | None = None
    for w in words:
        if previous is not None and w.x0 - previous.x1 > 0.12 * min(w.size, previous.size):
            parts.append(" ")
        parts.append(w.text)
        previous = w
    return "".join(parts)


@dataclass
class _Stats:
    """Document-wide typography: what "body text" and "normal spacing" are."""

    body_size: float
    body_bold: bool
    pitch_ratio: float  # usual top-to-top distance of body lines / font size
    left: float
    right: float

    @property
    def text_width(self) -> float:
        return max(self.right - self.left, 1.0)


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def read(data: bytes, source: str, settings: Settings) -> ReadDocument:
    """Read a PDF's bytes into blocks; raise a :class:`ReadError` subclass on bad input."""
    if b"%PDF-" not in data[:1024]:
        raise CorruptFileError(f"{source}: not a PDF (no %PDF- signature)")
    if len(data) > settings.max_file_bytes:
        raise TooLargeError(f"{source}: {len(data)} bytes, more than the limit of {settings.max_file_bytes}")
    pages, title_hint, ocr_confidences = _read_pages(data, source, settings)
    return _assemble(pages, source, title_hint, ocr_confidences)


def _assemble(
    pages: list[PageWords], source: str, title_hint: str | None, ocr_confidences: list[float]
) -> ReadDocument:
    if not any(page.words or page.tables for page in pages):
        raise EmptyDocumentError(f"{source}: the PDF has no text (no text layer and nothing recognised by OCR)")
    rows_by_page = {page.number: _rows(page.words) for page in pages}
    furniture = _find_furniture(pages, rows_by_page)
    lines_by_page = {number: [_segments(row, number) for row in rows] for number, rows in rows_by_page.items()}
    stats = {is_ocr: _document_stats([p for p in pages if p.ocr == is_ocr], lines_by_page) for is_ocr in (False, True)}
    builder = BlockBuilder()
    writer = _LayoutWriter(builder, stats)
    writer.write(pages, lines_by_page)
    _mark_title(builder.blocks, writer.heading_sizes)
    if not builder.blocks:
        raise EmptyDocumentError(f"{source}: no text left in the PDF after removing page furniture")
    ocr_used = any(page.ocr for page in pages)
    confidence = round(statistics.fmean(ocr_confidences), 1) if ocr_confidences else (0.0 if ocr_used else None)
    return ReadDocument(
        source=source,
        format=Format.pdf,
        text=builder.text,
        blocks=builder.blocks,
        furniture=furniture,
        title_hint=title_hint,
        pages=len(pages),
        ocr_used=ocr_used,
        ocr_confidence=confidence,
    )


# ---------------------------------------------------------------------------
# Opening, checks and words per page
# ---------------------------------------------------------------------------


def warm_up() -> None:
    """Import pdfplumber and pypdfium2 now (a batch does it once, before its workers fork)."""
    import pypdfium2  # noqa: F401

    from pledgeparse.readers import pdfchars

    pdfchars.available()  # imports pdfplumber and checks its version once


def _read_pages(data: bytes, source: str, settings: Settings) -> tuple[list[PageWords], str | None, list[float]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise EncryptedPdfError(f"{source}: the PDF is encrypted and needs a password") from exc
        # pdfium refuses files with an empty page tree and some that pdfminer
        # still reads; let pdfminer have a say before calling the file corrupt.
        n_pages = _plumber_page_count(data, source, exc)
        _check_page_count(n_pages, source, settings)
        pages = list(_plumber_pages(data, source, list(range(n_pages))))
        return pages, None, []
    try:
        n_pages = len(document)
        _check_page_count(n_pages, source, settings)
        title_hint = _title_hint(document)
        pages = list(_plumber_pages(data, source, list(range(n_pages))))
        with _library_errors(source):
            scanned = [page.number - 1 for page in pages if _is_scanned(page, document)]
        confidences: list[float] = []
        if scanned:
            from pledgeparse.readers import ocr

            ocr.require(settings)
            for page_words, page_confidences in ocr.read_pages(document, scanned, settings):
                pages[page_words.number - 1] = page_words
                confidences.extend(page_confidences)
    finally:
        document.close()
    return pages, title_hint, confidences


def _check_page_count(n_pages: int, source: str, settings: Settings) -> None:
    if n_pages == 0:
        raise EmptyDocumentError(f"{source}: the PDF has no pages")
    if n_pages > settings.max_pdf_pages:
        raise TooLargeError(f"{source}: {n_pages} pages, more than the limit of {settings.max_pdf_pages}")


def _plumber_page_count(data: bytes, source: str, pdfium_error: Exception) -> int:
    """Page count by pdfminer, for a file pdfium would not open; CorruptFileError if neither can."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except Exception as exc:  # pdfminer raises many kinds on broken input
        error = _library_error(source, exc)
        if isinstance(error, EncryptedPdfError):
            raise error from exc
        raise CorruptFileError(f"{source}: the PDF cannot be parsed ({pdfium_error})") from exc


class _library_errors:
    """Turn any exception raised inside pdfminer, pdfplumber or pdfium into a ReadError.

    Used only around calls into those libraries, so that a bug in this module
    still surfaces as a bug and not as "corrupt file". The libraries raise many
    kinds of exception on broken input (PSEOF, KeyError, struct.error, ...).
    """

    def __init__(self, source: str) -> None:
        self.source = source

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if exc is not None and isinstance(exc, Exception) and not isinstance(exc, ReadError):
            raise _library_error(self.source, exc) from exc


def _library_error(source: str, exc: BaseException) -> ReadError:
    inner = exc.args[0] if type(exc).__name__ == "PdfminerException" and exc.args else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return EncryptedPdfError(f"{source}: the PDF is encrypted and cannot be read ({name})")
    return CorruptFileError(f"{source}: the PDF cannot be parsed ({name}: {inner})")


def _is_scanned(page_words: PageWords, document: Any) -> bool:
    """True when a page has (almost) no text layer but an image over much of it.

    The text layer is judged from the words pdfplumber found anyway, so text
    pages cost nothing extra; only near-empty pages ask pdfium for their images.
    """
    import pypdfium2.raw as pdfium_c

    n_chars = sum(len(w.text) for w in page_words.words) + sum(len(c) for r in page_words.tables for c in r.cells)
    if n_chars >= MIN_TEXT_CHARS and len(page_words.words) >= 3:
        return False
    page = document[page_words.number - 1]
    try:
        width, height = page.get_size()
        covered = 0.0
        for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
            left, bottom, right, top = obj.get_bounds()
            covered += max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
        return covered >= IMAGE_COVERAGE * width * height
    finally:
        page.close()


def _title_hint(document: Any) -> str | None:
    """The metadata title when it reads like a title, not a file name."""
    try:
        title = (document.get_metadata_dict().get("Title") or "").strip()
    except Exception:  # metadata is optional and often broken
        return None
    title = re.sub(r"^(microsoft (word|powerpoint|excel) - )", "", title, flags=re.IGNORECASE).strip()
    if len(title) < 4 or re.search(r"\.(docx?|pdf|odt|rtf|pptx?|xlsx?)$", title, re.IGNORECASE):
        return None
    if re.fullmatch(r"(untitled|namnlös|dokument\d*|document\d*|presentation\d*)", title, re.IGNORECASE):
        return None
    return clean_inline(title)


def _plumber_pages(data: bytes, source: str, indexes: list[int]) -> Iterator[PageWords]:
    import pdfplumber

    from pledgeparse.readers import pdfchars

    with _library_errors(source):
        pdf = pdfplumber.open(io.BytesIO(data))
    try:
        for index in indexes:
            with _library_errors(source):
                page = pdf.pages[index]
            pdfchars.install(page)
            try:
                yield _page_words(page, index + 1, source)
            finally:
                page.close()
    finally:
        _close_quietly(pdf)


def _close_quietly(pdf: Any) -> None:
    """Close a pdfplumber PDF; its close() walks the pages again and re-raises their errors."""
    try:
        pdf.close()
    except Exception:  # the error that matters has been raised already
        pdf.stream.close()


def _page_words(page: Any, number: int, source: str) -> PageWords:
    """One pass over a text page: words with fonts, and its ruled tables."""
    with _library_errors(source):
        raw_words = page.extract_words(**WORD_OPTIONS)
        doubled = {(round(w["x0"]), round(w["top"])) for w in raw_words if _looks_doubled(w)}
        if doubled:
            # "Fake bold": glyphs printed twice, slightly offset. pdfplumber's
            # dedupe_chars fixes it but costs as much as parsing the page, so
            # it only runs on pages that show the symptom ("HHeelloo"). The
            # words that were doubled were meant to look bold, so they are.
            page = page.dedupe_chars(tolerance=1)
            raw_words = page.extract_words(**WORD_OPTIONS)
        width, height = float(page.width), float(page.height)
        has_rules = bool(page.lines or page.rects)
    words = []
    for w in raw_words:
        text = w["text"]
        if CID_ANYWHERE.search(text) and not CID_GLYPH.match(text):
            # Glyphs without a Unicode mapping inside a word: drop the codes.
            text = CID_ANYWHERE.sub("", text)
            if not text:
                continue
        words.append(
            Word(
                text=text,
                x0=float(w["x0"]),
                top=float(w["top"]),
                x1=float(w["x1"]),
                bottom=float(w["bottom"]),
                size=float(w["size"]),
                bold=bool(BOLD_FONT.search(w["fontname"] or "")) or (round(w["x0"]), round(w["top"])) in doubled,
            )
        )
    page_words = PageWords(number=number, width=width, height=height, words=words)
    if has_rules:
        with _library_errors(source):
            tables = _find_tables(page)
        _take_tables(tables, page_words)
    if not page_words.tables:
        _take_unruled_tables(page_words)
    return page_words


def _looks_doubled(word: dict[str, Any]) -> bool:
    """True for a word whose every glyph is printed twice ("MMeeddbboorrggaarr")."""
    text = word["text"]
    n = len(text)
    if n < 4 or n % 2 or text[0::2] != text[1::2]:
        return False
    # Doubled glyphs overlap: the word is about half as wide as its letters say.
    return (word["x1"] - word["x0"]) < 0.4 * n * word["size"]


def _find_tables(page: Any) -> list[Any]:
    tables = [t for t in page.find_tables(TABLE_SETTINGS) if _is_real_table(t)]
    if not tables and sum(1 for e in page.edges if e["orientation"] == "h") >= 3:
        tables = [t for t in page.find_tables(TABLE_SETTINGS_FALLBACK) if _is_real_table(t)]
    return tables


def _take_tables(tables: list[Any], page_words: PageWords) -> None:
    """Move the words of the page's tables out of its text into table rows."""
    if not tables:
        return
    taken: set[int] = set()
    for table in tables:
        for row_index, row in enumerate(table.rows):
            cell_words: list[list[Word]] = [[] for _ in row.cells]
            for i, word in enumerate(page_words.words):
                if i in taken:
                    continue
                cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
                for c, cell in enumerate(row.cells):
                    if cell is not None and cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]:
                        cell_words[c].append(word)
                        taken.add(i)
                        break
            cells = [_cell_text(ws) for ws in cell_words]
            if not any(cells):
                continue
            bold = [w.bold for ws in cell_words for w in ws]
            header = row_index == 0 and (
                (bool(bold) and sum(bold) * 2 > len(bold))
                or any(c.strip(" :").lower() in TABLE_HEADER_WORDS for c in cells)
            )
            x0, top, x1, bottom = row.bbox
            page_words.tables.append(TableRow(cells=cells, bbox=(x0, top, x1, bottom), header=header))
    page_words.words = [w for i, w in enumerate(page_words.words) if i not in taken]


def _column_groups(row: list[Word]) -> list[list[Word]]:
    """Split a visual row into groups separated by wide gaps (table columns)."""
    groups: list[list[Word]] = []
    for word in row:
        if groups and word.x0 - groups[-1][-1].x1 <= 1.5 * word.size:
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups


def _take_unruled_tables(page_words: PageWords) -> None:
    """Tables without ruling lines, found by their header row.

    A row whose column groups are header words ("Aktivitet", "Ansvarig",
    "UTFÖRARE", "Klart senast") starts a table; its groups give the column
    positions. The rows below belong to it while they start at the first
    column and follow without a paragraph gap; words go to the column whose
    start they are at or right of. A line that starts in lower case under a
    row whose first cell has not ended continues that row (a wrapped cell).
    """
    rows = _rows(page_words.words)
    taken: set[int] = set()
    index = 0
    while index < len(rows):
        groups = _column_groups(rows[index])
        names = [_join_words(g).strip(" :").lower() for g in groups]
        header_like = sum(1 for n in names if n in TABLE_HEADER_WORDS or n.split(" ")[0] in TABLE_HEADER_WORDS)
        if len(groups) < 2 or header_like < 2 or header_like < len(groups) - 1:
            index += 1
            continue
        size = max(w.size for w in rows[index])
        starts = [g[0].x0 for g in groups]
        table: list[tuple[list[list[Word]], float, float]] = [([list(g) for g in groups], rows[index][0].top, max(w.bottom for w in rows[index]))]
        following = index + 1
        while following < len(rows):
            row = rows[following]
            gap = row[0].top - table[-1][2]
            if gap > 1.8 * size or row[0].x0 < starts[0] - 1.5 * size:
                break
            cells: list[list[Word]] = [[] for _ in starts]
            for word in row:
                column = max((c for c, start in enumerate(starts) if word.x0 >= start - 0.8 * size), default=0)
                cells[column].append(word)
            first = _join_words(cells[0]) if cells[0] else ""
            previous_first = _join_words(table[-1][0][0]) if len(table) > 1 and table[-1][0][0] else ""
            if len(table) > 1 and first[:1].islower() and not previous_first.rstrip().endswith((".", "!", "?")):
                for column, words in enumerate(cells):
                    table[-1][0][column].extend(words)
                table[-1] = (table[-1][0], table[-1][1], max(w.bottom for w in row))
            else:
                table.append((cells, row[0].top, max(w.bottom for w in row)))
            following += 1
        if len(table) >= 2:
            for row_index, (cells, top, bottom) in enumerate(table):
                words = [w for ws in cells for w in ws]
                taken.update(id(w) for w in words)
                x0 = min(w.x0 for w in words)
                x1 = max(w.x1 for w in words)
                page_words.tables.append(
                    TableRow(cells=[_cell_text(ws) for ws in cells], bbox=(x0, top, x1, bottom), header=row_index == 0)
                )
        index = following
    if taken:
        page_words.words = [w for w in page_words.words if id(w) not in taken]


def _is_real_table(table: Any) -> bool:
    """A frame around a paragraph is not a table: want two columns and some text."""
    rows = table.rows
    if not rows:
        return False
    columns = max(len(row.cells) for row in rows)
    return columns >= 2 and (len(rows) >= 2 or columns >= 3)


def _cell_text(words: list[Word]) -> str:
    """A cell's words, lines folded to spaces, hyphenation at line ends undone."""
    if not words:
        return ""
    lines = [_join_words(row) for row in _rows(words)]
    return clean_inline(" ".join(_dehyphenate([clean_inline(line) for line in lines])))


# ---------------------------------------------------------------------------
# Rows, segments and hyphenation
# ---------------------------------------------------------------------------


def _rows(words: Iterable[Word]) -> list[list[Word]]:
    """Cluster words into visual rows (vertical overlap), each sorted left to right."""
    rows: list[list[Word]] = []
    top = bottom = 0.0
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 0.1)
        if rows and min(bottom, word.bottom) - max(top, word.top) >= 0.5 * min(height, bottom - top):
            rows[-1].append(word)
            bottom = max(bottom, word.bottom)
        else:
            rows.append([word])
            top, bottom = word.top, word.bottom
    for row in rows:
        row.sort(key=lambda w: w.x0)
    return rows


def _segments(row: list[Word], page: int) -> list[Line]:
    """Split a row at gaps wider than a few spaces (columns, tab stops)."""
    segments: list[Line] = []
    current: list[Word] = []
    for word in row:
        if current:
            size = max(word.size, current[-1].size)
            if word.x0 - current[-1].x1 > max(2.5 * size, 20.0):
                segments.append(Line(current, page))
                current = []
        current.append(word)
    if current:
        segments.append(Line(current, page))
    return segments


def _dehyphenate(lines: list[str]) -> list[str]:
    """Join words hyphenated at line ends; the joined word moves up a line.

    "trygg-" + "hetsvandring" is one word again; "Malmö-" + "Köpenhamn",
    "A-" + "traktor" and "2023-" + "2026" keep the hyphen; "risk-" + "och
    skyddsfaktorer" is a Swedish hyphen ellipsis and stays as it is.
    """
    lines = list(lines)
    for i in range(len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        if not line or not following:
            continue
        last = line.rsplit(" ", 1)[-1]
        first, _, rest = following.partition(" ")
        if last.endswith(SOFT_HYPHEN):
            joined = last[:-1] + first
        elif last.endswith(HYPHENS) and len(last) >= 2:
            stem = last[:-1]
            if first.lower().strip(",.") in ELLIPSIS_WORDS or not stem[-1].isalnum():
                continue
            keep_hyphen = (
                not first[:1].islower()
                or stem[-1].isdigit()
                or len(stem) == 1
                or (stem.isupper() and len(stem) <= 5)
                or any(h in stem for h in HYPHENS)
            )
            joined = last + first if keep_hyphen else stem + first
        else:
            continue
        lines[i] = line[: len(line) - len(last)] + joined
        lines[i + 1] = rest
    return [line for line in lines if line]


# ---------------------------------------------------------------------------
# Page furniture
# ---------------------------------------------------------------------------


def _dominant_size(words: list[Word]) -> float:
    sizes = _weighted(words)
    return max(sizes, key=lambda size: sizes[size]) if sizes else 0.0


def _normalise(text: str) -> str:
    return DIGITS.sub("#", " ".join(text.lower().split()))


def _find_furniture(pages: list[PageWords], rows_by_page: dict[int, list[list[Word]]]) -> list[Furniture]:
    """Remove running headers, footers and page numbers from the pages' words."""
    # Candidate rows at each edge of each page, with their distance to that edge.
    candidates: dict[str, dict[int, list[tuple[list[Line], float]]]] = {"header": {}, "footer": {}}
    for page in pages:
        rows = rows_by_page[page.number]
        top_rows = [r for r in rows[:FURNITURE_ROWS] if min(w.top for w in r) < TOP_BAND * page.height]
        bottom_rows = [
            r for r in reversed(rows[-FURNITURE_ROWS:]) if max(w.bottom for w in r) > (1 - BOTTOM_BAND) * page.height
        ]
        candidates["header"][page.number] = [(_segments(r, page.number), min(w.top for w in r)) for r in top_rows]
        candidates["footer"][page.number] = [
            (_segments(r, page.number), page.height - max(w.bottom for w in r)) for r in bottom_rows
        ]

    # Where each normalised segment text occurs: page -> distances to the edge.
    seen: dict[str, dict[str, dict[int, list[float]]]] = {}
    for kind, by_page in candidates.items():
        index: dict[str, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
        for number, edge_rows in by_page.items():
            for segments, distance in edge_rows:
                for segment in segments:
                    index[_normalise(segment.text)][number].append(distance)
        seen[kind] = index

    min_pages = max(2, round(0.3 * len(pages)))

    single_page_body = _dominant_size(pages[0].words) if len(pages) == 1 else 0.0

    def repeated(kind: str, segment: Line, number: int, distance: float) -> bool:
        text = segment.text
        if len(text) > 120 or len(text) < 2:
            return False
        if single_page_body:
            # One page: nothing can repeat. A line in small print in the
            # outermost margin band is the running header or footer.
            return distance < SINGLE_PAGE_MARGIN * pages[0].height and segment.size < single_page_body - 0.5
        occurrences = seen[kind].get(_normalise(text), {})
        matching = sum(
            1
            for distances in occurrences.values()
            if any(abs(d - distance) <= FURNITURE_POSITION_TOLERANCE for d in distances)
        )
        return matching >= min_pages and number in occurrences

    furniture: list[Furniture] = []
    removed: set[int] = set()
    for page in pages:
        page_furniture: list[tuple[float, Furniture]] = []
        for kind in ("header", "footer"):
            for segments, distance in candidates[kind][page.number]:
                kept = []
                found: list[Line] = []
                for segment in segments:
                    text = segment.text
                    if PAGE_NUMBER.match(text) or (
                        BARE_NUMBER.match(text) and (kind == "footer" or int(text) == page.number)
                    ):
                        page_furniture.append((segment.top, Furniture(text=text, page=page.number, kind="page_number")))
                        removed.update(id(w) for w in segment.words)
                    elif repeated(kind, segment, page.number, distance):
                        found.append(segment)
                    else:
                        kept.append(segment)
                if kept:
                    break  # furniture is contiguous from the page edge
                if found:
                    text = "    ".join(s.text for s in found)
                    page_furniture.append((found[0].top, Furniture(text=text, page=page.number, kind=kind)))
                    removed.update(id(w) for s in found for w in s.words)
        furniture.extend(f for _, f in sorted(page_furniture, key=lambda item: item[0]))
        if removed:
            page.words = [w for w in page.words if id(w) not in removed]
            rows_by_page[page.number] = [
                kept_row for row in rows_by_page[page.number] if (kept_row := [w for w in row if id(w) not in removed])
            ]
    return furniture


# ---------------------------------------------------------------------------
# Typography statistics
# ---------------------------------------------------------------------------


def _document_stats(pages: list[PageWords], lines_by_page: dict[int, list[list[Line]]]) -> _Stats:
    """Body size, boldness, line pitch and text margins of a group of pages.

    Text and OCR pages are measured apart: OCR sizes are tesseract's estimates,
    which scatter by some 10 % around the true size, so they are bucketed to
    half points and matched with a relative tolerance.
    """
    ocr = any(page.ocr for page in pages)
    sizes: Counter[float] = Counter()
    for page in pages:
        for w in page.words:
            sizes[round(w.size * 2) / 2 if ocr else round(w.size, 1)] += len(w.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    tolerance = max(0.6, 0.1 * body_size) if ocr else 0.6
    body_chars = bold_chars = 0
    pitches: Counter[float] = Counter()
    lefts: list[float] = []
    rights: list[float] = []
    all_lefts: list[float] = []
    all_rights: list[float] = []
    for page in pages:
        for w in page.words:
            if abs(w.size - body_size) < tolerance:
                body_chars += len(w.text)
                bold_chars += len(w.text) if w.bold else 0
        previous: Line | None = None
        for segments in lines_by_page[page.number]:
            all_lefts.extend(seg.x0 for seg in segments)
            all_rights.extend(seg.x1 for seg in segments)
            if len(segments) != 1:
                previous = None
                continue
            line = segments[0]
            if abs(line.size - body_size) < tolerance:
                lefts.append(line.x0)
                rights.append(line.x1)
                if previous is not None and abs(previous.size - body_size) < tolerance:
                    pitch = line.bottom - previous.bottom
                    if 0.9 * body_size < pitch < 2.0 * body_size:
                        pitches[round(pitch * 2) / 2] += 1
            previous = line
    pitch = pitches.most_common(1)[0][0] if pitches else 1.2 * body_size
    left, right = _margins(lefts, rights)
    page_width = statistics.median(page.width for page in pages) if pages else 595.0
    if len(lefts) < 8 or right - left < 0.45 * page_width:
        # Too little running text to trust (a signature page, a scanned form):
        # take the margins of all lines instead.
        left, right = _margins(all_lefts, all_rights)
    return _Stats(
        body_size=body_size,
        body_bold=body_chars > 0 and bold_chars * 2 > body_chars,
        pitch_ratio=pitch / body_size,
        left=left,
        right=max(right, left + 0.45 * page_width),
    )


def _margins(lefts: list[float], rights: list[float]) -> tuple[float, float]:
    """The 5th percentile of line starts and the 95th of line ends."""
    if not lefts:
        return 0.0, 400.0
    lefts, rights = sorted(lefts), sorted(rights)
    return lefts[len(lefts) // 20], rights[len(rights) * 19 // 20]


# ---------------------------------------------------------------------------
# Lines to blocks
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Break:
    """Forces the block being built to end (between columns)."""


@dataclass(slots=True)
class _Leading:
    """Sets (or, with None, ends) the line pitch of a stretch of short lines without a break."""

    pitch: float | None


@dataclass(slots=True)
class _Column:
    """Starts one column of a side-by-side region, with that column's own line pitch.

    Signature blocks are often set with more leading than the body text; within
    a column a new block starts only at a gap clearly above the column's
    tightest line spacing, so "Name / Title / Organisation" stays one block.
    """

    pitch: float


Flow = Line | TableRow | _Break | _Column | _Leading


@dataclass
class _OpenBlock:
    kind: str  # "text" (heading or paragraph, decided at the end) or "list"
    lines: list[Line]
    page: int
    stats: _Stats
    marker_x0: float = 0.0
    text_x0: float = 0.0
    level: int = 0
    ordered: bool = False
    first_text: str = ""  # the first line's text without its list marker


def _list_marker(line: Line) -> _Marker | None:
    """The list marker a line starts with, if any."""
    words = line.words
    first = words[0]
    token = first.text
    if len(token) > 1 and (token[0] in "•●▪■◦‣➢►" or "\ue000" <= token[0] <= "\uf8ff"):
        # A bullet glyph glued to the first word.
        glyph_width = (first.x1 - first.x0) / len(token)
        rest = clean_inline(token[1:] + " " + _join_words(words[1:]))
        return _Marker(False, first.x0, first.x0 + glyph_width, rest)
    if len(words) < 2:
        return None
    second = words[1]
    gap = second.x0 - first.x1
    if CID_GLYPH.match(token) or (len(token) == 1 and (token in BULLET_GLYPHS or "\ue000" <= token <= "\uf8ff")):
        if token in "-–—*" and gap > 3 * first.size:
            return None
        ordered = False
    elif token == "o" and gap > 0.6 * first.size:
        ordered = False
    elif ORDERED_MARKER.match(token) and (NUMBER_MARKER.match(token) or gap > 0.4 * first.size):
        ordered = True
    else:
        return None
    rest = clean_inline(_join_words(words[1:]))
    return _Marker(ordered, first.x0, second.x0, rest) if rest else None


class _LayoutWriter:
    """Turns the pages' lines and table rows into blocks, in reading order."""

    def __init__(self, builder: BlockBuilder, stats: dict[bool, _Stats]) -> None:
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
                elif isinstance(item, _Break):
                    self._flush()
                    self.column_pitch = None
                elif isinstance(item, _Column):
                    self._flush()
                    self.column_pitch = item.pitch
                elif isinstance(item, _Leading):
                    self.column_pitch = item.pitch
                else:
                    self._line(item, stats)
                self.page_start = False
        self._flush()

    def _flow(self, page: PageWords, rows: list[list[Line]], stats: _Stats) -> list[Flow]:
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
            flow.extend(_arrange_run(run, stats))
            run = []
            flow.append(item)
        flow.extend(_arrange_run(run, stats))
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

    def _line(self, line: Line, stats: _Stats) -> None:
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

    def _start_item(self, line: Line, marker: _Marker, stats: _Stats) -> None:
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
    def _was_wrapped(previous: Line, line: Line, stats: _Stats) -> bool:
        """True when the next line's first word would not have fit on the previous one."""
        first = line.words[0]
        needed = previous.x1 + 0.3 * previous.size + (first.x1 - first.x0)
        return needed >= stats.right - 0.5 * previous.size

    @staticmethod
    def _heading_style(line: Line, stats: _Stats) -> bool:
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
        texts = _dehyphenate([block.first_text] + [ln.text for ln in lines[1:]])
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


def _arrange_run(run: list[Line], stats: _Stats) -> list[Flow]:
    """Put a stretch of consecutive short lines in reading order.

    Side-by-side columns (signature blocks) are read left column first, then
    the right one, each as blocks of their own, so that every "Name / Title /
    Organisation" group stays together. A column is a contiguous part of the
    stretch that a vertical gutter splits into a left and a right group sitting
    side by side; lines above or below it (a place and date line) stay where
    they are. Short lines outside columns get their own line spacing too
    (:class:`_Leading`), so a name and title set with wide leading stay one block.
    """
    if not run:
        return []
    for gutter in sorted({ln.x0 for ln in run}):
        if gutter < stats.left + 0.25 * stats.text_width:
            continue
        start = 0
        while start < len(run):
            # The longest chunk from ``start`` whose lines all keep clear of the gutter.
            end = start
            while end < len(run) and (run[end].x1 <= gutter - 4 or run[end].x0 >= gutter - 1):
                end += 1
            columns = _columns(run[start:end], gutter, stats) if end > start else None
            if columns is not None:
                return [*_arrange_run(run[:start], stats), *columns, *_arrange_run(run[end:], stats)]
            start = end + 1
    pitch = _tightest_pitch(run)
    expected = stats.pitch_ratio * stats.body_size
    if len(run) >= 2 and expected * 1.25 < pitch <= expected * 1.5:
        return [_Leading(pitch), *run, _Leading(None)]
    return list(run)


def _columns(chunk: list[Line], gutter: float, stats: _Stats) -> list[Flow] | None:
    left = [ln for ln in chunk if ln.x1 <= gutter - 4]
    right = [ln for ln in chunk if ln.x0 >= gutter - 1]
    if not left or not right or _side_by_side(left) or _side_by_side(right):
        return None  # one side is itself several columns: a table without rules, not signatures
    # The zone where both columns have text: clusters of lines (split at
    # gaps of several lines) of one side that sit level with a cluster of the
    # other. Lines above or below it stay in the normal flow.
    gap = 2.5 * stats.pitch_ratio * stats.body_size
    left_spans = _spans(left, gap)
    right_spans = _spans(right, gap)
    level = [
        span
        for spans, others in ((left_spans, right_spans), (right_spans, left_spans))
        for span in spans
        if any(span[0] < other[1] and other[0] < span[1] for other in others)
    ]
    if not level:
        return None  # one group is above the other: not side by side
    top, bottom = min(span[0] for span in level), max(span[1] for span in level)
    before = [ln for ln in chunk if ln.bottom <= top]
    after = [ln for ln in chunk if ln.top >= bottom]
    inside_left = [ln for ln in left if ln not in before and ln not in after]
    inside_right = [ln for ln in right if ln not in before and ln not in after]
    return [
        *_arrange_run(before, stats),
        _Column(_tightest_pitch(inside_left)),
        *inside_left,
        _Column(_tightest_pitch(inside_right)),
        *inside_right,
        _Break(),
        *_arrange_run(after, stats),
    ]


def _spans(lines: list[Line], gap: float) -> list[tuple[float, float]]:
    """Vertical extents of the groups of lines (in top order) separated by more than ``gap``."""
    spans: list[tuple[float, float]] = []
    for line in lines:
        if spans and line.top - spans[-1][1] <= gap:
            spans[-1] = (spans[-1][0], max(spans[-1][1], line.bottom))
        else:
            spans.append((line.top, line.bottom))
    return spans


def _side_by_side(lines: list[Line]) -> bool:
    """True when two of the lines share a row (they are in top order)."""
    return any(b.top < a.bottom - 0.3 * a.size for a, b in itertools.pairwise(lines))


def _tightest_pitch(lines: list[Line]) -> float:
    """The smallest baseline distance between consecutive lines (0 if none)."""
    pitches = [b.bottom - a.bottom for a, b in itertools.pairwise(lines) if b.bottom - a.bottom > 0.5 * b.size]
    return min(pitches, default=0.0)


def _mark_title(blocks: list[Block], sizes: dict[int, float]) -> None:
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


__all__ = ["PageWords", "Word", "read"]
