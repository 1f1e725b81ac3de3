"""What is not running text in reading order: page furniture and side-by-side columns.

* :func:`find_furniture` removes running headers and footers (lines repeated
  at the same place near the top or bottom of several pages, digits
  normalised) and page numbers from the pages' words;
* :func:`arrange_run` puts a stretch of short lines in reading order, left
  column first where a gutter splits it into columns side by side (signature
  blocks), with the markers (:class:`Break`, :class:`Column`,
  :class:`Leading`) the layout writer follows.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from pledgeparse.models import Furniture
from pledgeparse.readers.pages import PageWords, TableRow, Word
from pledgeparse.readers.pdflines import Line, Stats, row_segments

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


def _weighted(words: list[Word]) -> Counter[float]:
    counts: Counter[float] = Counter()
    for w in words:
        counts[round(w.size, 1)] += len(w.text) or 1
    return counts


def _dominant_size(words: list[Word]) -> float:
    sizes = _weighted(words)
    return max(sizes, key=lambda size: sizes[size]) if sizes else 0.0


def _normalise(text: str) -> str:
    return DIGITS.sub("#", " ".join(text.lower().split()))


# kind ("header", "footer") -> page number -> the rows near that edge, as
# segments, with their distance to the edge (outermost first).
EdgeRows = dict[str, dict[int, list[tuple[list[Line], float]]]]


def _edge_rows(pages: list[PageWords], rows_by_page: dict[int, list[list[Word]]]) -> EdgeRows:
    """Candidate rows at each edge of each page, with their distance to that edge."""
    candidates: EdgeRows = {"header": {}, "footer": {}}
    for page in pages:
        rows = rows_by_page[page.number]
        top_rows = [r for r in rows[:FURNITURE_ROWS] if min(w.top for w in r) < TOP_BAND * page.height]
        bottom_rows = [
            r for r in reversed(rows[-FURNITURE_ROWS:]) if max(w.bottom for w in r) > (1 - BOTTOM_BAND) * page.height
        ]
        candidates["header"][page.number] = [(row_segments(r, page.number), min(w.top for w in r)) for r in top_rows]
        candidates["footer"][page.number] = [
            (row_segments(r, page.number), page.height - max(w.bottom for w in r)) for r in bottom_rows
        ]
    return candidates


def _occurrences(by_page: dict[int, list[tuple[list[Line], float]]]) -> dict[str, dict[int, list[float]]]:
    """Where each normalised segment text occurs: page -> distances to the edge."""
    index: dict[str, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for number, edge_rows in by_page.items():
        for segments, distance in edge_rows:
            for segment in segments:
                index[_normalise(segment.text)][number].append(distance)
    return index


class _Repetition:
    """Tells a running header or footer: the same text at the same distance from the edge on enough pages."""

    def __init__(self, pages: list[PageWords], candidates: EdgeRows) -> None:
        self.seen = {kind: _occurrences(by_page) for kind, by_page in candidates.items()}
        self.min_pages = max(2, round(0.3 * len(pages)))
        self.single_page_body = _dominant_size(pages[0].words) if len(pages) == 1 else 0.0
        self.first_height = pages[0].height

    def __call__(self, kind: str, segment: Line, number: int, distance: float) -> bool:
        text = segment.text
        if len(text) > 120 or len(text) < 2:
            return False
        if self.single_page_body:
            # One page: nothing can repeat. A line in small print in the
            # outermost margin band is the running header or footer.
            return distance < SINGLE_PAGE_MARGIN * self.first_height and segment.size < self.single_page_body - 0.5
        occurrences = self.seen[kind].get(_normalise(text), {})
        matching = sum(
            1
            for distances in occurrences.values()
            if any(abs(d - distance) <= FURNITURE_POSITION_TOLERANCE for d in distances)
        )
        return matching >= self.min_pages and number in occurrences


def _is_page_number(text: str, kind: str, number: int) -> bool:
    return bool(PAGE_NUMBER.match(text) or (BARE_NUMBER.match(text) and (kind == "footer" or int(text) == number)))


def _page_furniture(page: PageWords, candidates: EdgeRows, repeated: _Repetition) -> tuple[list[Furniture], set[int]]:
    """A page's furniture in top order, and the ids of its words."""
    found_at: list[tuple[float, Furniture]] = []
    removed: set[int] = set()
    for kind in ("header", "footer"):
        for segments, distance in candidates[kind][page.number]:
            kept = []
            found: list[Line] = []
            for segment in segments:
                if _is_page_number(segment.text, kind, page.number):
                    found_at.append((segment.top, Furniture(text=segment.text, page=page.number, kind="page_number")))
                    removed.update(id(w) for w in segment.words)
                elif repeated(kind, segment, page.number, distance):
                    found.append(segment)
                else:
                    kept.append(segment)
            if kept:
                break  # furniture is contiguous from the page edge
            if found:
                text = "    ".join(s.text for s in found)
                found_at.append((found[0].top, Furniture(text=text, page=page.number, kind=kind)))
                removed.update(id(w) for s in found for w in s.words)
    return [f for _, f in sorted(found_at, key=lambda item: item[0])], removed


def find_furniture(pages: list[PageWords], rows_by_page: dict[int, list[list[Word]]]) -> list[Furniture]:
    """Remove running headers, footers and page numbers from the pages' words (and rows); return them."""
    candidates = _edge_rows(pages, rows_by_page)
    repeated = _Repetition(pages, candidates)
    furniture: list[Furniture] = []
    for page in pages:
        found, removed = _page_furniture(page, candidates, repeated)
        furniture.extend(found)
        if removed:
            page.words = [w for w in page.words if id(w) not in removed]
            rows_by_page[page.number] = [
                kept_row for row in rows_by_page[page.number] if (kept_row := [w for w in row if id(w) not in removed])
            ]
    return furniture


# ---------------------------------------------------------------------------
# Side-by-side columns
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Break:
    """Forces the block being built to end (between columns)."""


@dataclass(slots=True)
class Leading:
    """Sets (or, with None, ends) the line pitch of a stretch of short lines without a break."""

    pitch: float | None


@dataclass(slots=True)
class Column:
    """Starts one column of a side-by-side region, with that column's own line pitch.

    Signature blocks are often set with more leading than the body text; within
    a column a new block starts only at a gap clearly above the column's
    tightest line spacing, so "Name / Title / Organisation" stays one block.
    """

    pitch: float


Flow = Line | TableRow | Break | Column | Leading


def arrange_run(run: list[Line], stats: Stats) -> list[Flow]:
    """Put a stretch of consecutive short lines in reading order.

    Side-by-side columns (signature blocks) are read left column first, then
    the right one, each as blocks of their own, so that every "Name / Title /
    Organisation" group stays together. A column is a contiguous part of the
    stretch that a vertical gutter splits into a left and a right group sitting
    side by side; lines above or below it (a place and date line) stay where
    they are. Short lines outside columns get their own line spacing too
    (:class:`Leading`), so a name and title set with wide leading stay one block.
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
                return [*arrange_run(run[:start], stats), *columns, *arrange_run(run[end:], stats)]
            start = end + 1
    pitch = _tightest_pitch(run)
    expected = stats.pitch_ratio * stats.body_size
    if len(run) >= 2 and expected * 1.25 < pitch <= expected * 1.5:
        return [Leading(pitch), *run, Leading(None)]
    return list(run)


def _columns(chunk: list[Line], gutter: float, stats: Stats) -> list[Flow] | None:
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
        *arrange_run(before, stats),
        Column(_tightest_pitch(inside_left)),
        *inside_left,
        Column(_tightest_pitch(inside_right)),
        *inside_right,
        Break(),
        *arrange_run(after, stats),
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
