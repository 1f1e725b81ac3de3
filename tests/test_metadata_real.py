"""Metadata as real pages print it: police area, period and municipalities.

Invented sentences in the genre's forms (issue 11); the names of places are
real or made up, the sentences are not copied from any document.
"""

from __future__ import annotations

from pledgeparse.extract.metadata import extract_metadata, find_municipalities, find_period, find_police_area
from pledgeparse.pipeline import extract


def test_area_after_an_explicit_cue_need_not_be_in_the_gazetteer() -> None:
    assert find_police_area("Lokalpolisområde Norra Gränsbygden och Ydre kommun lovar.") == "Norra Gränsbygden"
    assert find_police_area("LPO Bergsjö har i år valt att satsa på trafiken.") == "Bergsjö"


def test_area_names_of_several_words_and_slashes() -> None:
    assert find_police_area("Lokalpolisområde Piteå älvdal och kommunen lovar.") == "Piteå älvdal"
    assert find_police_area("för lokalpolisområde södra Ångermanland gäller") == "Södra Ångermanland"
    assert find_police_area("Lokalpolisområde Luleå/Boden ansvarar för insatserna.") == "Luleå/Boden"


def test_area_from_the_police_and_a_name() -> None:
    assert find_police_area("Lokalpolisen Järfälla och kommunen har kommit överens.") == "Järfälla"
    # "polisen X" alone is no cue: "lovar polisen Tyresöborna" is a dative.
    assert find_police_area("Det lovar polisen Tyresöborna under året.") is None


def test_area_in_the_genitive_before_the_cue() -> None:
    text = "Anna Berg, Skellefteås lokalpolisområdeschef, och kommunalrådet skakar hand."
    assert find_police_area(text) == "Skellefteå"
    assert find_police_area("Vårt lokalpolisområde arbetar med trafiken.") is None


def test_a_person_is_never_the_police_area() -> None:
    assert find_police_area("Lokalpolisområdeschef Mats Berg och kommunchefen skrev under.") is None
    assert find_police_area("Kommunchef\nLokalpolisområdeschef\nMattias Lind") is None


def test_the_towns_police_is_not_a_police_area() -> None:
    # "polisen i Halmstad" on Halmstad's own page names no lokalpolisområde ...
    assert find_police_area("Halmstads kommun och polisen i Halmstad lovar.", ("Halmstad",)) is None
    # ... but the police of another known area does.
    assert find_police_area("Älmhults kommun och polisen i Ljungby lovar.", ("Älmhult",)) == "Ljungby"


def test_streets_and_municipalities_are_not_areas() -> None:
    assert find_police_area("Lokalpolisen Storgatan 4 har öppet på tisdagar.") is None
    assert find_police_area("Lokalpolisområde Kommun lovar") is None


def test_period_from_a_pledge_heading_in_running_text() -> None:
    assert find_period(None, [], "Medborgarlöfte 2025-2026. Arbetet med nya löften pågår.") == (2025, 2026)
    assert find_period(None, [], "Medborgarlöfte februari-juni 2026:\n\nPolisen lovar att synas.") == (2026, 2026)


def test_period_from_a_commitment_sentence() -> None:
    assert find_period(None, [], "Under 2026 lovar polisen och kommunen att öka insatserna mot klotter.") == (
        2026,
        2026,
    )
    text = "Under 2025 kommer lokalpolisen och Ydre kommun att fokusera på torget. Det är vårt löfte till dig."
    assert find_period(None, [], text) == (2025, 2025)
    assert find_period(None, [], "Arbetet ska pågå från oktober 2024 t o m oktober 2025, det är löftet.") == (
        2024,
        2025,
    )


def test_period_is_never_a_publication_survey_or_earlier_pledge_year() -> None:
    text = (
        "Sidan publicerad 2025-03-02. Trygghetsundersökningen 2024 visade oro i centrum. "
        "Under 2024 har kommunen och polisen arbetat fram ett medborgarlöfte. "
        "Det lovar polisen invånarna under 2025."
    )
    assert find_period(None, [], text) == (2025, 2025)
    assert find_period(None, ["Uppföljning av medborgarlöfte 2024", "Aktiviteter under 2025"], "") == (2025, 2025)
    # A revision year is not the start; only the end is printed.
    assert find_period(None, [], "Löftet sträcker sig fram till juni 2026 med möjlighet till revidering 2025.") == (
        None,
        2026,
    )
    # A new pledge is the current one, not an earlier one.
    assert find_period(None, [], "Nu finns ett nytt medborgarlöfte för 2026.") == (2026, 2026)


def test_a_pledge_just_prepared_names_its_years_and_an_ended_one_does_not() -> None:
    # How the pledge came about still names its own years ...
    text = "Löftet för 2026 har tagits fram efter en enkät bland invånarna under hösten 2025."
    assert find_period(None, [], text) == (2026, 2026)
    assert find_period(
        None, [], "Ydre kommun och polisen har tagit fram ett medborgarlöfte som gäller under 2025."
    ) == (
        2025,
        2025,
    )
    # ... but a pledge that was followed up is an earlier one.
    assert find_period(None, [], "Löftet för 2024 har följts upp och ett nytt har tagits fram.") == (None, None)


def test_both_years_after_gaella_and_another_pledge_since_a_year() -> None:
    text = (
        "Ydre kommun och polisen har ett nytt medborgarlöfte. Det ska gälla under både 2026 och 2027. "
        "Grannkommunen Kinda har haft medborgarlöften sedan 2019, och Boxholm skrev under sitt första i höstas."
    )
    assert find_period(None, [], text) == (2026, 2027)


def test_gaeller_right_before_a_year_gives_the_period() -> None:
    text = "Det är första gången kommunen lovar något sådant. Det gäller resten av 2026 och handlar om trafiken."
    assert find_period(None, [], text) == (2026, 2026)
    # "när det gäller" is the idiom 'as for', not a period: no year follows it.
    assert find_period(None, [], "När det gäller inbrotten ökade de under 2025.") == (None, None)


def test_a_dated_or_monthly_span_after_the_verb_of_a_period() -> None:
    assert find_period(None, [], "Det gäller från den 1 mars 2026 till och med den 28 februari 2027.") == (2026, 2027)
    assert find_period(None, [], "Löftet gäller från maj till och med december 2025 och har fem punkter.") == (
        2025,
        2025,
    )
    assert find_period(None, [], "Det nya löftet ska gälla 2026–2027.") == (2026, 2027)
    # A past verb later in the sentence is about the survey, not about the pledge's own years.
    text = "Löftet gäller för 2025 och 2026 och bygger på den lägesbild som kommunen tog fram i höstas."
    assert find_period(None, [], text) == (2025, 2026)
    assert find_period(None, [], "Det är kärnan i löftet som kommunen och polisen har tagit fram för 2025–2026.") == (
        2025,
        2026,
    )


def test_area_name_on_the_next_line() -> None:
    # A hard-wrapped PDF line, or the area printed under a signer's title.
    assert find_police_area("samverkan mellan Ydre kommun och lokalpolisområde\nTranås.") == "Tranås"
    assert find_police_area("Karin Lund\nLokalpolisområdeschef\nÖstra Fyrbodal") == "Östra Fyrbodal"
    assert find_police_area("Lokalpolisområdeschef\n\nÖstra Fyrbodal") is None


def test_area_after_lokalpolisomradet_i_and_after_the_police_with_a_compass_name() -> None:
    assert find_police_area("Samverkan mellan kommunen och lokalpolisområdet i Bergsjö.") == "Bergsjö"
    assert find_police_area("Anna Berg, chef polisen Norra Gränsbygden, och kommunalrådet.") == "Norra Gränsbygden"
    # The cue's own abbreviation after a title is not part of the name.
    assert find_police_area("Omar Ali, lokalpolisområdeschef LPO Bergsjö") == "Bergsjö"


def test_a_municipality_in_the_column_beside_a_police_title_is_no_area() -> None:
    text = "Kommunstyrelsens ordförande        Lokalpolisområdeschef\nMariestads kommun        Polismyndigheten"
    assert find_police_area(text) is None


def test_municipality_from_the_pledge_of_a_place_or_from_its_mentions() -> None:
    assert find_municipalities(None, "Medborgarlöftet för Töreboda undertecknades i dag.") == ["Töreboda"]
    text = "Fotpatruller i Hjo centrum. Bättre belysning vid hamnen i Hjo. Ett besök i Skövde."
    assert find_municipalities(None, text) == ["Hjo"]
    assert find_municipalities(None, "Ett besök i Hjo och ett i Skövde.") == []
    assert find_municipalities(None, "Polisen ska synas mer på torget i Hjo.") == ["Hjo"]  # the only one named


def test_one_sided_periods_keep_the_other_side_null() -> None:
    assert find_period(None, [], "Medborgarlöftet gäller från 2022.") == (2022, None)
    assert find_period(None, [], "Medborgarlöftet gäller från 2022 till 2023.") == (2022, 2023)
    assert find_period(None, [], "Löftet löper fram till december 2021 och kan revideras 2020.") == (None, 2021)
    assert find_period("Medborgarlöfte 2021", [], "Löftet gäller fram till december 2022.") == (2021, 2022)
    text = "Polisen lovar att delta i dialogerna under 2019. Löftena gäller tills vidare."
    assert find_period(None, [], text) == (2019, None)


def test_places_acting_together_with_the_police_are_all_parties() -> None:
    text = "Ydre, Kinda och Boxholm ska tillsammans med polisen göra trafiken säkrare. Löftet gäller 2026."
    assert find_municipalities(None, text) == ["Ydre", "Kinda", "Boxholm"]
    text = "Ydre, Kinda och Boxholm har för första gången ett gemensamt medborgarlöfte med polisen."
    assert find_municipalities(None, text) == ["Ydre", "Kinda", "Boxholm"]
    # Neighbours are no parties: "Grannkommunerna Kinda och Boxholm ..."
    text = "Ydre kommun och polisen lovar att synas mer. Grannkommunerna Kinda och Boxholm har egna löften."
    assert find_municipalities(None, text) == ["Ydre"]


def test_a_municipality_named_only_in_its_police_areas_name() -> None:
    text = (
        "I dag skrev kommunstyrelsens ordförande och chefen för lokalpolisområde Kalix under löftet. "
        "Lokalpolisen i Kalix lovar fler kvällspass och kommunen ska laga belysningen."
    )
    assert extract_metadata(None, [], text).municipalities == ["Kalix"]
    # Without a municipality in the text at all, nothing is guessed.
    assert extract_metadata(None, [], "Lokalpolisområde Kalix lovar fler kvällspass.").municipalities == []


def test_a_district_page_belongs_to_its_municipality() -> None:
    assert find_municipalities("Medborgarlöfte för Kungsholmen 2024", "Stadsdelen och polisen lovar att ...") == [
        "Stockholm"
    ]
    assert find_municipalities("Medborgarlöfte Hisingen", "Polisen lovar att ...") == ["Göteborg"]
    # A municipality the page names wins over a district it mentions.
    text = "Hylte kommun och polisen lovar att samverka med polisen på Södermalm."
    assert find_municipalities("Medborgarlöfte 2024", text) == ["Hylte"]


def test_a_polisomrade_is_not_the_lokalpolisomrade() -> None:
    # GOLD.md: the police area is the lokalpolisområde's name only; a polisområde is the level above.
    assert find_police_area("Polisområde Västerbotten och Umeå kommun lovar att ...", ()) is None
    assert find_police_area("Polisområde Dalarna och lokalpolisområde Falun lovar att ...", ()) == "Falun"


def test_places_that_give_one_pledge_together_are_all_municipalities() -> None:
    text = (
        "Medborgarlöfte 2024\n\nRobertsfors och Nordmaling har ett gemensamt medborgarlöfte tillsammans med "
        "lokalpolisområde Umeå. Löftet gäller under 2024.\n\nVi lovar att:\n\n"
        "  • genomföra hastighetskontroller genom byarna minst en gång i månaden\n"
    )
    result = extract(text.encode("utf-8"), "joint.txt")
    assert result.document is not None
    assert result.document.municipalities == ["Robertsfors", "Nordmaling"]
