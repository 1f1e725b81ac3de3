"""PDF rendering (``<name>.pdf``) with reportlab; the ``scan`` flag rasterises the result."""

import io
import random
import re
import time

from .source import Block, Item, SourceDoc, strip_inline, xml_inline

_FONTS_DONE = False


def _fonts() -> None:
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("Vera-Bold", "VeraBd.ttf"))
    pdfmetrics.registerFont(TTFont("Vera-Italic", "VeraIt.ttf"))
    pdfmetrics.registerFont(TTFont("Vera-BoldItalic", "VeraBI.ttf"))
    addMapping("Vera", 0, 0, "Vera")
    addMapping("Vera", 1, 0, "Vera-Bold")
    addMapping("Vera", 0, 1, "Vera-Italic")
    addMapping("Vera", 1, 1, "Vera-BoldItalic")
    _FONTS_DONE = True


_VOW = set("aeiouyåäöé")


def _shy_word(w: str) -> str:
    """Insert soft hyphens at plausible Swedish syllable breaks (V-CV)."""
    if len(w) < 11 or not w.isalpha():
        return w
    cuts = []
    for k in range(4, len(w) - 3):
        a, b, c = w[k - 1].lower(), w[k].lower(), w[k + 1].lower()
        if (a in _VOW and b not in _VOW and c in _VOW) or (
            a not in _VOW and b not in _VOW and c in _VOW and w[k - 2].lower() in _VOW
        ):
            cuts.append(k)
    if not cuts:
        return w
    out, prev = [], 0
    for k in cuts:
        if k - prev >= 3:
            out.append(w[prev:k])
            prev = k
    out.append(w[prev:])
    return "\xad".join(out)


def _shy(text: str) -> str:
    return re.sub(r"[A-Za-zÅÄÖåäöé]{11,}", lambda m: _shy_word(m.group(0)), text)


def _make_canvas_class(header: str, footer: str):  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total):
            w, h = A4
            self.saveState()
            self.setFillGray(0.35)
            if header:
                self.setFont("Vera", 8)
                self.drawString(20 * mm, h - 12 * mm, header)
                self.setStrokeGray(0.6)
                self.setLineWidth(0.4)
                self.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
            self.setFont("Vera", 8)
            page = footer.replace("{page}", str(self._pageNumber)).replace("{pages}", str(total))
            self.drawCentredString(w / 2, 10 * mm, page)
            self.restoreState()

    return NumberedCanvas


def _column_widths(b: Block, avail: float) -> list[float]:
    """Column widths proportional to the cells' lengths, never narrower than a column's longest (bold) word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    ncol = len(b.rows[0])
    lens = [max(len(r[c]) for r in b.rows) for c in range(ncol)]
    wts = [min(max(x, 10), 70) for x in lens]
    mins = [
        max(stringWidth(w, "Vera-Bold", 9) for r in b.rows for w in (strip_inline(r[c]).split() or [""])) + 14
        for c in range(ncol)
    ]
    widths = [avail * x / sum(wts) for x in wts]
    for _ in range(3):
        short = [k for k in range(ncol) if widths[k] < mins[k]]
        if not short:
            break
        fixed = sum(max(widths[k], mins[k]) for k in short)
        rest = [k for k in range(ncol) if k not in short]
        for k in short:
            widths[k] = max(widths[k], mins[k])
        rw = sum(wts[k] for k in rest)
        for k in rest:
            widths[k] = (avail - fixed) * wts[k] / rw
    return widths


def _sign_chunks(b: Block) -> list[list[str]]:
    """The lines of a one-column signature block, in runs separated by blank lines (signing space)."""
    chunks: list[list[str]] = []
    cur: list[str] = []
    for ln in [xml_inline(r[0]) if r else "" for r in b.rows]:
        if ln == "":
            if cur:
                chunks.append(cur)
            cur = []
        else:
            cur.append(ln)
    if cur:
        chunks.append(cur)
    return chunks


class _Story:
    """The reportlab flowables of one document, built block by block."""

    def __init__(self, doc: SourceDoc) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm

        self.hyph = doc.flag("hyphenate")
        base = dict(fontName="Vera", fontSize=10, leading=13.2, spaceAfter=5)
        if self.hyph:
            base.update(embeddedHyphenation=1, hyphenationLang="")
        self.body = ParagraphStyle("body", **base)
        self.title = ParagraphStyle("title", fontName="Vera-Bold", fontSize=17, leading=21, spaceAfter=10)
        self.h2 = ParagraphStyle(
            "h2", fontName="Vera-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=5, keepWithNext=1
        )
        self.h3 = ParagraphStyle(
            "h3", fontName="Vera-Bold", fontSize=11, leading=14, spaceBefore=5, spaceAfter=3, keepWithNext=1
        )
        self.cell = ParagraphStyle("cell", fontName="Vera", fontSize=9, leading=11.5)
        self.cellb = ParagraphStyle("cellb", fontName="Vera-Bold", fontSize=9, leading=11.5)
        grey = colors.Color(0.4, 0.4, 0.4)
        self.furn = ParagraphStyle("furn", fontName="Vera", fontSize=8, leading=10, textColor=grey)
        self.sign = ParagraphStyle("sign", fontName="Vera", fontSize=10, leading=13)
        self.avail = 170 * mm
        self.list_styles: dict = {}
        self.flow: list = []

    def lst(self, level: int):  # type: ignore[no-untyped-def]
        from reportlab.lib.styles import ParagraphStyle

        if level not in self.list_styles:
            self.list_styles[level] = ParagraphStyle(
                f"li{level}",
                parent=self.body,
                leftIndent=16 + 16 * level,
                bulletIndent=4 + 16 * level,
                bulletFontName="Vera",
                spaceAfter=2.5,
            )
        return self.list_styles[level]

    def para(self, markup: str, style) -> None:  # type: ignore[no-untyped-def]
        """A paragraph of reportlab markup, soft-hyphenated when the document asks for it."""
        from reportlab.platypus import Paragraph

        self.flow.append(Paragraph(_shy(markup) if self.hyph else markup, style))

    def items(self, its: list[Item]) -> None:
        from reportlab.platypus import Paragraph

        for it in its:
            bullet = f"{it.number}." if it.ordered else ("•" if it.level == 0 else "–")
            txt = xml_inline(it.text) + "".join("<br/>" + xml_inline(x) for x in it.extra)
            if self.hyph:
                txt = _shy(txt)
            self.flow.append(Paragraph(txt, self.lst(it.level), bulletText=bullet))
            self.items(it.children)

    def table(self, b: Block) -> None:
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        ncol = len(b.rows[0])
        data, ts = (
            [],
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.45, 0.45, 0.45)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ],
        )
        for ri, r in enumerate(b.rows):
            is_head = b.header and ri == 0
            is_theme = not is_head and ncol > 1 and r[0] and not any(r[1:])
            st = self.cellb if (is_head or is_theme) else self.cell
            data.append([Paragraph(xml_inline(c), st) for c in r])
            if is_head:
                ts.append(("BACKGROUND", (0, ri), (-1, ri), colors.Color(0.85, 0.87, 0.9)))
            if is_theme:
                ts.append(("SPAN", (0, ri), (-1, ri)))
                ts.append(("BACKGROUND", (0, ri), (-1, ri), colors.Color(0.94, 0.94, 0.94)))
        t = Table(data, colWidths=_column_widths(b, self.avail), repeatRows=1 if b.header else 0, hAlign="LEFT")
        t.setStyle(TableStyle(ts))
        self.flow.extend([Spacer(1, 3), t, Spacer(1, 8)])

    def sign_one_column(self, b: Block) -> None:
        from reportlab.platypus import KeepTogether, Paragraph, Spacer

        flow = [Spacer(1, 10)]
        for ch in _sign_chunks(b):
            flow.append(Paragraph("<br/>".join(ch), self.sign))
            flow.append(Spacer(1, 16))
        self.flow.append(KeepTogether(flow))

    def sign_two_columns(self, b: Block) -> None:
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        data: list = []
        ts: list = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
        for r in b.rows:
            if not r:
                data.append(["", ""])
                ts.append(("TOPPADDING", (0, len(data) - 1), (-1, len(data) - 1), 14))
            elif len(r) == 1:
                data.append([Paragraph(xml_inline(r[0]), self.sign), ""])
                ts.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
            else:
                data.append([Paragraph(xml_inline(r[0]), self.sign), Paragraph(xml_inline(r[1]), self.sign)])
        t = Table(data, colWidths=[self.avail / 2, self.avail / 2], hAlign="LEFT")
        t.setStyle(TableStyle(ts))
        self.flow.extend([Spacer(1, 6), t, Spacer(1, 8)])

    def block(self, b: Block) -> None:
        from reportlab.platypus import PageBreak, Paragraph, Spacer

        if b.kind in ("title", "h2", "h3"):
            self.para(xml_inline(b.text), getattr(self, b.kind))
        elif b.kind == "para":
            self.para("<br/>".join(xml_inline(x) for x in b.lines), self.body)
        elif b.kind == "list":
            self.items(b.items)
            self.flow.append(Spacer(1, 4))
        elif b.kind == "table":
            self.table(b)
        elif b.kind == "sign" and any(len(r) > 1 for r in b.rows):
            self.sign_two_columns(b)
        elif b.kind == "sign":
            self.sign_one_column(b)
        elif b.kind == "furniture":
            self.flow.append(PageBreak())
            self.flow.append(Paragraph("<br/>".join(xml_inline(x) for x in b.lines), self.furn))
            self.flow.append(Spacer(1, 8))


def _pdf_story(doc: SourceDoc) -> list:
    story = _Story(doc)
    for b in doc.blocks:
        story.block(b)
    return story.flow


def render_pdf(doc: SourceDoc) -> bytes:
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    buf = io.BytesIO()
    header = doc.meta.get("running_header", "")
    footer = doc.meta.get("footer", "{page}")
    tpl = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=doc.title,
        author=doc.meta.get("pdf_author", ""),
        creator="pledgeparse corpus generator",
        producer="ReportLab",
        invariant=1,
        subject="Medborgarlöfte",
    )
    tpl.build(_pdf_story(doc), canvasmaker=_make_canvas_class(header, footer))
    data = buf.getvalue()
    if doc.flag("scan"):
        data = _rasterise(data)
    return data


def _rasterise(pdf: bytes, dpi: int = 200) -> bytes:
    """An image-only PDF of pdf, with a little scanner character: slight skew, blur and speckle."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(1729)
    src = pdfium.PdfDocument(pdf)
    pages = []
    for i in range(len(src)):
        img = src[i].render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(0.35 if i % 2 == 0 else -0.25, resample=Image.BICUBIC, fillcolor=255, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        px = img.load()
        w, h = img.size
        for _ in range(1500):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.randrange(120, 220)
        pages.append(img)
    src.close()
    out = io.BytesIO()
    fixed = time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 0))
    pages[0].save(
        out,
        format="PDF",
        resolution=float(dpi),
        save_all=True,
        append_images=pages[1:],
        creationDate=fixed,
        modDate=fixed,
        title="Skannad handling",
        producer="Scanner",
    )
    return out.getvalue()
