"""Words into rows and line segments, list markers, hyphenation and typography.

* :func:`word_rows` clusters a page's words into visual rows, and
  :func:`row_segments` splits a row at wide gaps (columns, tab stops) into
  :class:`Line` objects, the unit of layout;
* a line knows the list marker it starts with (:func:`list_marker`: bullet
  glyphs, unmapped glyphs, numbers and letters);
* :func:`dehyphenate` joins words hyphenated at a line end;
* :func:`document_stats` measures what body text and normal line spacing
  are on a group of pages (:class:`Stats`).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from pledgeparse.readers.base import clean_inline
from pledgeparse.readers.pages import PageWords, Word

# Words that make a line-end hyphen a Swedish hyphen ellipsis ("risk- och
# skyddsfaktorer", "för- eller nackdelar"): the hyphen and the space stay.
ELLIPSIS_WORDS = frozenset({"och", "eller", "samt", "respektive", "resp.", "till", "som", "&", "men", "utan", "el."})
HYPHENS = ("-", "\u2010", "\u2011")
SOFT_HYPHEN = "\u00ad"

BULLET_GLYPHS = frozenset("•●▪■◦·∙‣⁃○◆◇►▶➢➤✓✔*-–—□❖")
CID_GLYPH = re.compile(r"^\(cid:\d+\)$")
ORDERED_MARKER = re.compile(r"^\(?(\d{1,2}|[a-zåäö])[.)]$")
NUMBER_MARKER = re.compile(r"^\(?\d{1,2}[.)]$")


@dataclass
class Marker:
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
    marker: Marker | None = None  # the list marker the line starts with, if any

    def __post_init__(self) -> None:
        # One loop: this runs for every line of every page.
        words = self.words
        first = words[0]
        x0, x1, top, bottom = first.x0, first.x1, first.top, first.bottom
        sizes: dict[float, int] = {}
        total = bold = 0
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
        self.x0, self.x1, self.top, self.bottom = x0, x1, top, bottom
        self.size = max(sizes, key=sizes.__getitem__)
        self.bold = bold * 2 > total
        self.text = clean_inline(join_words(words))
        self.marker = list_marker(self)


def join_words(words: list[Word]) -> str:
    """Join words with spaces, but not words split only by a font change."""
    parts: list[str] = []
    previous: Word | None = None
    for w in words:
        if previous is not None and w.x0 - previous.x1 > 0.12 * min(w.size, previous.size):
            parts.append(" ")
        parts.append(w.text)
        previous = w
    return "".join(parts)


def list_marker(line: Line) -> Marker | None:
    """The list marker a line starts with, if any."""
    words = line.words
    first = words[0]
    token = first.text
    if len(token) > 1 and (token[0] in "•●▪■◦‣➢►" or "\ue000" <= token[0] <= "\uf8ff"):
        # A bullet glyph glued to the first word.
        glyph_width = (first.x1 - first.x0) / len(token)
        rest = clean_inline(token[1:] + " " + join_words(words[1:]))
        return Marker(False, first.x0, first.x0 + glyph_width, rest)
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
    rest = clean_inline(join_words(words[1:]))
    return Marker(ordered, first.x0, second.x0, rest) if rest else None


def word_rows(words: Iterable[Word]) -> list[list[Word]]:
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


def row_segments(row: list[Word], page: int) -> list[Line]:
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


def dehyphenate(lines: list[str]) -> list[str]:
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
# Typography statistics
# ---------------------------------------------------------------------------


@dataclass
class Stats:
    """Document-wide typography: what "body text" and "normal spacing" are."""

    body_size: float
    body_bold: bool
    pitch_ratio: float  # usual top-to-top distance of body lines / font size
    left: float
    right: float

    @property
    def text_width(self) -> float:
        return max(self.right - self.left, 1.0)


def document_stats(pages: list[PageWords], lines_by_page: dict[int, list[list[Line]]]) -> Stats:
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
    return Stats(
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
