"""Pledges in their own years: pages that hold several pledge blocks.

A police-site page often keeps last year's pledge below this year's:
"Medborgarlöfte Eskilstuna 2022-2023" and its pledges, then "Medborgarlöfte
Eskilstuna 2021" and its own. Such a *year block* opens with a heading (or a
short paragraph, or a short first line of one) that names a pledge and a year
or a range of years, and runs to the next one.

When a document has year blocks with at least two different periods, each
pledge takes the period of the block it stands in (a pledge before the first
block keeps the document's), and the document's period becomes that of its
most recent block holding pledges. Otherwise nothing changes: the document's
period, found from its title and text, is every pledge's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pledgeparse.extract.period import YEAR, expand_short_ranges
from pledgeparse.models import Block, BlockKind, Promise

Period = tuple[int | None, int | None]

PLEDGE_WORD = re.compile(r"l[öo]fte", re.IGNORECASE)
MAX_HEADING_WORDS = 10
MAX_PARAGRAPH_WORDS = 6
MAX_SPAN = 5  # a pledge runs a few years at most


@dataclass(frozen=True)
class YearBlock:
    char_start: int
    start: int
    end: int


def block_period(text: str) -> tuple[int, int] | None:
    """The years a heading such as "Medborgarlöfte Eskilstuna 2022-2023" names."""
    years = [int(y) for y in YEAR.findall(expand_short_ranges(text))]
    if not years or max(years) - min(years) > MAX_SPAN:
        return None
    return min(years), max(years)


def _year_line(block: Block) -> str | None:
    """The line that opens a year block, if ``block`` opens one: a short
    heading, or a short paragraph (or the first line of one: a PDF often
    runs "Medborgarlöfte 2022" into the paragraph below it)."""
    if block.kind is BlockKind.heading:
        text, limit = block.text, MAX_HEADING_WORDS
        if _only_years(text):
            return text
    elif block.kind is BlockKind.paragraph:
        text, limit = block.text.split("\n", 1)[0], MAX_PARAGRAPH_WORDS
    else:
        return None
    return text if len(text.split()) <= limit and PLEDGE_WORD.search(text) else None


def _only_years(text: str) -> bool:
    return not re.sub(r"[\d\s\-–—/]", "", text)


def year_blocks(blocks: Sequence[Block]) -> list[YearBlock]:
    found = []
    for block in blocks:
        line = _year_line(block)
        if line is None:
            continue
        period = block_period(line)
        if period is not None:
            found.append(YearBlock(block.char_start, *period))
    return sorted(found, key=lambda b: b.char_start)


def _block_of(heads: list[YearBlock], offset: int | None) -> YearBlock | None:
    if offset is None:
        return None
    current = None
    for head in heads:
        if head.char_start > offset:
            break
        current = head
    return current


def assign_periods(blocks: Sequence[Block], promises: list[Promise], document: Period) -> Period:
    """Set each pledge's ``period_start``/``period_end``; return the document's period."""
    heads = year_blocks(blocks)
    if len({(h.start, h.end) for h in heads}) < 2:
        for promise in promises:
            promise.period_start, promise.period_end = document
        return document
    holding: list[YearBlock] = []
    for promise in promises:
        head = _block_of(heads, promise.char_start)
        if head is None:
            promise.period_start, promise.period_end = document
            continue
        promise.period_start, promise.period_end = head.start, head.end
        holding.append(head)
    if not holding:
        return document
    latest = max(holding, key=lambda h: (h.end, h.start))
    for promise in promises:  # pledges outside any block carry the document's (new) period
        if _block_of(heads, promise.char_start) is None:
            promise.period_start, promise.period_end = latest.start, latest.end
    return latest.start, latest.end
