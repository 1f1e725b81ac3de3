"""Site chrome is found by line features, and real sentences survive.

Every line here is invented for the test.
"""

from __future__ import annotations

import pytest

from pledgeparse.extract.chrome import is_caption, is_contact_line, is_file_link, is_stamp, line_chrome, strip_inline
from pledgeparse.extract.clean import clean_blocks, descriptive_chrome
from pledgeparse.models import BlockKind
from pledgeparse.pipeline import extract
from pledgeparse.readers import read


@pytest.mark.parametrize(
    "line",
    [
        # menus, skip links, search
        "Stäng menyn",
        "Huvudmeny",
        "Hoppa direkt till sidans innehåll",
        "Till startsidan för Exempelby kommun",
        "Till startsidn",  # a typo of a furniture word
        # sharing, printing, listening
        "Dela på Facebook",
        "Dela den här sidan:",
        "Skriv ut",
        # publication stamps
        "Senast ändrad",
        "Publicerad: 2022-01-10",
        "Sidan uppdaterades 4 maj 2021",
        "Nyhet   •   Jan 12, 2021 10:15 CET",
        # contact blocks
        "E-post: exempel.exempelsson@exempelby.se",
        "Telefon 0123-45 67 89",
        "Telefontider för växeln",
        "Måndag–fredag 08.00–16.30",
        "Box 1234",
        "123 45 Exempelby",
        "Välkommen att kontakta oss!",
        # attachments and link labels
        "Trygghetsplan Exempelby 2023 (pdf, 1,2 MB)",
        "Ladda ner hela planen",
        "Läs mer om hur vi arbetar",
        # cookie consent and feedback
        "Vi använder kakor för att webbplatsen ska fungera så bra som möjligt för dig.",
        "Jag godkänner",
        "Hittade du informationen du letade efter?",
        "Cookie-inställningar",
        "Vad kan vi förbättra?",
        "Var den här sidan till hjälp?",
        "Ge oss återkoppling på sidan",
        "Jag förstår",
        "Nyheter och press",
        "Lokal polis",
        "Tyck till om webbplatsen",
        "Ja Nej",
        # breadcrumbs
        "Start / Trygghet och säkerhet / Medborgarlöfte",
        "Exempelby kommun > Bo och leva > Trygghet",
        # photo credits and logos
        "Foto: Exempel Exempelsson",
        "Logotyp för Exempelby kommun",
        "Bilden visar kommunalrådet vid undertecknandet.",
        # the site's own pages, services and settings
        "Sidansvarig: Exempel Exempelsson",
        "Tillgänglighetsredogörelse",
        "Följ oss på Instagram",
        "Prenumerera på nyheter",
        "Kopiera länk",
        "In English",
        "Felanmälan",
        "Logga in",
        "Mina sidor",
        "Tillbaka till nyhetslistan",
        "Relaterade sidor",
        "Tack för ditt svar!",
        "Artikeln publicerades 2023-04-01",
        "Ändra textstorlek",
        "Hoppa över navigeringen",
        "© 2024 Exempelby kommun",
        "Copyright Polismyndigheten",
        # news sites' paywalls and lists, consent buttons, page trails, numbers to call
        "Du har läst alla dina gratisartiklar den här månaden.",
        "Redan prenumerant? Logga in",
        "Bli prenumerant",
        "Mest lästa just nu",
        "Fler nyheter från Exempellän",
        "Tillåt alla",
        "Tyck till om webbplatsen",
        "Du är här:",
        "Start - Trygghet - Medborgarlöfte",
        "Sidan granskades senast 2024-02-02",
        "Ring 114 14 om du vill nå polisen",
        "Telefon 114 14",
        "Den här artikeln är låst.",
        "Prova en månad för 1 kr",
        "Kommentera artikeln",
        "Askersund   Degerfors   Hallsberg   Karlskoga",
        "Exempelby kommun, Box 4321, 123 45 Exempelby",
        # a question to the reader over its buttons, whom to call, passing the page on
        "Hittade du det du sökte?   Ja   Nej",
        "Fick du svar på din fråga? Ja Nej",
        "Har du frågor? Kontakta kommunpolisen via 114 14.",
        "Tipsa en vän",
        "Du är här: Startsida / Om oss / Vårt arbete / Medborgarlöften / Exempellän / Exempelby stad",
        # a news site's section trail, a menu entry, the page telling what it holds
        "Lokalt / Exempelby",
        "Anmäl brott",
        "Här hittar du information om Polisens arbete i Exempelby kommun.",
        # a breadcrumb's and a section menu's label, a read-aloud service, a paywall's offer, a link
        "Du befinner dig här:",
        "I det här avsnittet",
        "Talande webb",
        "Köp prenumeration",
        "Svara på enkäten här",
        "Kontakta polisen i Jönköpings län",
        "Västra Götaland / Lokalpolisområde Södra Fyrbodal",
        "Ordförandes sign",
        "Justerares sign",
        "Kultur & Nöje",
        # a question about the page, the police's emergency number
        "Var det här till hjälp?",
        "Vid brott som pågår, ring 112",
        "Vid nödsituation: 112",
        "Polisens kontaktcenter 114 14 – dygnet runt",
        "Kontakt: 114 14 | Vid nödsituation: 112",
        "Polisen i sociala medier",
        "Lämna dina synpunkter här.",
        "Acceptera   Hantera val",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert line_chrome(line) or is_caption(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Polisen ska dela ut reflexvästar till alla elever i årskurs ett.",
        "Polisen ska dela ut information om nyheter i trafiken.",
        "Polisen ska kommentera lägesbilden varje kvartal för kommunen.",
        "Fler poliser ska synas i centrum på helgerna.",
        "Polisen ska ringa upp alla som har anmält inbrott.",
        "Vi delar lägesbilden med kommunen varje månad.",
        "Dela lägesbild",
        "Kontakt med skolorna",
        "Ökad närvaro i sociala medier",
        "Kommunen ska informera om tryggheten på webbplatsen och i sociala medier.",
        "Polisen ska patrullera torget fredagar 22.00–02.00.",
        "Dialogmöte i biblioteket 14 mars 2024 kl 18.00",
        "Fler trygghetsvandringar under 2024",
        "Polis och kommun ska tillsammans kontakta fastighetsägare i centrum.",
        "Medborgarlöfte för Exempelby kommun 2024–2025",
        "Kommunen följer upp arbetet två gånger per år.",
        "Vad kan vi göra för att fler ska känna sig trygga?",
        "Polis / kommun",
        "Trafik / Narkotika",
        "Ansvarig: Polisen",
        "Polisen ska visa närvaro vid skolorna varje vecka.",
        "Kommunen ska följa upp anmälningar om klotter varje kvartal.",
        "Tack vare samverkan med föreningslivet kan vi erbjuda fler aktiviteter.",
        "Senaste trygghetsmätningen visar att många är otrygga.",
        "Nytt medborgarlöfte",
        "Tillgänglighet",  # a theme: the police's availability
        "Ökad närvaro över hela kommunen",
        "Trygghetsvandringar över hela Exempelby",
        "Lämna synpunkter på medborgarlöftet till kommunens trygghetssamordnare.",
        "Polisen ska kontakta alla butiker på 114 14-listan.",
        "Kommunpolisen kommer att ringa upp den som tipsat via 114 14.",
        "Vi tipsar en vän i taget om grannsamverkan.",
        "Polisen ska synas mer i sociala medier och svara på frågor där varje vecka.",
        "Kommunen inrättar en växel för trygghetsfrågor under 2024.",
    ],
)
def test_real_sentences_survive(line: str) -> None:
    assert not line_chrome(line), line


def test_contact_stamp_and_file_link_features() -> None:
    assert is_contact_line("exempel@exempelby.se")
    assert not is_contact_line("Under 2019-2022 ska antalet inbrott minska.")
    assert is_stamp("Publicerad 3 februari 2023 kl. 08:40")
    assert not is_stamp("3 februari 2023")
    assert is_file_link("Bilaga 2 Uppföljning (docx, 80 kB)")
    assert not is_file_link("Polisen ska ta fram en plan för trygghet.")


def test_captions_name_people_without_saying_anything_of_them() -> None:
    assert is_caption("Kommunpolis Johan Exempelsson och trygghetssamordnare Linda Provsson")
    assert is_caption("Bild: Exempelby kommun")
    assert not is_caption("Johan Exempelsson och Linda Provsson undertecknade medborgarlöftet i maj.")
    assert not is_caption("Johan Exempelsson och Linda Provsson ska leda arbetet.")
    assert not is_caption("Johan Exempelsson, kommunalråd, och Linda Provsson förlängde avtalet i fjol.")
    assert is_caption("Charlotte Exempelsson och Linda Provsson, kommunstyrelsens ordförande")


def test_a_wrapped_chrome_line_is_recorded_as_one_piece() -> None:
    text = "Medborgarlöfte 2024\n\nFoto: Johan Exempelsson, kommunpolis i\nlokalpolisområde Exempelbygden\n\n" + PROSE
    blocks, furniture = clean_blocks(read(text.encode(), "doc.txt").blocks)
    assert "Foto: Johan Exempelsson, kommunpolis i lokalpolisområde Exempelbygden" in [f.text for f in furniture]
    assert not any("Exempelbygden" in b.text for b in blocks)


def test_link_labels_are_stripped_inside_a_sentence() -> None:
    text, found = strip_inline("Svara gärna på enkäten (öppnas i nytt fönster) före juni.")
    assert text == "Svara gärna på enkäten före juni."
    assert found == ["(öppnas i nytt fönster)"]


PAGE = """Tillfälliga störningar i vår e-tjänst kan förekomma under helgen.

Stäng menyn

Medborgarlöfte i Exempelby 2024

Kommunpolis Johan Exempelsson och trygghetssamordnare Linda Provsson

Exempelby kommun och lokalpolisområde Exempelbygden har tagit fram ett medborgarlöfte för att öka tryggheten.

Vi lovar att:

- genomföra trygghetsvandringar i centrum varje höst
- dela ut information om grannsamverkan till nyinflyttade

Medborgarlöftet följs upp i det brottsförebyggande rådet två gånger per år och redovisas för kommunstyrelsen.

Publicerad: 2024-02-01

Kontakt

Exempel Exempelsson
Säkerhetssamordnare
Telefon: 0123-45 67 89
exempel@exempelby.se

Dela sidan
"""


def test_clean_blocks_records_chrome_as_furniture() -> None:
    document = read(PAGE.encode(), "page.txt")
    blocks, furniture = clean_blocks(document.blocks)
    kept = "\n".join(b.text for b in blocks)
    chrome = [f.text for f in furniture if f.kind == "chrome"]
    for gone in (
        "störningar",
        "Stäng menyn",
        "Linda Provsson",
        "Publicerad",
        "Kontakt",
        "0123-45",
        "exempel@",
        "Dela sidan",
    ):
        assert gone not in kept, gone
        assert any(gone in text for text in chrome), gone
    assert "dela ut information om grannsamverkan till nyinflyttade" in kept
    assert blocks[0].kind is BlockKind.heading and blocks[0].text == "Medborgarlöfte i Exempelby 2024"
    assert "Linda Provsson" in descriptive_chrome(furniture)


def test_no_chrome_reaches_sections_or_pledges() -> None:
    result = extract(PAGE.encode(), "page.txt")
    texts = [s.text or "" for s in result.sections] + [p.text for p in result.promises]
    for chrome in ("Stäng", "Publicerad", "0123-45", "exempel@", "Dela sidan", "Provsson"):
        assert not any(chrome in t for t in texts), chrome
    assert "dela ut information om grannsamverkan till nyinflyttade" in [p.text for p in result.promises]
    assert {f.kind for f in result.furniture} >= {"chrome"}


HTML = """<html><body><main>
<h1>Medborgarlöfte i Exempelby 2024</h1>
<ul><li><a href="/a">Start</a></li><li><a href="/b">Trygghet</a></li><li><a href="/c">Kontakt</a></li></ul>
<p>Exempelby kommun och polisen har tagit fram ett gemensamt medborgarlöfte för att öka tryggheten i centrum.</p>
<p>Vi lovar att:</p>
<ul><li>genomföra trygghetsvandringar i centrum varje höst</li><li>dela ut information om grannsamverkan</li></ul>
<p><a href="/plan.pdf">Hela medborgarlöftet (pdf, 300 kB)</a></p>
<p>Läs mer om vårt arbete på <a href="/trygghet">sidan om trygghet</a>, där du hittar fler exempel.</p>
</main></body></html>"""


def test_html_link_density_and_recorded_chrome() -> None:
    document = read(HTML.encode(), "page.html")
    text = document.text
    assert "Trygghet\n" not in text and "Start" not in text
    assert "pdf, 300 kB" not in text
    assert "Läs mer om vårt arbete" in text  # a sentence with a link is not a link
    assert "dela ut information om grannsamverkan" in text
    assert any(f.kind == "chrome" and "Hela medborgarlöftet" in f.text for f in document.furniture)


def _kept(text: str) -> str:
    blocks, _ = clean_blocks(read(text.encode(), "doc.txt").blocks)
    return "\n".join(b.text for b in blocks)


PROSE = (
    "Kommunen och polisen har under våren samlat in synpunkter från invånarna om var de känner sig otrygga.\n\n"
    "Resultatet visar att centrum och stationsområdet upplevs som otrygga på kvällarna under vintern.\n\n"
)


def test_names_after_a_place_and_date_line_are_signatures_not_a_caption() -> None:
    text = "Medborgarlöfte 2024\n\nExempelby den 3 maj 2024\n\nJohan Exempelsson och Linda Provsson\n\n" + PROSE
    assert "Johan Exempelsson och Linda Provsson" in _kept(text)


def test_only_short_uncommitted_notices_above_the_title_are_banners() -> None:
    intro = "Polisen ska under året arbeta mer med synlighet i centrum och vid skolorna."
    notice = "Vår e-tjänst för bygglov är stängd för underhåll på lördag."
    text = f"{notice}\n\n{intro}\n\nMedborgarlöfte 2024\n\n" + PROSE
    kept = _kept(text)
    assert notice not in kept
    assert intro in kept


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Av Lena Sjöberg", True),  # a news item's byline
        ("Text: Erik Holm", True),
        ("Läs också: Ny fritidsgård öppnar i Hageby", True),
        ("Dnr KS 2021/304", True),
        ("E-tidning", True),  # a news site's menu
        ("Kontakta oss – ring 114 14", True),
        ("På den här sidan: Bakgrund | Det här lovar vi | Uppföljning", True),  # the page's contents
        ("2024-12-12   KS 2024/00871", True),  # a letterhead's date and case number
        ("Datum        Diarienummer", True),
        ("Polisen i ditt län", True),  # menu entries
        ("Kontakta redaktionen", True),
        ("Languages", True),
        ("Kommun & politik | Barn & utbildning | Omsorg & stöd | Kultur & fritid", True),  # a barred menu
        ("Polisen ska patrullera | Kommunen ska belysa | Alla ska delta", False),
        ("Om Provbacka kommun", True),
        ("Nyheter – Provbacka län", True),
        ("Polisen i ditt län lovar att synas mer.", False),
        ("Innehåll: Polisen ska synas mer | Kommunen ska belysa parken", True),
        ("Mer från Provbacka", True),
        ("Fler nyheter", True),
        ("Av Polisen Syd", False),  # no person's name
        ("Av kommunens enkät framgår att många är oroliga på kvällarna.", False),
        ("Polisen ska ge återkoppling till den som tipsat om en plats.", False),
        # a blog's footer and comment form, a paywall's offer, a newsletter's running head
        ("Drivs med WordPress", True),
        ("Du måste vara inloggad för att kommentera artikeln.", True),
        ("Laddar in …", True),
        ("Prova Premium – 5 kr för första månaden", True),
        ("PROVBACKA KOMMUN INFORMERAR      NR 3 · 2019", True),
        ("Kommunen informerar om medborgarlöftet på torget i maj.", False),
        # an e-signing service's certificate and a minute's notice, a photo's licence
        ("Dokument-ID: 12AB-34CD", True),
        ("ANSLAG/BEVIS", True),
        ("Licens: Creative Commons Erkännande-DelaLika", True),
        # a byline naming an office, a table of contents' entry, a line to sign on
        ("Av: Kommunikationsavdelningen", True),
        ("3 Våra löften ............................................ 4", True),
        ("..............................................", True),
        ("Polisen lovar att synas mer...", False),
        # a paywall's prompt, a breadcrumb run together, a police site's region picker
        ("Bli prenumerant för att läsa vidare", True),
        ("Startsida Invånare Trygghet och säkerhet Medborgarlöfte", True),
        ("Din polisregion: Syd", True),
    ],
)
def test_bylines_related_links_and_case_numbers(line: str, chrome: bool) -> None:
    assert line_chrome(line) is chrome


def test_a_most_read_list_an_ad_label_and_a_paywall_line_are_chrome() -> None:
    text = (
        "Nytt medborgarlöfte i Provbacka\n\nPolisen ska kontrollera mopeder vid parken varje fredag.\n\n"
        "Annons\n\nDu läser en gratis artikel från Provbacka Tidning.\n\n"
        "Mest läst just nu\n\n1. Bolaget varslar 40 anställda\n2. Hemmalaget vann derbyt\n"
    )
    result = extract(text.encode(), "nyhet.txt")
    assert [p.text for p in result.promises] == ["Polisen ska kontrollera mopeder vid parken varje fredag."]
    texts = " ".join(s.text or "" for s in result.sections)
    assert "Annons" not in texts and "gratis artikel" not in texts and "varslar" not in texts


def test_a_letterhead_line_with_a_case_number_is_page_furniture() -> None:
    text = (
        "YDRE KOMMUN                                         Diarienummer KS 2017/389\n\n"
        "Medborgarlöfte för Ydre kommun 2018\n\nLägesbild\n\n"
        "Många invånare upplever att det körs för fort genom tätorterna och att ungdomar saknar platser "
        "att vara på under kvällarna; det kom fram vid dialogerna i Österbymo och Rimforsa under hösten.\n\n"
        "Våra löften\n\n"
        "Polisen ska genomföra trafikkontroller varje vecka.\n\n"
        "Ydre den 3 mars 2018\n\n"
        "/Eva Exempel, kommunstyrelsens ordförande\n/Per Prov, lokalpolisområdeschef\n\n"
        "                                                                   Sidan 1 av 1\n"
    )
    result = extract(text.encode(), "brev.txt")
    texts = " ".join(s.text or "" for s in result.sections)
    assert "Diarienummer" not in texts and "Sidan 1" not in texts
    # Names signed with a slash before their titles ("/Name, title").
    assert [(s.name, s.title) for s in result.signatories] == [
        ("Eva Exempel", "kommunstyrelsens ordförande"),
        ("Per Prov", "lokalpolisområdeschef"),
    ]


def test_a_list_of_links_under_its_heading_without_bullets_is_chrome() -> None:
    text = (
        "Medborgarlöften i Provbacka\n\nHitta på sidan\nMedborgarlöfte 2021\nSå följer vi upp\n\n"
        "Polisen lovar att kontrollera mopeder vid torget varje fredag.\n\n"
        "Relaterat\nMedborgarlöften i länet\nPolisen söker volontärer till nattvandring\n\n"
        "Relaterat\nSe hur vi följer upp.\n"
    )
    result = extract(text.encode(), "sida.txt")
    assert [p.text for p in result.promises] == ["Polisen lovar att kontrollera mopeder vid torget varje fredag."]
    texts = " ".join(s.text or "" for s in result.sections)
    assert "volontärer" not in texts and "Hitta på sidan" not in texts
    chrome = [f.text for f in result.furniture if f.kind == "chrome"]
    assert "Polisen söker volontärer till nattvandring" in chrome
    assert "Se hur vi följer upp." not in chrome  # a sentence below the heading is no link


def test_a_municipal_sites_menu_of_paired_nouns_at_the_top_is_chrome() -> None:
    text = (
        "Provbacka kommun\n\nSök\n\nUppleva och göra\n\nOmsorg och hjälp\n\nBygga, bo och miljö\n\n"
        "Medborgarlöfte för Provbacka kommun 2024\n\n"
        "Provbacka kommun och lokalpolisområde Norrby har tecknat ett nytt medborgarlöfte för 2024.\n\n"
        "Trygghet och trafik\n\nPolisen ska genomföra trafikkontroller vid skolorna varje vecka.\n"
    )
    kept = _kept(text)
    assert "Uppleva och göra" not in kept and "Omsorg och hjälp" not in kept and "Bygga, bo och miljö" not in kept
    assert "Trygghet och trafik" in kept  # a theme after the text has begun


def test_a_council_minutes_page_header_over_the_rest_of_a_sentence_is_furniture() -> None:
    text = (
        "Medborgarlöfte 2016\n\nÄrendebeskrivning\nMedborgarlöftet är den del av överenskommelsen som\n\n"
        "PROVBACKA KOMMUN                SAMMANTRÄDESPROTOKOLL          Sida\n\n"
        "§ 187 fortsättning\nriktar sig till invånarna och ska förnyas varje år.\n"
    )
    kept = _kept(text)
    assert "fortsättning" not in kept and "SAMMANTRÄDESPROTOKOLL" not in kept
    assert "riktar sig till invånarna" in kept


def test_a_contact_box_after_the_signatures_is_chrome_not_a_third_signer() -> None:
    text = (
        "Medborgarlöfte Provbacka 2017\n"
        "Provbacka kommun och lokalpolisområde Norrby har tagit fram ett gemensamt medborgarlöfte för 2017 "
        "utifrån trygghetsmätningen.\n"
        "Polisen ska genomföra trafikkontroller vid skolorna varje vecka.\n"
        "Kommunen ska sätta upp fler hastighetsskyltar med blinkande varning vid skolorna i Norrby.\n"
        "Uppföljning\nLöftet följs upp två gånger under året av det brottsförebyggande rådet.\n"
        "Tidaholm den 12 december 2016\n"
        "Anna Berg\nKommunstyrelsens ordförande\nProvbacka kommun\n"
        "Johan Ek\nLokalpolisområdeschef\nLokalpolisområde Norrby\n"
        "Senast uppdaterad: 2017-01-09\nKontakt\nBrottsförebyggande samordnare\nLars Holm\n"
        "Telefon: 0247-123 45\nE-post: lars.holm@provbacka.se\n"
    )
    kept = _kept(text)
    assert "Anna Berg" in kept and "Johan Ek" in kept
    assert "Lars Holm" not in kept and "Brottsförebyggande samordnare" not in kept


def test_a_contact_line_that_ends_in_a_phone_number_is_part_of_the_box() -> None:
    text = (
        "Nytt medborgarlöfte i Provbacka\n"
        "Löftet skrevs under den 6 april av kommunstyrelsens ordförande Karin Berg och "
        "lokalpolisområdeschef Johan Ek, och det gäller under 2021 och 2022 i hela kommunen.\n"
        "Löftena:\n• Polisen ökar antalet kontroller riktade mot narkotikabrott bland unga.\n"
        "Uppföljning:\nArbetet följs upp i kommunens trygghetsråd varje halvår.\n"
        "Kontakt\nEva Lund, kommunpolis, telefon 114 14\nPer Nord, fältsekreterare, socialförvaltningen\n"
    )
    result = extract(text.encode("utf-8"), "contact.txt")
    assert [s.name for s in result.signatories] == ["Karin Berg", "Johan Ek"]
    assert "Eva Lund" not in _kept(text)


def test_a_repeated_letterhead_with_its_second_line_and_a_run_in_lagesbild_under_it() -> None:
    # The parties' letterhead prints again on page two; its office line under it on page one goes
    # too, and the "Lägesbild" paragraph before the first heading is the page's text, no banner.
    head = "PROVBACKA KOMMUN                                         POLISEN\n"
    text = (
        head + "Kommunledningsförvaltningen                      Lokalpolisområde Norrby\n\n"
        "Medborgarlöfte 2017\n               Provbacka kommun och lokalpolisområde Norrby\n\n"
        "Lägesbild\nDen gemensamma lägesbilden bygger på polisens statistik och en medborgardialog.\n"
        "Trafiken genom centrum upplevs som det största problemet.\n\n"
        "Löften\n\n- Polisen genomför hastighetskontroller i centrum varje vecka.\n\n"
        + head
        + "\nUppföljning\n\nLöftet följs upp i december.\n"
    )
    kept = _kept(text)
    assert "Kommunledningsförvaltningen" not in kept and "POLISEN" not in kept
    assert "Den gemensamma lägesbilden" in kept


def test_a_letterheads_right_columns_of_labels_date_and_case_number_are_furniture() -> None:
    text = (
        "EXEMPELBY KOMMUN                                    Datum          Vår beteckning\n"
        "Kommunledningskontoret                              2021-02-03     KS 20/0145\n"
        "                                                                   Sida 1 av 3\n\n"
        "Medborgarlöfte 2021\nExempelby kommun och lokalpolisområde Exempelby\n\n"
        "Inledning\nExempelby kommun och Polisen har sedan 2016 arbetat efter en gemensam\növerenskommelse.\n\n"
        "Polisen och Exempelby kommun lovar att:\n"
        "- genomföra trafikkontroller vid skolorna varje vecka.\n"
    )
    result = extract(text.encode(), "brev.txt")
    texts = " ".join(s.text for s in result.sections)
    assert "KS 20/0145" not in texts and "Vår beteckning" not in texts
    assert "KS 20/0145" in " ".join(f.text for f in result.furniture)


def test_a_contact_box_printed_as_one_block_after_the_text_names_no_signer() -> None:
    text = (
        "Medborgarlöfte Exempelby 2019\n\n"
        "Polisen och Exempelby kommun lovar att genomföra trygghetsvandringar i centrum varje höst och att "
        "öka den synliga närvaron vid skolorna under skolåret.\n\n"
        "För mer information, kontakta:\n"
        "Eva Strand, kommunikatör, Exempelby kommun\n"
        "Nils Berg, kommunpolis, lokalpolisområde Exempelby\n"
    )
    result = extract(text.encode(), "kontakt.txt")
    assert result.signatories == []
    assert "Nils Berg, kommunpolis, lokalpolisområde Exempelby" in [f.text for f in result.furniture]


def test_a_sentence_that_says_in_the_passive_who_signed_is_no_caption() -> None:
    assert not is_caption(
        "Medborgarlöftet skrevs under i går av Anna Berg (S), kommunstyrelsens ordförande, och Per Holm."
    )
    assert is_caption("Anna Berg (S), kommunstyrelsens ordförande, och Per Holm, lokalpolisområdeschef.")


def test_headlines_under_read_also_copied_one_a_line_are_chrome_and_the_text_after_them_is_kept() -> None:
    text = (
        "Nytt löfte mot fortkörning i Lerbo\n"
        "LERBO Polisen och Lerbo kommun har skrivit under ett medborgarlöfte för 2024 om trafiken och om unga i centrum.\n"
        "Det här innehåller löftet\n"
        "Polisen ska genomföra hastighetskontroller på Storgatan varje vecka.\n"
        "Läs också\n"
        "Lerbo: Larmet om brand i förrådet var falskt\n"
        "Bilist fälld för rattfylleri vid Lindnäs\n"
        "Utöver listan lovar polisen att hålla ett öppet möte i Ekeby under hösten.\n"
    )
    result = extract(text.encode("utf-8"), "news.txt")
    assert [p.text for p in result.promises] == [
        "Polisen ska genomföra hastighetskontroller på Storgatan varje vecka.",
        "Utöver listan lovar polisen att hålla ett öppet möte i Ekeby under hösten.",
    ]
    assert [p.theme for p in result.promises] == [None, None]
    chrome = {f.text for f in result.furniture}
    assert {"Lerbo: Larmet om brand i förrådet var falskt", "Bilist fälld för rattfylleri vid Lindnäs"} <= chrome


@pytest.mark.parametrize(
    "line",
    [
        "Lerbo kommun logotyp",  # a logo's alt text
        "Var informationen på sidan användbar?",
        "Var sidan till hjälp?",
        "Hjälpte informationen dig?",
        "Hjälp oss att bli bättre!",
        "Det här är en låst artikel.",
    ],
)
def test_logos_feedback_prompts_and_paywalls_in_their_other_wordings_are_chrome(line: str) -> None:
    assert line_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kommunen tar fram en ny logotyp för trygghetsarbetet.",
        "Var går gränsen för vad som är till hjälp?",
    ],
)
def test_sentences_about_logos_and_help_are_kept(line: str) -> None:
    assert not line_chrome(line)


def test_a_menu_bar_copied_with_tabs_between_its_entries_is_chrome_but_a_tables_header_is_not() -> None:
    text = (
        "Meny\tSök\tLyssna\tSpråk\n\n"
        "Medborgarlöfte Lerbo 2024\n\n"
        "Polisen och Lerbo kommun lovar att:\n\n"
        "Tema\tÅtgärd\tAnsvarig\n"
        "Trafik\tGenomföra tio hastighetskontroller vid skolorna\tPolisen\n\n"
        "Dela sidan:\tFacebook\tLinkedIn\tE-post\n"
    )
    result = extract(text.encode("utf-8"), "tabs.txt")
    chrome = {f.text for f in result.furniture}
    assert {"Meny | Sök | Lyssna | Språk", "Dela sidan: | Facebook | LinkedIn | E-post"} <= chrome
    assert [(p.text, p.theme) for p in result.promises] == [
        ("Genomföra tio hastighetskontroller vid skolorna", "Trafik")
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a site's language and accessibility links, a consent button
        "Lätt svenska",
        "Other languages",
        "Hjälp för att använda webbplatsen",
        "Bara nödvändiga",
        # a sign-up offer and a comment prompt to the reader
        "Få nyheterna från Hedemora direkt i din inkorg. Registrera dig på vårt nyhetsbrev!",
        "Vad tycker du om satsningen? Kommentera längre ner på sidan.",
        # a minute's appendix label, a line to sign on
        "Kommunstyrelsen                              Bilaga till KS § 27/2021",
        "________________________________",
    ],
)
def test_accessibility_links_sign_up_offers_appendix_labels_and_signing_lines_are_chrome(line: str) -> None:
    assert line_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kommunen ska ge ut ett nyhetsbrev om tryggheten i Vikbolandet fyra gånger per år.",
        "Polisen ska kommentera brottsstatistiken på kommunens webbplats varje kvartal.",
        "Kurser i lätt svenska för nyanlända ska erbjudas på biblioteket.",
    ],
)
def test_pledges_about_newsletters_comments_and_swedish_courses_are_kept(line: str) -> None:
    assert not line_chrome(line)


def test_a_side_menu_copied_into_the_middle_of_the_page_is_chrome() -> None:
    # The menu names the page itself ("Medborgarlöfte") among its entries; the theme list
    # and pledges around it stay.
    text = (
        "Medborgarlöfte 2021\n\n"
        "Avesta kommun och lokalpolisområde Avesta har tagit fram ett gemensamt medborgarlöfte för 2021 "
        "efter dialoger med invånarna i Avesta, Fors och Krylbo under hösten.\n\n"
        "Vi lovar att:\n\n"
        "  • genomföra trygghetsvandringar i Krylbo varje vår och höst\n\n"
        "Trygghet och säkerhet\nKrisberedskap\nBrottsförebyggande rådet\nMedborgarlöfte\nBrandskydd\n\n"
        "  • hålla informationsträffar om bedrägerier för seniorer fyra gånger per år\n"
    )
    result = extract(text.encode("utf-8"), "menu.txt")
    assert [p.text for p in result.promises] == [
        "genomföra trygghetsvandringar i Krylbo varje vår och höst",
        "hålla informationsträffar om bedrägerier för seniorer fyra gånger per år",
    ]
    texts = " ".join(s.text or "" for s in result.sections)
    assert "Krisberedskap" not in texts and "Brandskydd" not in texts
    assert any(f.kind == "chrome" and "Krisberedskap" in f.text for f in result.furniture)


def test_a_link_list_under_its_label_is_chrome() -> None:
    from pledgeparse.pipeline import extract

    text = (
        "Medborgarlöfte Tranås\n\nPolisen bjuder in till dialog om nästa medborgarlöfte i Tranås.\n"
        "Länkar\nTill webbenkäten\nKontakta polisen i länet\n"
    )
    result = extract(text.encode("utf-8"), "links.txt")
    assert not any("webbenkäten" in s.text or "Kontakta polisen" in s.text for s in result.sections)


def test_the_site_name_and_menu_above_the_title_reach_no_section_but_the_furniture() -> None:
    text = (
        "Provbacka kommun\nStartsida\nInvånare\nFöretagare\nBesökare\nKommun och politik\nSök\nTranslate\n"
        "Lyssna\nStartsida > Bo och leva > Trygghet och säkerhet > Medborgarlöfte\nMedborgarlöfte 2016\n"
        "Provbacka kommun och LPO Provbacka har tagit fram ett gemensamt medborgarlöfte för 2016.\n\n"
        "Det här gör vi\n\n- Polisen ska genomföra trafikkontroller vid skolorna varje månad.\n"
    )
    result = extract(text.encode("utf-8"), "menu.txt")
    texts = " ".join(s.text for s in result.sections)
    assert "Kommun och politik" not in texts and "Invånare" not in texts
    assert any("Kommun och politik" in f.text for f in result.furniture)


@pytest.mark.parametrize(
    "line",
    ["Läs medborgarlöftet för Provbacka norra", "Läs hela löftet", "Bli prenumerant för 1 krona första månaden."],
)
def test_a_link_to_another_pledge_and_a_paywalls_offer_are_chrome(line: str) -> None:
    assert line not in _kept(PROSE + line + "\n\nBakgrund\n\nMånga upplever torget som otryggt på kvällarna.\n")


def test_a_consent_banners_answers_under_its_question_are_chrome() -> None:
    text = (
        "Provbacka kommun\nVi använder nödvändiga kakor för att webbplatsen ska fungera. "
        "Vill du också tillåta kakor för statistik?\nJa, tillåt\nNej tack\n"
        "Start / Trygghet / Medborgarlöften\nTyck till om tryggheten i Provbacka norra\n"
        "Inför nästa års medborgarlöfte bjuder kommunen och polisen in till dialoger i tre stadsdelar.\n"
    )
    result = extract(text.encode("utf-8"), "samtycke.txt")
    assert "Nej tack" not in " ".join(s.text for s in result.sections)


def test_a_sentence_asking_the_reader_to_read_the_pledge_is_kept() -> None:
    line = "Läs medborgarlöftet och hör av dig till kommunpolisen om du har synpunkter på det."
    assert line in _kept(PROSE + line + "\n")


def test_a_newspapers_name_above_its_menu_and_headline_is_not_the_title() -> None:
    text = (
        "PROVBACKA TIDNING\nNyheter\nSport\nFamilj\n"
        "Polis och kommun lovar fler kvällar på torget\n"
        "Provbacka kommun och lokalpolisområde Norrby skrev i går under ett nytt medborgarlöfte. Polisen lovar "
        "att finnas på torget minst två kvällar i veckan under vinterhalvåret, och kommunen ska laga belysningen.\n"
    )
    result = extract(text.encode("utf-8"), "tidning.txt")
    assert result.document.title == "Polis och kommun lovar fler kvällar på torget"
    assert "PROVBACKA TIDNING" not in " ".join(s.text for s in result.sections)


@pytest.mark.parametrize("line", ["KS § 27 forts.", "KF § 18 (forts.)", "§ 38 forts."])
def test_a_minutes_paragraph_going_on_over_a_page_is_furniture(line: str) -> None:
    text = (
        "Medborgarlöfte Provbacka 2019\n\nKommunstyrelsen beslutar att godkänna medborgarlöftet.\n\n"
        f"{line}\n\nPolisen ska genomföra trafikkontroller vid skolorna varje månad.\n"
    )
    assert line not in _kept(text)


def test_a_link_list_goes_on_past_a_link_that_was_chrome_of_its_own() -> None:
    text = PROSE + "Relaterat\nLäs hela medborgarlöftet (pdf)\n\nKontakta kommunens trygghetssamordnare\n"
    assert "Kontakta kommunens trygghetssamordnare" not in _kept(text)


def test_a_contact_box_with_its_number_on_a_line_of_its_own_names_no_signer() -> None:
    text = (
        "Medborgarlöfte Provbacka 2025\n"
        "Provbacka kommun och lokalpolisområde Norrby har tagit fram ett gemensamt medborgarlöfte för 2025 "
        "utifrån trygghetsmätningen och dialoger med invånarna.\n"
        "Polisen ska genomföra trafikkontroller vid skolorna varje vecka.\n"
        "Kontakt\nTrygghetssamordnare Eva Lund\nTelefon: 0250-260 00\n"
    )
    result = extract(text.encode("utf-8"), "contact.txt")
    assert [s.name for s in result.signatories] == []
