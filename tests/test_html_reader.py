from __future__ import annotations

from pledgeparse.models import BlockKind
from pledgeparse.pipeline import extract
from pledgeparse.readers import read

PAGE = """<!DOCTYPE html><html lang="sv"><head><title>Medborgarlöfte | Exempelby</title>
<script>var x = "Medborgarlöfte i skript";</script><style>p{}</style></head><body>
<div class="cookie-consent"><p>Vi använder kakor på webbplatsen.</p><button>Godkänn alla kakor</button></div>
<noscript>Javascript är inte påslaget i din webbläsare.</noscript>
<header class="site-header"><form role="search"><input name="q"><button>Sök</button></form>
<nav><ul><li><a href="/a">Utsatt för brott</a></li></ul></nav></header>
<div class="page"><aside class="sidebar"><h2>Relaterat</h2><p>Annan sida</p></aside>
<div id="content" class="sv-layout">
<div class="rs-listen"><a href="#">Lyssna på sidan</a></div>
<h1>Medborgarlöfte Exempelby 2025</h1>
<p>Inledande text om samverkan.<br>Andra raden.</p>
<h2>Löften</h2>
<ul><li>Trafik:<ul><li>Polisen kontrollerar hastigheter.</li></ul></li><li>Kommunen rensar klotter.</li></ul>
<table><thead><tr><th>Aktivitet</th><th>UTFÖRARE</th></tr></thead>
<tr><td>Trygghetsvandring</td><td>Polis/kommun</td></tr></table>
<p><a href="/files/Medborgarl%C3%B6fte%202025.pdf">Medborgarlöfte 2025 (pdf)</a></p>
<div class="share-buttons"><a href="#">Dela</a></div>
</div></div>
<footer><p>Polisen, 114 14</p><a href="#top">Till toppen</a></footer></body></html>"""


def test_main_content_without_chrome() -> None:
    document = read(PAGE.encode("utf-8"), "page.html")
    text = document.text
    for chrome in (
        "kakor",
        "Javascript",
        "Utsatt för brott",
        "Relaterat",
        "Lyssna",
        "Dela",
        "Till toppen",
        "114 14",
        "skript",
    ):
        assert chrome not in text, chrome
    kinds = [(b.kind, b.text, b.level) for b in document.blocks]
    assert kinds[0] == (BlockKind.heading, "Medborgarlöfte Exempelby 2025", 1)
    assert (BlockKind.paragraph, "Inledande text om samverkan.\nAndra raden.", 0) in kinds
    assert (BlockKind.list_item, "Trafik:", 0) in kinds
    assert (BlockKind.list_item, "Polisen kontrollerar hastigheter.", 1) in kinds
    rows = [b for b in document.blocks if b.kind is BlockKind.table_row]
    assert rows[0].header and rows[0].cells == ["Aktivitet", "UTFÖRARE"]
    assert rows[1].cells == ["Trygghetsvandring", "Polis/kommun"]
    assert document.title_hint == "Medborgarlöfte Exempelby 2025"
    assert document.attachments == ["/files/Medborgarl%C3%B6fte%202025.pdf"]
    for block in document.blocks:
        assert text[block.char_start : block.char_end] == block.text


def test_windows_1252_without_meta_charset() -> None:
    page = "<html><body><main><h1>Medborgarlöfte Hörby – 2019</h1><p>Åtgärder för trygghet.</p></main></body></html>"
    document = read(page.encode("cp1252"), "old.htm")
    assert document.blocks[0].text == "Medborgarlöfte Hörby – 2019"
    assert "Åtgärder" in document.text


def test_declared_windows_1252() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Polisen lovar ökad närvaro i Älmhult.</p></body></html>'
    document = read(page.encode("cp1252"), "old.html")
    assert document.blocks[0].text == "Polisen lovar ökad närvaro i Älmhult."


def test_a_list_typed_into_a_paragraph_is_a_list() -> None:
    page = (
        "<html><body><main><h1>Medborgarlöfte Exempelby 2025</h1>"
        "<p>1. Medborgardialog<br>2. Medarbetardialoger<br>3. Statistik</p>"
        "<p>• Trygghetsvandringar<br>• Nattvandringar</p>"
        "<p>Första raden.<br>2. Inte en lista</p></main></body></html>"
    )
    blocks = read(page.encode("utf-8"), "page.html").blocks
    assert [(b.kind, b.text, b.ordered) for b in blocks[1:]] == [
        (BlockKind.list_item, "Medborgardialog", True),
        (BlockKind.list_item, "Medarbetardialoger", True),
        (BlockKind.list_item, "Statistik", True),
        (BlockKind.list_item, "Trygghetsvandringar", False),
        (BlockKind.list_item, "Nattvandringar", False),
        (BlockKind.paragraph, "Första raden.\n2. Inte en lista", False),
    ]


def test_a_layout_table_of_stacked_lines_is_laid_out_line_by_line() -> None:
    page = (
        "<html><body><main><h1>Medborgarlöfte Exempelby 2025</h1>"
        "<table><tr><td><strong>Anna Berg</strong><br>Kommunstyrelsens ordförande</td>"
        "<td><strong>Per Holm</strong><br>Lokalpolisområdeschef</td></tr>"
        "<tr><td>Trafikkontroller vid skolor</td><td>Polisen<br>Kommunen</td></tr></table></main></body></html>"
    )
    rows = [b for b in read(page.encode("utf-8"), "page.html").blocks if b.kind is BlockKind.table_row]
    assert rows[0].text == "Anna Berg\tPer Holm\nKommunstyrelsens ordförande\tLokalpolisområdeschef"
    assert rows[0].cells == ["Anna Berg Kommunstyrelsens ordförande", "Per Holm Lokalpolisområdeschef"]
    # A pledge table's row, one cell of one line, keeps its cells side by side.
    assert rows[1].text == "Trafikkontroller vid skolor\tPolisen Kommunen"


def test_signatures_in_a_layout_table() -> None:
    page = (
        "<html><body><main><h1>Medborgarlöfte Ljusdals kommun 2024</h1><h2>Våra löften</h2>"
        "<ul><li>Polisen genomför trafikkontroller vid skolorna varje månad.</li></ul>"
        "<p>Ljusdal den 5 mars 2024</p>"
        "<table><tr><td><strong>Anna Berg</strong><br>Kommunstyrelsens ordförande</td>"
        "<td><strong>Per Holm</strong><br>Lokalpolisområdeschef</td></tr></table></main></body></html>"
    )
    people = extract(page.encode("utf-8"), "page.html").signatories
    assert [(p.name, p.title) for p in people] == [
        ("Anna Berg", "Kommunstyrelsens ordförande"),
        ("Per Holm", "Lokalpolisområdeschef"),
    ]
