"""Extraction rules on small invented documents (text format: the easiest input)."""

from __future__ import annotations

import datetime as dt

from pledgeparse.extract.actors import normalise, split_actor_list, subject_actors
from pledgeparse.extract.clean import clean_blocks
from pledgeparse.extract.gazetteer import resolve_municipality
from pledgeparse.extract.metadata import find_municipalities, find_period, find_police_area
from pledgeparse.extract.quantify import is_quantified
from pledgeparse.extract.segment import heading_role
from pledgeparse.extract.signatories import extract as extract_signatories
from pledgeparse.extract.signatories import parse_date
from pledgeparse.models import BlockKind, SectionRole
from pledgeparse.pipeline import extract
from pledgeparse.readers.text import parse_blocks


def run(text: str):
    result = extract(text.encode("utf-8"), "doc.txt")
    assert result.document is not None, result.failures
    return result


def test_municipality_names_resolve() -> None:
    assert resolve_municipality("Lekebergs kommun") == "Lekeberg"
    assert resolve_municipality("Örkelljunga kommuns") == "Örkelljunga"
    assert resolve_municipality("Stockholms stad") == "Stockholm"
    assert resolve_municipality("Göteborgs Stad") == "Göteborg"
    assert resolve_municipality("Region Gotland") == "Gotland"
    assert resolve_municipality("Borås") == "Borås"
    assert resolve_municipality("Polisen") is None


def test_actor_normalisation_and_subjects() -> None:
    assert normalise("lokalpolisområde Motala") == "Polisen"
    assert normalise("Polismyndigheten") == "Polisen"
    assert normalise("Hörby kommun") == "Kommunen"
    assert normalise("kommunerna") == "Kommunen"
    assert normalise("socialtjänsten") == "Socialtjänsten"
    assert split_actor_list("Polis/ kommun") == ["Polisen", "Kommunen"]
    assert subject_actors("Polisen och Socialförvaltningen gör besök.") == ["Polisen", "Socialförvaltningen"]
    assert subject_actors("Kommunen och Fastighetsbolaget i Ystad AB ordnar belysning.") == [
        "Kommunen",
        "Fastighetsbolaget i Ystad AB",
    ]
    # Partners named after the verb are not actors.
    assert subject_actors("Kommunen ska tillsammans med polisen genomföra en vandring.") == ["Kommunen"]
    assert subject_actors("Polisen tillsammans med Ydre kommun lovar att synas.") == ["Polisen", "Kommunen"]
    assert subject_actors("Vi genomför tre möten.") == ["Kommunen", "Polisen"]
    assert subject_actors("Genomföra kontroller vid skolor.") is None


def test_quantified() -> None:
    assert is_quantified("minst två dialogmöten per år")
    assert is_quantified("en gång i månaden skickar polisen brev")
    assert is_quantified("Under 2026 tas en plan fram")
    assert is_quantified("Polisen genomför ett dialogmöte med föräldrar")
    assert not is_quantified("Kommunen har ett samordnande ansvar för badplatsen")
    assert not is_quantified("Polisen gör riktade insatser mot langning")


def test_section_roles_from_headings() -> None:
    assert heading_role("Inledning") is SectionRole.intro
    assert heading_role("LÄGESBILD") is SectionRole.situation
    assert heading_role("Medborgarlöften för 2026") is SectionRole.promises
    assert heading_role("Det här ska genomföras") is SectionRole.promises
    assert heading_role("Mål och effekter som eftersträvas") is SectionRole.goals
    assert heading_role("TIDSRAM/UPPFÖLJNING") is SectionRole.follow_up
    # The particle after the subject: a follow-up, not the pledge the heading names.
    assert heading_role("Så följs löftet upp") is SectionRole.follow_up
    assert heading_role("Hur följer vi arbetet upp?") is SectionRole.follow_up
    # The steps of the work are its background; how it went is its follow-up.
    assert heading_role("Så går det till") is SectionRole.background
    assert heading_role("Hur går arbetet till med att ta fram löftet?") is SectionRole.background
    assert heading_role("Så gick det") is SectionRole.follow_up
    assert heading_role("Detta åtar vi oss") is SectionRole.promises
    assert heading_role("Vi som har skrivit under") is SectionRole.signatures
    assert heading_role("Vi som står bakom löftet") is SectionRole.signatures
    # why the work is done, and what its chosen areas rest on
    assert heading_role("Varför gör vi det här?") is SectionRole.background
    assert heading_role("Utgångspunkter") is SectionRole.background
    assert heading_role("Vad bygger löftet på?") is SectionRole.situation
    assert heading_role("Varför just de här frågorna?") is SectionRole.situation
    assert heading_role("Trafik") is None  # a theme, not a section
    assert heading_role("Vimmerby den 4/2 2022") is SectionRole.signatures


def test_web_page_headings_in_their_everyday_wording() -> None:
    roles = {
        "Vad ska vi göra?": SectionRole.promises,
        "Så här jobbar vi": SectionRole.promises,
        "Vad innebär ett medborgarlöfte?": SectionRole.background,
        "Medborgarlöften – vad är det?": SectionRole.background,
        "Så har löftet arbetats fram": SectionRole.background,
        "Tidigare arbete": SectionRole.background,
        "Problembeskrivning": SectionRole.situation,
        "Vad oroar invånarna?": SectionRole.situation,
        "Vad säger statistiken?": SectionRole.situation,
        "Så upplever invånarna tryggheten": SectionRole.situation,
        "Vårt mål": SectionRole.goals,
        "Vad ska löftet leda till?": SectionRole.goals,
        "Så skrev vi under": SectionRole.signatures,
        "Vad vi gör de kommande två åren": SectionRole.promises,
        "Hur vi återkopplar": SectionRole.follow_up,
        "Vad gör vi?": SectionRole.promises,
        "Medborgarnas synpunkter": SectionRole.situation,
        "Resultat från medborgardialogen": SectionRole.situation,
        "Trygghetsmätning": SectionRole.situation,
        "Så här har vi arbetat": SectionRole.background,
        "Hur togs löftet fram?": SectionRole.background,
        "Så arbetade vi fram löftet": SectionRole.background,
        "Så har vi arbetat fram löftet": SectionRole.background,
        "Syfte och mål": SectionRole.goals,
        "Kontaktpersoner": SectionRole.follow_up,
        "Tidplan": SectionRole.follow_up,
        "Syftet med medborgarlöftet": SectionRole.intro,
        "Framtagandet av medborgarlöftet": SectionRole.background,
        "Tidigare medborgarlöften": SectionRole.background,
        "Polisens medborgarundersökning": SectionRole.situation,
        "Resultat från trygghetsundersökningen": SectionRole.situation,
        "Vad säger invånarna?": SectionRole.situation,
        "Arbetsplan": SectionRole.promises,
        "Förväntat resultat": SectionRole.goals,
        "Giltighetstid": SectionRole.follow_up,
        "Återrapportering": SectionRole.follow_up,
        "Läs mer": SectionRole.other,
        "Relaterade länkar": SectionRole.other,
        "Våra gemensamma insatser": SectionRole.promises,
        "Våra nya åtaganden 2025": SectionRole.promises,
        "Vad har invånarna sagt?": SectionRole.situation,
        "Vad medborgarna berättade": SectionRole.situation,
        "Så gick vi tillväga": SectionRole.background,
        "Det här hoppas vi på": SectionRole.goals,
        "Vad vill vi uppnå?": SectionRole.goals,
        "Så vet vi om det fungerar": SectionRole.follow_up,
        "Hur mäter vi resultatet?": SectionRole.follow_up,
        "Vi som står bakom löftet": SectionRole.signatures,
        "Vad vi ser": SectionRole.situation,
        "Läget i Norrby och Söderby": SectionRole.situation,
        "Så här ser det ut hos oss": SectionRole.situation,
        "Det här har vi fått veta": SectionRole.situation,
        "Vad exempelbyborna har berättat": SectionRole.situation,
        "Hit vill vi komma": SectionRole.goals,
        "Därför behövs löftet": SectionRole.background,
        "Så här började det": SectionRole.background,
        "Kort om löftet": SectionRole.intro,
        "Det här är ett medborgarlöfte": SectionRole.intro,
        "Under 2024": SectionRole.promises,
        "Under 2023–2024": SectionRole.promises,
    }
    assert {heading: heading_role(heading) for heading in roles} == roles
    assert heading_role("Samverkan") is None  # a theme inside the pledges


def test_council_minute_furniture_is_removed_and_sentence_rejoined() -> None:
    text = (
        "Målet är att färre ska utsättas för bedrägerier och att kunskapen\n\n"
        "Tjänsteskrivelse\n\nDatum 2022-05-03\nDiarienummer KS 2022/145\n\n"
        "om hur man skyddar sig ska öka. Därför lovar vi följande:\n\n§ 12 forts.\n\n- Polisen informerar.\n"
    )
    blocks, furniture = clean_blocks(parse_blocks(text))
    assert blocks[0].text.startswith("Målet är att färre ska utsättas för bedrägerier och att kunskapen om hur")
    assert {f.text for f in furniture} >= {
        "Tjänsteskrivelse",
        "Datum 2022-05-03",
        "Diarienummer KS 2022/145",
        "§ 12 forts.",
    }
    assert blocks[-1].kind is BlockKind.list_item


PLEDGE_DOC = """Medborgarlöfte för Hörby kommun 2025–2026

Inledning

Hörby kommun och lokalpolisområde Mellersta Skåne samarbetar mot brott.

Lägesbild

Invånarna oroar sig för trafiken och för narkotika bland unga.

Våra löften

Samverkan sker med inriktning på:

- trafik
- narkotika

Trafik

Polisen lovar att:

- genomföra minst tio hastighetskontroller per år
- kontrollera mopeder vid skolorna

Narkotika

- Kommunen och Fältgruppen besöker skolorna varje termin.
- Arbeta med information till föräldrar (Polis, kommun)

Aktivitet\tUTFÖRARE\tANSVARIG
Trygghetsvandring i centrum\tPolis/kommun\tKommun

Mål och effekter

Trafik

- Färre olyckor på landsvägarna

Hörby den 12 mars 2025

Anna Berg    Per Lund
Kommunstyrelsens ordförande    Lokalpolisområdeschef
"""


def test_pledges_themes_actors_and_rejected_lists() -> None:
    result = run(PLEDGE_DOC)
    pledges = [(p.text, p.theme, p.actors, p.quantified) for p in result.promises]
    assert pledges == [
        ("genomföra minst tio hastighetskontroller per år", "Trafik", ["Polisen"], True),
        ("kontrollera mopeder vid skolorna", "Trafik", ["Polisen"], False),
        ("Kommunen och Fältgruppen besöker skolorna varje termin.", "Narkotika", ["Kommunen", "Fältgruppen"], True),
        ("Arbeta med information till föräldrar (Polis, kommun)", "Narkotika", ["Polisen", "Kommunen"], False),
        ("Trygghetsvandring i centrum", "Narkotika", ["Polisen", "Kommunen"], False),
    ]
    assert result.promises[-1].responsible == ["Kommunen"]
    assert result.promises[-1].layout == "table_row"


def test_signatories_side_by_side_with_date() -> None:
    result = run(PLEDGE_DOC)
    people = [(s.name, s.title, s.side.value, s.date) for s in result.signatories]
    assert people == [
        ("Anna Berg", "Kommunstyrelsens ordförande", "kommun", dt.date(2025, 3, 12)),
        ("Per Lund", "Lokalpolisområdeschef", "polis", dt.date(2025, 3, 12)),
    ]


def test_metadata_of_pledge_doc() -> None:
    document = run(PLEDGE_DOC).document
    assert document.municipalities == ["Hörby"]
    assert document.municipality_codes == ["1266"]
    assert document.police_area == "Mellersta Skåne"
    assert (document.period_start, document.period_end) == (2025, 2026)


def test_signature_layouts() -> None:
    people = extract_signatories(
        [
            ["Vimmerby den 4/2 2022"],
            ["Vimmerby kommun"],
            ["Eva Lind, Kommunstyrelsens ordförande"],
            ["Kommunstyrelsens", "ordförande", "Cecilia V Berg"],
            ["Jonas Ek", "/Tf Lokalpolisområdeschef Kalmar"],
        ]
    )
    assert [(p.name, p.title, p.side.value, p.date) for p in people] == [
        ("Eva Lind", "Kommunstyrelsens ordförande", "kommun", dt.date(2022, 2, 4)),
        ("Cecilia V Berg", "Kommunstyrelsens ordförande", "kommun", dt.date(2022, 2, 4)),
        ("Jonas Ek", "Tf Lokalpolisområdeschef Kalmar", "polis", dt.date(2022, 2, 4)),
    ]


def test_dates() -> None:
    assert parse_date("Laxå den 26 oktober 2018") == dt.date(2018, 10, 26)
    assert parse_date("Mjölby den 30/6 2023") == dt.date(2023, 6, 30)
    assert parse_date("Ystad 2023-01-20") == dt.date(2023, 1, 20)


def test_joint_pledge_and_police_area_forms() -> None:
    text = "Medborgarlöfte för lokalpolisområde Södra Fyrbodal och kommunerna Stenungsund, Orust och Tjörn 2020."
    assert find_municipalities(None, text) == ["Stenungsund", "Orust", "Tjörn"]
    assert find_police_area(text) == "Södra Fyrbodal"
    assert find_police_area("LPO Norra Dalarna och Mora kommun") == "Norra Dalarna"
    assert find_police_area("Lokalpolisen i Eskilstuna lovar") == "Eskilstuna"
    # an area the gazetteer lacks, named in the genitive before its cue; a party's own genitive names none
    assert find_police_area("Provbacka kommun och Fjällbygdens lokalpolisområde har skrivit ett löfte") == "Fjällbygden"
    assert find_police_area("Kommunens lokalpolisområde ska synas") is None
    # The police area named after a municipality is not a municipality mention.
    assert find_municipalities(None, "Lokalpolisområde Ljungby och Älmhults kommun. Älmhults kommun lovar.") == [
        "Älmhult"
    ]


def test_period_forms() -> None:
    assert find_period(None, [], "Medborgarlöftet gäller 2018-07-01—2020-06-30.") == (2018, 2020)
    assert find_period(None, [], "Detta medborgarlöfte gäller 1 januari 2020 - 30 juni 2021.") == (2020, 2021)
    # a dated span under a title that names only its first year
    assert find_period("Medborgarlöfte 2016", [], "Gäller 1 juni 2016 – 31 maj 2017") == (2016, 2017)
    assert find_period("Medborgarlöfte 2019", [], "Under perioden 1 juli 2019–30 juni 2020 lovar vi:") == (2019, 2020)
    assert find_period(None, [], "Publicerad 2021-03-04\n\nMedborgarlöftet för 2021 och 2022 har tre delar.") == (
        2021,
        2022,
    )
    assert find_period("Medborgarlöfte 2023", [], "Löftet gäller till och med 2024.") == (2023, 2024)
    assert find_period(None, [], "Medborgarlöftet sträcker sig över två år, 2023 och 2024.") == (2023, 2024)
    # A pledge that is over is not this one.
    text = "Medborgarlöftet för perioden 2020-2021 har följts upp. Nu gäller ett nytt löfte för 2022."
    assert find_period(None, [], text) == (2022, 2022)
    assert find_period("Medborgarlöfte 2023–2025", [], "") == (2023, 2025)
    assert find_period("Medborgarlöfte 2021", [], "Medborgarlöftet gäller fram till december 2021.") == (2021, 2021)
    assert find_period(
        "Medborgarlöfte", ["Medborgarlöfte 2024-2025"], "Samverkansöverenskommelsen gäller under 2023-2026."
    ) == (2024, 2025)


def test_pledges_printed_twice_come_out_once() -> None:
    body = "Medborgarlöfte 2024\n\nPolisen lovar att:\n\n- synas vid skolorna\n- kontrollera mopeder\n\n"
    text = "Protokoll\n\n" + body + "Beslutsunderlag\n\nTjänsteskrivelse om medborgarlöfte.\n\n" + body
    result = run(text)
    assert [p.text for p in result.promises] == ["synas vid skolorna", "kontrollera mopeder"]


def test_text_without_blank_lines_between_paragraphs() -> None:
    text = (
        "Medborgarlöfte för Ydre kommun 2024\n"
        "Inledning\n"
        "Ydre kommun och lokalpolisområde Tranås har en samverkansöverenskommelse som beskriver hur vi arbetar tillsammans mot brott.\n"
        "Våra löften\n"
        "- Polisen genomför trafikkontroller i Österbymo varje månad.\n"
        "Uppföljning\n"
        "Löftet följs upp i det brottsförebyggande rådet två gånger per år och redovisas för kommunstyrelsen.\n"
        "Ydre den 3 februari 2024\n"
        "Karin Holm\n"
        "Kommunstyrelsens ordförande\n"
        "Per Ek\n"
        "Lokalpolisområdeschef\n"
    )
    result = run(text)
    assert [s.heading for s in result.sections if s.heading] == [
        "Inledning",
        "Våra löften",
        "Uppföljning",
        "Ydre den 3 februari 2024",
    ]
    assert [p.text for p in result.promises] == ["Polisen genomför trafikkontroller i Österbymo varje månad."]
    assert [(s.name, s.title, s.side.value) for s in result.signatories] == [
        ("Karin Holm", "Kommunstyrelsens ordförande", "kommun"),
        ("Per Ek", "Lokalpolisområdeschef", "polis"),
    ]


def test_name_title_organisation_on_one_line() -> None:
    people = extract_signatories(
        [["Anna Svensson, kommunstyrelsens ordförande, Vara kommun"], ["Per Ek, lokalpolisområdeschef, LPO Lidköping"]]
    )
    assert [(p.name, p.title, p.organisation, p.side.value) for p in people] == [
        ("Anna Svensson", "kommunstyrelsens ordförande", "Vara kommun", "kommun"),
        ("Per Ek", "lokalpolisområdeschef", "LPO Lidköping", "polis"),
    ]


def test_multiword_municipality_names_as_actors() -> None:
    assert subject_actors("Polisen tillsammans med Östra Göinge kommun genomför en kampanj.") == ["Polisen", "Kommunen"]
    assert subject_actors("Upplands Väsby kommun och polisen ska synas.") == ["Kommunen", "Polisen"]


def test_numbered_topic_headings_and_signed_in_line() -> None:
    text = (
        "Medborgarlöfte Borås 2020\n\n"
        "Borås Stad och Lokalpolisområde Borås har kommit överens om följande löften för 2020.\n\n"
        "1. Trygghet i centrum\n"
        "Polisen och Borås Stad ska genomföra gemensamma insatser i centrum under helger.\n\n"
        "Undertecknat i Borås den 3 februari 2020\n\n"
        "Ulf Olsson                      Anna Stensson\n"
        "Kommunstyrelsens ordförande     Lokalpolisområdeschef\n"
        "Borås Stad                      Polisen\n"
    )
    result = run(text)
    assert [(p.text, p.theme, p.actors) for p in result.promises] == [
        (
            "Polisen och Borås Stad ska genomföra gemensamma insatser i centrum under helger.",
            "Trygghet i centrum",
            ["Polisen", "Kommunen"],
        )
    ]
    assert [(s.name, s.organisation, str(s.date)) for s in result.signatories] == [
        ("Ulf Olsson", "Borås Stad", "2020-02-03"),
        ("Anna Stensson", "Polisen", "2020-02-03"),
    ]


def test_question_headings_open_parts_of_their_own_outside_the_pledges() -> None:
    text = (
        "Medborgarlöfte i Ydre 2025\n\n"
        "Polisen och kommunen lovar att ha en gemensam lägesbild varje månad.\n\n"
        "Vad kan jag som invånare göra för tryggheten?\n\n"
        "Du kan anmäla brott och tipsa polisen om det du ser.\n\n"
        # A question run into its paragraph, without a blank line: still a heading of its own.
        "Hur kan du hålla dig uppdaterad om arbetet?\n"
        "Kommunen berättar om arbetet på sin webbplats varje kvartal.\n\n"
        "Vilka effekter vill parterna uppnå?\n\n"
        "Att fler känner sig trygga i centrum.\n"
    )
    result = extract(text.encode(), "ydre.txt")
    assert [(s.heading, s.role) for s in result.sections if s.heading] == [
        ("Vad kan jag som invånare göra för tryggheten?", SectionRole.other),
        ("Hur kan du hålla dig uppdaterad om arbetet?", SectionRole.other),
        ("Vilka effekter vill parterna uppnå?", SectionRole.goals),
    ]
    # Inside the pledge part a question is a theme heading, not a new part.
    listed = (
        "Medborgarlöfte i Ydre 2025\n\nVåra löften\n\nVad gör polisen?\n\n • genomföra trafikkontroller varje månad\n"
    )
    result = extract(listed.encode(), "ydre2.txt")
    assert [s.role for s in result.sections if s.heading] == [SectionRole.promises]
    assert [(p.theme, p.text) for p in result.promises] == [
        ("Vad gör polisen?", "genomföra trafikkontroller varje månad")
    ]


def test_a_heading_after_the_follow_up_opens_a_part_of_its_own() -> None:
    text = (
        "Medborgarlöfte i Ydre 2025\n\nVåra löften\n\n • genomföra trafikkontroller varje månad\n\n"
        "Uppföljning\n\nLöftet följs upp två gånger per år.\n\nDelta i arbetet\n\n"
        "Alla som vill kan anmäla sig till nattvandringarna.\n"
    )
    result = extract(text.encode(), "ydre.txt")
    assert [(s.heading, s.role) for s in result.sections if s.heading] == [
        ("Våra löften", SectionRole.promises),
        ("Uppföljning", SectionRole.follow_up),
        ("Delta i arbetet", SectionRole.other),
    ]


def test_run_in_headings_in_their_definite_forms_and_before_a_one_letter_word() -> None:
    from pledgeparse.extract.segment import RUN_IN_HEADING, segment

    def split(text: str) -> str | None:
        m = RUN_IN_HEADING.match(text)
        return m.group("heading") if m else None

    assert split("Lägesbild I kommunen finns otrygga platser vid stationen.") == "Lägesbild"
    assert split("Lägesbilden Kommunen och polisen har tagit fram en gemensam bild.") == "Lägesbilden"
    assert split("Situationen idag Många upplever otrygghet i centrum.") == "Situationen idag"
    text = "Medborgarlöfte 2024\n\nSyftet med löftet är att öka tryggheten i centrum.\n"
    blocks = parse_blocks(text)
    _title, sections = segment(blocks)
    assert [s.heading_text for s in sections if s.heading is not None] == []  # a sentence, not "Syftet" + text
    text = "Medborgarlöfte 2024\n\nInledning och syfte\nKommunen och polisen har tecknat ett löfte.\n"
    _title, sections = segment(parse_blocks(text))
    assert [s.heading_text for s in sections if s.heading is not None] == ["Inledning och syfte"]


def test_numbered_part_headings_in_plain_text_keep_their_numbers() -> None:
    from pledgeparse.extract.segment import segment

    text = (
        "Medborgarlöfte Exempelby 2024\n\n1. Inledning\nKommunen och polisen har tecknat ett löfte.\n\n"
        "2. Lägesbild\nMånga upplever otrygghet i centrum.\n\n3. Våra löften\n"
        "Polisen lovar att:\n• genomföra trafikkontroller varje vecka\n\n"
        "Fokusområden\n1. Trafik\n2. Narkotika\n"
    )
    _title, sections = segment(parse_blocks(text))
    assert [(s.heading_text, s.role) for s in sections if s.heading is not None][:3] == [
        ("1. Inledning", SectionRole.intro),
        ("2. Lägesbild", SectionRole.situation),
        ("3. Våra löften", SectionRole.promises),
    ]
    kinds = [b.kind for b in parse_blocks(text) if b.text in ("Trafik", "Narkotika")]
    assert kinds == [BlockKind.list_item, BlockKind.list_item]  # a numbered focus list stays a list


def test_names_signed_with_a_slash_before_them() -> None:
    people = extract_signatories(
        [
            ["/Karin Exempelsson", "Kommunstyrelsens ordförande", "Exempelby kommun"],
            ["/Per Provsson", "Lokalpolisområdeschef", "Lokalpolisområde Exempelby"],
        ]
    )
    assert [(p.name, p.title) for p in people] == [
        ("Karin Exempelsson", "Kommunstyrelsens ordförande"),
        ("Per Provsson", "Lokalpolisområdeschef"),
    ]


def test_a_county_is_not_a_municipality() -> None:
    text = (
        "Startsida / Polisen i ditt län / Jönköpings län\n\nMedborgarlöften i Jönköpings län\n\n"
        "Vetlanda kommun och polisen har tecknat ett medborgarlöfte för 2018."
    )
    assert find_municipalities("Medborgarlöfte för Vetlanda 2018", text) == ["Vetlanda"]


def test_a_joint_pledge_names_its_municipalities_with_prepositions() -> None:
    text = "Det här är problem som polisen och kommunerna på Orust, Tjörn och i Stenungsund lovar att ta itu med."
    assert find_municipalities(None, text) == ["Orust", "Tjörn", "Stenungsund"]


def test_menu_links_above_the_title_and_a_heading_line_over_its_text() -> None:
    text = (
        "Polisen\nUtsatt för brott\nOm polisen\nMedborgarlöfte för Provbacka 2019\n"
        "Lokalpolisområde Provbacka och Provbacka kommun har kommit överens om ett medborgarlöfte för 2019, "
        "som bygger på det invånarna berättade under hösten.\n"
        "Bakgrund till löftet\nUnder hösten hölls dialoger på torget och i skolorna.\n"
        "Det här fick vi höra\nMånga upplever att mopeder kör för fort på Storgatan.\n"
        "Därför samverkar vi\nPolisen och kommunen har olika uppdrag men samma mål.\n"
    )
    result = extract(text.encode(), "provbacka.txt")
    assert result.document.title == "Medborgarlöfte för Provbacka 2019"
    assert [(s.heading, s.role) for s in result.sections if s.heading] == [
        ("Bakgrund till löftet", SectionRole.background),
        ("Det här fick vi höra", SectionRole.situation),
        ("Därför samverkar vi", SectionRole.background),
    ]


def test_fact_box_headings_take_the_role_of_what_they_hold() -> None:
    from pledgeparse.extract.segment import heading_role

    assert heading_role("FAKTA: Medborgarlöften") is SectionRole.background  # what the pledges are
    assert heading_role("Fakta: Medborgarlöftet 2024–2025") is SectionRole.promises  # this year's pledges
    assert heading_role("Det här har gjorts under året") is SectionRole.follow_up


def test_a_part_heading_printed_as_the_last_line_of_the_paragraph_above_its_list() -> None:
    text = (
        "Medborgarlöften i Arvidsjaur\n\n"
        "Löftena bygger på dialoger med invånarna under hösten och mynnade ut i två löften för 2019\n"
        "Medborgarlöften 2019\n\n"
        "• Polisen ska genomföra nykterhetskontroller vid skolorna varje vecka\n\n"
        "• Kommunen ska anordna nattvandring i centrum varje fredag\n"
    )
    result = run(text)
    assert [(s.heading, s.role) for s in result.sections if s.heading] == [
        ("Medborgarlöften 2019", SectionRole.promises)
    ]
    assert len(result.promises) == 2


def test_headings_about_how_the_pledge_came_about_and_council_minutes() -> None:
    assert heading_role("Inriktning") is SectionRole.promises
    assert heading_role("Vår inriktning 2024") is SectionRole.promises
    # the process, although the heading names the pledge
    assert heading_role("Så har löftet tagits fram") is SectionRole.background
    assert heading_role("Hur tas ett medborgarlöfte fram?") is SectionRole.background
    assert heading_role("Därför ett gemensamt löfte") is SectionRole.background
    assert heading_role("Varför ett gemensamt löfte?") is SectionRole.intro
    # council minutes: the matter's description is its background, whatever it mentions
    assert heading_role("Ärendebeskrivning") is SectionRole.background
    assert heading_role("Beskrivning av ärendet") is SectionRole.background
    for other in ("Kommunstyrelsens beslut", "Yrkanden", "Tjänsteskrivelse 2019-03-02", "Expedieras till"):
        assert heading_role(other) is SectionRole.other, other
    # what the dialogues brought up
    for situation in ("Det här har kommit fram", "Vad har vi hört?", "Det här har de boende sagt"):
        assert heading_role(situation) is SectionRole.situation, situation
    assert heading_role("Det här har vi gjort") is SectionRole.follow_up


def test_the_body_that_proposes_the_pledges_does_not_carry_them_out() -> None:
    # Council minutes list the pledges under the proposal, then print the pledge itself.
    text = (
        "Medborgarlöfte 2021 mellan Tidaholms kommun och lokalpolisområde Skövde\n\n"
        "Ärendebeskrivning\n\n"
        "Förvaltningen föreslår att följande löften ges under året:\n\n"
        "• Genomföra två trygghetsvandringar i Tidaholms centrum\n\n"
        "• Genomföra hastighetskontroller vid skolorna\n\n"
        "Medborgarlöfte 2021\n\n"
        "Kommunen lovar att:\n\n"
        "• Genomföra två trygghetsvandringar i Tidaholms centrum\n\n"
        "Polisen lovar att:\n\n"
        "• Genomföra hastighetskontroller vid skolorna\n"
    )
    result = run(text)
    assert [(p.text, p.actors) for p in result.promises] == [
        ("Genomföra två trygghetsvandringar i Tidaholms centrum", ["Kommunen"]),
        ("Genomföra hastighetskontroller vid skolorna", ["Polisen"]),
    ]


def test_a_name_of_three_words_with_party_letters_keeps_its_last_surname() -> None:
    people = extract_signatories(
        [["Provby 2017-01-30", "Karin Berg Åhlund (M), kommunstyrelsens ordförande", "Per Ek, kommundirektör"]]
    )
    assert [(p.name, p.title) for p in people] == [
        ("Karin Berg Åhlund", "kommunstyrelsens ordförande"),
        ("Per Ek", "kommundirektör"),
    ]


def test_a_title_printed_before_the_name_on_a_signature_line() -> None:
    people = extract_signatories(
        [["Underskrifter:", "Kommunstyrelsens ordförande Karin Berg", "Lokalpolisområdeschef Per Ek"]]
    )
    assert [(p.name, p.title) for p in people] == [
        ("Karin Berg", "Kommunstyrelsens ordförande"),
        ("Per Ek", "Lokalpolisområdeschef"),
    ]


def test_a_captions_label_is_no_part_of_a_signers_title() -> None:
    from pledgeparse.extract.prose_signatures import signers_in_prose

    caption = "På bilden: kommunstyrelsens ordförande Karin Berg och lokalpolisområdeschef Per Ek skriver under medborgarlöftet."
    assert [(p.name, p.title) for p in signers_in_prose([caption])] == [
        ("Karin Berg", "Kommunstyrelsens ordförande"),
        ("Per Ek", "Lokalpolisområdeschef"),
    ]
