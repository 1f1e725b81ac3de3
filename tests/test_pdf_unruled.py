"""Tables without ruling lines in PDFs are found by their header row."""

from __future__ import annotations

import io

from pledgeparse.models import BlockKind
from pledgeparse.pipeline import extract
from pledgeparse.readers import read


def _pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    rows = [
        ["Aktivitet", "Ansvarig", "Klart senast"],
        ["Trygghetsvandring i Tibro centrum", "Kommunen", "Maj 2022"],
        ["Riktade trafikkontroller vid skolorna", "Polisen", "Löpande"],
        ["Information om bedrägerier till äldre", "Polisen, kommunen", "December 2022"],
    ]
    story = [
        Paragraph("Medborgarlöfte Tibro kommun 2022", styles["Title"]),
        Paragraph(
            "Tibro kommun och lokalpolisområde Skövde lovar att genomföra följande aktiviteter.", styles["Normal"]
        ),
        Paragraph("Aktiviteter", styles["Heading2"]),
        Table(rows),  # no grid: no ruling lines on the page
        Spacer(1, 24),
        Paragraph("Tibro 2022-01-10", styles["Normal"]),
    ]
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def test_unruled_table_rows() -> None:
    document = read(_pdf(), "tibro.pdf")
    rows = [b.cells for b in document.blocks if b.kind is BlockKind.table_row]
    assert rows == [
        ["Aktivitet", "Ansvarig", "Klart senast"],
        ["Trygghetsvandring i Tibro centrum", "Kommunen", "Maj 2022"],
        ["Riktade trafikkontroller vid skolorna", "Polisen", "Löpande"],
        ["Information om bedrägerier till äldre", "Polisen, kommunen", "December 2022"],
    ]
    result = extract(_pdf(), "tibro.pdf")
    assert [(p.text, p.actors, p.quantified) for p in result.promises] == [
        ("Trygghetsvandring i Tibro centrum", ["Kommunen"], True),
        ("Riktade trafikkontroller vid skolorna", ["Polisen"], False),
        ("Information om bedrägerier till äldre", ["Polisen", "Kommunen"], True),
    ]
