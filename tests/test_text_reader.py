from __future__ import annotations

import pytest

from pledgeparse.models import BlockKind
from pledgeparse.pipeline import extract
from pledgeparse.readers import read, sniff_format
from pledgeparse.readers.text import parse_blocks

DOC = """Medborgarlöfte Exempelby kommun 2025

Inledning

Kommunen och polisen arbetar
tillsammans mot brott.

Polisen lovar att:

  • genomföra trafikkontroller
      o vid skolorna
  • synas i centrum
1. Kommunen bjuder in till dialog.
2) Kommunen rensar klotter.

ANDT\tUTFÖRARE\tANSVARIG
Polisen gör insatser.\tPolis\tPolis
"""


def test_blocks_are_exact_slices_of_the_text() -> None:
    blocks = parse_blocks(DOC)
    for block in blocks:
        assert DOC[block.char_start : block.char_end] == block.text


def test_kinds_levels_and_cells() -> None:
    blocks = parse_blocks(DOC)
    kinds = [(b.kind, b.text.split("\n")[0]) for b in blocks]
    assert kinds[0] == (BlockKind.heading, "Medborgarlöfte Exempelby kommun 2025")
    assert blocks[0].level == 1
    assert (BlockKind.heading, "Inledning") in kinds
    paragraph = next(b for b in blocks if b.text.startswith("Kommunen och polisen"))
    assert paragraph.kind is BlockKind.paragraph and "\n" in paragraph.text
    items = [b for b in blocks if b.kind is BlockKind.list_item]
    assert [(b.text, b.level) for b in items] == [
        ("genomföra trafikkontroller", 0),
        ("vid skolorna", 1),
        ("synas i centrum", 0),
        ("Kommunen bjuder in till dialog.", 0),
        ("Kommunen rensar klotter.", 0),
    ]
    assert items[3].ordered and not items[0].ordered
    rows = [b for b in blocks if b.kind is BlockKind.table_row]
    assert rows[0].cells == ["ANDT", "UTFÖRARE", "ANSVARIG"]
    assert rows[1].cells == ["Polisen gör insatser.", "Polis", "Polis"]


def test_wrapped_list_item_continues() -> None:
    blocks = parse_blocks("- Polisen genomför kontroller\n  vid skolorna varje vecka\n- Kommunen städar\n")
    assert [b.text.split() for b in blocks] == [
        ["Polisen", "genomför", "kontroller", "vid", "skolorna", "varje", "vecka"],
        ["Kommunen", "städar"],
    ]


def test_windows_1252_text_is_decoded() -> None:
    data = "Medborgarlöfte för Åre kommun – trygghet".encode("cp1252")
    document = read(data, "x.txt")
    assert "Medborgarlöfte för Åre kommun – trygghet" in document.text


def test_sniffing_prefers_bytes_over_names() -> None:
    assert sniff_format(b"%PDF-1.7\n...", "page.html").value == "pdf"
    assert sniff_format(b"<!DOCTYPE html><html></html>", "doc.txt").value == "html"
    assert sniff_format(b"plain words", "doc.txt").value == "text"


def test_a_page_copied_without_blank_lines_splits_at_sentences_not_inside_a_signature() -> None:
    text = (
        "Meny\nSök\nMedborgarlöfte för Ovanåkers kommun 2025\n"
        "Kommunen och polisen har kommit överens om följande.\nVi lovar att:\n"
        "Polisen ska genomföra trafikkontroller vid skolorna.\nKommunen ska rusta upp belysningen i parken.\n"
        "Uppföljning\nLöftet följs upp två gånger per år.\n"
        "Eva Lind\nKommunstyrelsens ordförande\nOvanåkers kommun\n"
    )
    blocks = [b.text for b in parse_blocks(text)]
    assert "Vi lovar att:" in blocks
    assert "Polisen ska genomföra trafikkontroller vid skolorna." in blocks
    assert "Uppföljning" in blocks and "Löftet följs upp två gånger per år." in blocks
    assert blocks[-1] == "Eva Lind\nKommunstyrelsens ordförande\nOvanåkers kommun"


def test_a_hard_wrapped_paragraph_stays_one_block() -> None:
    text = (
        "Polisen kommer under året att genomföra riktade insatser mot narkotika.\n"
        "Insatserna sker i samverkan med skolorna och socialtjänsten i hela\n"
        "kommunen och följs upp vid varje möte i det brottsförebyggande rådet.\n"
    )
    assert len(parse_blocks(text)) == 1


def test_decimal_numbered_items_and_numbered_headings() -> None:
    text = "2.1 Lägesbild\n\n1.1 Polisen ska patrullera vid skolorna varje vecka.\n1.2 Kommunen ska rusta upp belysningen i parken.\n"
    blocks = parse_blocks(text)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.heading, "2.1 Lägesbild"),
        (BlockKind.list_item, "Polisen ska patrullera vid skolorna varje vecka."),
        (BlockKind.list_item, "Kommunen ska rusta upp belysningen i parken."),
    ]
    assert all(b.ordered for b in blocks[1:])


def test_a_note_below_a_short_item_is_its_own_paragraph_but_a_wrapped_line_is_not() -> None:
    text = (
        "  • Kameraövervakning vid resecentrum\n    Kommunen ansöker om tillstånd hos Länsstyrelsen.\n\n"
        "  • Genomföra trygghetsvandringar tillsammans med fastighetsägarna i centrala\n    Mora två gånger per år\n\n"
        "  • Förebyggande arbete i skolan\n    Polis: Hundsök två gånger per år.\n"
    )
    assert [(b.kind, b.text.split("\n")[0].strip()) for b in parse_blocks(text)] == [
        (BlockKind.list_item, "Kameraövervakning vid resecentrum"),
        (BlockKind.paragraph, "Kommunen ansöker om tillstånd hos Länsstyrelsen."),
        (BlockKind.list_item, "Genomföra trygghetsvandringar tillsammans med fastighetsägarna i centrala"),
        (BlockKind.list_item, "Förebyggande arbete i skolan"),
    ]


def test_in_a_text_that_wraps_no_lines_a_capitalised_line_below_an_item_is_its_own() -> None:
    long_item = (
        "Genomföra trygghetsvandringar tillsammans med fastighetsägare och föreningar i alla bostadsområden i kommunen"
    )
    text = f"  • {long_item}\n    Vandringarna leds av kommunens trygghetssamordnare.\n"
    assert [b.kind for b in parse_blocks(text)] == [BlockKind.list_item, BlockKind.paragraph]


def test_a_table_copied_with_bars_is_rows_and_one_barred_menu_line_is_not() -> None:
    text = (
        "Start | Invånare | Kontakt\nDu är här: Start / Trygghet\n\n"
        "Aktivitet | Ansvarig | När\nTrafik | |\n"
        "Hastighetskontroller vid skolan | Polisen | Varje månad\n"
    )
    blocks = parse_blocks(text)
    rows = [b for b in blocks if b.kind is BlockKind.table_row]
    assert [b.cells for b in rows] == [
        ["Aktivitet", "Ansvarig", "När"],
        ["Trafik", "", ""],
        ["Hastighetskontroller vid skolan", "Polisen", "Varje månad"],
    ]
    assert all("Invånare" not in b.text for b in rows)


def test_pledges_from_a_barred_table() -> None:
    from pledgeparse.pipeline import extract

    text = (
        "Medborgarlöfte Motala 2021\n\nDet här ska vi göra\n\n"
        "Aktivitet | Ansvarig | När\nNarkotika | |\n"
        "Riktade kontroller vid skolorna | Polisen | Löpande\n"
        "Föräldramöten om droger | Kommunen | Varje hösttermin\n"
    )
    promises = extract(text.encode("utf-8"), "barred.txt").promises
    assert [(p.text, p.actors, p.theme) for p in promises] == [
        ("Riktade kontroller vid skolorna", ["Polisen"], "Narkotika"),
        ("Föräldramöten om droger", ["Kommunen"], "Narkotika"),
    ]


PDF_TEXT = (
    "Medborgarlöfte Exempelby 2025\n\n"
    "Bakgrund\n"
    "Kommunen och polisen har tagit fram en lägesbild som visar att många\n"
    "Exempelby kommun | Medborgarlöfte 2025 | Dnr KS 2024/17    Sida 1 (3)\n"
    "\f"
    "Exempelby kommun | Medborgarlöfte 2025 | Dnr KS 2024/17    Sida 2 (3)\n\n"
    "upplever otrygghet i centrum på kvällarna.\n\n"
    "Polisen lovar att:\n"
    "• genomföra trafikkontroller vid skolorna varje månad\n"
    "\f"
    "Exempelby kommun | Medborgarlöfte 2025 | Dnr KS 2024/17    Sida 3 (3)\n\n"
    "Uppföljning\n"
    "Löftet följs upp i brottsförebyggande rådet.\n"
)


def test_the_text_of_a_pdf_loses_its_running_headers_and_keeps_its_pages() -> None:
    doc = read(PDF_TEXT.encode(), "exempel.txt")
    texts = [b.text for b in doc.blocks]
    assert not any("Sida" in t for t in texts), texts
    assert [f.page for f in doc.furniture] == [1, 2, 3]
    assert all(f.text.startswith("Exempelby kommun | Medborgarlöfte 2025") for f in doc.furniture)
    pages = {b.text.split("\n")[0]: b.page for b in doc.blocks}
    assert pages["upplever otrygghet i centrum på kvällarna."] == 2
    assert pages["Uppföljning"] == 3
    for block in doc.blocks:
        assert PDF_TEXT[block.char_start : block.char_end] == block.text


def test_a_sentence_cut_by_a_page_header_in_a_pdf_text_is_joined_again() -> None:
    from pledgeparse.extract.clean import clean_blocks

    blocks, _ = clean_blocks(read(PDF_TEXT.encode(), "exempel.txt").blocks)
    joined = [b.text for b in blocks if "upplever otrygghet" in b.text]
    assert joined and "har tagit fram en lägesbild som visar att många upplever" in joined[0], [b.text for b in blocks]


def test_a_pdf_text_copied_without_form_feeds_loses_its_page_lines_but_has_no_pages() -> None:
    doc = read(PDF_TEXT.replace("\f", "").encode(), "exempel.txt")
    assert [f.text[-10:] for f in doc.furniture] == ["Sida 1 (3)", "Sida 2 (3)", "Sida 3 (3)"]
    assert not any("Sida" in b.text for b in doc.blocks)
    assert all(b.page is None for b in doc.blocks)


def test_a_repeated_footer_with_a_page_number_and_a_lone_page_line_are_furniture() -> None:
    text = (
        "Medborgarlöfte Exempelby och Provbacka 2024\n\n"
        "Bakgrund\nKommunerna och polisen har tagit fram en gemensam lägesbild.\n\n"
        "Exempelby kommun • Provbacka kommun • Polismyndigheten              1\n\n"
        "Sida 2 av 3\n\n"
        "Våra löften\n• Polisen genomför trafikkontroller vid skolorna varje månad.\n\n"
        "Exempelby kommun • Provbacka kommun • Polismyndigheten              2\n"
    )
    doc = read(text.encode(), "exempel.txt")
    assert len(doc.furniture) == 3
    assert not any("Polismyndigheten" in b.text or "Sida" in b.text for b in doc.blocks)
    # A page number inside a block (a council minute's header) stays with its block.
    minutes = "EXEMPELBY KOMMUN          SAMMANTRÄDESPROTOKOLL\n                          Sida 4(9)\nKommunstyrelsen\n"
    assert read(minutes.encode(), "protokoll.txt").furniture == []


def test_a_numbered_part_heading_over_bullets_but_not_a_numbered_lead_in_item() -> None:
    text = (
        "Medborgarlöfte 2023\n\n4. Mål och effekter\n– Färre olyckor i centrum\n– Ökad trygghet\n\n"
        "2. Polisen och kommunen skall tillsammans\n• genomföra trygghetsvandringar varje år\n"
    )
    blocks = parse_blocks(text)
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["4. Mål och effekter"] is BlockKind.heading
    assert kinds["Polisen och kommunen skall tillsammans"] is BlockKind.list_item


def test_a_letterheads_second_line_under_each_page_number_is_furniture() -> None:
    text = (
        "YDRE KOMMUN                                                         1 (2)\nKommunledningskontoret\n\n"
        "Medborgarlöfte 2017\n\nKommunen och polisen lovar att genomföra trygghetsvandringar.\n\n"
        "YDRE KOMMUN                                                         2 (2)\nKommunledningskontoret\n\n"
        "Uppföljning\n\nLöftet följs upp i december.\n"
    )
    doc = read(text.encode(), "ydre.txt")
    assert [f.text for f in doc.furniture].count("Kommunledningskontoret") == 2
    assert not any("Kommunledningskontoret" in b.text for b in doc.blocks)


def test_a_letterhead_with_its_file_number_and_the_body_under_it_repeated_on_each_page_is_furniture() -> None:
    head = "YDRE KOMMUN                                                    KS-2025-00412\nPOLISMYNDIGHETEN\n\n"
    text = (
        head + "Medborgarlöfte 2026\n\nKommunen och polisen lovar att genomföra trygghetsvandringar.\n\n"
        "                                                                       1 (2)\n"
        + head
        + "Uppföljning\n\nLöftet följs upp i december.\n"
    )
    result = extract(text.encode(), "ydre.txt")
    texts = " ".join(s.text or "" for s in result.sections)
    assert "KS-2025-00412" not in texts and "POLISMYNDIGHETEN" not in texts


def test_a_theme_line_over_an_item_labelled_with_its_doer_in_hard_wrapped_text() -> None:
    text = (
        "Medborgarlöfte 2026\n\nVåra löften\n"
        "Utifrån lägesbilden har Ydre kommun och Polisen valt att arbeta med två\n"
        "områden under året som kommer.\n"
        "Trygga offentliga miljöer\n"
        "Kommunen: Åtgärda brister i belysningen och rensa buskage som kommer fram\n"
        "vid trygghetsvandringarna i tätorterna.\n"
        "Polisen: Prioritera närvaro på torget under kvällstid, med särskilt\n"
        "fokus på fredagar och lördagar.\n"
        "Barn och unga i riskzon för brott\n"
        "Socialtjänsten: Erbjuda stödsamtal till alla barn under 15 år som\n"
        "misstänks för brott, och deras vårdnadshavare, inom en vecka från att\n"
        "polisen har hört av sig.\n"
    )
    result = extract(text.encode(), "ydre.txt")
    assert [p.theme for p in result.promises] == [
        "Trygga offentliga miljöer",
        "Trygga offentliga miljöer",
        "Barn och unga i riskzon för brott",
    ]


def test_a_running_header_by_its_page_number_and_a_repeated_letterhead_of_parties_are_furniture() -> None:
    text = (
        "POLISEN                                               PROVBACKA KOMMUN\n"
        "Lokalpolisområde Provbacka                            Kommunstyrelsens kontor\n\n"
        "Medborgarlöfte 2019\n\nKommunen och polisen lovar att genomföra trygghetsvandringar.\n\n"
        "                                                                      1 (3)\n"
        "Provbacka kommun | Polisen\n\n"
        "Polisen lovar att kontrollera mopeder vid torget.\n\n"
        "Sida 2 (3)\nMEDBORGARLÖFTE 2019 – PROVBACKA OCH EXEMPELÅS\n\n"
        "Kommunen lovar att rusta belysningen i parken.\n\n"
        "Sida 3 (3)\nMEDBORGARLÖFTE 2019 – PROVBACKA OCH EXEMPELÅS\n\n"
        "POLISEN                                               PROVBACKA KOMMUN\n"
        "Lokalpolisområde Provbacka                            Kommunstyrelsens kontor\n\n"
        "Uppföljning\n\nLöftet följs upp i december.\n"
    )
    doc = read(text.encode(), "provbacka.txt")
    furniture = [f.text for f in doc.furniture]
    assert "Provbacka kommun | Polisen" in furniture  # names only the parties, next to "1 (3)"
    assert furniture.count("MEDBORGARLÖFTE 2019 – PROVBACKA OCH EXEMPELÅS") == 2  # prints again by a page number
    assert furniture.count("Lokalpolisområde Provbacka Kommunstyrelsens kontor") == 2  # under a repeated letterhead
    body = " ".join(b.text for b in doc.blocks)
    assert "Polisen |" not in body and "EXEMPELÅS" not in body and "Kommunstyrelsens kontor" not in body
    assert "Kommunen lovar att rusta belysningen i parken." in body


def test_a_council_minutes_header_by_its_page_number_keeps_its_block() -> None:
    # Its lines name the council and the minute, not only the parties: the reader leaves the
    # header's block whole for the minute's rules, and the item after the page break stays.
    text = (
        "PROVBACKA KOMMUN                       SAMMANTRÄDESPROTOKOLL\n"
        "                                       Sida 14(31)\n"
        "Kommunstyrelsen                        Sammanträdesdatum\n"
        "                                       2019-03-13\n\n"
        "§ 58 Medborgarlöfte för Provbacka 2019\n\nVåra löften\n\n"
        "Provbacka kommun åtar sig att\n- se över belysningen vid skolan\n"
        "- erbjuda skolorna utbildning i källkritik\n\n"
        "Justerandes signatur                   Utdragsbestyrkande\n\n"
        "PROVBACKA KOMMUN                       SAMMANTRÄDESPROTOKOLL\n"
        "                                       Sida 15(31)\n"
        "Kommunstyrelsen                        2019-03-13\n\n"
        "§ 58 fortsättning\n\n"
        "- samordna trygghetsvandringar i centrum tillsammans med bostadsbolaget\n\n"
        "Gemensamt åtar sig parterna att\n- informera om medborgarlöftet i lokalradion\n"
    )
    result = extract(text.encode(), "protokoll.txt")
    assert "samordna trygghetsvandringar i centrum tillsammans med bostadsbolaget" in [p.text for p in result.promises]
    assert len(result.promises) == 4


def test_a_later_pages_top_line_naming_the_parties_and_a_date_is_furniture() -> None:
    # Printed once, at the top of page two: only the parties and the date, so the page's letterhead.
    text = (
        "Medborgarlöfte för Provbacka 2024\n\nPolisen lovar att:\n\n"
        "• genomföra trafikkontroller vid skolorna\n• delta i föräldramöten\n"
        "\fProvbacka kommun – Polisen          2024-03-12\n\n"
        "Kommunen lovar att:\n\n• förbättra belysningen vid stationen\n"
    )
    result = extract(text.encode(), "brev.txt")
    assert all(
        "2024-03-12" not in (s.text or "") and s.heading != text.split("\f")[1].split("\n")[0] for s in result.sections
    )
    assert [p.text for p in result.promises][-1] == "förbättra belysningen vid stationen"


def test_a_table_cell_wrapped_onto_lines_of_its_own_joins_its_row() -> None:
    # `pdftotext -layout`: the first cell runs on under itself, with or without the next column's end.
    text = (
        "Medborgarlöfte Provbacka 2023\n\nVåra åtaganden\n\n"
        "Aktivitet                                          Ansvarig            Tidpunkt\n"
        "Trygg skolväg\n"
        "Hastighetskontroller vid skolorna i centrum        Polisen             Varje\n"
        "minst en gång i månaden.                                               termin\n"
        "Föräldravandringar med föräldrar till              Provbacka kommun    Fredagar\n"
        "högstadieelever, två kvällar per termin.\n"
    )
    result = extract(text.encode(), "tabell.txt")
    assert [(p.text, p.actors, p.theme) for p in result.promises] == [
        ("Hastighetskontroller vid skolorna i centrum minst en gång i månaden.", ["Polisen"], "Trygg skolväg"),
        (
            "Föräldravandringar med föräldrar till högstadieelever, två kvällar per termin.",
            ["Kommunen"],
            "Trygg skolväg",
        ),
    ]


def test_a_wrapped_cell_with_a_tab_in_it_joins_its_row() -> None:
    # A tab between the wrapped words: the cells and their columns are read from the same line.
    text = (
        "Medborgarlöfte Provbacka 2023\n\nVåra åtaganden\n\n"
        "Aktivitet                     Ansvarig            Tid\n"
        "Trygg skolväg\n"
        "Kontroller vid skolorna i     Polisen             Varje\n"
        "centrum\tvarje\n"
    )
    result = extract(text.encode(), "tabell.txt")
    assert not result.failures
    assert [p.text for p in result.promises] == ["Kontroller vid skolorna i centrum varje"]


def test_a_last_line_cut_off_after_a_conjunction_is_no_heading() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n"
        "Kommunen lovar att:\n"
        "Förbättra belysningen vid stationen.\n"
        "Stötta nya grannsamverkansområden runt Norrby och\n"
    )
    blocks = parse_blocks(text)
    assert blocks[-1].text.endswith("Norrby och") and blocks[-1].kind is not BlockKind.heading
    texts = [p.text for p in extract(text.encode(), "cut.txt").promises]
    assert texts[-1] == "Stötta nya grannsamverkansområden runt Norrby och"


def test_the_first_pages_letterhead_of_parties_printed_once_is_furniture() -> None:
    # A copy out of a PDF: the parties set apart by bullets, or in columns over a second line.
    bullets = "Provbacka kommun  •  Norrby kommun  •  Polisen\n\nMEDBORGARLÖFTE 2025\n\nPolisen lovar att:\n\n• delta i föräldramöten\n"
    columns = (
        "PROVBACKA KOMMUN                                    POLISEN\n"
        "Kommunledningskontoret                              Lokalpolisområde Norrby\n\f"
        "Medborgarlöfte 2025\n\nPolisen lovar att:\n\n• delta i föräldramöten\n\f"
        "Kommunen lovar att:\n\n• förbättra belysningen\n"
    )
    for name, text in (("bullets.txt", bullets), ("columns.txt", columns)):
        result = extract(text.encode(), name)
        texts = " ".join((s.heading or "") + " " + (s.text or "") for s in result.sections)
        assert "•  Norrby" not in texts and "Kommunledningskontoret" not in texts and "POLISEN" not in texts, name
        assert "delta i föräldramöten" in [p.text for p in result.promises]


def test_a_table_whose_header_leaves_the_first_column_unlabelled() -> None:
    pad = " " * 52
    text = (
        "Medborgarlöfte Provbacka 2024\n\nVåra löften\n\n"
        f"{pad}UTFÖRARE        ANSVARIG\n"
        "Trafik\n"
        "Kontroller av mopeder vid skolorna i centrum       Polis           Kommunpolis\n"
        "minst en gång i månaden.\n"
        "Föräldravandringar kring torget på                 Kommun          Fältgruppen\n"
        "fredagskvällar.\n"
    )
    result = extract(text.encode(), "tabell.txt")
    assert [(p.text, p.actors, p.theme) for p in result.promises] == [
        ("Kontroller av mopeder vid skolorna i centrum minst en gång i månaden.", ["Polisen"], "Trafik"),
        ("Föräldravandringar kring torget på fredagskvällar.", ["Kommunen"], "Trafik"),
    ]


def test_a_table_cell_that_goes_on_after_a_preposition_with_a_capitalised_place() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n\nMedborgarlöften\n\n"
        "ÅTGÄRD                                  UTFÖRARE        ANSVARIG\n"
        "Trafik\n"
        "Hastighetskontroller vid skolorna i     Polis           Kommunpolis\n"
        "Norrby och Provbacka minst en gång i\n"
        "månaden\n"
        "Röjning av växtlighet vid skolvägar     Kommun          Tekniska\n"
        "                                                        förvaltningen\n"
    )
    result = extract(text.encode(), "tabell.txt")
    assert [(p.text, p.actors) for p in result.promises] == [
        ("Hastighetskontroller vid skolorna i Norrby och Provbacka minst en gång i månaden", ["Polisen"]),
        ("Röjning av växtlighet vid skolvägar", ["Kommunen"]),
    ]


def test_the_office_under_the_municipality_in_the_first_pages_letterhead_is_furniture() -> None:
    text = (
        "                                                                  1 (2)\n"
        "Provbacka kommun\nKommunstyrelseförvaltningen\n\nMEDBORGARLÖFTE 2024\n\n"
        "Polisen lovar att:\n\n• delta i föräldramöten\n"
    )
    result = extract(text.encode(), "brev.txt")
    assert "Kommunstyrelseförvaltningen" in [f.text for f in result.furniture]
    assert all("Kommunstyrelseförvaltningen" not in (s.heading or "") + (s.text or "") for s in result.sections)


def test_in_a_web_copy_a_theme_after_an_item_ending_on_a_particle_starts_anew() -> None:
    # "... går till" ends the item; the page wraps no lines (one is longer than any wrapped text's).
    text = (
        "Medborgarlöfte Provbacka 2024\n"
        "Provbacka kommun och lokalpolisområde Provbacka har tagit fram ett gemensamt medborgarlöfte för 2024 "
        "utifrån trygghetsmätningen och dialogerna.\n"
        "\nDet här lovar vi\nPolisen och kommunen lovar att:\n\n"
        "Unga\n"
        "- informera på skolorna om hur rekrytering till kriminella nätverk går till\n"
        "Trafik\n"
        "- genomföra hastighetskontroller vid skolorna varje skolstart\n"
    )
    result = extract(text.encode(), "webb.txt")
    assert [(p.text, p.theme) for p in result.promises] == [
        ("informera på skolorna om hur rekrytering till kriminella nätverk går till", "Unga"),
        ("genomföra hastighetskontroller vid skolorna varje skolstart", "Trafik"),
    ]


def test_a_table_with_a_theme_column_whose_action_cells_wrap() -> None:
    text = (
        "Medborgarlöfte Provbacka 2022\n\nMedborgarlöften 2022\n\n"
        "TEMA          ÅTGÄRD                                            UTFÖRARE        ANSVARIG\n"
        "Centrum       Genomföra trygghetsvandring kring busstationen    Polis/kommun    Samordnaren\n"
        "              två gånger under året\n"
        "Trafik        Genomföra riktade kontroller av mopeder och       Polis           Kommunpolis\n"
        "              EPA-traktorer på gång- och cykelvägar\n"
    )
    result = extract(text.encode(), "tabell.txt")
    assert [(p.text, p.actors, p.theme) for p in result.promises] == [
        ("Genomföra trygghetsvandring kring busstationen två gånger under året", ["Polisen", "Kommunen"], "Centrum"),
        ("Genomföra riktade kontroller av mopeder och EPA-traktorer på gång- och cykelvägar", ["Polisen"], "Trafik"),
    ]


def test_a_table_row_indented_past_its_empty_theme_cell_keeps_its_columns() -> None:
    # A theme's second action starts under the activity column; the last two cells are only two
    # spaces apart where the responsible column begins.
    text = (
        "Medborgarlöfte Provbacka 2024\n\nLöften\n\n"
        "TEMA          ÅTGÄRD                                       UTFÖRARE        ANSVARIG\n"
        "Unga          Genomföra kontroller vid platser där         Polis           Kommunpolis\n"
        "              unga samlas, varje månad\n"
        "              Erbjuda samtal till unga och deras           Socialtjänsten  Enhetschef IFO\n"
        "              vårdnadshavare vid oro för narkotika\n"
    )
    result = extract(text.encode(), "tabell.txt")
    assert [(p.text, p.actors, p.theme) for p in result.promises] == [
        ("Genomföra kontroller vid platser där unga samlas, varje månad", ["Polisen"], "Unga"),
        ("Erbjuda samtal till unga och deras vårdnadshavare vid oro för narkotika", ["Socialtjänsten"], "Unga"),
    ]


def test_a_running_title_beside_the_parties_on_every_page_is_furniture() -> None:
    header = "MEDBORGARLÖFTE 2023–2024                    Ekby kommun | Lokalpolisområde Ekby\n"
    text = (
        f"{header}\nMedborgarlöfte\n\nPolisen och kommunen lovar att genomföra trygghetsvandringar.\n\n"
        f"{header}\nUppföljning\n\nLöftet följs upp i december.\n\n"
        f"{header}\nUnderskrifter\n\nEkby den 3 mars 2023\n"
    )
    doc = read(text.encode(), "ekby.txt")
    assert not any("Lokalpolisområde Ekby" in b.text for b in doc.blocks)
    assert sum("Lokalpolisområde Ekby" in f.text for f in doc.furniture) == 3


def test_a_space_laid_table_per_theme_whose_theme_heads_the_activity_column() -> None:
    # "Theme        UTFÖRARE" over rows, one table a theme; a row whose activity runs up to the
    # column keeps only one space before its cell.
    long_row = "Två trygghetsvandringar med handlarna och fastighetsägarna"
    assert len(long_row) == 58
    lines = [
        "Trafik".ljust(60) + "UTFÖRARE",
        "Hastighetskontroller vid Ekbackens skola".ljust(60) + "Polis",
        "Nya skyltar vid övergångsställena".ljust(60) + "Kommun",
        "",
        "Centrum".ljust(60) + "UTFÖRARE",
        "Fler papperskorgar och städning av torget".ljust(60) + "Kommun",
        long_row + "  " + "Polis/kommun",  # (two spaces: no gap, yet the cell starts at the column)
        "Uppstart av grannsamverkan i Rävemåla och Urshult i centrum" + " Polis",
    ]
    text = "Medborgarlöfte Tingsryds kommun 2020\n\nLöften och aktiviteter\n\n" + "\n".join(lines) + "\n"
    result = extract(text.encode("utf-8"), "table.txt")
    assert [(p.text, p.theme, p.actors) for p in result.promises] == [
        ("Hastighetskontroller vid Ekbackens skola", "Trafik", ["Polisen"]),
        ("Nya skyltar vid övergångsställena", "Trafik", ["Kommunen"]),
        ("Fler papperskorgar och städning av torget", "Centrum", ["Kommunen"]),
        (long_row, "Centrum", ["Polisen", "Kommunen"]),
        ("Uppstart av grannsamverkan i Rävemåla och Urshult i centrum", "Centrum", ["Polisen"]),
    ]


def test_a_symbol_fonts_private_use_bullets_mark_items() -> None:
    blocks = parse_blocks("Polisen lovar att:\n\n\uf0b7 genomföra kontroller\n\uf0a7 informera i skolorna\n")
    assert [(b.kind, b.text) for b in blocks][1:] == [
        (BlockKind.list_item, "genomföra kontroller"),
        (BlockKind.list_item, "informera i skolorna"),
    ]


def test_a_reports_letterhead_in_two_columns_is_furniture() -> None:
    text = (
        "BODENS KOMMUN                                                  RAPPORT\n"
        "Kommunledningsförvaltningen                                    2023-02-08\n"
        "Trygghet och säkerhet                                          Dnr 2022/811\n\n"
        "Uppföljning av medborgarlöfte 2022\n\n"
        "Polisen och kommunen har genomfört de flesta aktiviteterna.\n"
        "\f2\n\nResultat\n\nTrygghetsvandringarna genomfördes i maj.\n"
    )
    document = read(text.encode("utf-8"), "rapport.txt")
    assert "BODENS KOMMUN RAPPORT" in [f.text for f in document.furniture]
    assert not any("BODENS" in b.text or "Dnr" in b.text for b in document.blocks)


def test_a_viewers_copy_repeats_its_header_beside_each_page_number() -> None:
    text = (
        "Medborgarlöfte 2021\n\nPolisen och kommunen har tagit fram en lägesbild.\n"
        "Löfte 2021 – Exempelby\n1 (2)\nLöfte 2021 – Exempelby\n"
        "Våra löften\n\nPolisen ska synas i centrum varje fredag.\n"
        "Löfte 2021 – Exempelby\n2 (2)\n"
    )
    document = read(text.encode("utf-8"), "viewer.txt")
    assert not any("Exempelby" in b.text or "(2)" in b.text for b in document.blocks)
    assert [f.text for f in document.furniture].count("Löfte 2021 – Exempelby") == 3


def test_a_footer_with_its_parts_set_apart_by_bullets_ends_in_the_page_number() -> None:
    text = (
        "Medborgarlöfte 2016\n\nPolisen och stadsdelen har tagit fram en lägesbild.\n\n"
        "Norra Hisingen • Medborgarlöften 2016 • 1 (3)\n\nVåra löften\n\nPolisen ska synas mer.\n"
    )
    document = read(text.encode("utf-8"), "footer.txt")
    assert not any("1 (3)" in b.text for b in document.blocks)


@pytest.mark.parametrize("page", ["Sida 2", "Sida 2 av 5", "s. 2"])
def test_a_footer_set_apart_by_bullets_may_name_its_page(page: str) -> None:
    text = (
        "Medborgarlöfte 2026\n\nPolisen och regionen har tagit fram en lägesbild.\n"
        f"Region Provö | Polisen • Medborgarlöfte 2026 • Dnr RS 2025/118 • {page}\n"
        "Våra löften\n\nPolisen ska synas mer.\n"
    )
    document = read(text.encode("utf-8"), "footer.txt")
    assert not any("Dnr" in b.text for b in document.blocks)
    assert any("Dnr" in f.text for f in document.furniture)


def test_a_tab_row_under_its_theme_keeps_its_empty_first_cell() -> None:
    text = (
        "Medborgarlöfte Provbacka 2022\n\nAktiviteter\n"
        "Område\tAktivitet\tAnsvarig\tTidpunkt\n"
        "Trygghet i centrum\tTrygghetsvandringar i centrum\tKommunen/Polisen\tApril\n"
        "\tFotpatrullering i centrum två kvällar i veckan\tPolisen\tHela året\n"
    )
    result = extract(text.encode("utf-8"), "table.txt")
    assert [(p.text, p.theme, p.actors) for p in result.promises] == [
        ("Trygghetsvandringar i centrum", "Trygghet i centrum", ["Kommunen", "Polisen"]),
        ("Fotpatrullering i centrum två kvällar i veckan", "Trygghet i centrum", ["Polisen"]),
    ]


def test_a_running_header_beside_page_numbers_goes_on_the_first_page_too() -> None:
    header = "Medborgarlöfte 2022 | Provbacka kommun och Polisen"
    text = (
        f"{header}\nMedborgarlöfte för Provbacka 2022\n"
        "Polisen och kommunen har tagit fram en lägesbild tillsammans med invånarna.\n"
        f"Sida 1 (3)\n{header}\nVåra löften\n- Polisen ska synas mer i centrum varje helg.\n"
        f"Sida 2 (3)\n{header}\nUppföljning sker varje kvartal.\nSida 3 (3)\n"
    )
    document = read(text.encode("utf-8"), "header.txt")
    assert not any(header in b.text for b in document.blocks)


def test_a_space_aligned_row_under_its_theme_with_its_last_cells_two_spaces_apart() -> None:
    text = (
        "Medborgarlöfte Provbacka 2021\n\nÅtaganden\n\n"
        # (the last row's action runs to two spaces before the Utförare column)
        f"{'Område':<20}{'Insats':<61}Utförare\n"
        f"{'Trafik':<20}{'Hastighetskontroller på infarterna till Provbacka':<61}Polisen\n"
        f"{'':<20}Kontroller av lastbilar från hamnen minst sex gånger per år  Polisen\n"
    )
    result = extract(text.encode("utf-8"), "aligned.txt")
    assert [(p.text, p.theme, p.actors) for p in result.promises] == [
        ("Hastighetskontroller på infarterna till Provbacka", "Trafik", ["Polisen"]),
        ("Kontroller av lastbilar från hamnen minst sex gånger per år", "Trafik", ["Polisen"]),
    ]


def test_a_cell_by_cell_table_with_short_activities_its_themes_and_the_next_parts_heading() -> None:
    text = (
        "Medborgarlöfte Provbacka 2023\n\nAktiviteter 2023\nPolisen och kommunen har kommit överens om följande:\n"
        "Område\nAktivitet\nAnsvarig\nTidpunkt\n"
        "Trygghet i centrum\nTrygghetsvandring i centrum med boende och näringsidkare\nPolis/kommun\nMaj\n"
        "Ungdomar och droger\nFöräldramöten om narkotika på samtliga högstadieskolor\nPolis/ kommun\nHöstterminen\n"
        "Kvällspass med fältassistenter i Asarum, minst två per månad\nPolis/fältgruppen\nHela året\n"
        "Förväntade effekter\n•  Unga och deras föräldrar vet mer om riskerna med narkotika.\n"
    )
    result = extract(text.encode("utf-8"), "cells.txt")
    assert [(p.text, p.theme) for p in result.promises] == [
        ("Trygghetsvandring i centrum med boende och näringsidkare", "Trygghet i centrum"),
        ("Föräldramöten om narkotika på samtliga högstadieskolor", "Ungdomar och droger"),
        ("Kvällspass med fältassistenter i Asarum, minst två per månad", "Ungdomar och droger"),
    ]


def test_a_line_that_explains_the_list_is_no_item_of_it() -> None:
    # a web page copied with one paragraph a line
    text = (
        "Medborgarlöfte Provbacka 2023\n"
        "Stadsdelsförvaltningen och lokalpolisområdet ger varje år ett gemensamt löfte till dem som bor och "
        "verkar i stadsdelen. Här kan du läsa vad vi lovar för 2023.\n"
        "Det här lovar vi\nInom parentes står vem som ansvarar för åtgärden.\nTrygga offentliga miljöer\n"
        "• Genomföra trygghetsvandringar varje vår och höst (Polisen)\n"
    )
    result = extract(text.encode("utf-8"), "paren.txt")
    assert [(p.text, p.theme) for p in result.promises] == [
        ("Genomföra trygghetsvandringar varje vår och höst (Polisen)", "Trygga offentliga miljöer")
    ]


def test_a_viewers_copy_of_a_pdf_keeps_its_wrapped_lines_together() -> None:
    line = "Polisen och kommunen genomför trygghetsvandringar i centrum varje vår och höst tillsammans"
    text = f"Medborgarlöfte 2024\n\n{line}\nMed boende och fastighetsägare i området.\n"
    document = read(text.encode("utf-8"), "viewer.txt")
    assert any(line in b.text and "fastighetsägare" in b.text for b in document.blocks)
