"""The page model the PDF reader's layout code works on, whether a page came
from the text layer (:mod:`pledgeparse.readers.pdf`) or from OCR
(:mod:`pledgeparse.readers.ocr`): words with their boxes and fonts, and the
table rows found on the page. Both readers import it; neither imports the other
for it.

Boxes are ``(x0, top, x1, bottom)`` in PDF points from the page's top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]


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


__all__ = ["BBox", "PageWords", "TableRow", "Word"]
