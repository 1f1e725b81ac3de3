"""Format-independent cleaning of blocks: chrome, page furniture, broken sentences.

Readers remove what their format lets them see (HTML menus, PDF running
headers). Some noise survives every format, because it was already in the
text when it was published:

* site chrome copied along with the text ("Javascript är inte påslaget ...",
  "Sök på polisen.se", "Till toppen", a trailing "Dokument");
* council-minute page headers ("§ 59 fortsättning", "Tjänsteskrivelse",
  "Datum 2024-04-08", "Diarienummer KS/2024:126") that interrupt the text,
  sometimes in mid-sentence (DOMAIN.md, council minutes).

Such lines are removed here and returned as furniture, and a paragraph cut in
two by them is joined again.
"""

from __future__ import annotations

import re

from pledgeparse.chrome import CHROME_LINE
from pledgeparse.models import Block, BlockKind, Furniture

FURNITURE_LINE = re.compile(
    r"^(§\s*\d+\s*(fortsättning|forts\.?|\(forts\.?\))?|"
    r"tjänsteskrivelse|sammanträdesprotokoll|protokollsutdrag|utdrag ur protokoll|"
    r"datum:?\s*\d{4}-\d{2}-\d{2}|"
    r"(diarienummer|diarienr|dnr)(\b|(?=[A-ZÅÄÖ])).*|"
    r"sammanträdesdatum.*|justerares? sign.*|justerandes sign.*|utdragsbestyrkande.*|"
    r"sida\s+\d+(\s*(av|\(|/)\s*\d+\)?)?|\d+\s*\(\d+\)|-\s*\d+\s*-|"
    r"(telefon|tel\.?|e-post|epost|mobil)\s*:?\s*[\d+][\d\s\-]{5,})$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?:;)\]”\"]\s*$")


# Chrome sentences that a PDF or a copy-paste may have wrapped into one
# paragraph with each other ("Javascript är inte påslaget ... Sök på polisen.se").
CHROME_PHRASES = re.compile(
    r"javascript är inte påslaget[^.]*\.?|vi rekommenderar att javas?c?ript är aktiverat[^.]*\.?|"
    r"sök på polisen\.se|till toppen|lyssna på sidan|godkänn alla kakor",
    re.IGNORECASE,
)


def _strip_chrome_phrases(block: Block) -> Block | None:
    """Remove chrome sentences from a block; None when nothing else is left."""
    if not CHROME_PHRASES.search(block.text):
        return block
    rest = CHROME_PHRASES.sub(" ", block.text)
    if not re.sub(r"[\s.,;:]+", "", rest):
        return None
    return block.model_copy(update={"text": re.sub(r"[ \t]+", " ", rest).strip()})


def _line_kind(line: str, repeated: frozenset[str] = frozenset()) -> str | None:
    stripped = line.strip()
    if not stripped:
        return None
    if CHROME_LINE.match(stripped):
        return "chrome"
    if FURNITURE_LINE.match(stripped) or stripped in repeated:
        return "page_header"
    return None


def _short_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= 6 and not SENTENCE_END.search(stripped)


def _split_block(block: Block, repeated: frozenset[str] = frozenset()) -> tuple[list[Block], list[tuple[str, str]]]:
    """Drop noise lines from a block; return the remaining runs as blocks."""
    lines = block.text.split("\n")
    kinds = [_line_kind(line, repeated) for line in lines]
    if not any(kinds):
        return [block], []
    if sum(1 for k in kinds if k == "page_header") >= 2:
        # A page-header block: its other short lines ("Kommunstyrelsen
        # 2022-05-17", a case officer's name) are part of the header too.
        kinds = [k or ("page_header" if _short_line(line) else None) for k, line in zip(kinds, lines, strict=True)]
    removed = [(k, line.strip()) for k, line in zip(kinds, lines, strict=True) if k]
    kept: list[Block] = []
    run: list[str] = []
    offset = 0
    run_start = 0

    def close_run() -> None:
        if not run:
            return
        text = "\n".join(run)
        start = block.char_start + run_start
        kept.append(
            block.model_copy(update={"text": text, "char_start": start, "char_end": start + len(text)})
        )
        run.clear()

    for line, kind in zip(lines, kinds, strict=True):
        if kind:
            close_run()
        else:
            if not run:
                run_start = offset
            run.append(line)
        offset += len(line) + 1
    close_run()
    if block.kind is BlockKind.heading and len(kept) != 1:
        kept = [b.model_copy(update={"kind": BlockKind.paragraph}) for b in kept]
    return kept, removed


def _continues(previous: Block, block: Block) -> bool:
    """True when ``block`` is the rest of a sentence that ``previous`` broke off.

    The broken-off start may have been taken for a heading (a short line with
    no full stop); with five words or more and a lower-case continuation it
    was a sentence after all.
    """
    if previous.kind is BlockKind.heading and len(previous.text.split()) < 5:
        return False
    if previous.kind is BlockKind.table_row:
        return False
    if block.kind is not BlockKind.paragraph:
        return False
    first = block.text.lstrip()[:1]
    return bool(first) and first.islower() and not SENTENCE_END.search(previous.text)


# Page headers of council minutes repeat on every page: the body's name in
# capitals ("YDRE KOMMUN") or a body with the meeting date ("Kommunstyrelsen
# 2022-05-17"). Such a line is furniture when it occurs more than once.
REPEATED_HEADER = re.compile(
    r"^([A-ZÅÄÖ][A-ZÅÄÖ\- ]*(KOMMUN|STAD|REGION|POLISEN|POLISMYNDIGHETEN|FÖRVALTNINGEN)[A-ZÅÄÖ\- ]*|"
    r"[A-ZÅÄÖ][\wåäö]+(\s[\wåäö]+)?,?\s+\d{4}-\d{2}-\d{2})$"
)


def _repeated_headers(blocks: list[Block]) -> set[str]:
    counts: dict[str, int] = {}
    for block in blocks:
        if block.kind is BlockKind.table_row:
            continue
        for line in block.text.split("\n"):
            line = line.strip()
            if REPEATED_HEADER.match(line):
                counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n >= 2}


def clean_blocks(blocks: list[Block]) -> tuple[list[Block], list[Furniture]]:
    """Remove chrome and page furniture; rejoin sentences they interrupted."""
    repeated = frozenset(_repeated_headers(blocks))
    cleaned: list[Block] = []
    furniture: list[Furniture] = []
    interrupted = False
    for block in blocks:
        if block.kind is BlockKind.table_row:
            pieces, removed = [block], list[tuple[str, str]]()
        else:
            pieces, removed = _split_block(block, repeated)
            pieces = [p for p in (_strip_chrome_phrases(piece) for piece in pieces) if p is not None]
        for kind, text in removed:
            if kind == "page_header":
                furniture.append(Furniture(text=text, page=block.page, kind="page_header"))
        if removed:
            interrupted = True
        for piece in pieces:
            if cleaned and (interrupted or piece.page != cleaned[-1].page) and _continues(cleaned[-1], piece):
                previous = cleaned[-1]
                joined = previous.text.rstrip() + " " + piece.text.lstrip()
                kind = BlockKind.paragraph if previous.kind is BlockKind.heading else previous.kind
                cleaned[-1] = previous.model_copy(update={"text": joined, "char_end": piece.char_end, "kind": kind})
            else:
                cleaned.append(piece)
            interrupted = False
    return cleaned, furniture
