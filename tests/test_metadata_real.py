"""Metadata as real pages print it: police area, period and municipalities.

Invented sentences in the genre's forms (issue 11); the names of places are
real or made up, the sentences are not copied from any document.
"""

from __future__ import annotations

from pledgeparse.metadata import find_police_area


def test_area_after_an_explicit_cue_need_not_be_in_the_gazetteer() -> None:
    assert find_police_area("Lokalpolisområde Norra Gränsbygden och Ydre kommun lovar.") == "Norra Gränsbygden"
    assert find_police_area("LPO Bergsjö har i år valt att satsa på trafiken.") == "Bergsjö"


def test_area_names_of_several_words_and_slashes() -> None:
    assert find_police_area("Lokalpolisområde Piteå älvdal och kommunen lovar.") == "Piteå älvdal"
    assert find_police_area("för lokalpolisområde södra Ångermanland gäller") == "Södra Ångermanland"
    assert find_police_area("Lokalpolisområde Luleå/Boden ansvarar för insatserna.") == "Luleå/Boden"


def test_area_from_the_police_and_a_name() -> None:
    assert find_police_area("Lokalpolisen Järfälla och kommunen har kommit överens.") == "Järfälla"
    assert find_police_area("På bilden: Eva Ek, chef polisen Södra Ångermanland.") == "Södra Ångermanland"
    # Only a known area or a compass name: "lovar polisen Tyresöborna" is a dative.
    assert find_police_area("Det lovar polisen Tyresöborna under året.") is None


def test_area_in_the_genitive_before_the_cue() -> None:
    text = "Anna Berg, Skellefteås lokalpolisområdeschef, och kommunalrådet skakar hand."
    assert find_police_area(text) == "Skellefteå"
    assert find_police_area("Vårt lokalpolisområde arbetar med trafiken.") is None


def test_area_on_the_line_under_a_signers_title() -> None:
    assert find_police_area("Karin Lund\nLokalpolisområdeschef\nÖstra Fyrbodal") == "Östra Fyrbodal"


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
