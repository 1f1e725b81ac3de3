"""Format-independent cleaning of blocks: chrome, page furniture, broken sentences.

Readers remove what their format lets them see (HTML menus, PDF running
headers). Some noise survives every format, because it was already in the
text when it was published:

* site chrome copied along with the text: menus, search, sharing, cookie
  consent, publication stamps, contact blocks, attachment links, image
  captions, banners above the title (see ``chrome.py`` for the features);
* council-minute page headers ("§ 59 fortsättning", "Tjänsteskrivelse",
  "Datum 2024-04-08", "Diarienummer KS/2024:126") that interrupt the text,
  sometimes in mid-sentence (DOMAIN.md, council minutes).

Such lines are removed here and returned as furniture, and a paragraph cut in
two by them is joined again.
"""

from __future__ import annotations

import re

from pledgeparse.extract.chrome import (
    LETTERHEAD_LABEL,
    is_caption,
    is_contact_line,
    is_file_link,
    is_furniture_words,
    line_chrome,
    strip_inline,
)
from pledgeparse.models import Block, BlockKind, Furniture

PLEDGE_GENRE = re.compile(r"medborgarl[öo]ft|löfte", re.IGNORECASE)

FURNITURE_LINE = re.compile(
    # "§ 38 forts.", "KS § 27 forts.", "KF § 18 (forts.)": a minute's paragraph going on over a page
    r"^((?:[A-ZÅÄÖ]{2,4}\s+)?§\s*\d+\s*(fortsättning|forts\.?|\(forts\.?\))?|"
    r"tjänsteskrivelse|protokollsutdrag|utdrag ur protokoll|"
    # "SAMMANTRÄDESPROTOKOLL        Sida", "HAMMARÖ KOMMUN    SAMMANTRÄDESPROTOKOLL    Sida 14 (22)"
    r"(?:[A-ZÅÄÖ]+\s+KOMMUN\s+)?sammanträdesprotokoll(?:\s+sida(?:\s+\d+\s*\(\d+\))?)?|"
    r"datum:?\s*\d{4}-\d{2}-\d{2}|"
    r"(diarienummer|diarienr|dnr)(\b|(?=[A-ZÅÄÖ])).*|"
    r"sammanträdesdatum.*|justerares? sign.*|justerandes sign.*|utdragsbestyrkande.*|"
    r"sida\s+\d+(\s*(av|\(|/)\s*\d+\)?)?|\d+\s*\(\d+\)|-\s*\d+\s*-)$",
    re.IGNORECASE,
)
# The heading of a list of links to other pages, or to the page's own parts: "Mest läst just nu",
# "Läs också", "Relaterade nyheter", "Relaterat", "Hitta på sidan".
LINK_LIST = re.compile(
    r"^(mest\s+lästa?|mest\s+delade|läs\s+(också|även|mer)|relaterade?\s+\w+|relaterat|fler\s+nyheter|senaste\s+nytt|"
    r"senaste\s+nyheterna|andra\s+läser|populärt|toppnyheter|se\s+även|hitta\s+på\s+sidan|"
    r"(användbara\s+|externa\s+|snabba\s+)?länkar|snabblänkar|"
    r"(innehåll\s+)?på\s+(den\s+här|denna)\s+sida(n)?)\b.{0,30}$",
    re.IGNORECASE,
)
WIDE_GAP = re.compile(r"\s{6,}")
# The fields of a letterhead's right-hand columns: their labels, a date, a case number
# ("Datum      Vår beteckning" over "2020-01-20     KS 19/0612").
LETTERHEAD_FIELD = re.compile(
    rf"^(?:{LETTERHEAD_LABEL}|"
    r"\d{4}-\d{2}-\d{2}|(?:dnr\s*:?\s*)?[A-ZÅÄÖ]{1,5}\s*\d{2}(?:\d{2})?[/.:-]\d{1,6}|sida\s+\d+(?:\s*av\s*\d+)?)$",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?:;)\]”\"]\s*$")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”])")


def _strip_chrome_phrases(block: Block) -> tuple[Block | None, list[str]]:
    """Remove chrome sentences and link labels from a block; None when nothing else is left.

    A PDF or a copy-paste may have run chrome sentences into one paragraph
    with each other or with the text ("Javascript är inte påslaget ... Sök
    på ..."); each sentence is judged on its own.
    """
    sentences = SENTENCE_BREAK.split(block.text)
    chrome = [len(sentences) > 1 and line_chrome(s) for s in sentences]
    found = [s.strip() for s, is_chrome in zip(sentences, chrome, strict=True) if is_chrome]
    rest = " ".join(s for s, is_chrome in zip(sentences, chrome, strict=True) if not is_chrome) if found else block.text
    rest, labels = strip_inline(rest)
    found.extend(labels)
    if not found:
        return block, []
    if not re.sub(r"[\s.,;:]+", "", rest):
        return None, found
    return block.model_copy(update={"text": re.sub(r"[ \t]+", " ", rest).strip()}), found


def _line_kind(line: str, repeated: frozenset[str] = frozenset()) -> str | None:
    stripped = line.strip()
    if not stripped:
        return None
    if FURNITURE_LINE.match(stripped) or stripped in repeated:
        return "page_header"
    if any(FURNITURE_LINE.match(part) for part in WIDE_GAP.split(stripped)[1:]):
        return "page_header"  # "HABO KOMMUN        Diarienummer KS 2017/389": a letterhead's columns on one line
    parts = re.split(r"\s{3,}", stripped)
    if len(parts) >= 3 and all(LETTERHEAD_FIELD.match(part) for part in parts[1:]):
        return "page_header"  # "Kommunledningskontoret      2020-01-20     KS 19/0612"
    if line_chrome(stripped):
        return "chrome"
    return None


def _short_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= 6 and not SENTENCE_END.search(stripped)


WRAP_END = re.compile(r"[.!?:;]\s*$")


def _logical_lines(lines: list[str]) -> list[list[int]]:
    """Group a block's lines into the lines as written: a wrapped line continues in lower case."""
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        previous = lines[groups[-1][-1]].strip() if groups else ""
        # (a council minute's page header, "§ 187 fortsättning", is a line of its own)
        if previous and stripped[:1].islower() and not WRAP_END.search(previous) and not FURNITURE_LINE.match(previous):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _line_kinds(lines: list[str], repeated: frozenset[str]) -> list[str | None]:
    kinds: list[str | None] = [None] * len(lines)
    contact = False
    for group in _logical_lines(lines):
        text = " ".join(lines[i].strip() for i in group)
        kind = _line_kind(text, repeated)
        contact = contact or (kind == "chrome" and is_contact_line(text))
        for i in group:
            kinds[i] = kind
    if contact:
        # A contact block: the name and title lines around the phone number are part of it;
        # from its "Kontakt" label on, when it has one (the signatures above it are the text's).
        label = next((i for i, line in enumerate(lines) if CONTACT_LABEL.match(line.strip())), 0)
        kinds = [
            k or ("chrome" if i >= label and _short_line(line) else None)
            for i, (k, line) in enumerate(zip(kinds, lines, strict=True))
        ]
    if len(lines) > 1 and LINK_LIST.match(lines[0].strip()):
        # "Relaterat" / "Medborgarlöften i länet" / "Polisen söker volontärer": a list of links under
        # its heading, one headline a line, to the first sentence.
        for i, line in enumerate(lines):
            if i and not _link_label(line):
                break
            kinds[i] = kinds[i] or "chrome"
    return kinds


def _chrome_row(block: Block) -> str | None:
    """A table row of short cells whose words are web furniture read together: its text."""
    cells = [" ".join(c.split()) for c in block.cells or [] if c.strip()]
    if len(cells) >= 2 and all(len(c.split()) <= 4 for c in cells) and is_furniture_words(" ".join(cells)):
        return " | ".join(cells)
    return None


def _headline_link(block: Block) -> bool:
    """A line of a list of links copied without bullets, one headline a line ("Bilist
    fälld för rattfylleri"): a heading-like line of a few words that opens no part."""
    from pledgeparse.extract.segment import heading_role

    text = block.text.strip()
    return (
        block.kind is BlockKind.heading
        and len(text.split()) >= HEADLINE_WORDS
        and _link_label(text)
        and heading_role(text) is None
    )


HEADLINE_WORDS = 2  # "Till webbenkäten", "Bilist fälld för rattfylleri"


def _link_label(line: str) -> bool:
    """A line of a list of links: a headline, not a sentence."""
    text = line.strip()
    return bool(text) and len(text.split()) <= 12 and not re.search(r"[.!?:;,]$", text)


def _removed_lines(lines: list[str], kinds: list[str | None]) -> list[tuple[str, str]]:
    """The removed lines as written: a wrapped line of chrome is one piece of furniture."""
    removed: list[tuple[str, str]] = []
    for group in _logical_lines(lines):
        group_kinds = {kinds[i] for i in group}
        if len(group_kinds) == 1 and None not in group_kinds:
            removed.append((kinds[group[0]] or "", " ".join(lines[i].strip() for i in group)))
        else:
            removed.extend((kind, lines[i].strip()) for i in group if (kind := kinds[i]))
    return removed


def _split_block(block: Block, repeated: frozenset[str] = frozenset()) -> tuple[list[Block], list[tuple[str, str]]]:
    """Drop noise lines from a block; return the remaining runs as blocks."""
    lines = block.text.split("\n")
    kinds = _line_kinds(lines, repeated)
    if not any(kinds):
        return [block], []
    if sum(1 for k in kinds if k == "page_header") >= 2:
        # A page-header block: its other short lines ("Kommunstyrelsen
        # 2022-05-17", a case officer's name) are part of the header too.
        kinds = [k or ("page_header" if _short_line(line) else None) for k, line in zip(kinds, lines, strict=True)]
    removed = _removed_lines(lines, kinds)
    kept: list[Block] = []
    run: list[str] = []
    offset = 0
    run_start = 0

    def close_run() -> None:
        if not run:
            return
        text = "\n".join(run)
        start = block.char_start + run_start
        kept.append(block.model_copy(update={"text": text, "char_start": start, "char_end": start + len(text)}))
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
    r"^([A-ZÅÄÖ\- ]*(KOMMUN|STAD|REGION|POLISEN|POLISMYNDIGHETEN|FÖRVALTNINGEN)[A-ZÅÄÖ\- ]*|"
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


# What comes right before signatures: a place-and-date line or a heading that says so.
SIGNATURE_CUE = re.compile(
    r"\b(den\s+\d{1,2}\s+[a-zåäö]+|\d{4}-\d{2}-\d{2}|underskrift\w*|underteckn\w*|signer\w*)", re.I
)


def _is_caption_block(block: Block, previous: Block | None, prose_after: bool) -> bool:
    """A one-line block naming people, with prose after it: a photo caption, not signatures."""
    text = " ".join(block.text.split())
    if block.kind is BlockKind.table_row or re.search(r"\S {3,}\S|\t", block.text):
        return False
    if previous is not None and SIGNATURE_CUE.search(previous.text) and len(previous.text.split()) <= 8:
        return False
    return prose_after and is_caption(text)


BANNER_WORDS = 40
COMMITTING = re.compile(r"\b(ska|skall|lovar|kommer att)\b", re.IGNORECASE)


def _is_banner(block: Block) -> bool:
    """A short notice above the page's title that neither speaks of the pledge nor commits to anything."""
    if block.kind not in {BlockKind.paragraph, BlockKind.list_item} or len(block.text.split()) > BANNER_WORDS:
        return False
    first, _, rest = block.text.strip().partition("\n")
    if rest.strip() and _PART_HEADING.match(first.strip()):
        return False  # "Lägesbild" over its text: a part of the page run into its heading, not a notice
    return not PLEDGE_GENRE.search(block.text) and not COMMITTING.search(block.text)


LEADING_ZONE = 3  # blocks before the title that can be banners
_PART_HEADING = re.compile(
    r"^(inledning|bakgrund|lägesbild(en)?|nulägesbild|nuläge|problembild|syfte|mål|uppföljning|sammanfattning)$",
    re.IGNORECASE,
)


def _is_prose(block: Block) -> bool:
    return len(block.text.split()) >= 12 and bool(SENTENCE_END.search(block.text))


def _prose_after(blocks: list[Block]) -> list[bool]:
    """For each block: are there two paragraphs of prose after it? Captions sit above prose."""
    after: list[bool] = []
    seen = 0
    for block in reversed(blocks):
        after.append(seen >= 2)
        seen += _is_prose(block)
    return after[::-1]


def _drop_caption_sentences(block: Block, prose: bool) -> tuple[Block | None, list[str]]:
    """Remove caption sentences from a paragraph that a PDF or HTML page ran together with prose."""
    if block.kind is not BlockKind.paragraph:
        return block, []
    parts = [" ".join(p.split()) for p in SENTENCE_BREAK.split(block.text)]
    if len(parts) < 2:
        return block, []
    doomed = {i for i, part in enumerate(parts) if prose and is_caption(part)}
    if not doomed:
        return block, []
    if len(doomed) == len(parts):
        return None, [block.text]
    text = " ".join(p for i, p in enumerate(parts) if i not in doomed)
    return block.model_copy(update={"text": text}), [parts[i] for i in sorted(doomed)]


# A municipal site's menu entry: two or three lower-case nouns joined ("Uppleva och göra",
# "Bygga, bo och miljö", "Omsorg och hjälp").
_MENU_PAIR = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:,\s[a-zåäö]+)*\s(?:och|&)\s[a-zåäö]+$")
MENU_RUN = 3  # short headings in a row at the top, this many, are the site's menu


def _menu_pairs(blocks: list[Block]) -> set[int]:
    """The menu entries at a page's top: in a run of short headings before any prose, the
    ones named as pairs, when the run holds at least two of them."""
    found: set[int] = set()
    run: list[int] = []
    for i, block in enumerate([*blocks, None]):
        short = block is not None and block.kind is BlockKind.heading and len(block.text.split()) <= 5
        if short:
            run.append(i)
            continue
        pairs = [j for j in run if _MENU_PAIR.match(blocks[j].text.strip())]
        if len(run) >= MENU_RUN and len(pairs) >= 2:
            found.update(pairs)
        run = []
        if block is None or (block.kind is BlockKind.paragraph and len(block.text) >= 60):
            break  # the text has begun
    return found


# The page itself as an entry of the site's menu: "Medborgarlöfte", "Medborgarlöften".
# (not with its years: "Medborgarlöfte 2022–2023" heads a document of its own)
_GENRE_ENTRY = re.compile(r"^(?:medborgarlöfte[nt]?|medborgarlöften)$", re.IGNORECASE)
MENU_ENTRY_WORDS = 4
MID_MENU_RUN = 4  # short headings in a row, one of them the page's own entry


def _menu_runs(blocks: list[Block]) -> set[int]:
    """A side menu copied into the text ("Trygghet och säkerhet" / "Krisberedskap" /
    "Medborgarlöfte" / "Brandskydd"): a run of short headings one after another, with the
    page's own entry among them. Lines of a heading's own are no run: the run has no text
    between its entries."""
    found: set[int] = set()
    run: list[int] = []
    begun = False  # (above the text, the site's name, menu and the page's title are told apart elsewhere)
    for i, block in enumerate([*blocks, None]):
        if begun and block is not None and block.kind is BlockKind.heading and _menu_entry(block.text):
            run.append(i)
            continue
        if len(run) >= MID_MENU_RUN and any(_GENRE_ENTRY.match(blocks[j].text.strip()) for j in run):
            found.update(run)
        run = []
        if begun and block is not None and block.kind is BlockKind.paragraph:
            # the same entries read as one paragraph, a line each
            lines = [line.strip() for line in block.text.split("\n") if line.strip()]
            if (
                len(lines) >= MID_MENU_RUN
                and all(_menu_entry(line) for line in lines)
                and any(_GENRE_ENTRY.match(line) for line in lines)
            ):
                found.add(i)
        if block is not None and block.kind is BlockKind.paragraph and len(block.text) >= BODY_TEXT:
            begun = True
    return found


def _menu_entry(line: str) -> bool:
    line = line.strip()
    return (
        0 < len(line.split()) <= MENU_ENTRY_WORDS
        and "\n" not in line
        and "  " not in line  # (cells apart by a gap are a table's or a signature's)
        and line[:1].isupper()
        and not re.search(r"[.,:;!?]$", line)
    )


def _drop_edges_and_captions(blocks: list[Block]) -> tuple[list[Block], list[Furniture]]:
    """Remove banners above the title and image captions; return them as chrome."""
    first_heading = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.heading), None)
    leading = first_heading if first_heading is not None and first_heading <= LEADING_ZONE else 0
    kept: list[Block] = []
    chrome: list[Furniture] = []
    prose = _prose_after(blocks)
    menu = _menu_pairs(blocks) | _menu_runs(blocks)
    for i, block in enumerate(blocks):
        if (
            (i < leading and _is_banner(block))
            or i in menu
            or _is_caption_block(block, blocks[i - 1] if i else None, prose[i])
        ):
            chrome.append(Furniture(text=block.text, page=block.page, kind="chrome"))
            continue
        rest, captions = _drop_caption_sentences(block, prose[i])
        chrome.extend(Furniture(text=text, page=block.page, kind="chrome") for text in captions)
        if rest is not None:
            kept.append(rest)
    return kept, chrome


# The label over a page's contact box: "Kontakt", "Kontaktperson", "Frågor om löftet?".
CONTACT_LABEL = re.compile(
    r"^(kontakt|kontakta\s+oss|kontaktperson(er)?|kontaktuppgifter|"
    r"(för\s+mer\s+information|för\s+frågor|har\s+du\s+frågor\??)\s*,?\s*kontakta(\s+oss)?)\s*:?$",
    re.IGNORECASE,
)
BODY_TEXT = 100  # a paragraph this long means the page's text has begun (a menu's "Kontakt" is no box)


def _contact_box_line(block: Block) -> bool:
    """A line of a contact box: a name or a title on its own, no sentence, no year."""
    text = block.text.strip()
    return block.kind in (BlockKind.heading, BlockKind.paragraph) and "\n" not in text and _contact_text(text)


# "Eva Berg, kommunpolis, telefon 114 14": the number that ends a contact's line
_CONTACT_NUMBER = re.compile(r",?\s*(?:tel\.?|telefon|tfn|mobil)\s*:?\s*[\d\s\-]{5,16}$", re.IGNORECASE)


def _contact_text(text: str) -> bool:
    rest = _CONTACT_NUMBER.sub("", text).strip()
    if not rest and text.strip():
        return True  # "Telefon: 0250-260 00": the number on a line of its own
    return _short_line(rest) and not re.search(r"\d|löft", rest, re.IGNORECASE)


def _contact_box_block(block: Block, cleaned: list[Block]) -> list[str] | None:
    """ "Kontakt" over its names and titles in one block, after the page's text: its lines."""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    if len(lines) < 2 or block.kind is BlockKind.table_row or not CONTACT_LABEL.match(lines[0]):
        return None
    if not all(_contact_text(line) for line in lines[1:]):
        return None
    if not any(b.kind is BlockKind.paragraph and len(b.text) >= BODY_TEXT for b in cleaned):
        return None
    return lines


def clean_blocks(blocks: list[Block]) -> tuple[list[Block], list[Furniture]]:
    """Remove chrome and page furniture; rejoin sentences they interrupted."""
    repeated = frozenset(_repeated_headers(blocks))
    cleaned: list[Block] = []
    furniture: list[Furniture] = []
    interrupted = False
    link_list = False  # under "Mest läst", "Läs också": the list of links to other pages
    contact_box = False  # under "Kontakt" after the text: whom to ask, a title and a name a line
    for block in blocks:
        if link_list and (block.kind is BlockKind.list_item or _headline_link(block)):
            furniture.append(Furniture(text=" ".join(block.text.split()), page=block.page, kind="chrome"))
            continue
        if contact_box and _contact_box_line(block):
            furniture.append(Furniture(text=" ".join(block.text.split()), page=block.page, kind="chrome"))
            continue
        contact_box = False
        boxed = _contact_box_block(block, cleaned)
        if boxed is not None:
            furniture.extend(Furniture(text=line, page=block.page, kind="chrome") for line in boxed)
            contact_box = True
            continue
        menu_bar = _chrome_row(block) if block.kind is BlockKind.table_row else None
        if menu_bar is not None:
            # "Meny   Sök   Lyssna   Språk", "Dela sidan:   Facebook   E-post": a menu bar copied with tabs
            furniture.append(Furniture(text=menu_bar, page=block.page, kind="chrome"))
            continue
        pieces: list[Block] = [block]
        removed: list[tuple[str, str]] = []
        if block.kind is not BlockKind.table_row:
            pieces, removed = _split_pieces(block, repeated)
        # (a link the list holds that was chrome of its own, "Läs hela medborgarlöftet (pdf)", goes on with it)
        # ("Relaterat" / "Läs hela medborgarlöftet (pdf)" in one block: the list's label is its first line)
        link_list = not pieces and (link_list or bool(LINK_LIST.match(block.text.strip().split("\n")[0])))
        contact_box = (
            not pieces
            and bool(CONTACT_LABEL.match(block.text.strip()))
            and any(b.kind is BlockKind.paragraph and len(b.text) >= BODY_TEXT for b in cleaned)
        )
        furniture.extend(Furniture(text=text, page=block.page, kind=kind) for kind, text in removed)
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
    cleaned, chrome = _drop_edges_and_captions(cleaned)
    return cleaned, furniture + chrome


def _split_pieces(block: Block, repeated: frozenset[str]) -> tuple[list[Block], list[tuple[str, str]]]:
    """Drop a block's chrome lines, then strip chrome phrases from what is left."""
    pieces, removed = _split_block(block, repeated)
    kept: list[Block] = []
    for piece in pieces:
        stripped, found = _strip_chrome_phrases(piece)
        removed.extend(("chrome", text) for text in found)
        if stripped is not None:
            kept.append(stripped)
    return kept, removed


def descriptive_chrome(furniture: list[Furniture]) -> str:
    """The chrome that still describes the document: image captions and attachment titles.

    They are kept out of sections and pledges, but a police area named in a
    caption ("... chef polisen X") or an attachment's title is still the
    document's own.
    """
    texts = [f.text for f in furniture if f.kind == "chrome"]
    return "\n\n".join(t for t in texts if is_caption(" ".join(t.split())) or is_file_link(t))
