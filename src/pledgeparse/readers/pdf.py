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
   same :class:`~pledgeparse.readers.pages.PageWords`, so everything below is
   shared. pdfplumber's character objects are built by
   :mod:`pledgeparse.readers.pdfchars` (the same objects, with less work), so
   this reader costs less than pdfplumber's bare ``extract_text`` on the same
   files. Tables: :mod:`pledgeparse.readers.pdftables`.
3. **Page furniture** (DOMAIN.md, PDFs): running headers and footers are
   lines repeated at the same place at the top or bottom of several pages
   (digits normalised, so "Datum 2024-04-08" matches "Datum 2024-04-09");
   page numbers ("Sida 2", "Sida 2 av 5", "2 (5)", "- 3 -", a bare number in
   the footer) are recognised on every page. Both go to
   :attr:`ReadDocument.furniture`, not into blocks
   (:mod:`pledgeparse.readers.pdffurniture`).
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
   Rows, lines, list markers, hyphenation and typography:
   :mod:`pledgeparse.readers.pdflines`; columns:
   :mod:`pledgeparse.readers.pdffurniture`; lines to blocks:
   :mod:`pledgeparse.readers.pdfblocks`.

``bbox`` is ``(x0, top, x1, bottom)`` in PDF points from the page's top-left
corner, for text and OCR pages alike. A block continued on the next page keeps
the page and box where it starts.
"""

from __future__ import annotations

import io
import re
import statistics
from collections.abc import Iterator
from typing import Any

from pledgeparse.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPdfError,
    ReadError,
    TooLargeError,
)
from pledgeparse.models import Format, ReadDocument
from pledgeparse.readers import ocr
from pledgeparse.readers.base import BlockBuilder, clean_inline
from pledgeparse.readers.pages import PageWords, Word
from pledgeparse.readers.pdfblocks import LayoutWriter, mark_title
from pledgeparse.readers.pdffurniture import find_furniture
from pledgeparse.readers.pdflines import CID_GLYPH, document_stats, row_segments, word_rows
from pledgeparse.readers.pdftables import find_tables, take_tables, take_unruled_tables
from pledgeparse.settings import Settings

# A page with fewer visible characters than this but an image covering at
# least IMAGE_COVERAGE of it is a scan: a stamp or a page number added by the
# scanner does not make a text layer.
MIN_TEXT_CHARS = 20
IMAGE_COVERAGE = 0.3

BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|extrabold|ultrabold|,b$|-bd$|bd$", re.IGNORECASE)

WORD_OPTIONS: dict[str, Any] = {"extra_attrs": ["fontname", "size"], "keep_blank_chars": False, "x_tolerance": 2}
CID_ANYWHERE = re.compile(r"\(cid:\d+\)")


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
    rows_by_page = {page.number: word_rows(page.words) for page in pages}
    furniture = find_furniture(pages, rows_by_page)
    lines_by_page = {number: [row_segments(row, number) for row in rows] for number, rows in rows_by_page.items()}
    stats = {is_ocr: document_stats([p for p in pages if p.ocr == is_ocr], lines_by_page) for is_ocr in (False, True)}
    builder = BlockBuilder()
    writer = LayoutWriter(builder, stats)
    writer.write(pages, lines_by_page)
    mark_title(builder.blocks, writer.heading_sizes)
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
            tables = find_tables(page)
        take_tables(tables, page_words)
    if not page_words.tables:
        take_unruled_tables(page_words)
    return page_words


def _looks_doubled(word: dict[str, Any]) -> bool:
    """True for a word whose every glyph is printed twice ("MMeeddbboorrggaarr")."""
    text = word["text"]
    n = len(text)
    if n < 4 or n % 2 or text[0::2] != text[1::2]:
        return False
    # Doubled glyphs overlap: the word is about half as wide as its letters say.
    return (word["x1"] - word["x0"]) < 0.4 * n * word["size"]


__all__ = ["PageWords", "Word", "read", "warm_up"]
