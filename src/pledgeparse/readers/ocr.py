"""OCR of scanned PDF pages with tesseract, into the PDF reader's page model.

Some medborgarlöften are published as scans: signed paper copies, or whole
council minutes, with no text layer (DOMAIN.md, PDFs). Such pages are rendered
with pypdfium2 at ``settings.ocr_dpi`` and read by tesseract in Swedish
through pytesseract. The result is a :class:`~pledgeparse.readers.pages.PageWords`
like the one a text page gives, so headings, bullets, paragraphs and
signature columns are found by the same layout code.

tesseract's hOCR output is used rather than ``image_to_data`` because it
carries, per line, tesseract's own estimate of the font size (``x_size``):
word boxes vary with ascenders and descenders ("Samverkan" has none), but the
line's size estimate is stable enough to tell a 13 pt heading from 10.5 pt
body text. Words keep their confidence (``x_wconf``, 0-100); the mean over all
OCR'd words becomes :attr:`ReadDocument.ocr_confidence`. Scans carry no font
names, so OCR'd headings are found by size alone, never by boldness.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from pledgeparse.errors import CorruptFileError, OcrUnavailableError
from pledgeparse.readers.base import clean_inline
from pledgeparse.readers.pages import PageWords, Word
from pledgeparse.settings import Settings

INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-swe (or run scripts/install_system_deps.sh)"
LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
# tesseract 5 tries every line again on an inverted image when unsure; scans
# of printed pledges have no white-on-black text, and skipping it saves time.
TESSERACT_CONFIG = "--psm 3 -c tessedit_do_invert=0"
TITLE_FIELD = re.compile(r"(\w+) ([^;]+)")
# One page at 300 dpi takes a couple of seconds; a stuck tesseract must not
# hang a batch.
PAGE_TIMEOUT_SECONDS = 300


def require(settings: Settings) -> None:
    """Raise :class:`OcrUnavailableError` unless OCR is enabled and can run."""
    if not settings.ocr:
        raise OcrUnavailableError(
            "the PDF has scanned pages without a text layer and OCR is disabled (settings.ocr is False)"
        )
    _check_tesseract(settings.ocr_language)


@functools.lru_cache(maxsize=4)
def _check_tesseract(language: str) -> None:
    try:
        import pytesseract
    except ImportError as exc:
        raise OcrUnavailableError(f"scanned PDF pages need OCR: pip install pytesseract, then {INSTALL_HINT}") from exc
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise OcrUnavailableError(f"scanned PDF pages need OCR and tesseract is not installed: {INSTALL_HINT}")
    try:
        languages = pytesseract.get_languages(config="")
    except Exception as exc:  # pytesseract raises its own and OSError kinds
        raise OcrUnavailableError(f"tesseract does not run ({exc}): {INSTALL_HINT}") from exc
    if language not in languages:
        raise OcrUnavailableError(
            f"tesseract has no {language!r} language data (has {', '.join(sorted(languages)) or 'none'}): "
            f"{INSTALL_HINT}"
        )


def read_pages(document: Any, indexes: list[int], settings: Settings) -> Iterator[tuple[PageWords, list[float]]]:
    """OCR the pages ``indexes`` (0-based) of a pypdfium2 document, in order.

    Yields each page's words and its word confidences. Pages are rendered one
    at a time here (pdfium is not thread-safe) and recognised by up to one
    tesseract process per CPU, at most that many page images in memory.
    """
    # tesseract's OpenMP threads fight each other on small machines: on two
    # cores one page took 17 s with the default and 2 s with one thread. We
    # run one process per core instead. setdefault keeps a caller's choice.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    workers = max(1, min(os.cpu_count() or 1, 4, len(indexes)))
    scale = settings.ocr_dpi / 72.0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: list[tuple[int, tuple[float, float], Future[bytes]]] = []
        for index in indexes:
            try:
                page = document[index]
                try:
                    width, height = page.get_size()
                    image = page.render(scale=scale, grayscale=True).to_pil()
                finally:
                    page.close()
            except Exception as exc:  # pdfium on a broken page
                raise CorruptFileError(f"page {index + 1} cannot be rendered for OCR ({exc})") from exc
            pending.append((index, (width, height), pool.submit(_hocr, image, settings.ocr_language)))
            if len(pending) >= workers:
                yield _page_words(*_result(pending.pop(0)), scale=scale)
        while pending:
            yield _page_words(*_result(pending.pop(0)), scale=scale)


def _result(item: tuple[int, tuple[float, float], Future[bytes]]) -> tuple[int, tuple[float, float], bytes]:
    index, size, future = item
    try:
        return index, size, future.result()
    except OcrUnavailableError:
        raise
    except Exception as exc:  # tesseract failed on this page image
        raise OcrUnavailableError(f"tesseract failed on page {index + 1}: {exc}") from exc


def _hocr(image: Any, language: str) -> bytes:
    import pytesseract

    hocr: bytes = pytesseract.image_to_pdf_or_hocr(
        image, lang=language, config=TESSERACT_CONFIG, extension="hocr", timeout=PAGE_TIMEOUT_SECONDS
    )
    return hocr


def _title(element: ET.Element) -> dict[str, str]:
    """The properties in an hOCR ``title`` attribute ("bbox 1 2 3 4; x_wconf 96")."""
    return {m.group(1): m.group(2).strip() for m in TITLE_FIELD.finditer(element.get("title", ""))}


def _line_metrics(line: dict[str, str], scale: float) -> tuple[float, float, float]:
    """A line's top, bottom and font size in points, from its baseline and size.

    The bbox of a line depends on its letters (diacritics, descenders); the
    baseline and tesseract's size estimate do not, so the spacing between
    lines comes out as regular as in a text PDF: paragraph breaks are then
    found from gaps just as there.
    """
    x0, top, x1, bottom = (float(v) for v in line["bbox"].split())
    size = float(line.get("x_size", 0.0)) or (bottom - top)
    descent = float(line.get("x_descenders", 0.0)) or 0.22 * size
    try:
        slope, offset = (float(v) for v in line.get("baseline", "0 0").split())
    except ValueError:
        slope, offset = 0.0, 0.0
    baseline = bottom + offset + slope * (x1 - x0) / 2
    return (baseline - size + descent) / scale, (baseline + descent) / scale, size / scale


def _page_words(index: int, size: tuple[float, float], hocr: bytes, *, scale: float) -> tuple[PageWords, list[float]]:
    """Words of one hOCR page in points; each word gets its line's box and size."""
    root = ET.fromstring(hocr)
    words: list[Word] = []
    confidences: list[float] = []
    for element in root.iter():
        if element.get("class") not in LINE_CLASSES:
            continue
        line_top, line_bottom, font_size = _line_metrics(_title(element), scale)
        line_words: list[tuple[Word, float]] = []
        for word_element in element.iter():
            if word_element.get("class") != "ocrx_word":
                continue
            text = clean_inline("".join(word_element.itertext()))
            if not text:
                continue
            props = _title(word_element)
            x0, _, x1, _ = (float(v) / scale for v in props["bbox"].split())
            confidence = float(props.get("x_wconf", 0.0))
            confidences.append(confidence)
            word = Word(text=text, x0=x0, top=line_top, x1=x1, bottom=line_bottom, size=font_size)
            line_words.append((word, confidence))
        if len(line_words) >= 2 and _looks_like_bullet(line_words[0], line_words[1][0]):
            line_words[0][0].text = "•"
        words.extend(word for word, _ in line_words)
    width, height = size
    return PageWords(number=index + 1, width=width, height=height, words=words, ocr=True), confidences


# What tesseract makes of a bullet glyph at the start of a line, usually with
# a low confidence: «, », ., e, o, ©, ®, °, *, ", ·.
OCR_BULLET = re.compile(r"^[«».,·•°*©®\"'‘’“”eo:;]{1,2}$")


def _looks_like_bullet(first: tuple[Word, float], following: Word) -> bool:
    """True when a line's first token is a misread bullet glyph: small, unsure, then a gap."""
    word, confidence = first
    small = word.x1 - word.x0 < 0.7 * word.size
    gap = following.x0 - word.x1 > 0.5 * word.size
    sure_glyph = word.text in {"«", "»", "•", "·"}
    return bool(OCR_BULLET.match(word.text)) and small and gap and (confidence < 80 or sure_glyph)
