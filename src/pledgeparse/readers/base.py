"""Helpers shared by the readers: building one text with block offsets."""

from __future__ import annotations

import re
import unicodedata

from pledgeparse.models import Block, BlockKind

# A list marker at the start of a line: a bullet, "1." / "1)" / "(1)", "a)".
BULLET_RE = re.compile(
    # (\uf0b7, \uf0a7, \uf076, \uf0d8, \uf0fc: a Symbol or Wingdings font's bullets as pdftotext writes them)
    r"^(?P<indent>[ \t]*)(?P<marker>[•●▪■◦·\-–—*►➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|o(?=\s)|\(?\d{1,2}[.)](?!\d)|\d{1,2}(?:\.\d{1,2})+\.?(?=(?:[ \t]+\S+){6})|"
    r"\(?[a-zåäö][.)])[ \t]+(?=\S)"
)
# A line that ends in a conjunction, a preposition, a comma or a hyphen runs on into the
# next: a hard-wrapped sentence ("... på Storgatan och" / "Kvarnvägen ..."), not a line of its own.
RUNS_ON = re.compile(
    r"(?:\b(?:och|samt|eller|i|på|vid|kring|mot|mellan|genom|under|efter|inom|längs|till|för|med|av|om|från|att)|,|-)$"
)
# How a lead-in without its colon ends, its items below it ("X och Y avger härmed löfte" /
# "att genomföra ...", "... lovar att", "... åtar sig", "... genomföra följande").
LEAD_IN_CLOSE = re.compile(
    r"\b(?:löfte[nt]?|löften|lovar(?:\s+att)?|åtar\s+sig(?:\s+att)?|förbinder\s+sig(?:\s+att)?|följande)$",
    re.IGNORECASE,
)
# A lead-in whose items complete its "att": "X lovar att:", "... avger härmed löfte att under 2020:"
# (not "... löfte om att arbeta med följande:", whose "att" has its verb).
ATT_LEAD_IN = re.compile(
    r"\b(?:lovar|åtar\s+sig|förbinder\s+sig|löfte[nt]?|kommer)\b[^.:]*\batt"
    r"(?:\s+(?:under|i|från|till|för|efter|senast|inom)\b[^.:]*)?:$",
    re.IGNORECASE,
)
# A lead-in that gives the items below it, whatever their form: "Det här lovar polisen och
# kommunen under 2017:", "Kommunen åtar sig följande:" (not "Medborgarlöften ska:", a purpose).
PLEDGE_LEAD_IN = re.compile(
    r"\b(?:lovar|åtar\s+sig|förbinder\s+sig|löfte[nt]?|löftena)\b[^.:]*:$",
    re.IGNORECASE,
)
# A table's header cell over the rows' themes ("TEMA", "Område").
THEME_HEADER = re.compile(r"^(tema|teman|område|områden|fokusområde|problemområde|insatsområde)$", re.IGNORECASE)
# A heading that announces the pledges below it, as a lead-in without its colon does:
# "Det här lovar vi", "Detta lovar polisen och kommunen", "Våra löften 2023".
PLEDGE_HEADING = re.compile(
    r"^(?:(?:det\s+här|detta|så\s+här)\s+(?:lovar|gör)\s+(?:vi|polisen|kommunen)\b[^.:!?]{0,40}|"
    r"(?:våra|vårt|årets)\s+(?:gemensamma\s+)?(?:medborgar)?löften?\b[^.:!?]{0,20})$",
    re.IGNORECASE,
)
# "1.", "a)", and "1.2" before an item of six words or more (a shorter line is a numbered heading).
ORDERED_RE = re.compile(r"^\(?(\d{1,2}|[a-zåäö])[.)]$|^\d{1,2}(\.\d{1,2})+\.?$")


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: windows-1252 first (Swedish legacy pages
    and files are windows-1252, a superset of latin-1), a guess only when the
    bytes are not valid windows-1252 either."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in {"ascii", "latin_1", "iso8859_1"}:
        encoding = "cp1252"
    return data.decode(encoding, errors="replace"), encoding


_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean_inline(text: str) -> str:
    """Normalise Unicode (NFC), soft hyphens and runs of blanks inside a line."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").replace("\ufeff", "")
    return _WS.sub(" ", text).strip()


def clean_lines(text: str) -> str:
    """Like :func:`clean_inline` per line; drops empty lines, keeps line breaks."""
    lines = (clean_inline(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def marked_items(text: str) -> list[tuple[str, bool]] | None:
    """The items of a paragraph whose every line starts with a list marker
    ("1. Medborgardialog<br>2. Medarbetardialoger"), as (text, ordered);
    None when a line is not an item."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    items = []
    for line in lines:
        m = BULLET_RE.match(line)
        if not m:
            return None
        items.append((line[m.end() :].strip(), bool(ORDERED_RE.match(m.group("marker")))))
    return items


class BlockBuilder:
    """Accumulates blocks and the document text they index into.

    Readers whose source has no plain text of its own (HTML, PDF) build the
    document text as the blocks' texts joined by blank lines, so that
    ``text[b.char_start:b.char_end] == b.text`` holds for every block.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []

    def add(
        self,
        kind: BlockKind,
        text: str,
        *,
        level: int = 0,
        cells: list[str] | None = None,
        header: bool = False,
        ordered: bool = False,
        page: int | None = None,
        bbox: tuple[float, float, float, float] | None = None,
    ) -> Block | None:
        text = text.strip()
        if not text:
            return None
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        block = Block(
            kind=kind,
            text=text,
            level=level,
            cells=cells,
            header=header,
            ordered=ordered,
            page=page,
            char_start=start,
            char_end=self._length,
            bbox=bbox,
        )
        self.blocks.append(block)
        return block

    @property
    def text(self) -> str:
        return "".join(self._parts)
