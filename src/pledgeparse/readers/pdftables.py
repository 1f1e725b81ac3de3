"""Tables of a PDF page: ruled ones from pdfplumber, unruled ones from a header row.

Their words leave the page's running text and become :class:`TableRow`
objects, which the layout code puts in reading order among the other blocks.
"""

from __future__ import annotations

from typing import Any

from pledgeparse.readers.base import clean_inline
from pledgeparse.readers.pages import PageWords, TableRow, Word
from pledgeparse.readers.pdflines import dehyphenate, join_words, word_rows

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

TABLE_SETTINGS: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
# Tables ruled only by horizontal lines (a common Word style): columns from
# the text alignment instead.
TABLE_SETTINGS_FALLBACK: dict[str, Any] = {
    "vertical_strategy": "text",
    "horizontal_strategy": "lines",
    "min_words_vertical": 2,
}


def find_tables(page: Any) -> list[Any]:
    tables = [t for t in page.find_tables(TABLE_SETTINGS) if _is_real_table(t)]
    if not tables and sum(1 for e in page.edges if e["orientation"] == "h") >= 3:
        tables = [t for t in page.find_tables(TABLE_SETTINGS_FALLBACK) if _is_real_table(t)]
    return tables


def take_tables(tables: list[Any], page_words: PageWords) -> None:
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


def take_unruled_tables(page_words: PageWords) -> None:
    """Tables without ruling lines, found by their header row.

    A row whose column groups are header words ("Aktivitet", "Ansvarig",
    "UTFÖRARE", "Klart senast") starts a table; its groups give the column
    positions. The rows below belong to it while they start at the first
    column and follow without a paragraph gap; words go to the column whose
    start they are at or right of. A line that starts in lower case under a
    row whose first cell has not ended continues that row (a wrapped cell).
    """
    rows = word_rows(page_words.words)
    taken: set[int] = set()
    index = 0
    while index < len(rows):
        groups = _column_groups(rows[index])
        names = [join_words(g).strip(" :").lower() for g in groups]
        header_like = sum(1 for n in names if n in TABLE_HEADER_WORDS or n.split(" ")[0] in TABLE_HEADER_WORDS)
        if len(groups) < 2 or header_like < 2 or header_like < len(groups) - 1:
            index += 1
            continue
        size = max(w.size for w in rows[index])
        starts = [g[0].x0 for g in groups]
        table: list[tuple[list[list[Word]], float, float]] = [
            ([list(g) for g in groups], rows[index][0].top, max(w.bottom for w in rows[index]))
        ]
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
            first = join_words(cells[0]) if cells[0] else ""
            previous_first = join_words(table[-1][0][0]) if len(table) > 1 and table[-1][0][0] else ""
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
    lines = [join_words(row) for row in word_rows(words)]
    return clean_inline(" ".join(dehyphenate([clean_inline(line) for line in lines])))
