"""The PDF reader gives the blocks a plain-text rendering of the same document would.

Most tests build small PDFs on the fly with reportlab, so each layout trap of
DOMAIN.md (running headers, "Sida N av M", hyphenation, nested bullets, ruled
tables, two-column signatures, scans) is pinned down by a document whose
expected blocks are known exactly. The seed tests compare real-world
documents typeset as PDFs with their plain-text renderings.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pledgeparse.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedPdfError,
    OcrUnavailableError,
    ReadError,
    TooLargeError,
)
from pledgeparse.models import Block, BlockKind, Format, ReadDocument
from pledgeparse.readers import read as read_any
from pledgeparse.readers.pdf import read
from pledgeparse.readers.pdflines import dehyphenate
from pledgeparse.readers.text import decode, parse_blocks
from pledgeparse.settings import Settings

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
WIDTH, HEIGHT = A4

HEADER_LEFT = "Testkommun och Polisen"
HEADER_RIGHT = "Medborgarlöfte 2024"


# ---------------------------------------------------------------------------
# Building test PDFs
# ---------------------------------------------------------------------------


class _Page:
    """Write lines top-down on a reportlab canvas, with y measured from the top."""

    def __init__(self, c: canvas.Canvas, number: int, total: int) -> None:
        self.c = c
        c.setFont("Helvetica", 8)
        c.drawString(56, HEIGHT - 36, HEADER_LEFT)
        c.drawRightString(WIDTH - 56, HEIGHT - 36, HEADER_RIGHT)
        c.line(56, HEIGHT - 42, WIDTH - 56, HEIGHT - 42)
        c.drawCentredString(WIDTH / 2, 30, f"Sida {number} av {total}")
        self.y = 80.0

    def text(self, text: str, *, x: float = 72, size: float = 10.5, bold: bool = False, advance: float = 14) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, HEIGHT - self.y - size, text)
        self.y += advance

    def gap(self, points: float = 10) -> None:
        self.y += points


def _pledge_pdf() -> bytes:
    """A 2-page pledge with every layout feature the reader has to handle."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    page = _Page(c, 1, 2)
    page.text("Medborgarlöfte för Testkommun 2024", size=17, bold=True, advance=30)
    page.text("Inledning", size=13, bold=True, advance=24)
    page.text("Kommunen och lokalpolisområdet genomför varje höst en trygg-")
    page.text("hetsvandring i centrum och arbetar långsiktigt med risk-")
    page.text("och skyddsfaktorer bland barn och unga i hela kommunen.")
    page.gap()
    page.text("Polisen och kommunen lovar att:", advance=24)
    page.text("Löftet", size=13, bold=True, advance=24)
    page.text("•", x=72)
    page.y -= 14
    page.text("Polisen genomför minst sex trafikkontroller vid skolorna under", x=86)
    page.text("vårterminen och höstterminen.", x=86, advance=18)
    page.text("–", x=100)
    page.y -= 14
    page.text("varav två kontroller med fokus på mopeder", x=112, advance=18)
    page.text("•", x=72)
    page.y -= 14
    page.text("Kommunen ordnar en medborgardialog om trygghet.", x=86, advance=18)
    page.text("1.", x=72)
    page.y -= 14
    page.text("Första numrerade åtagandet.", x=86, advance=18)
    page.text("2.", x=72)
    page.y -= 14
    page.text("Andra numrerade åtagandet.", x=86, advance=28)
    page.text("Löftet gäller under hela 2024.")
    c.showPage()

    page = _Page(c, 2, 2)
    # "Fake bold": a heading printed twice with a small offset, in a regular font.
    page.text("Aktiviteter", size=13, advance=0)
    page.text("Aktiviteter", x=72.4, size=13, advance=24)
    xs = [72, 300, 410, 523]
    top = page.y
    rows = [
        (["Aktivitet"], ["UTFÖRARE"], ["ANSVARIG"]),
        (["Trygghetsvandring i", "centrum varje höst"], ["Polis/kommun"], ["Kommun"]),
        (["Riktade insatser mot", "narkotika bland unga"], ["Polis"], ["Polis"]),
    ]
    heights = [20, 34, 34]
    ys = [top]
    for height in heights:
        ys.append(ys[-1] + height)
    c.setLineWidth(0.5)
    c.grid(xs, [HEIGHT - y for y in ys])
    c.setFont("Helvetica", 10)
    for row, y in zip(rows, ys, strict=False):
        for cell, x in zip(row, xs, strict=False):
            for i, line in enumerate(cell):
                c.drawString(x + 4, HEIGHT - (y + 13 + 13 * i), line)
    page.y = ys[-1] + 20
    page.text("Underskrifter", size=13, bold=True, advance=24)
    page.text("Testby 2024-01-15", advance=34)
    for left, right in [
        ("Anna Andersson", "Bo Berg"),
        ("Kommunstyrelsens ordförande", "Lokalpolisområdeschef"),
        ("Testkommun", "Lokalpolisområde Testdalen"),
    ]:
        page.text(left, x=72, advance=0)
        page.text(right, x=320)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _image_only_pdf(pdf: bytes, page_index: int = 0, dpi: int = 200) -> bytes:
    """A scan of one page: rendered to pixels, saved as a PDF with no text layer."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        image = document[page_index].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=dpi)
    return out.getvalue()


def _zero_page_pdf() -> bytes:
    """A syntactically valid PDF whose page tree is empty (written by hand)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _tesseract_swe() -> bool:
    if shutil.which("tesseract") is None:
        return False
    result = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False)
    return "swe" in result.stdout.split()


def _fold(text: str) -> str:
    return " ".join(text.split())


def _of(doc: ReadDocument, kind: BlockKind) -> list[Block]:
    return [b for b in doc.blocks if b.kind is kind]


@pytest.fixture(scope="module")
def pledge_pdf() -> bytes:
    return _pledge_pdf()


@pytest.fixture(scope="module")
def pledge(pledge_pdf: bytes) -> ReadDocument:
    return read(pledge_pdf, "test.pdf", Settings())


# ---------------------------------------------------------------------------
# Blocks of a generated PDF
# ---------------------------------------------------------------------------


def test_document_level_fields(pledge: ReadDocument) -> None:
    assert pledge.format is Format.pdf
    assert pledge.pages == 2
    assert not pledge.ocr_used and pledge.ocr_confidence is None


def test_headings_with_title_level(pledge: ReadDocument) -> None:
    headings = [(b.text, b.level, b.page) for b in _of(pledge, BlockKind.heading)]
    assert headings == [
        ("Medborgarlöfte för Testkommun 2024", 1, 1),
        ("Inledning", 2, 1),
        ("Löftet", 2, 1),
        ("Aktiviteter", 2, 2),
        ("Underskrifter", 2, 2),
        # One short line in body type, as the text reader sees it: a heading.
        ("Testby 2024-01-15", 2, 2),
    ]


def test_fake_bold_is_deduplicated_and_bold(pledge: ReadDocument) -> None:
    heading = next(b for b in pledge.blocks if b.page == 2)
    assert (heading.kind, heading.text) == (BlockKind.heading, "Aktiviteter")
    assert "AAkk" not in pledge.text


def test_paragraph_keeps_line_breaks_and_rejoins_hyphenation(pledge: ReadDocument) -> None:
    paragraph = _of(pledge, BlockKind.paragraph)[0]
    assert paragraph.text == (
        "Kommunen och lokalpolisområdet genomför varje höst en trygghetsvandring\n"
        "i centrum och arbetar långsiktigt med risk-\n"
        "och skyddsfaktorer bland barn och unga i hela kommunen."
    )
    assert paragraph.page == 1


def test_list_items_with_nesting_wrapping_and_numbers(pledge: ReadDocument) -> None:
    items = [(b.text, b.level, b.ordered, b.page) for b in _of(pledge, BlockKind.list_item)]
    assert items == [
        ("Polisen genomför minst sex trafikkontroller vid skolorna under vårterminen och höstterminen.", 0, False, 1),
        ("varav två kontroller med fokus på mopeder", 1, False, 1),
        ("Kommunen ordnar en medborgardialog om trygghet.", 0, False, 1),
        ("Första numrerade åtagandet.", 0, True, 1),
        ("Andra numrerade åtagandet.", 0, True, 1),
    ]


def test_block_order_around_the_list(pledge: ReadDocument) -> None:
    kinds = [(b.kind.value, b.text.split("\n")[0][:30]) for b in pledge.blocks if b.page == 1]
    assert kinds[3] == ("paragraph", "Polisen och kommunen lovar att")
    assert kinds[-1] == ("paragraph", "Löftet gäller under hela 2024.")


def test_table_rows_with_header_and_folded_cells(pledge: ReadDocument) -> None:
    rows = _of(pledge, BlockKind.table_row)
    assert [(r.cells, r.header, r.page) for r in rows] == [
        (["Aktivitet", "UTFÖRARE", "ANSVARIG"], True, 2),
        (["Trygghetsvandring i centrum varje höst", "Polis/kommun", "Kommun"], False, 2),
        (["Riktade insatser mot narkotika bland unga", "Polis", "Polis"], False, 2),
    ]
    assert rows[1].text == "Trygghetsvandring i centrum varje höst\tPolis/kommun\tKommun"
    # The table sits between its heading and the next one, and its words are not repeated as text.
    texts = [b.text for b in pledge.blocks]
    assert texts.index("Aktiviteter") < texts.index(rows[0].text) < texts.index("Underskrifter")
    assert not any("narkotika bland unga" in b.text for b in pledge.blocks if b.kind is not BlockKind.table_row)


def test_two_column_signatures_stay_grouped(pledge: ReadDocument) -> None:
    paragraphs = [b.text for b in _of(pledge, BlockKind.paragraph) if b.page == 2]
    assert paragraphs == [
        "Anna Andersson\nKommunstyrelsens ordförande\nTestkommun",
        "Bo Berg\nLokalpolisområdeschef\nLokalpolisområde Testdalen",
    ]


def test_furniture_recorded_with_pages(pledge: ReadDocument) -> None:
    furniture = [(f.text, f.page, f.kind) for f in pledge.furniture]
    assert furniture == [
        (f"{HEADER_LEFT}    {HEADER_RIGHT}", 1, "header"),
        ("Sida 1 av 2", 1, "page_number"),
        (f"{HEADER_LEFT}    {HEADER_RIGHT}", 2, "header"),
        ("Sida 2 av 2", 2, "page_number"),
    ]


def test_no_furniture_in_blocks(pledge: ReadDocument) -> None:
    for block in pledge.blocks:
        assert "Sida" not in block.text
        assert HEADER_LEFT not in block.text
        assert HEADER_RIGHT not in block.text


def test_offsets_pages_and_boxes(pledge: ReadDocument) -> None:
    for block in pledge.blocks:
        assert pledge.text[block.char_start : block.char_end] == block.text
        assert block.page in (1, 2)
        assert block.bbox is not None
        x0, top, x1, bottom = block.bbox
        assert 0 <= x0 < x1 <= WIDTH and 0 <= top < bottom <= HEIGHT


def test_table_row_box_is_the_row(pledge: ReadDocument) -> None:
    header = _of(pledge, BlockKind.table_row)[0]
    assert header.bbox is not None
    x0, _, x1, _ = header.bbox
    assert x0 == pytest.approx(72, abs=1) and x1 == pytest.approx(523, abs=1)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["en trygg-", "hetsvandring i centrum"], ["en trygghetsvandring", "i centrum"]),
        (["om risk-", "och skyddsfaktorer"], ["om risk-", "och skyddsfaktorer"]),
        (["fokus på A-", "traktorer och EPA-", "traktorer"], ["fokus på A-traktorer", "och EPA-traktorer"]),
        (["Malmö-", "Köpenhamnsområdet gör"], ["Malmö-Köpenhamnsområdet", "gör"]),
        (["perioden 2023-", "2026 gäller"], ["perioden 2023-2026", "gäller"]),
        (["trygghets\u00ad", "vandring"], ["trygghetsvandring"]),
        (["Polisen genomför", "kontroller"], ["Polisen genomför", "kontroller"]),
    ],
)
def test_dehyphenate(lines: list[str], expected: list[str]) -> None:
    assert dehyphenate(lines) == expected


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


def test_encrypted_pdf() -> None:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, encrypt="hemligt")
    c.drawString(72, 700, "Medborgarlöfte")
    c.save()
    with pytest.raises(EncryptedPdfError, match="encrypted"):
        read(buffer.getvalue(), "locked.pdf", Settings())


def test_owner_password_only_is_readable() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, encrypt=StandardEncryption("", ownerPassword="ägare"))
    c.drawString(72, 700, "Medborgarlöfte i Testkommun")
    c.save()
    doc = read(buffer.getvalue(), "owner.pdf", Settings())
    assert [b.text for b in doc.blocks] == ["Medborgarlöfte i Testkommun"]


def test_truncated_pdf(pledge_pdf: bytes) -> None:
    with pytest.raises(CorruptFileError):
        read(pledge_pdf[:300], "truncated.pdf", Settings())


def test_half_a_pdf_is_read_or_refused_cleanly(pledge_pdf: bytes) -> None:
    """pdfium may repair a cut file; either way only a ReadError may escape."""
    try:
        doc = read(pledge_pdf[: len(pledge_pdf) // 2], "half.pdf", Settings())
    except ReadError:
        return
    assert doc.blocks


def test_not_a_pdf_named_pdf() -> None:
    with pytest.raises(CorruptFileError, match="not a PDF"):
        read_any(b"<p>hej</p> this is not a PDF at all", "fake.pdf")


def test_pdf_signature_with_garbage() -> None:
    with pytest.raises(CorruptFileError):
        read(b"%PDF-1.7\n" + bytes(range(256)) * 4, "garbage.pdf", Settings())


def test_zero_pages() -> None:
    with pytest.raises(EmptyDocumentError, match="no pages"):
        read(_zero_page_pdf(), "empty.pdf", Settings())


def test_blank_pages_are_empty() -> None:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.showPage()
    c.save()
    with pytest.raises(EmptyDocumentError):
        read(buffer.getvalue(), "blank.pdf", Settings())


def test_too_many_pages(pledge_pdf: bytes) -> None:
    with pytest.raises(TooLargeError, match="2 pages"):
        read(pledge_pdf, "long.pdf", Settings(max_pdf_pages=1))


def test_ocr_disabled(pledge_pdf: bytes) -> None:
    with pytest.raises(OcrUnavailableError, match="disabled"):
        read(_image_only_pdf(pledge_pdf), "scan.pdf", Settings(ocr=False))


def test_tesseract_missing_says_what_to_install(pledge_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    from pledgeparse.readers import ocr

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    ocr._check_tesseract.cache_clear()
    try:
        with pytest.raises(OcrUnavailableError, match="apt-get install tesseract-ocr tesseract-ocr-swe"):
            read(_image_only_pdf(pledge_pdf), "scan.pdf", Settings())
    finally:
        ocr._check_tesseract.cache_clear()


def test_missing_language_data_says_what_to_install(pledge_pdf: bytes) -> None:
    if not _tesseract_swe():
        pytest.skip("tesseract-ocr-swe not installed: run scripts/install_system_deps.sh")
    with pytest.raises(OcrUnavailableError, match="tesseract-ocr-swe"):
        read(_image_only_pdf(pledge_pdf), "scan.pdf", Settings(ocr_language="xx_no_such_language"))


# ---------------------------------------------------------------------------
# OCR
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ocr_doc(pledge_pdf: bytes) -> ReadDocument:
    if not _tesseract_swe():
        pytest.skip("tesseract-ocr-swe not installed: run scripts/install_system_deps.sh")
    return read(_image_only_pdf(pledge_pdf), "scan.pdf", Settings(ocr_dpi=200))


def test_ocr_reads_a_scanned_page(ocr_doc: ReadDocument) -> None:
    assert ocr_doc.ocr_used
    assert ocr_doc.ocr_confidence is not None and 80 <= ocr_doc.ocr_confidence <= 100
    assert ocr_doc.pages == 1
    assert all(b.page == 1 for b in ocr_doc.blocks)
    for block in ocr_doc.blocks:
        assert ocr_doc.text[block.char_start : block.char_end] == block.text


def test_ocr_gives_the_same_structure(ocr_doc: ReadDocument) -> None:
    headings = [b.text for b in _of(ocr_doc, BlockKind.heading)]
    assert "Inledning" in headings and "Löftet" in headings
    items = [_fold(b.text) for b in _of(ocr_doc, BlockKind.list_item)]
    assert "Kommunen ordnar en medborgardialog om trygghet." in items
    assert any(item.startswith("Polisen genomför minst sex") and item.endswith("höstterminen.") for item in items)
    assert any("trygghetsvandring" in b.text for b in _of(ocr_doc, BlockKind.paragraph))


def test_mixed_text_and_scanned_pages(pledge_pdf: bytes) -> None:
    """A signed last page scanned into an otherwise digital PDF: both pages are read."""
    if not _tesseract_swe():
        pytest.skip("tesseract-ocr-swe not installed: run scripts/install_system_deps.sh")
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument.new()
    text_doc = pdfium.PdfDocument(pledge_pdf)
    scan_doc = pdfium.PdfDocument(_image_only_pdf(pledge_pdf, page_index=1))
    mixed.import_pages(text_doc, [0])
    mixed.import_pages(scan_doc, [0])
    out = io.BytesIO()
    mixed.save(out)
    for document in (mixed, text_doc, scan_doc):
        document.close()
    doc = read(out.getvalue(), "mixed.pdf", Settings(ocr_dpi=200))
    assert doc.ocr_used and doc.pages == 2
    assert "Löftet" in [b.text for b in _of(doc, BlockKind.heading) if b.page == 1]
    page_two = [b for b in doc.blocks if b.page == 2]
    # Tables in scans are not recognised as tables (no ruling lines in OCR output): their text is kept.
    assert any("UTFÖRARE" in b.text for b in page_two)
    assert any("Anna Andersson" in b.text for b in page_two)
    assert [f.text for f in doc.furniture if f.kind == "page_number"] == ["Sida 1 av 2", "Sida 2 av 2"]


def test_ocr_page_numbers_are_furniture(ocr_doc: ReadDocument) -> None:
    assert any(f.kind == "page_number" and f.page == 1 for f in ocr_doc.furniture)
    assert not any(re.search(r"\bSida \d", b.text) for b in ocr_doc.blocks)


# ---------------------------------------------------------------------------
# Seeds: real documents typeset as PDFs, compared with their plain text
# ---------------------------------------------------------------------------


def _seed_pdfs() -> list[Path]:
    return sorted((SEEDS / "pdf").glob("*.pdf")) if (SEEDS / "pdf").is_dir() else []


def _is_theme_row(block: Block) -> bool:
    """A table row naming a theme, its other cells empty ("Samverkan\\t\\t").

    Typeset, such a row is as often a bold line between two tables (a heading)
    as a spanning row inside one, so it is compared as text, not as a row.
    """
    cells = block.cells or []
    return block.kind is BlockKind.table_row and bool(cells) and not any(c.strip() for c in cells[1:])


def _items_and_rows(blocks: list[Block]) -> tuple[set[str], set[str]]:
    structural = {
        _fold(b.text) for b in blocks if b.kind in (BlockKind.list_item, BlockKind.table_row) and not _is_theme_row(b)
    }
    themes = {_fold(b.text) for b in blocks if _is_theme_row(b)}
    return structural, themes


@pytest.fixture(scope="module")
def seed_docs() -> dict[str, ReadDocument]:
    if not _seed_pdfs():
        pytest.skip(f"seed PDFs not found under {SEEDS}")
    return {path.stem: read(path.read_bytes(), path.name, Settings()) for path in _seed_pdfs()}


@pytest.mark.parametrize("stem", [p.stem for p in _seed_pdfs()] or ["(no seeds)"])
def test_seed_items_and_rows_match_the_text(stem: str, seed_docs: dict[str, ReadDocument]) -> None:
    """Same list items and table rows as the plain-text rendering, whitespace folded.

    Tolerance: theme rows (see :func:`_is_theme_row`) only have to appear as
    some block on the other side, whatever its kind.
    """
    doc = seed_docs[stem]
    text_blocks = parse_blocks(decode((SEEDS / f"{stem}.txt").read_bytes())[0])
    pdf_items, pdf_themes = _items_and_rows(doc.blocks)
    text_items, text_themes = _items_and_rows(text_blocks)
    assert pdf_items == text_items
    all_pdf = {_fold(b.text) for b in doc.blocks}
    all_text = {_fold(b.text) for b in text_blocks}
    assert text_themes <= all_pdf
    assert pdf_themes <= all_text


@pytest.mark.parametrize("stem", [p.stem for p in _seed_pdfs()] or ["(no seeds)"])
def test_seed_headings_match_the_text(stem: str, seed_docs: dict[str, ReadDocument]) -> None:
    """Same headings in the same order, and the same title; theme rows aside (see above)."""
    doc = seed_docs[stem]
    text_blocks = parse_blocks(decode((SEEDS / f"{stem}.txt").read_bytes())[0])
    _, pdf_themes = _items_and_rows(doc.blocks)
    _, text_themes = _items_and_rows(text_blocks)
    pdf_headings = [_fold(b.text) for b in doc.blocks if b.kind is BlockKind.heading]
    text_headings = [_fold(b.text) for b in text_blocks if b.kind is BlockKind.heading]
    assert [h for h in pdf_headings if h not in text_themes] == [h for h in text_headings if h not in pdf_themes]
    assert [b.text for b in doc.blocks if b.level == 1 and b.kind is BlockKind.heading] == [
        b.text for b in text_blocks if b.level == 1 and b.kind is BlockKind.heading
    ]


def test_seed_furniture_is_out_of_the_blocks(seed_docs: dict[str, ReadDocument]) -> None:
    for stem, doc in seed_docs.items():
        pages = {f.page for f in doc.furniture if f.kind == "page_number"}
        assert pages == set(range(1, (doc.pages or 0) + 1)), stem
        running = {f.text for f in doc.furniture if f.kind == "header"}
        assert len(running) == 1, stem
        for block in doc.blocks:
            assert not re.fullmatch(r"Sida \d+", block.text), stem
            assert block.text not in running, stem
            assert doc.text[block.char_start : block.char_end] == block.text


def test_seed_scan_is_read_with_ocr() -> None:
    scan = SEEDS / "scan" / "000_7a1f4e111cebbcfc.pdf"
    if not scan.is_file():
        pytest.skip(f"scanned seed not found at {scan}")
    if not _tesseract_swe():
        pytest.skip("tesseract-ocr-swe not installed: run scripts/install_system_deps.sh")
    doc = read(scan.read_bytes(), scan.name, Settings())
    assert doc.ocr_used and doc.ocr_confidence is not None and doc.ocr_confidence > 85
    text_blocks = parse_blocks(decode((SEEDS / "000_7a1f4e111cebbcfc.txt").read_bytes())[0])
    ocr_items, _ = _items_and_rows(doc.blocks)
    text_items, _ = _items_and_rows(text_blocks)
    # OCR may misread a character or two; nine in ten items must come out exactly.
    assert len(ocr_items & text_items) >= 0.9 * len(text_items)
    assert len(ocr_items) == len(text_items)
    assert {f.kind for f in doc.furniture} == {"header", "page_number"}
