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

import bisect
import itertools
import re

from pledgeparse.errors import ReadError
from pledgeparse.extract.actors import subject_actors
from pledgeparse.extract.gazetteer import resolve_municipality
from pledgeparse.extract.pledge_items import label_actors, line_label
from pledgeparse.extract.pledge_words import COMMITMENT, COUNTED, META, WHO_LABELS, starts_capital_infinitive
from pledgeparse.extract.segment import PART_NUMBERING, ROLE_PATTERNS, heading_role
from pledgeparse.extract.signatories import ORG_LINE
from pledgeparse.models import Block, BlockKind, Format, Furniture, ReadDocument, SectionRole
from pledgeparse.settings import Settings

from .base import (
    ATT_LEAD_IN,
    BULLET_RE,
    LEAD_IN_CLOSE,
    ORDERED_RE,
    PLEDGE_HEADING,
    PLEDGE_LEAD_IN,
    RUNS_ON,
    THEME_HEADER,
    decode_legacy,
)

HEADING_MAX_CHARS = 100
HEADING_MAX_WORDS = 14
LABEL_WORDS_MAX = 8  # a label or a lead-in on a line of its own ("Trafik:", "Kommunen lovar att:")
UNLABELLED_INDENT = 20  # a table header this far in leaves its first column unlabelled
# A news item's quote under its dash: "– Vi hoppas ..., säger kommunpolis Sara Lind."
# "Kommunpolisen Jesper Ek menar att ...", "..., säger hon.": a paragraph that names a speaker.
SPEAKER = re.compile(
    r"\b(?:säger|sa|menar|berättar|tycker|betonar|understryker|konstaterar|framhåller|förklarar|medger|påpekar|poängterar|anser|lyfter\s+fram)\b|"
    r"\b[Ee]nligt\s+(?-i:[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ])",  # "Enligt Stefan Lindh har många frågat ..."
    re.IGNORECASE,
)
QUOTE_LINE = re.compile(r"[,.!?]\s*(?:säger|sa|menar|berättar|tycker|förklarar)\s+\w", re.IGNORECASE)
# "... arbeta med tre saker", "... inom fyra områden": a sentence that counts the parts after it.
_COUNTS_WHAT_FOLLOWS = re.compile(rf"\b{COUNTED}", re.IGNORECASE)
LINE_ITEM_WORDS = 5  # an unbulleted item on a line of its own; a theme's name is shorter
LEAD_WORDS = 4  # a lead-in without its colon names its parties: "X och Y avger härmed löfte"


def _open_lead_in(line: str) -> bool:
    """A lead-in whose colon was left out: "X och Y avger härmed löfte", or, shorter, one that
    says who promises and ends in "att" ("Vi lovar att")."""
    return bool(LEAD_IN_CLOSE.search(line)) and (len(line.split()) >= LEAD_WORDS or line.endswith(" att"))


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


# A table row copied with bars between its cells, two bars at least ("Trafik | |" is a theme row).
_PIPE_ROW = re.compile(r"^\s*\|?[^|\n]+\|[^|\n]*\|")
# A line ending on a conjunction or an article was cut off (a copied page ends mid-sentence):
# "Stötta nya grannsamverkansområden runt Vendelsö och" is no heading.
_OPEN_END = re.compile(r"\s(och|eller|samt|som|men|en|ett|där|när|både)$", re.IGNORECASE)
# A line that ends with a parenthesis naming someone ("... i Visby (Polisen, Region Gotland)")
# closes what it says, as a full stop does.
_NAMES_CLOSE = re.compile(r"\([A-ZÅÄÖ][^()]{1,60}\)$")


_LOWER_CLOSE = re.compile(r"\((?P<names>[a-zåäö][^()]{1,60})\)$")


def _doers_close(line: str) -> bool:
    """ "Trafik (polisen)": a line closed by a parenthesis that names who does it, in lower case."""
    m = _LOWER_CLOSE.search(line)
    return m is not None and m.start() > 0 and bool(subject_actors(m.group("names")))


# "Ansvarig: Polisen", "Tidpunkt: hösten 2024": a field of the item above it.
_FIELD_LINE = re.compile(
    rf"^({WHO_LABELS}|tidpunkt|tidsplan|när|målgrupp|samverkanspart(?:er)?)\s*:\s*\S", re.IGNORECASE
)


_GAP = re.compile(r"\s{3,}")
_HEADER_CELL = re.compile(
    r"^(aktivitet(er)?|åtgärd(er)?|insats(er)?|löfte[nt]?|ansvarig[a]?|utförare|tidpunkt|tid|tidsplan|tidplan|när|"
    r"vad|vem|uppföljning|samverkanspart(er)?)$",
    re.IGNORECASE,
)


def _gap_header(line: str) -> bool:
    """ "Aktivitet        Ansvarig        Tidpunkt": the header of a table laid out with spaces."""
    cells = _GAP.split(line.strip())
    if len(cells) == 2 and _WHO_CELL.match(cells[1]) and _theme_cell(cells[0]):
        # "Trafik                    UTFÖRARE": a theme's name heads the activity column (a table per theme)
        return True
    return len(cells) >= 2 and sum(bool(_HEADER_CELL.match(c)) for c in cells) >= 2


_WHO_CELL = re.compile(r"^(utförare|ansvarig[a]?)$", re.IGNORECASE)


def _theme_cell(cell: str) -> bool:
    """A theme's name as a header cell: a few capitalised words, no sentence ("Stora torget")."""
    return cell[:1].isupper() and len(cell.split()) <= 5 and not re.search(r"[.,:;!?\d]$", cell)


def _cells_at(line: str) -> list[tuple[int, str]]:
    """The cells of a line laid out with spaces, each with the column it starts at
    (a tab counts as a gap)."""
    return [(m.start(), m.group()) for m in _CELL.finditer(line.replace("\t", " " * 3))]


_CELL = re.compile(r"\S+(?:\s{1,2}\S+)*")  # words apart by fewer spaces than _GAP


def _column_at(position: int, header_starts: list[int]) -> int | None:
    """The header column a cell starting at ``position`` stands under (two characters' slack)."""
    return next((i for i, h in enumerate(header_starts) if abs(position - h) <= 2), None)


def _aligned_cells(line: str, header_starts: list[int]) -> list[str] | None:
    """A row's cells put under the header's columns by where they start on the line: a row
    that leaves its first column empty (a theme's second action, indented under the
    activity column) or sets two cells apart by only two spaces at a column's edge
    ("Socialtjänsten  Enhetschef IFO"). None when a cell starts where no column does."""
    pieces: list[tuple[int, str]] = []
    for position, piece in _cells_at(line):
        cuts = [
            h - position
            for h in header_starts
            if position < h < position + len(piece) and piece[h - position - 1] == " "
        ]
        for cut, end in zip([0, *cuts], [*cuts, len(piece)], strict=True):
            if piece[cut:end].strip():
                pieces.append((position + cut, piece[cut:end].strip()))
    cells = [""] * len(header_starts)
    for position, piece in pieces:
        column = _column_at(position, header_starts)
        if column is None or cells[column]:
            return None
        cells[column] = piece
    return cells


def _aligned_row(line: str, header_starts: list[int]) -> bool:
    """A row whose cells stand under the header's columns though set less than a gap apart:
    an activity that runs up to the next column, one space before its short cell ("Fyra
    informationsmöten om ... fritidshusägare Polis" under "UTFÖRARE"), or a row under its theme,
    its first column left empty and its last cells two spaces apart ("          Kontroller av
    lastbilar ... under året  Polisen")."""
    if len(header_starts) < 2:
        return False
    indented = len(header_starts) >= 3 and len(line) - len(line.lstrip()) >= header_starts[1] - 1
    cells = _aligned_cells(line, header_starts)
    if cells is None:
        return False
    if all(cells) and all(_short_cell(c) for c in cells[1:]):
        return True
    return (
        indented and not cells[0] and bool(cells[1]) and any(cells[2:]) and all(_short_cell(c) for c in cells[2:] if c)
    )


def _join_cell(before: str, piece: str) -> str:
    """A cell and the piece of it wrapped onto the next line ("vård-" / "nadshavare" is one word)."""
    if before.endswith("-") and piece[:1].islower():
        return before[:-1] + piece
    return f"{before} {piece}".strip()


# Words a table cell cannot end on: it goes on in the line below.
_OPEN_ENDS = frozenset(
    {"i", "på", "till", "och", "om", "för", "med", "genom", "vid", "av", "från", "mot"}
    | {"under", "efter", "samt", "eller", "att", "som", "de", "den", "det", "ett", "en"}
)


def _short_cell(line: str) -> bool:
    """A table cell of its own line: who, or when ("Polis/ kommun", "Efter varje lov")."""
    text = line.strip()
    return 0 < len(text.split()) <= 6 and len(text) <= 60 and not text.endswith((".", ":"))


def _cell_table(
    group: list[tuple[int, str]],
) -> tuple[int, list[tuple[list[tuple[int, str]], list[str]]], int] | None:
    """A table copied with every cell on a line of its own (a PDF read cell by cell):
    a run of header lines ("Aktivitet" / "Ansvarig" / "Tidpunkt", or a theme over
    "UTFÖRARE" / "ANSVARIG"), then rows of an activity (wrapped over lines) and one
    short line per other column; a short line where an activity would start is a
    theme row. The index of the table's first line, its rows and the index of the
    first line after it; or None."""
    texts = [line.strip() for _, line in group]
    start = next(
        (
            i
            for i in range(len(texts) - 1)
            if _HEADER_CELL.match(texts[i]) and _HEADER_CELL.match(texts[i + 1]) and not _GAP.search(texts[i])
        ),
        None,
    )
    if start is None:
        return None
    end = start
    while end < len(texts) and _HEADER_CELL.match(texts[end]):
        end += 1
    header = texts[start:end]
    first = start
    if (
        start
        and THEME_HEADER.match(texts[start - 1])
        and re.match(r"(?i)(aktivitet|åtgärd|insats|löfte|vad)", header[0])
    ):
        # "Område" / "Aktivitet" / "Ansvarig" / "När": the theme column's cell is printed only in a
        # theme's first row, a short line where an activity would start; it is read as a theme row.
        first = start - 1
    elif not re.match(r"(?i)(aktivitet|åtgärd|insats|löfte|vad)", header[0]):
        # The activity column has no header of its own: the theme line above stands in for it.
        if start and _short_cell(texts[start - 1]):
            first = start - 1
            header = [texts[start - 1], *header]
        else:
            header = ["", *header]
    columns = len(header)
    if not 2 <= columns <= 4:
        return None
    rows, found, i = _cell_rows(group, end, columns)
    # One row is a table when a page's end cuts it off: its rows go on after the break.
    if found < 2 and not (found and i == len(texts)):
        return None
    return first, [(group[first:end], header), *rows], i


def _wrapped_short_cells(texts: list[str], j: int, count: int) -> tuple[list[str], int]:
    """``count`` short cells from line ``j`` on, a cell wrapped over two lines joined
    ("Kommunen och" / "Polisen", "Tekniska" / "förvaltningen"); and the index after them."""
    cells: list[str] = []
    while j < len(texts) and len(cells) < count:
        cell = texts[j]
        j += 1
        while j < len(texts) and (RUNS_ON.search(cell) or texts[j][:1].islower()) and _short_cell(f"{cell} {texts[j]}"):
            cell = f"{cell} {texts[j]}"
            j += 1
        cells.append(cell)
    return cells, j


def _cell_rows(
    group: list[tuple[int, str]], i: int, columns: int
) -> tuple[list[tuple[list[tuple[int, str]], list[str]]], int, int]:
    """The rows of a cell-by-cell table from line ``i`` on: the rows, how many of them
    are activities, and the index of the first line after them."""
    texts = [line.strip() for _, line in group]
    rows: list[tuple[list[tuple[int, str]], list[str]]] = []
    found = 0
    while i < len(texts):
        if _HEADER_CELL.match(texts[i]):  # the header again (a new theme's table)
            j = i
            while j < len(texts) and _HEADER_CELL.match(texts[j]):
                j += 1
            if rows and rows[-1][1][1:] == [""] * (columns - 1):
                rows.pop()  # the theme row just read is this header's first cell
                i -= 1
            rows.append((group[i:j], [texts[i] if i < j - (columns - 1) else "", *texts[j - (columns - 1) : j]]))
            i = j
            continue
        below = texts[i + 1] if i + 1 < len(texts) else ""
        if texts[i].isdigit():
            break  # the page's number under the table's last row
        after_below = texts[i + 2] if i + 2 < len(texts) else ""
        if heading_role(texts[i]) not in (None, SectionRole.promises, SectionRole.other):
            break  # "Förväntade effekter", "Uppföljning": the next part's heading ends the table
        if (
            _short_cell(texts[i])
            and not RUNS_ON.search(texts[i])
            and not below[:1].islower()  # ("... gör gemensamma" / "kvällspass i ...": an activity wrapped)
            # (over an activity: a long line, or a short one that runs on, "... trygghetsvandringar i",
            # or a short one whose doers follow it, "Föräldramöten om narkotika" / "Polis/ kommun")
            and (
                not below
                or not _short_cell(below)
                or bool(RUNS_ON.search(below))
                or (
                    columns >= 3
                    and label_actors(after_below) is not None
                    and label_actors(below) is None
                    and label_actors(texts[i]) is None
                )
            )
        ):
            rows.append(([group[i]], [texts[i]] + [""] * (columns - 1)))  # a theme row ("Trafik")
            i += 1
            continue
        j = i + 1
        # The activity runs on while its line does ("... gånger per" / "månad under maj–augusti.",
        # "... på Norra" / "Ringvägen minst en gång per månad.": no cell is that long or ends a sentence).
        while (
            j < len(texts)
            and not texts[j - 1].endswith(".")
            and (texts[j][:1].islower() or bool(RUNS_ON.search(texts[j - 1])) or not _short_cell(texts[j]))
        ):
            j += 1
        cells, after = _wrapped_short_cells(texts, j, columns - 1)
        if len(cells) < columns - 1 or not all(_short_cell(c) for c in cells):
            break  # no more rows: the table ends here
        rows.append((group[i:after], [" ".join(texts[i:j]), *cells]))
        found += 1
        i = after
    return rows, found, i


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > HEADING_MAX_CHARS:
        return False
    if len(stripped.split()) > HEADING_MAX_WORDS:
        return False
    closed = stripped.rstrip('”"’»')  # '... varje fredag.”': a quoted sentence is no heading either
    if closed and closed[-1] in ".!:;," and not stripped.endswith("..."):
        return False
    if _OPEN_END.search(stripped):
        return False
    if _NAMES_CLOSE.search(stripped) and len(stripped.split()) > 4:
        return False  # "Tillsyn av serveringsställen (Polisen, kommunen)": an item that names who does it
    if _FIELD_LINE.match(stripped):
        return False  # "Ansvarig: Fältgruppen" under its item: a field of the item, no heading
    first = stripped[0]
    return first.isupper() or first.isdigit() or first in "§\"'”"


def _starts_block(para: list[tuple[int, str]], line: str, sentence_only: bool = False) -> bool:
    """A new block begins at ``line``: the one before closed a sentence, or stood
    alone as a heading. With ``sentence_only`` (short ragged lines), a heading
    ends only before a sentence: "Name / Title / Area" lines stay one block."""
    previous = para[-1][1].strip()
    if _FIELD_LINE.match(previous) and not RUNS_ON.search(previous):
        # "Ansvarig: Fältgruppen", "När: Hela året": each field of the item above is a line of its own
        # (also over a footer's lower-case file name; "Ansvarig: Polisen i samverkan med" runs on)
        return True
    if _doers_close(previous):
        return True  # "Trafik (polisen)" over "genomföra ...": a theme that names its doers ends its line
    first = line.strip()[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if _doers_close(line.strip()) and len(line.split()) <= HEADING_MAX_WORDS:
        return True  # ... and begins one
    if previous.endswith((".", "!", "?", ":")) or _NAMES_CLOSE.search(previous):
        return True
    if line.rstrip().endswith(":") and len(line.split()) <= LABEL_WORDS_MAX and not RUNS_ON.search(previous):
        return True  # "Trafik:", "Kommunen lovar att:": a label or a lead-in is a line of its own
    heading = len(para) == 1 and _looks_like_heading(previous)
    # "5 Underskrifter" / "Lindesberg 2025-01-20": the signatures' heading over a place and date
    # ("Barn och unga i riskzon" over "Socialförvaltningen: Erbjuda stödsamtal ... som": a theme over
    # an item labelled with who does it, whatever the item's line ends in)
    return heading and (
        not sentence_only
        or line.rstrip().endswith((".", "!", "?", ":"))
        or _signatures_heading(previous)
        or bool(line_label(line.strip()))
    )


def _signatures_heading(line: str) -> bool:
    """A line that is only the name of the signature part, numbered or not: "5 Underskrifter"."""
    words = PART_NUMBERING.sub("", line).split()
    return 1 <= len(words) <= 2 and all(w.isalpha() for w in words) and heading_role(line) is SectionRole.signatures


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


def _groups(text: str, skip: frozenset[int] = frozenset()) -> list[list[tuple[int, str]]]:
    """Runs of non-blank lines as (offset, line), split at blank lines and at
    the lines whose offsets are in ``skip`` (page furniture)."""
    groups: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for start, line in _Lines(text).items:
        if line.strip() and start not in skip:
            current.append((start, line))
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _hard_wrapped(group: list[tuple[int, str]]) -> bool:
    """Lines broken at a fixed width: all but the last about as long as the longest.

    A web page copied without blank lines has ragged lines instead (a menu
    word, a heading, a sentence), each its own block.
    """
    widths = [len(line.strip()) for _, line in group[:-1]]
    longest = max(widths, default=0)
    return longest >= 40 and sum(width >= 0.6 * longest for width in widths) >= 0.8 * len(widths)


class _Reader:
    """Blocks from groups of lines: table rows (tab-separated), list items
    (nested by indentation, wrapped lines joined), paragraphs and headings."""

    def __init__(self, text: str) -> None:
        self.text = text
        # A web page copied as text keeps each paragraph on one line; a text hard-wrapped
        # at a fixed width has no line much over 100 characters.
        self.unwrapped = any(len(line) > UNWRAPPED_LINE for line in text.splitlines())
        self.blocks: list[Block] = []
        self.list_indents: list[int] = []  # indentation stack of the list being read
        self.para: list[tuple[int, str]] = []
        self.numbered_width: int | None = None  # the indentation of the last numbered item
        self.verb_item: Block | None = None  # the last item _verb_item read in this run of lines
        self.bullet_width: int | None = None  # the indentation of the last first-level bullet
        self.bullet_marker: str | None = None  # ... and its marker
        self.sub_marker: str | None = None  # another marker that set items under it ("• Trafik:" / "– ...")
        self.numbered_theme = False  # the last numbered item is a theme's short name ("1. Trafik")
        self.open_columns = 0  # the columns of a cell-by-cell table that ran to the end of its group
        self.after_break = False  # the group being read begins a page
        # The columns and their starts of a table's header that ended its group ("Tema   Utförare   Aktivitet").
        self.open_header: tuple[tuple[int, list[int]], bool] | None = None

    def group(self, group: list[tuple[int, str]]) -> None:
        table = _cell_table(group)
        if self.open_columns and self.after_break:
            # The rows of a table cut off by a page's end, after its running header and footer
            # (and before the next theme's header, which they run into).
            rows, found, after = _cell_rows(group, 0, self.open_columns)
            if found and (table is None or after > table[0]):
                table = 0, rows, after
        self.open_columns = 0
        if table is not None:
            # A table whose cells a copy put on lines of their own: the lines above it as text,
            # then its rows.
            first, rows, after = table
            if first:
                self.group(group[:first])
            self._flush()
            self.list_indents.clear()
            for lines, cells in rows:
                s = lines[0][0] + (len(lines[0][1]) - len(lines[0][1].lstrip()))
                e = lines[-1][0] + len(lines[-1][1].rstrip())
                self.blocks.append(
                    Block(kind=BlockKind.table_row, text=self.text[s:e], cells=cells, char_start=s, char_end=e)
                )
            if after < len(group):
                self.group(group[after:])
            else:
                self.open_columns = len(rows[0][1])  # the table may go on in the next group
            return
        self._group(group)

    def _group(self, group: list[tuple[int, str]]) -> None:
        self.verb_item = None
        # Text copied without blank lines between paragraphs: a group that
        # holds whole paragraphs (a line over 100 characters) is split where
        # a line closes a sentence or stands alone as a heading and the next
        # starts a new one. A line starting in lower case always continues.
        long_lines = any(len(line.strip()) > 100 for _, line in group)
        ragged = len(group) >= 3 and not long_lines and not _hard_wrapped(group)
        splittable = (len(group) >= 3 and long_lines) or ragged
        # A table has rows: one barred line alone is a menu ("Invånare | Företagare | Sök").
        tabled = sum(bool(_PIPE_ROW.match(line)) for _, line in group) >= 2
        columns = 0  # the header's width, from a table laid out with spaces ("Aktivitet      Ansvarig      När")
        header_starts: list[int] = []  # where the header's cells start on its line
        if self.open_header is not None:
            # A header alone above a blank line, or rows set apart by blank lines: the table goes on
            # (after rows only in a line of cells, not in a heading such as "Mål").
            # (not over a page's end: its running header and footer are no rows)
            carried, from_header = self.open_header
            if not self.after_break and (from_header or _GAP.search(group[0][1].strip())):
                columns, header_starts = carried
        self.open_header = None
        header = None
        for index, (start, line) in enumerate(group):
            piped = _PIPE_ROW.match(line) if tabled else None
            # (after its header, a row has cells set apart, or is a theme's short name)
            header = _gap_header(line)
            gapped = header or (
                columns > 0
                and not BULLET_RE.match(line)
                and bool(_GAP.search(line.strip()) or _short_cell(line) or _aligned_row(line, header_starts))
            )
            # A header over the other columns only, its first column unlabelled
            # ("                     UTFÖRARE        ANSVARIG"): the first column starts the line.
            unlabelled = bool(header) and len(line) - len(line.lstrip()) >= UNLABELLED_INDENT
            if header and not piped:
                header_starts = [0] * unlabelled + [position for position, _ in _cells_at(line)]
            # A row's cells wrapped onto a line of their own, or the last piece of a wrapped
            # first cell that ends a sentence ("högstadieelever, två kvällar per termin."), or
            # goes on after a word that cannot end it ("... vid skolorna i" / "Säffle och ...").
            wrapped = (
                not piped
                and not header
                and columns > 0
                and not BULLET_RE.match(line)
                and (gapped or line.strip()[:1].islower() or self._open_cell_above())
            )
            if wrapped and self._wrapped_cells(line, header_starts, _span(start, line)[1]):
                continue
            if not gapped:
                columns = 0  # the table has ended
            if "\t" in line.strip(" ") or piped or gapped:
                self._flush()
                self.list_indents.clear()
                s, e, body = _span(start, line)
                if piped:  # "Aktivitet | Ansvarig | När": a table copied with bars between its cells
                    framed = body[1:-1] if body.startswith("|") and body.endswith("|") else body  # "| a | b |"
                    cells = [c.strip() for c in framed.split("|")]
                elif gapped:
                    # A PDF's table as `pdftotext -layout` writes it: cells set apart by runs of spaces; a
                    # line of one cell is a theme row ("Tryggare sommar i Visby").
                    split = _GAP.split(body)
                    aligned = _aligned_cells(line, header_starts) if not header and len(header_starts) >= 2 else None
                    if aligned is not None and (len(aligned) > len(split) or aligned[0] != split[0]):
                        split = aligned  # a row indented past its empty first cell, or cells two spaces apart
                    cells = [""] * (unlabelled and not piped and split is not aligned) + split
                    columns = max(columns, len(cells))
                    cells += [""] * (columns - len(cells))
                else:
                    # "\tFotpatrullering ...\tPolisen": a row under its theme, whose first cell is empty
                    # (the theme printed once, on the group's first row)
                    empty = len(line) - len(line.lstrip("\t")) if self._after_row() else 0
                    cells = [""] * empty + [c.strip() for c in body.split("\t")]
                self.blocks.append(Block(kind=BlockKind.table_row, text=body, cells=cells, char_start=s, char_end=e))
                continue
            m = BULLET_RE.match(line)
            if m and self._quote_line(line, m.group("marker")):
                # "– Vi måste vara där de är, säger X." / "X menar att ..." over "– Vi når inte ...":
                # a news item's direct speech opens with a dash; it is a paragraph, not a list item.
                self._flush()
                self.para.append((start, line))
                self._flush()
                continue
            if m:
                self._flush()
                self._item(start, line, m)
                continue
            below = group[index + 1][1] if index + 1 < len(group) else ""
            if self._verb_item(line, below) or self._line_item(line, below):
                self._flush()
                s, e, body = _span(start, line)
                self.verb_item = Block(kind=BlockKind.list_item, text=body, char_start=s, char_end=e)
                self.blocks.append(self.verb_item)
                continue
            if self._continues_item(group, start, line):
                continue
            self.list_indents.clear()
            if self.para and (
                (splittable and _starts_block(self.para, line, sentence_only=ragged)) or self._unbulleted_item(line)
            ):
                self._flush()
            self.para.append((start, line))
        self._flush()
        if columns > 0 and len(header_starts) >= 2 and not tabled:
            self.open_header = (columns, header_starts), bool(header)  # the group ends in a table
        if group and not BULLET_RE.match(group[-1][1]):
            self.list_indents.clear()

    def _open_cell_above(self) -> bool:
        """The row above ends one of its cells on a word that cannot end one."""
        previous = self.blocks[-1] if self.blocks else None
        if previous is None or previous.kind is not BlockKind.table_row or not previous.cells:
            return False
        return any(cell.split() and cell.split()[-1].lower() in _OPEN_ENDS for cell in previous.cells)

    def _wrapped_later_cell(self, line: str, pieces: list[tuple[int, str]], header_starts: list[int], end: int) -> bool:
        """A later column's cell wrapped onto the next line, nothing under the first column
        ("Centrum   Genomföra trygghetsvandring kring busstationen   Polis/kommun" /
        "          två gånger under året"): its pieces join the row above, column by column."""
        previous = self.blocks[-1] if self.blocks else None
        if previous is None or previous.kind is not BlockKind.table_row or previous.header or not previous.cells:
            return False
        columns = []
        for position, _piece in pieces:
            column = _column_at(position, header_starts)
            if column is None:
                return False  # not in the table's columns
            columns.append(column)
        first = columns[0]
        if first == 0 or first >= len(previous.cells):
            return False
        above = previous.cells[first].strip()
        if not above or above.endswith((".", ":")):
            return False
        opens = line.strip()[:1].islower() or above.split()[-1].lower() in _OPEN_ENDS or above.endswith(("-", ","))
        if not opens:
            return False
        cells = list(previous.cells)
        for column, (_position, piece) in zip(columns, pieces, strict=True):
            cells[column] = _join_cell(cells[column], piece)
        text = self.text[previous.char_start : end]
        self.blocks[-1] = previous.model_copy(update={"cells": cells, "text": text, "char_end": end})
        return True

    def _wrapped_cells(self, line: str, header_starts: list[int], end: int) -> bool:
        """A row's cells wrapped onto the next line of a table laid out with spaces:
        nothing under the second column ("Hudiksvalls centrum minst en gång      ingripande"),
        or a first cell alone that goes on in lower case or after a word that cannot end
        one ("... för föräldrar till" / "högstadieelever, en gång per termin"). Its pieces
        join the row above, column by column; a capitalised line alone is a theme row."""
        previous = self.blocks[-1] if self.blocks else None
        if len(header_starts) < 2 or previous is None or previous.kind is not BlockKind.table_row:
            return False
        if _gap_header(previous.text.split("\n")[-1]):
            return False
        pieces = _cells_at(line)
        starts = [position for position, _ in pieces]
        if starts and len(starts) < len(header_starts) and abs(starts[0] - header_starts[0]) > 2:
            return self._wrapped_later_cell(line, pieces, header_starts, end)
        if previous.header or not previous.cells or not previous.cells[0] or previous.cells[0].endswith((".", ":")):
            return False
        if not starts or len(starts) >= len(header_starts) or abs(starts[0] - header_starts[0]) > 2:
            return False  # a row fills every column
        second = header_starts[1]
        if any(abs(p - second) <= 2 for p in starts[1:]):
            return False  # a row of its own
        alone = len(starts) == 1
        last_word = previous.cells[0].split()[-1].lower()
        if alone and not (
            line.strip()[:1].islower() or last_word in _OPEN_ENDS or previous.cells[0].endswith(("-", ","))
        ):
            return False
        cells = list(previous.cells)
        for position, piece in pieces:
            column = (
                max(i for i, h in enumerate(header_starts) if h <= position + 2)
                if position + 2 >= header_starts[0]
                else 0
            )
            if column >= len(cells):
                cells += [""] * (column + 1 - len(cells))
            cells[column] = _join_cell(cells[column], piece)
        text = self.text[previous.char_start : end]
        self.blocks[-1] = previous.model_copy(update={"cells": cells, "text": text, "char_end": end})
        return True

    def _quote_line(self, line: str, marker: str) -> bool:
        """A line of direct speech: a dash, then the words, with the speaker named in the
        line (", säger X") or in the paragraph right above it ("X menar att ...")."""
        if marker not in ("–", "—"):
            return False
        if QUOTE_LINE.search(line):
            return True
        above = self.para[-1][1] if self.para else (self.blocks[-1].text if self.blocks else "")
        if (
            not above.strip()
            or above.rstrip().endswith(":")
            or (not self.para and self.blocks[-1].kind is not BlockKind.paragraph)
        ):
            return False
        return bool(SPEAKER.search(above))

    def _unbulleted_item(self, line: str) -> bool:
        """In a web page copied without blank lines (every paragraph on one line), the
        lower-case lines under a lead-in ("Polisen lovar att:") are its items, one a
        line, and the line after the last item starts anew."""
        if not self.unwrapped:
            return False
        previous = self.para[-1][1].strip()
        alone = len(self.para) == 1
        if line.lstrip()[:1].islower():
            if previous.endswith(":"):
                return True
            # (an item, or a theme's name over its items: "Trafik" / "genomföra ...")
            if alone and _open_lead_in(previous):
                return True  # "X och Y avger härmed löfte" / "att genomföra ...": the lead-in, then its items
            return alone and (previous[:1].islower() or _looks_like_heading(previous)) and self._after_lead_in()
        if (
            not alone
            and previous[:1].islower()
            and len(previous.split()) >= 3
            and line.lstrip()[:1].isupper()
            and not RUNS_ON.search(previous)
        ):
            # "De vanligaste synpunkterna gällde" / "buskörning ..." / "bedrägerier ..." / "Våra löften":
            # the capitalised line after a list's unbulleted lines begins anew (not "Kommunstyrelsens" /
            # "ordförande" / "Lekebergs kommun", a title wrapped in a signature)
            return True
        return alone and previous[:1].islower() and self._after_lead_in()

    def _verb_item(self, line: str, below: str) -> bool:
        """ "X lovar att under 2023–2024:" / "Genomföra minst två ..." / "Synas mer ...": under a
        lead-in that its items complete, each line that begins with a capitalised verb begins an
        item whose bullet was lost (a wrapped line that runs on stays with it)."""
        text = line.strip()
        if text.endswith(":") or not starts_capital_infinitive(text):
            return False
        if below.strip()[:1].islower() and not RUNS_ON.search(text):
            return False  # "Narkotika bland unga" over "att genomföra ...": a theme over lower-case items
        # Only in the lead-in's own run of lines: after a blank line, "Trygga parker och torg"
        # under "... åtar sig att:" is the theme of a list, an adjective in -a.
        if self.para:
            return bool(ATT_LEAD_IN.search(self.para[-1][1].strip()))
        above = self.blocks[-1] if self.blocks else None
        return above is not None and above is self.verb_item and not RUNS_ON.search(above.text.rstrip())

    def _line_item(self, line: str, below: str) -> bool:
        """ "Det här lovar polisen och kommunen under 2017:" / "Fler trafikkontroller vid ..." /
        "Kommunen stöttar föreningar som ...": in a web page copied with one paragraph a line,
        the lines of a sentence's length in the lead-in's own run are its items, their bullets
        lost. A shorter line is a theme's name, and so is one over lower-case, bulleted or
        "Att" items."""
        text = line.strip()
        if not self.unwrapped or not text[:1].isupper() or len(text.split()) < LINE_ITEM_WORDS:
            return False
        if text.endswith(":") or RUNS_ON.search(text) or re.search(r"[.!?]\s+[A-ZÅÄÖ]", text):
            return False  # (a label, a line that runs on, or a paragraph of sentences)
        after = below.strip()
        quote = QUOTE_LINE.search(after) is not None  # "– Vi hoppas ..., säger kommunpolis X.": a news quote
        if after[:1].islower() or (BULLET_RE.match(below) and not quote) or after.lower().startswith("att "):
            return False
        if after.endswith(":") or after.endswith(" att"):
            return False  # "Gemensamt för alla tre kommuner" over "Polisen och kommunerna lovar att:": a theme
        if LEAD_IN_CLOSE.search(text.rstrip(" .")) or _COUNTS_WHAT_FOLLOWS.search(text):
            # "X och Y lovar under 2019 följande.", "Vi lovar att arbeta med tre saker under 2022.":
            # a lead-in of its own
            return False
        if META.search(text):
            return False  # "Inom parentes står vem som ansvarar.": the list explained, no item of it
        if self.para:
            lead = self.para[-1][1].strip()
            # ("Det här lovar vi" / "Gemensamma trygghetsvandringar i ...": the heading is the lead-in)
            return len(self.para) == 1 and bool(PLEDGE_LEAD_IN.search(lead) or PLEDGE_HEADING.match(lead))
        above = self.blocks[-1] if self.blocks else None
        return above is not None and above is self.verb_item

    def _after_lead_in(self) -> bool:
        """Is the line being read one of the items after a lead-in that ends with ":"
        (themes' names between them)?"""
        for block in reversed(self.blocks):
            text = block.text.rstrip()
            if text.endswith(":") or _open_lead_in(text):
                return True
            if not text[:1].islower() and block.kind is not BlockKind.heading:
                return False
        return False

    def _flush(self) -> None:
        para = self.para
        if not para:
            return
        s = para[0][0] + (len(para[0][1]) - len(para[0][1].lstrip()))
        last_start, last_line = para[-1]
        e = last_start + len(last_line.rstrip())
        body = self.text[s:e]
        kind = BlockKind.heading if len(para) == 1 and _looks_like_heading(body) else BlockKind.paragraph
        self.blocks.append(Block(kind=kind, text=body, level=2, char_start=s, char_end=e))
        self.para = []

    def _after_row(self) -> bool:
        """The block before is a table's row (or its header)."""
        return bool(self.blocks) and self.blocks[-1].kind is BlockKind.table_row

    def _item(self, start: int, line: str, m: re.Match[str]) -> None:
        width = _indent_width(m.group("indent"))
        marker = m.group("marker")
        # ("1. Trafik" / "1.1 Polisen ...": a decimal item under its numbered parent, as a letter is)
        decimal = bool(re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+\.?", marker))
        lettered = decimal or bool(re.fullmatch(r"\(?[a-zåäö][.)]", marker))
        numbered = bool(re.match(r"\(?\d", marker)) and not lettered
        if lettered and self.list_indents and self.numbered_width == width:
            width += 2  # "1. Trafik" / "a) Polisen ...": lettered items under a numbered one, unindented
        elif decimal and not self.list_indents:
            # "2.2 Kommunen ..." first after a page's end: its parent "2." is on the page before
            self.list_indents.append(width)
            width += 2
        # "1. Trygghet i centrum" / "– Polisen genomför ...": bullets under a numbered theme, unindented
        under_theme = not numbered and not lettered and self.numbered_theme and self.numbered_width == width
        if under_theme:
            width += 2
            lettered = True  # (the numbered theme stays open for the next bullet)
        last = self.blocks[-1] if self.blocks else None
        # "• Trafik:" / "– genomföra ...": another marker, unindented, under an item that ends in a colon
        # (or goes on with such a run) is the second level too
        other_marker = (
            not numbered
            and not lettered
            and self.bullet_marker is not None
            and marker != self.bullet_marker
            and last is not None
            and last.kind is BlockKind.list_item
            and (last.text.rstrip().endswith(":") or (marker == self.sub_marker and last.level > 0))
        )
        if (marker in SUB_BULLETS or other_marker) and self.list_indents and self.bullet_width == width:
            width += (
                2  # "• Trafiksäkerhet:" / "o Hastighetskontroller ...": a word processor's second level, unindented
            )
            self.sub_marker = marker
        elif marker not in SUB_BULLETS:
            self.bullet_width, self.bullet_marker, self.sub_marker = width, marker, None
        if not lettered:
            self.numbered_width = width if numbered else None
            body = line[m.end() :]
            # (not "2. Polisen och kommunen skall tillsammans", a lead-in over its items)
            self.numbered_theme = (
                numbered and len(body.split()) <= 6 and _looks_like_heading(body) and not COMMITMENT.search(body)
            )
        while self.list_indents and width < self.list_indents[-1] - 1:
            self.list_indents.pop()
        if not self.list_indents or width > self.list_indents[-1] + 1:
            self.list_indents.append(width)
        s, e, body = _span(start + m.end(), line[m.end() :])
        self.blocks.append(
            Block(
                kind=BlockKind.list_item,
                text=body,
                level=len(self.list_indents) - 1,
                ordered=bool(ORDERED_RE.match(m.group("marker"))),
                char_start=s,
                char_end=e,
            )
        )

    def _continues_item(self, group: list[tuple[int, str]], start: int, line: str) -> bool:
        """A wrapped list item: an indented or lower-case line continues the item above it."""
        prev = self.blocks[-1] if self.blocks and not self.para else None
        if (
            prev is None
            or prev.kind is not BlockKind.list_item
            or prev.char_end > start
            or group[0][0] > prev.char_start
        ):
            return False
        # An item line that runs on ("... vid") goes on in the next, a capitalised name too ("Mariefreds hamn.").
        runs_on = bool(RUNS_ON.search(self.text[prev.char_start : prev.char_end]))
        if runs_on and self.unwrapped and line[:1] not in " \t" and _looks_like_heading(line):
            runs_on = False  # a web page wraps no lines: "... går till" / "Trafik" is the next theme
        # "(Tekniska förvaltningen)" on a line of its own: who does the item above, wrapped off it
        parenthetical = bool(re.fullmatch(r"\([^()]{1,80}\)[.;,]?", line.strip()))
        if not (line[:1] in " \t" or line.lstrip()[:1].islower() or runs_on or parenthetical):
            return False
        head = self.text[self.text.rfind("\n", 0, prev.char_start) + 1 : prev.char_start]
        if (
            line.lstrip()[:1].isupper()
            and len(line) - len(line.lstrip()) < len(head) - len(head.lstrip())
            and re.search(r"[.!?]$", self.text[prev.char_start : prev.char_end].rstrip())
        ):
            return False  # "   5. ... våren 2026." / "  Trafik vid skolor": set left of the marker, the next theme
        if (
            line.lstrip()[:1].isupper()
            and not runs_on
            and not LABEL_LINE.match(line.lstrip())
            and _explains(self.text[prev.char_start : prev.char_end], self.unwrapped)
        ):
            return False  # "• Kameraövervakning vid resecentrum" over "  Kommunen ansöker om ...": a note of its own
        _s, e, _body = _span(start, line)
        prev.char_end = e
        prev.text = self.text[prev.char_start : e]
        return True


# "  Polis: Hundsök i skolan ...": a labelled line under an item that names its topic belongs to it.
LABEL_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?:\s*(?:/|och|,)\s*[\wåäö]+){0,3}\s*:\s")
# An item line this short was not wrapped: a capitalised line below it starts a sentence of its own.
WRAPPED_ITEM = 50


UNWRAPPED_LINE = 110
# The markers a word processor gives a list's second level ("o" in Wingdings, "◦").
SUB_BULLETS = frozenset({"o", "◦"})


def _explains(item: str, unwrapped: bool = False) -> bool:
    """Would a capitalised line below ``item`` be a note of its own (GOLD.md 2)? Yes when
    the item's last line was not wrapped (it is short, or the text wraps no lines) and
    does not run on (",", "och")."""
    last = item.rstrip().split("\n")[-1].strip()
    return (unwrapped or len(last) < WRAPPED_ITEM) and not re.search(
        r"(,|\boch|\bsamt|\beller|\bi|\bpå|\bför|\bmed|\btill|-)$", last
    )


def _mark_title(blocks: list[Block]) -> None:
    """The first heading-like block near the top is the document title."""
    for block in blocks[:4]:
        if block.kind is BlockKind.heading:
            block.level = 1
            return
        if (
            block.kind is BlockKind.paragraph
            and "\n" not in block.text
            and len(block.text) <= HEADING_MAX_CHARS
            and "medborgarlöfte" in block.text.lower()
            and not block.text.rstrip().endswith((".", "!", "?"))  # a sentence about the pledge is no title
        ):
            block.kind = BlockKind.heading
            block.level = 1
            return


# How many lines at the top and at the bottom of a page can be its running header or footer.
EDGE_LINES = 3


def _edge_key(line: str) -> str:
    """A line as it repeats from page to page: page numbers and dates vary."""
    return re.sub(r"\d+", "#", " ".join(line.replace("\f", " ").split())).lower()


# "Medborgarlöfte Ludvika 2024          Sida 2 av 4", "Sida 3 (5)": a page's number as a PDF prints it.
_PAGE_WORD = r"(?:sidan|sida|sid\.?|s\.)"
# A page's number with the count of pages: "2 (3)", "2 av 4", "2/4".
_PAGE_COUNT = r"\d{1,3}\s*(?:\(\d{1,3}\)|(?:av|/)\s*\d{1,3})"
_PAGE_OF = re.compile(rf"(?:^|\s{{3,}}){_PAGE_WORD}\s*(?:{_PAGE_COUNT}|\d{{1,3}})\s*$", re.IGNORECASE)
# "Ludvika kommun • Polismyndigheten            2", "GÄVLE KOMMUN        2 (3)": a footer's or a
# letterhead's words, a wide gap and the page's number.
# "Norra Hisingen • Medborgarlöften 2016 • 1 (3)": a footer's parts set apart by bullets or bars, the page last.
# ("Region X | Polisen • Dnr RS 2025/11 • Sida 2": the page named, with or without its count)
_SEPARATED_PAGE = re.compile(
    rf"\S\s+[•|·]\s+(?:\d{{1,3}}\s*\(\d{{1,3}}\)|{_PAGE_WORD}\s*(?:{_PAGE_COUNT}|\d{{1,3}}))\s*$", re.IGNORECASE
)
# "1 (3)", "2/4", "Sida 2 av 4" on a line of its own.
_BARE_PAGE = re.compile(rf"^\s*(?:{_PAGE_WORD}\s*)?{_PAGE_COUNT}\s*$", re.IGNORECASE)
_GAP_NUMBER = re.compile(
    r"\S\s{6,}\d{1,3}(?:\s*\(\d{1,3}\)|\s*/\s*\d{1,3})?\s*$|^\s*\d{1,3}\s{6,}\S"
    # "UPPSALA KOMMUN          KLK-2023-00871": a letterhead's words, a wide gap and the file's number
    r"|\S\s{6,}(?:dnr\s*)?[A-ZÅÄÖ]{1,5}[\s-]?[\w./-]*\d{3,}[\w./-]*\s*$",
    re.IGNORECASE,
)


def copied_page_furniture(text: str) -> dict[int, Furniture]:
    """Running headers and footers of a PDF's text copied without form feeds (from a
    viewer, or cut off after its first page): a line that prints the page's number
    after its words ("... Sida 2 av 4") or on its own between blank lines, and a line
    of words, a wide gap and a number that repeats. A page number inside a block is
    that block's: a council minute's header keeps its lines together."""
    lines = _Lines(text).items
    counts: dict[str, int] = {}
    for _start, line in lines:
        if _GAP_NUMBER.search(line):
            counts[_edge_key(line)] = counts.get(_edge_key(line), 0) + 1
    found: dict[int, Furniture] = {}
    for i, (start, line) in enumerate(lines):
        if len(line.strip()) > 150:
            continue
        page_of = _PAGE_OF.search(line)
        before = lines[i - 1][1].strip() if i else ""
        alone = not before and (i + 1 == len(lines) or not lines[i + 1][1].strip())
        # Set to the right between two sentences ("... vid Pite Havsbad." / "Sidan 1 av 2" / "Fritidsgården ...").
        between = before.endswith((".", "!", "?")) and line.startswith(" " * 10)
        if (
            (page_of and (alone or between or page_of.start() > 0))
            or counts.get(_edge_key(line), 0) >= 2
            or _SEPARATED_PAGE.search(line)
        ):
            found[start] = Furniture(text=" ".join(line.split()), page=None, kind="header")
    # The letterhead's second line under each such line ("GÄVLE KOMMUN      2 (3)" /
    # "Kommunledningskontoret"), when it repeats there.
    below: dict[str, list[int]] = {}
    for i, (start, _line) in enumerate(lines[:-1]):
        following = lines[i + 1][1].strip()
        if start in found and following and len(following.split()) <= 3 and not following.endswith("."):
            below.setdefault(following, []).append(lines[i + 1][0])
    for following, starts in below.items():
        if len(starts) >= 2:
            for start in starts:
                found[start] = Furniture(text=following, page=None, kind="header")
    _running_letterheads(lines, found)
    _letterhead_office(lines, found)
    # A viewer's copy: "Medborgarlöfte 2021 – Östersund" / "1 (3)" / "Medborgarlöfte 2021 – Östersund",
    # a footer, the page's number and the next page's header, the same line again beside each number.
    # (Not a council minute's letterhead, the number set to the right in its own column.)
    numbers = [i for i, (_s, line) in enumerate(lines) if _BARE_PAGE.match(line) and not line.startswith("    ")]
    beside: dict[str, list[int]] = {}
    for i in numbers:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and lines[j][1].strip() and len(lines[j][1].strip()) <= 100:
                beside.setdefault(" ".join(lines[j][1].split()), []).append(j)
    running = {key: rows for key, rows in beside.items() if len(set(rows)) >= 2 and not key.endswith((".", ":"))}
    for key, rows in running.items():
        # (and the same line at the top of the first page, with no number beside it)
        copies = [j for j, (_s, line) in enumerate(lines) if " ".join(line.split()) == key]
        for j in sorted(set(rows) | set(copies)):
            found.setdefault(lines[j][0], Furniture(text=key, page=None, kind="header"))
    for i in numbers:
        if any(j in rows for rows in running.values() for j in (i - 1, i + 1)):
            found.setdefault(lines[i][0], Furniture(text=lines[i][1].strip(), page=None, kind="header"))
    index = next((i for i, (_start, line) in enumerate(lines) if line.strip()), None)
    if index is not None and parties_line(lines[index][1]):
        # The first page's letterhead, printed once or again on later pages:
        # "Kävlinge kommun  •  Lomma kommun  •  Polisen".
        first = lines[index]
        found.setdefault(first[0], Furniture(text=" ".join(first[1].split()), page=None, kind="header"))
        second = lines[index + 1] if index + 1 < len(lines) else None
        if second is not None and _LETTERHEAD_COLUMNS.fullmatch(second[1].strip()):
            # its second line in the same columns: "Kommunledningskontoret      Lokalpolisområde Höglandet"
            found[second[0]] = Furniture(text=" ".join(second[1].split()), page=None, kind="header")
    return found


# An office of the administration on a line of its own: "Kommunledningskontoret", "Socialförvaltningen".
_OFFICE = re.compile(r"[A-ZÅÄÖ][a-zåäö\-]+(?:förvaltningen|kontoret|nämnden|avdelningen|staben)")
_MUNICIPALITY_LINE = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ\-]+(?:s)?\s+(?:kommun|stad|KOMMUN|STAD)")
LETTERHEAD_LINES = 4  # the first page's letterhead: lines before the title
# The right column of a letterhead: the paper's kind, its date, its case number.
_PAPER = re.compile(
    r"(?i:rapport|protokoll|tjänsteskrivelse|yttrande|pm|promemoria|minnesanteckningar|beslut|missiv|"
    r"dnr\b|diarienr|diarienummer|\d{4}-\d{2}-\d{2}$)"
)


def _letterhead_office(lines: list[tuple[int, str]], found: dict[int, Furniture]) -> None:
    """The first page's letterhead names the municipality and, under it, the office that wrote
    the paper ("UDDEVALLA KOMMUN" / "Kommunledningskontoret"): the office's line is furniture."""
    head = [(start, line.strip()) for start, line in lines if line.strip()][:LETTERHEAD_LINES]
    for (_, above), (start, line) in itertools.pairwise(head):
        if _OFFICE.fullmatch(line) and _MUNICIPALITY_LINE.fullmatch(above) and start not in found:
            found[start] = Furniture(text=line, page=None, kind="header")
    _letterhead_columns(head, found)


def _letterhead_columns(head: list[tuple[int, str]], found: dict[int, Furniture]) -> None:
    """ "LULEÅ KOMMUN        RAPPORT" / "Kommunledningsförvaltningen        2022-02-08" / "...   Dnr
    2021/1533": the first page's letterhead, its left column naming the municipality and its office,
    its right the paper's kind, date and case number."""
    rows = [(start, re.split(r"\s{6,}", line.strip())) for start, line in head]
    if rows and len(rows[0][1]) == 2 and _MUNICIPALITY_LINE.fullmatch(rows[0][1][0]) and _PAPER.match(rows[0][1][1]):
        for start, cells in rows:
            if len(cells) != 2 or not _PAPER.match(cells[1]):
                break
            found.setdefault(start, Furniture(text=" ".join(" ".join(cells).split()), page=None, kind="header"))


# Two or three short columns of capitalised names set apart by wide gaps, no sentence's end.
_LETTERHEAD_COLUMNS = re.compile(r"[A-ZÅÄÖ][^.!?:\n]{1,50}?(?:\s{6,}[A-ZÅÄÖ][^.!?:\n]{1,50}?){1,2}")


# Between the parties of a letterhead line: a wide gap, a bar, a dash, a bullet.
_PARTY_SEPARATOR = re.compile(r"\s{6,}|\t+|\s+[|–•·]\s+|\s+-\s+")


def _party(part: str) -> bool:
    """ "Karlskrona kommun", "Polisen", "Lokalpolisområde Mora", "Orsa": who a letterhead names."""
    return bool(ORG_LINE.match(part)) or resolve_municipality(part) is not None


def parties_line(line: str) -> bool:
    """A letterhead's line that names only the parties, and perhaps the date
    ("Vetlanda kommun – Polisen          2018-03-20")."""
    parts = [p.strip() for p in _PARTY_SEPARATOR.split(line.strip()) if p.strip()]
    named = [p for p in parts if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p)]
    return (
        len(parts) >= 2
        and len(named) >= 1
        and all(_party(p) for p in named)
        and (len(named) >= 2 or len(parts) > len(named))
    )


def _running_letterheads(lines: list[tuple[int, str]], found: dict[int, Furniture]) -> None:
    """A page's letterhead as a copy keeps it: a short line without a sentence's end
    next to a page's number ("1 (3)" / "Karlskrona kommun | Polisen") that only names
    the parties or prints again elsewhere, and a line of columns that only names the
    parties ("POLISEN      NORRKÖPINGS KOMMUN") and prints again, with the second line
    under each of its copies. A council minute's header ("KARLSTADS KOMMUN   PROTOKOLL")
    names no parties only and stays with its block."""
    keys: dict[str, list[int]] = {}
    for start, line in lines:
        keys.setdefault(_edge_key(line), []).append(start)

    def letterhead_like(line: str) -> bool:
        stripped = line.strip()
        return (
            bool(stripped)
            and len(stripped.split()) <= 10
            and not stripped.endswith((".", "!", "?", ":", ","))
            and len(stripped) <= 120
        )

    for i, (start, line) in enumerate(lines):
        if start in found or not letterhead_like(line):
            continue
        copies = keys[_edge_key(line)]
        by_page_number = any(
            _page_line(lines[j][1], lines[j][0] in found)
            and not _text_at(lines, 2 * j - i)
            and not _text_at(lines, 2 * i - j)
            for j in (i - 1, i + 1)
            if 0 <= j < len(lines)
        )  # the two lines on their own: a page number inside a block (a council minute's header) is that block's
        columns = re.search(r"\S(?:\s{6,}|\t)\S", line.strip()) is not None
        # "MEDBORGARLÖFTE 2021–2022        Enköpings kommun | Lokalpolisområde Enköping": a title beside the parties
        parties = parties_line(line) or (
            columns and any(parties_line(column) for column in re.split(r"\s{6,}|\t", line.strip()))
        )
        if (by_page_number and (len(copies) >= 2 or parties)) or (columns and parties and len(copies) >= 2):
            for copy in copies:
                found[copy] = Furniture(text=" ".join(line.split()), page=None, kind="header")
            # its second line, when that prints again under each copy ("Lokalpolisområde X    Kommunstyrelsens kontor")
            below = [lines[j + 1] for j, (offset, _) in enumerate(lines[:-1]) if offset in copies]
            same = len(below) == len(copies) and len({_edge_key(text) for _, text in below}) == 1
            if same and letterhead_like(below[0][1]) and len(below[0][1].split()) <= 6:
                for offset, text in below:
                    found[offset] = Furniture(text=" ".join(text.split()), page=None, kind="header")


def _text_at(lines: list[tuple[int, str]], i: int) -> bool:
    return 0 <= i < len(lines) and bool(lines[i][1].strip())


def _page_line(line: str, furniture: bool) -> bool:
    """A line that prints a page's number: one found as furniture, or "1 (3)", "Sida 2 av 4"
    on its own."""
    return bool(furniture and (_PAGE_OF.search(line) or _GAP_NUMBER.search(line))) or bool(
        _PAGE_NUMBER_LINE.fullmatch(line)
    )


_PAGE_NUMBER_LINE = re.compile(rf"\s*(?:{_PAGE_WORD}\s*)?{_PAGE_COUNT}\s*", re.IGNORECASE)


def page_furniture(text: str) -> dict[int, Furniture]:
    """Running headers and footers of a PDF's text (pages separated by form
    feeds, as pdftotext writes them): lines at the top or bottom of a page
    that repeat at the edges of other pages, page numbers aside. By the
    offset of the line they take up."""
    if "\f" not in text:
        return copied_page_furniture(text)
    pages: list[list[tuple[int, str]]] = [[]]
    for start, line in _Lines(text).items:
        for i, piece in enumerate(line.split("\f")):
            if i:
                pages.append([])
            if piece.strip():
                pages[-1].append((start, piece))  # the line's offset: a form feed opens it
    pages = [page for page in pages if page]
    if len(pages) < 2:
        return {}
    edges: list[list[tuple[int, str]]] = [page[:EDGE_LINES] + page[EDGE_LINES:][-EDGE_LINES:] for page in pages]
    seen: dict[str, set[int]] = {}
    for number, page in enumerate(edges):
        for _start, line in page:
            seen.setdefault(_edge_key(line), set()).add(number)
    found: dict[int, Furniture] = {}
    for number, page in enumerate(edges):
        for position, (start, line) in enumerate(page):
            top = position < 2  # a page's letterhead: "Vetlanda kommun – Polisen   2018-03-20"
            if (len(seen[_edge_key(line)]) >= 2 or (top and parties_line(line))) and len(line.strip()) <= 150:
                found[start] = Furniture(text=" ".join(line.split()), page=number + 1, kind="header")
        if number == 0:
            _letterhead_columns([(start, line) for start, line in page if line.strip()][:LETTERHEAD_LINES], found)
        (first, head), *rest = page
        if rest and first in found and parties_line(head) and _LETTERHEAD_COLUMNS.fullmatch(rest[0][1].strip()):
            # the letterhead's second line in the same columns: "Kommunledningskontoret      Lokalpolisområde X"
            found[rest[0][0]] = Furniture(text=" ".join(rest[0][1].split()), page=number + 1, kind="header")
    return found


def _numbered_headings(text: str, blocks: list[Block]) -> list[Block]:
    """ "1. Inledning", "4. Våra löften": a numbered line that names a part of the
    pledge, with its text below it rather than another item, is the part's heading
    (number included, as printed), not a list item."""
    out = list(blocks)
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.list_item or not block.ordered or block.level:
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        body = block.text.strip()
        if (
            # a heading over its text or over a bulleted list, not a run of numbered lines (contents)
            (nxt is None or nxt.kind is not BlockKind.list_item or not nxt.ordered or nxt.level > block.level)
            and "\n" not in body
            and len(body.split()) <= 6
            and not re.search(r"[.!?:;,]$", body)
            and any(pattern.match(body.lower()) for _role, pattern in ROLE_PATTERNS)
            and not subject_actors(body, ())  # "2. Polisen och kommunen skall tillsammans": a lead-in item
        ):
            line_start = text.rfind("\n", 0, block.char_start) + 1
            marker = text[line_start : block.char_start]  # "1. " and its indentation
            start = line_start + len(marker) - len(marker.lstrip())
            out[i] = Block(
                kind=BlockKind.heading,
                text=text[start : block.char_end],
                level=2,
                char_start=start,
                char_end=block.char_end,
            )
    return out


def parse_blocks(text: str, skip: frozenset[int] = frozenset()) -> list[Block]:
    """Split text into blocks following the module's conventions."""
    reader = _Reader(text)
    skipped = sorted(skip)
    end = 0
    for group in _groups(text, skip):
        # A page's end lies between this group and the last: a form feed, or furniture skipped.
        first = bisect.bisect_left(skipped, end)
        reader.after_break = "\f" in text[end : group[0][0]] or (first < len(skipped) and skipped[first] < group[0][0])
        reader.group(group)
        end = group[-1][0] + len(group[-1][1])
    blocks = _numbered_headings(text, reader.blocks)
    _mark_title(blocks)
    return blocks


def read(data: bytes, source: str, settings: Settings) -> ReadDocument:
    text, encoding = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    furniture = page_furniture(text)
    blocks = parse_blocks(text, frozenset(furniture))
    if furniture and "\f" in text:  # the text of a PDF: its form feeds number the pages
        feeds = [i for i, c in enumerate(text) if c == "\f"]
        for block in blocks:
            block.page = bisect.bisect_left(feeds, block.char_start) + 1
    return ReadDocument(
        source=source,
        format=Format.text,
        text=text,
        blocks=blocks,
        furniture=list(furniture.values()),
        encoding=encoding,
    )
