"""Pledges in the real forms of the genre (issue 10), on invented texts.

Each test is one trait seen across real documents, written anew for the
project: lead-ins in their forms, items without bullets, inverted subjects,
news items, and the lists and sentences that are not pledges.
"""

from __future__ import annotations

import pytest

from pledgeparse.extract.actors import subject_actors, v2_actors
from pledgeparse.extract.pledge_words import starts_infinitive
from pledgeparse.models import ExtractionResult
from pledgeparse.pipeline import extract


def _pledges(text: str) -> list[tuple[str, list[str], str | None]]:
    result = extract(text.encode("utf-8"), "trait.txt")
    return [(p.text, p.actors, p.theme) for p in result.promises]


def test_att_items_after_a_lead_in_each_their_own_paragraph() -> None:
    text = (
        "Medborgarlöfte för Tranås kommun 2024\n\nPolisen lovar:\n\n"
        "Att genomföra minst tio trafikkontroller vid skolorna under året.\n\n"
        "Att delta i föräldramöten på högstadiet.\n\nKommunen lovar:\n\n"
        "Att förbättra belysningen i gångtunnlarna vid stationen.\n"
    )
    assert _pledges(text) == [
        ("Att genomföra minst tio trafikkontroller vid skolorna under året.", ["Polisen"], None),
        ("Att delta i föräldramöten på högstadiet.", ["Polisen"], None),
        ("Att förbättra belysningen i gångtunnlarna vid stationen.", ["Kommunen"], None),
    ]


def test_lower_case_infinitive_items_inherit_the_lead_in_and_goals_are_not_pledges() -> None:
    text = (
        "Medborgarlöfte 2022\n\nLokalpolisområde Norrby och Sävsjö kommun lovar att..\n\n"
        "  • genomföra två trygghetsvandringar per år i bostadsområdet\n"
        "  • informera om bedrägerier mot äldre vid träffpunkterna\n\n"
        "Mål\n\n  • Färre bostadsinbrott\n  • Ökad trygghet\n"
    )
    pledges = _pledges(text)
    assert [p[0] for p in pledges] == [
        "genomföra två trygghetsvandringar per år i bostadsområdet",
        "informera om bedrägerier mot äldre vid träffpunkterna",
    ]
    assert all(sorted(actors) == ["Kommunen", "Polisen"] for _, actors, _ in pledges)


def test_inverted_subjects_name_the_actor() -> None:
    text = (
        "Medborgarlöfte Vara kommun 2023\n\nDet här ska vi göra\n\n"
        "Under året kommer polisen att genomföra fotpatrullering i centrum varje helg.\n\n"
        "Därtill ska socialtjänsten erbjuda föräldrastöd till familjer med unga i riskzon.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Polisen"], ["Socialtjänsten"]]


def test_a_partner_after_the_verb_of_an_inverted_sentence_is_no_actor() -> None:
    # GOLD.md 6: partners named after the finite verb are not actors; before it they are.
    text = (
        "Medborgarlöfte Kalix kommun 2024\n\nDet här ska vi göra\n\n"
        "Under våren kommer polisen i samverkan med kommunen att besöka alla högstadieskolor.\n\n"
        "I höst genomför kommunen i samarbete med polisen två trygghetsvandringar i Näsbyn.\n\n"
        "Polisen tillsammans med kommunen genomför trafikkontroller vid skolorna varje månad.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Polisen"], ["Kommunen"], ["Polisen", "Kommunen"]]


def test_a_news_item_gives_its_pledges_in_sentences_not_its_quotes() -> None:
    text = (
        "Nytt medborgarlöfte undertecknat i Ockelbo\n\nPublicerad 2024-03-02\n\n"
        "I dag undertecknades ett nytt medborgarlöfte mellan Ockelbo kommun och polisen. "
        "I medborgarlöftet lovar polisen att öka närvaron i centrum under kvällstid. "
        "Kommunen lovar att se över belysningen längs cykelvägarna.\n\n"
        "– Vi är glada över att kunna fortsätta samarbetet, säger kommunstyrelsens ordförande Eva Exempel (S).\n"
    )
    assert _pledges(text) == [
        ("I medborgarlöftet lovar polisen att öka närvaron i centrum under kvällstid.", ["Polisen"], None),
        ("Kommunen lovar att se över belysningen längs cykelvägarna.", ["Kommunen"], None),
    ]


def test_a_page_that_only_reports_a_signing_invents_no_pledge() -> None:
    text = (
        "Medborgarlöfte signerat\n\nKommunen och polisen har i dag skrivit under årets medborgarlöfte. "
        "Medborgarlöften är ett sätt för polisen och kommunen att tillsammans arbeta med frågor som "
        "invånarna tycker är viktiga.\n\nLäs mer om medborgarlöften på polisens webbplats.\n"
    )
    result = extract(text.encode("utf-8"), "signing.txt")
    assert result.promises == []
    assert [f.code for f in result.failures] == ["E201"]


def test_purpose_focus_process_and_wished_state_are_not_pledges() -> None:
    text = (
        "Medborgarlöfte Tranås 2021\n\nMedborgarlöftet ska:\n  • öka tryggheten i kommunen\n"
        "  • minska brottsligheten\n\nPrioriterade områden:\n  • Trafik.\n  • Bostadsinbrott.\n\n"
        "Polisen och kommunen har genomfört medborgardialoger under hösten. Vi har tillsammans analyserat "
        "resultaten. Alla ska känna sig trygga i sin kommun.\n\nVåra löften\n\n"
        "  • Polisen ska genomföra riktade trafikkontroller vid skolorna minst en gång i månaden.\n"
        "  • Kommunen ska arrangera en temakväll om narkotika för föräldrar.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Polisen"], ["Kommunen"]]


def test_actor_labels_stay_in_the_text_and_give_the_actors() -> None:
    text = (
        "Medborgarlöfte Sävsjö 2020\n\nVåra löften\n\n"
        "  • Förebyggande arbete i skolan\n    Polis: Besöka varje högstadieklass en gång per termin.\n"
        "    Kommun: Genomföra en drogvaneundersökning i årskurs nio.\n"
    )
    assert _pledges(text) == [
        ("Polis: Besöka varje högstadieklass en gång per termin.", ["Polisen"], "Förebyggande arbete i skolan"),
        ("Kommun: Genomföra en drogvaneundersökning i årskurs nio.", ["Kommunen"], "Förebyggande arbete i skolan"),
    ]


def test_an_explanatory_second_sentence_belongs_to_its_pledge() -> None:
    text = (
        "Medborgarlöfte Vara 2022\n\nVåra löften\n\n"
        "Polisen ska öka insatserna mot narkotikahandeln i centrum. Särskilt fokus riktas mot platser nära skolor.\n\n"
        "Trafiksäkerhet - Kommunen ska bygga om två korsningar vid skolan.\n"
    )
    assert _pledges(text) == [
        (
            "Polisen ska öka insatserna mot narkotikahandeln i centrum. Särskilt fokus riktas mot platser nära skolor.",
            ["Polisen"],
            None,
        ),
        ("Trafiksäkerhet - Kommunen ska bygga om två korsningar vid skolan.", ["Kommunen"], "Trafiksäkerhet"),
    ]


def test_a_pledge_cut_off_by_the_end_of_a_copied_page_keeps_its_visible_words() -> None:
    text = (
        "Medborgarlöfte Ockelbo 2023\n\nVåra löften\n\n"
        "Kommunen ska anordna nattvandringar under sommarlovet.\n\nPolisen ska besöka skolorna"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Kommunen ska anordna nattvandringar under sommarlovet.",
        "Polisen ska besöka skolorna",
    ]


def test_an_item_with_two_parties_in_two_sentences_is_two_pledges() -> None:
    text = (
        "Medborgarlöfte för Ydre kommun 2025\n\nDet här ska vi göra\n\nTrafik\n"
        " • Polisen genomför hastighetskontroller i byarna. Kommunen sätter upp farthinder vid skolan.\n"
        " • Kommunen ser över skyltningen. Arbetet görs tillsammans med Trafikverket.\n"
        " • Polisen och kommunen städar bort klotter inom ett dygn. Ydre ska vara en trygg kommun.\n"
    )
    assert _pledges(text) == [
        ("Polisen genomför hastighetskontroller i byarna.", ["Polisen"], "Trafik"),
        ("Kommunen sätter upp farthinder vid skolan.", ["Kommunen"], "Trafik"),
        # One party with an explanation, and a wished state after a commitment: one pledge each.
        ("Kommunen ser över skyltningen. Arbetet görs tillsammans med Trafikverket.", ["Kommunen"], "Trafik"),
        (
            "Polisen och kommunen städar bort klotter inom ett dygn. Ydre ska vara en trygg kommun.",
            ["Polisen", "Kommunen"],
            "Trafik",
        ),
    ]


def test_a_news_page_restates_pledges_in_sentences_anywhere_on_the_page() -> None:
    text = (
        "Polisen och Ydre kommun tecknar nytt medborgarlöfte\n\nPublicerad 2024-03-02\n\n"
        "Polisen och Ydre kommun har tecknat ett nytt medborgarlöfte för 2024–2025.\n\n"
        "Enligt löftet ska polisen genomföra minst tolv trafikkontroller vid skolorna under året. "
        "Kommunen åtar sig att förbättra belysningen vid busshållplatserna.\n\n"
        "– Det är viktigt att vi syns ute, säger kommunpolis Erik Sand.\n\n"
        "Dessutom ska kommunen och polisen tillsammans genomföra trygghetsvandringar i tre bostadsområden.\n\n"
        "Medborgarlöftet följs upp två gånger per år.\n"
    )
    # A dashed quotation is no pledge list, and the pledge named as the source
    # ("Enligt löftet ska polisen ...") does not make a sentence about the document.
    assert [p[0] for p in _pledges(text)] == [
        "Enligt löftet ska polisen genomföra minst tolv trafikkontroller vid skolorna under året.",
        "Kommunen åtar sig att förbättra belysningen vid busshållplatserna.",
        "Dessutom ska kommunen och polisen tillsammans genomföra trygghetsvandringar i tre bostadsområden.",
    ]


def test_a_theme_printed_as_the_first_line_of_its_paragraph() -> None:
    text = (
        "Medborgarlöfte Ydre kommun 2025\n\nMedborgarlöfte\n\n"
        "Trygg trafikmiljö\nKommer kommunen att sätta upp fler farthinder vid skolorna.\n"
        "Kommer polisen att genomföra hastighetskontroller varje månad.\n\n"
        "Ungdomar\nPolis: Besöka skolorna en gång per termin.\nKommun: Anordna lovaktiviteter.\n\n"
        "Lena Borg\nKommunstyrelsens ordförande\n"
    )
    assert _pledges(text) == [
        ("Kommer kommunen att sätta upp fler farthinder vid skolorna.", ["Kommunen"], "Trygg trafikmiljö"),
        ("Kommer polisen att genomföra hastighetskontroller varje månad.", ["Polisen"], "Trygg trafikmiljö"),
        ("Polis: Besöka skolorna en gång per termin.", ["Polisen"], "Ungdomar"),
        ("Kommun: Anordna lovaktiviteter.", ["Kommunen"], "Ungdomar"),
    ]
    # A name over its title is a signature, not a theme over a sentence.
    assert [s.name for s in extract(text.encode(), "trait.txt").signatories] == ["Lena Borg"]


NEWS_RESTATEMENTS = [
    ("Medborgarlöftet innebär att polisen ska genomföra fler trafikkontroller vid skolorna.", ["Polisen"]),
    ("I medborgarlöftet har polisen lovat att genomföra fler trafikkontroller vid skolorna.", ["Polisen"]),
    (
        "Löftet går ut på att kommunen och polisen tillsammans ska genomföra trygghetsvandringar.",
        ["Kommunen", "Polisen"],
    ),
    ("Polisen har lovat att öka närvaron i centrum under helgerna.", ["Polisen"]),
    ("Kommunen har åtagit sig att förbättra belysningen i parken.", ["Kommunen"]),
]


@pytest.mark.parametrize(("sentence", "actors"), NEWS_RESTATEMENTS)
def test_news_restatements_of_a_pledge(sentence: str, actors: list[str]) -> None:
    text = (
        "Nytt medborgarlöfte i Ydre\n\nPublicerad 2024-03-02\n\n"
        "Ydre kommun och lokalpolisområde Tranås har skrivit under ett nytt medborgarlöfte.\n\n"
        f"{sentence}\n\n– Vi ser fram emot arbetet, säger kommunpolis Erik Sand.\n"
    )
    assert _pledges(text) == [(sentence, actors, None)]


def test_we_and_the_actors_are_every_party_the_page_names_as_giving_the_pledge() -> None:
    text = (
        "Medborgarlöfte Ydre 2025\n\n"
        "Under 2025 kommer lokalpolisen Tranås, Östgötatrafiken (ÖT) och Ydre kommun att arbeta för en tryggare busstation.\n\n"
        "Vi kommer under året göra följande:\n\n"
        "  • Minst sex insatser med synlig närvaro vid busstationen.\n"
        "  • Nattvandringar på helger och lov.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Polisen", "ÖT", "Kommunen"]] * 2


def test_numbered_headings_one_after_another_are_focus_areas_and_numbers_leave_themes() -> None:
    page = (
        "<html><body><main><h1>Medborgarlöfte Ydre 2025</h1><h2>Det här ska vi göra</h2>"
        "<h2>1. Trafik</h2><h2>2. Narkotika</h2>"
        "<p>Polisen och kommunen kommer tillsammans att:</p>"
        "<ul><li>Genomföra hastighetskontroller vid skolorna varje månad.</li></ul>"
        "<h2>3. Tryggare centrum</h2><p>Kommunen ska förbättra belysningen på torget.</p>"
        "</main></body></html>"
    )
    result = extract(page.encode(), "trait.html")
    assert [(p.theme, p.text) for p in result.promises] == [
        (None, "Genomföra hastighetskontroller vid skolorna varje månad."),
        ("Tryggare centrum", "Kommunen ska förbättra belysningen på torget."),
    ]


def test_a_lower_case_heading_under_an_unfinished_item_is_its_broken_line() -> None:
    page = (
        "<html><body><main><h1>Medborgarlöfte Ydre 2025</h1>"
        "<p>Polis och kommun ska förbättra trafiksituationen genom att:</p>"
        "<ul><li>genomföra informationsinsatser till ungdomar kopplade till</li></ul>"
        "<h2>trafikbeteende och attityder</h2>"
        "<ul><li>se över trafiksituationen vid skolan</li></ul></main></body></html>"
    )
    result = extract(page.encode(), "trait.html")
    assert [(p.theme, p.text) for p in result.promises] == [
        (None, "genomföra informationsinsatser till ungdomar kopplade till trafikbeteende och attityder"),
        (None, "se över trafiksituationen vid skolan"),
    ]


def test_a_joint_label_is_every_party_and_not_a_theme() -> None:
    text = (
        "Medborgarlöfte Vara kommun 2024\n\nDet här ska vi göra\n\nPolisen\n"
        "- Genomföra hastighetskontroller vid skolorna varje månad.\n\nVara kommun\n"
        "- Erbjuda föräldrautbildning till alla som har barn på högstadiet.\n\nGemensamt\n"
        "- Genomföra en trygghetsvandring i varje tätort under året.\n"
    )
    pledges = _pledges(text)
    assert pledges[-1][0] == "Genomföra en trygghetsvandring i varje tätort under året."
    assert sorted(pledges[-1][1]) == ["Kommunen", "Polisen"] and pledges[-1][2] is None


def test_together_we_and_reflexive_commitments_in_prose() -> None:
    text = (
        "Medborgarlöfte Vara kommun 2024\n\nVåra löften\n\n"
        "Tillsammans åtar vi oss att hålla två öppna möten per år om tryggheten i centrum.\n\n"
        "Därför åtar sig kommunen att utöka antalet fältassistenter under sommarlovet.\n\n"
        "Tillsammans med skolorna ska polisen genomföra föreläsningar om nätbedrägerier.\n"
    )
    assert [(p[0][:25], sorted(p[1])) for p in _pledges(text)] == [
        ("Tillsammans åtar vi oss a", ["Kommunen", "Polisen"]),
        ("Därför åtar sig kommunen ", ["Kommunen"]),
        ("Tillsammans med skolorna ", ["Polisen"]),
    ]


def test_a_dashed_quote_that_names_two_parties_is_not_split_into_pledges() -> None:
    text = (
        "Nytt medborgarlöfte i Vara\n\nVåra löften\n\n"
        "- Genomföra fler trafikkontroller på landsvägarna under sommaren.\n"
        "- Vara kommun gläds åt samarbetet med polisen. Tillsammans kan vi göra skillnad, säger kommunalrådet Eva Ek.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Genomföra fler trafikkontroller på landsvägarna under sommaren."]


def test_news_agreed_to_an_action_is_a_pledge_agreed_to_write_the_document_is_not() -> None:
    text = (
        "Polisen och Ovanåkers kommun tecknar medborgarlöfte\n\nPublicerad 2024-02-10\n\n"
        "Polisen och Ovanåkers kommun har kommit överens om att ta fram ett nytt medborgarlöfte för 2024.\n\n"
        "Parterna har kommit överens om att genomföra gemensamma trygghetsvandringar i Edsbyn under hösten.\n"
    )
    assert [(p[0][:30], sorted(p[1])) for p in _pledges(text)] == [
        ("Parterna har kommit överens om", ["Kommunen", "Polisen"])
    ]


def test_short_infinitives_begin_items_too() -> None:
    text = (
        "Medborgarlöfte Vara kommun 2024\n\nPolisen och kommunen lovar att:\n\n"
        "- öka närvaron i centrum på helgkvällar\n- ta fram en plan mot klotter\n"
        "- genomföra trafikkontroller vid skolorna\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "öka närvaron i centrum på helgkvällar",
        "ta fram en plan mot klotter",
        "genomföra trafikkontroller vid skolorna",
    ]
    assert (
        starts_infinitive("öka närvaron")
        and starts_infinitive("ta fram en plan")
        and not starts_infinitive("ökad närvaro")
    )


def test_process_sentences_in_the_strong_past_are_not_pledges() -> None:
    text = (
        "Medborgarlöfte Vara kommun 2024\n\nVåra löften\n\n"
        "Utifrån dialogerna tog polisen och kommunen fram tre fokusområden för året.\n\n"
        "Polisen ska genomföra trafikkontroller vid skolorna var tredje månad.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Polisen ska genomföra trafikkontroller vid skolorna var tredje månad."]


def test_a_heading_that_says_whose_pledges_follow_names_their_actor_not_their_theme() -> None:
    text = (
        "Medborgarlöfte Vara kommun 2024\n\nVåra löften\n\nPolisens åtaganden\n\n"
        "- genomföra fler kontroller vid skolorna\n\nDet här gör kommunen\n\n"
        "- anordna nattvandringar på helger\n\nSocialtjänstens insatser\n\n"
        "- erbjuda föräldrastöd till familjer med unga\n\nTrygghetsskapande insatser\n\n"
        "- genomföra en gemensam trygghetsvandring\n"
    )
    assert [(p[1], p[2]) for p in _pledges(text)] == [
        (["Polisen"], None),
        (["Kommunen"], None),
        (["Socialtjänsten"], None),
        (["Kommunen", "Polisen"], "Trygghetsskapande insatser"),
    ]


def test_lead_ins_that_name_the_party_inside_a_phrase() -> None:
    for lead, actors in (
        ("Vi på polisen lovar att:", ["Polisen"]),
        ("Medborgarlöftet från polisen:", ["Polisen"]),
        ("Löften från Vara kommun:", ["Kommunen"]),
    ):
        text = (
            "Nytt medborgarlöfte i Vara\n\nPolisen och Vara kommun har tecknat medborgarlöfte för 2024.\n\n"
            f"{lead}\n\n- genomföra fler kontroller vid skolorna\n- delta i nattvandringar på helger\n"
        )
        assert [p[1] for p in _pledges(text)] == [actors, actors], lead


def test_a_focus_list_does_not_make_the_next_sections_pledges_a_focus_list() -> None:
    # The short items of the focus list and the pledges after the next heading are two lists.
    text = (
        "Medborgarlöfte Vara kommun 2024\n\nLägesbild\n\nArbetet har bedrivits med inriktning på:\n\n"
        "- organiserad brottslighet\n- droger bland unga\n\nLöftet\n\n"
        "- Minst tre gemensamma kontroller per år mot verksamheter med kopplingar till kriminella nätverk\n"
        "- Samtal inom tre dagar med unga som påträffas med narkotika\n"
    )
    assert [p[0][:12] for p in _pledges(text)] == ["Minst tre ge", "Samtal inom "]


def test_a_section_heading_and_a_theme_line_stacked_over_the_first_pledge() -> None:
    # A web page copied without blank lines: the part's heading, then a theme line, then its pledges.
    text = (
        "Medborgarlöfte Vara kommun 2024\n\nVåra löften\nTrygghet vid resecentrum\n"
        "Polisen ska patrullera vid resecentrum minst två kvällar i veckan.\n"
        "Kommunen ska förbättra belysningen runt resecentrum under 2024.\n"
    )
    assert _pledges(text) == [
        ("Polisen ska patrullera vid resecentrum minst två kvällar i veckan.", ["Polisen"], "Trygghet vid resecentrum"),
        ("Kommunen ska förbättra belysningen runt resecentrum under 2024.", ["Kommunen"], "Trygghet vid resecentrum"),
    ]


def test_news_det_innebar_att_and_deponent_verbs_keep_the_subject() -> None:
    text = (
        "Nytt löfte ska öka tryggheten i Vara\n\n"
        "Polisen och Vara kommun har skrivit under ett nytt medborgarlöfte. "
        "Det innebär att polisen ska synas mer i centrum på kvällar och helger.\n\n"
        "Kommunen och polisen ska träffas varje månad för att gå igenom lägesbilden.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Polisen"], ["Kommunen", "Polisen"]]


def test_an_explainer_page_about_medborgarloften_in_general_gives_no_pledge() -> None:
    text = (
        "Vad är ett medborgarlöfte?\n\nEtt medborgarlöfte är ett löfte från polisen och kommunen till invånarna.\n\n"
        "Medborgarlöften ska:\n- öka tryggheten i lokalsamhället\n- stärka samverkan mellan polis och kommun\n\n"
        "I varje medborgarlöfte lovar polisen och kommunen att genomföra konkreta aktiviteter under en viss tid.\n"
    )
    result = extract(text.encode(), "explainer.txt")
    assert result.promises == [] and [f.code for f in result.failures] == ["E201"]


def test_a_page_cut_off_in_a_short_committing_line_under_a_numbered_theme() -> None:
    # The last line, cut mid-sentence, reads like a heading; it is still a pledge (three words show).
    text = (
        "Medborgarlöfte Vara 2024\n\nVåra löften\n\n1. Trafik\nPolisen ska genomföra trafikkontroller varje månad.\n"
        "2. Narkotika\nPolisen och socialtjänsten ska gemensamt"
    )
    assert _pledges(text)[-1] == (
        "Polisen och socialtjänsten ska gemensamt",
        ["Polisen", "Socialtjänsten"],
        "Narkotika",
    )


def test_the_subject_after_a_present_tense_verb_in_second_place_is_the_actor() -> None:
    text = (
        "Medborgarlöfte Vara kommun 2024\n\nVåra löften\n\n"
        "Under våren anordnar kommunen tre trygghetsvandringar i centrum.\n\n"
        "Inför sommaren genomför polisen fler kontroller av mopeder.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Kommunen"], ["Polisen"]]
    assert v2_actors("Det är viktigt för polisen att synas.") is None  # "för" is no verb
    assert v2_actors("Polisen och kommunen tror att skolorna behöver stöd.") is None  # the subject comes first
    assert v2_actors("att genomföra fyra insatser/aktiviteter kommunen i syfte att ...") is None  # a noun in -er


def test_a_theme_in_front_of_an_item_gives_its_theme_and_the_sentence_its_actor() -> None:
    text = (
        "Medborgarlöfte Vara 2024\n\nVåra löften\n\n"
        "- Trafik: Polisen genomför hastighetskontroller vid skolorna varje vecka.\n"
        "- Ungdomar – Fältassistenterna finns ute på fredagskvällar.\n"
        "- Kommun: Se över skyltningen vid skolorna.\n"
    )
    assert [(p[1], p[2]) for p in _pledges(text)] == [
        (["Polisen"], "Trafik"),
        (["Fältassistenterna"], "Ungdomar"),
        (["Kommunen"], None),  # an actor label is no theme
    ]


def test_a_pledge_the_police_give_alone_makes_we_the_police() -> None:
    # Some police areas give the pledge on their own; "vi" is then the police (GOLD.md 6).
    alone = (
        "Medborgarlöfte Lokalpolisområde Ludvika 2024\n\n"
        "Polisen i Ludvika har efter dialog med invånarna tagit fram ett medborgarlöfte för 2024.\n\n"
        "Vi lovar att:\n• genomföra fler trafikkontroller på landsvägarna\n• synas i centrum under helgkvällar\n"
    )
    assert [actors for _, actors, _ in _pledges(alone)] == [["Polisen"], ["Polisen"]]
    # The municipality named as committing itself anywhere: "vi" is both parties again.
    joint = alone.replace("• synas", "• synas i centrum\n\nKommunen ska:\n• anordna")
    assert _pledges(joint)[0][1] == ["Kommunen", "Polisen"]
    # Nor when the pledge is said to be the police's and the municipality's.
    shared = alone.replace("Polisen i Ludvika har", "Ludvika kommun och polisen har")
    assert _pledges(shared)[0][1] == ["Kommunen", "Polisen"]
    together = alone.replace("efter dialog med invånarna", "tillsammans med Ludvika kommun")
    assert _pledges(together)[0][1] == ["Kommunen", "Polisen"]


@pytest.mark.parametrize(
    ("lead_in", "actors"),
    [
        ("Från polisen:", ["Polisen"]),
        ("Det här gör vi på polisen:", ["Polisen"]),
        ("Medborgarlöftet innebär att kommunen ska:", ["Kommunen"]),
        ("Från kommunens sida:", ["Kommunen"]),
        ("Polisens del:", ["Polisen"]),
        ("För kommunens del:", ["Kommunen"]),
        ("Både kommunen och polisen lovar att:", ["Kommunen", "Polisen"]),
        ("Vi lovar att:", ["Kommunen", "Polisen"]),
    ],
)
def test_lead_ins_that_say_whose_the_items_are(lead_in: str, actors: list[str]) -> None:
    text = (
        "Medborgarlöfte för Gagnefs kommun 2025\n\nGagnefs kommun och lokalpolisområde Borlänge lovar följande.\n\n"
        f"{lead_in}\n• genomföra trygghetsvandringar i Djurås varje höst\n"
    )
    assert [sorted(a) for _, a, _ in _pledges(text)] == [actors]


def test_a_news_headline_is_the_title_and_not_a_pledge() -> None:
    text = (
        "Kommunen och polisen ska göra Härnösand tryggare\n\n"
        "Nu har Härnösands kommun och polisen skrivit under ett nytt medborgarlöfte för 2024 och 2025.\n\n"
        "Kommunen kommer att anordna nattvandringar tillsammans med föreningarna under sommaren.\n\n"
        "Polisen ska dessutom finnas på plats vid busstationen varje fredagskväll.\n"
    )
    result = extract(text.encode("utf-8"), "news.txt")
    assert result.document is not None
    assert result.document.title == "Kommunen och polisen ska göra Härnösand tryggare"
    assert [p.text for p in result.promises] == [
        "Kommunen kommer att anordna nattvandringar tillsammans med föreningarna under sommaren.",
        "Polisen ska dessutom finnas på plats vid busstationen varje fredagskväll.",
    ]


def test_an_action_plans_fields_give_the_pledge_and_its_actor() -> None:
    text = (
        "Medborgarlöfte 2023 Vansbro kommun\n\nDet här ska vi göra\n\n"
        "Aktivitet: Trygghetsvandringar i centrum två gånger per år.\nAnsvarig: Kommunen och polisen\n"
        "När: Vår och höst\n\n"
        "Åtgärd: Fler vuxna på stan under helgerna.\nAnsvarig: Fritidsgården\n"
    )
    assert [(p[0], sorted(p[1])) for p in _pledges(text)] == [
        ("Trygghetsvandringar i centrum två gånger per år.", ["Kommunen", "Polisen"]),
        ("Fler vuxna på stan under helgerna.", ["Fritidsgården"]),
    ]


def test_a_page_with_no_pledge_part_gives_the_list_whose_items_commit() -> None:
    # The only list sits under the lägesbild: nothing else is a pledge, and its items commit.
    text = (
        "Medborgarlöfte i Rättvik\n\nLägesbild\n\n"
        "Invånarna upplever otrygghet vid busstationen på kvällarna.\n\n"
        "• Polisen ska patrullera vid busstationen varje fredagskväll under hösten.\n"
        "• Kommunen kommer att sätta upp bättre belysning vid busstationen.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Polisen ska patrullera vid busstationen varje fredagskväll under hösten.",
        "Kommunen kommer att sätta upp bättre belysning vid busstationen.",
    ]
    # A problem list there is no pledge.
    problems = text.split("• Polisen")[0] + "• Otrygghet vid busstationen\n• Skadegörelse i parken\n"
    assert _pledges(problems) == []


def test_a_headline_over_prose_pledges_is_no_theme_and_the_pledge_may_be_framed_with_ocksa() -> None:
    text = (
        "Nu ska Falun bli tryggare\n\n"
        "Falu kommun och polisen har kommit överens om ett nytt medborgarlöfte.\n\n"
        "Kommunen anställer två nya fältassistenter som ska röra sig där ungdomar träffas.\n\n"
        "Löftet innebär också att kommunen och polisen bjuder in till trygghetsvandringar två gånger per år.\n"
    )
    assert [(p[0][:30], sorted(p[1]), p[2]) for p in _pledges(text)] == [
        ("Kommunen anställer två nya fäl", ["Kommunen"], None),
        ("Löftet innebär också att kommu", ["Kommunen", "Polisen"], None),
    ]


def test_responsible_tails_in_parentheses_or_after_a_dash() -> None:
    text = (
        "Medborgarlöfte 2024 för Leksand\n\nDet här ska vi göra\n\n"
        "• Genomföra föräldramöten på högstadiet (ansvar: kommunen)\n"
        "• Fler vuxna på stan under helgerna – ansvarig: fritidsförvaltningen\n"
    )
    assert [(p[0], p[1]) for p in _pledges(text)] == [
        ("Genomföra föräldramöten på högstadiet", ["Kommunen"]),
        ("Fler vuxna på stan under helgerna", ["Fritidsförvaltningen"]),
    ]


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_a_numbered_list_run_into_one_paragraph_gives_one_pledge_per_number(fmt: str) -> None:
    items = (
        "Polisen och kommunen lovar att: 1. genomföra trygghetsvandringar i Gagnef två gånger per år "
        "2. arbeta med föräldramöten om narkotika på högstadiet 3. öka närvaron vid badplatserna under sommaren"
    )
    title = "Medborgarlöfte för Gagnefs kommun 2025"
    if fmt == "txt":
        data, name = f"{title}\n\n{items}\n".encode(), "inline.txt"
    else:
        data, name = f"<html><body><main><h1>{title}</h1><p>{items}</p></main></body></html>".encode(), "inline.html"
    result = extract(data, name)
    assert [p.text for p in result.promises] == [
        "genomföra trygghetsvandringar i Gagnef två gånger per år",
        "arbeta med föräldramöten om narkotika på högstadiet",
        "öka närvaron vid badplatserna under sommaren",
    ]
    # A sentence that only mentions numbers is no list.
    plain = extract(
        f"{title}\n\nPolisen genomför 2 kontroller i veckan och 3. kvartalet följs upp.\n".encode(), "p.txt"
    )
    assert len(plain.promises) <= 1


def test_a_list_after_a_contact_lead_in_is_no_pledge() -> None:
    text = (
        "Medborgarlöfte Malung-Sälen 2024\n\nDet här ska vi göra\n\n"
        "• Polisen ska genomföra trafikkontroller i Sälen under sportlovet.\n\n"
        "Kontakta kommunens trygghetssamordnare:\n• vardagar mellan nio och tolv\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Polisen ska genomföra trafikkontroller i Sälen under sportlovet."]


def test_a_heading_that_announces_the_items_is_no_theme() -> None:
    text = (
        "Medborgarlöfte för Flens kommun 2024\n\nDet här lovar vi\n\n"
        "För tryggare skolvägar kommer detta att genomföras under året\n\n"
        "• genomföra hastighetskontroller vid alla skolor i kommunen\n"
        "• bygga en ny gång- och cykelbana vid Stenhammarskolan\n"
    )
    assert [(p[0][:20], p[2]) for p in _pledges(text)] == [
        ("genomföra hastighets", None),
        ("bygga en ny gång- oc", None),
    ]
    # A topical heading stays the theme.
    themed = text.replace("För tryggare skolvägar kommer detta att genomföras under året", "Tryggare skolvägar")
    assert {p[2] for p in _pledges(themed)} == {"Tryggare skolvägar"}


@pytest.mark.parametrize(
    "sentence",
    [
        "En del av medborgarlöftet är att polisen ska besöka skolorna varje termin.",
        "I årets medborgarlöfte ska polisen fokusera på narkotika bland unga.",
        "Medborgarlöftet för 2024 innebär att kommunen ska rusta upp parken vid sjön.",
    ],
)
def test_the_pledge_named_as_the_frame_of_a_commitment(sentence: str) -> None:
    text = f"Nytt medborgarlöfte i Orsa\n\nOrsa kommun och polisen har kommit överens om ett medborgarlöfte.\n\n{sentence}\n"
    assert [p[0] for p in _pledges(text)] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisen kommer också finnas på plats vid busstationen på fredagskvällar.",
        "Kommunen planerar att anställa två nya fältassistenter under året.",
    ],
)
def test_a_news_page_commits_in_the_future_without_att(sentence: str) -> None:
    text = f"Nytt medborgarlöfte i Orsa\n\nOrsa kommun och polisen har kommit överens om ett medborgarlöfte.\n\n{sentence}\n"
    assert [p[0] for p in _pledges(text)] == [sentence]
    # "kommer från" is where something comes from, not a commitment.
    assert _pledges(text.replace(sentence, "Många av synpunkterna kommer från invånarna i centrum.")) == []


def test_unbulleted_items_over_ansvarig_lines_and_with_actor_parentheses() -> None:
    # Under theme lines in the pledge part: an item over its own "Ansvarig:" line, and
    # consecutive lines that each close with the parenthesis naming who does them.
    text = (
        "Medborgarlöfte Mora 2023\n\nVåra åtaganden 2023\n\n"
        "Trafik vid skolorna\n"
        "Hastighetsmätningar utanför varje skola minst två gånger per termin.\n"
        "Ansvarig: Polisen\n\n"
        "Sommar i centrum\n"
        "Trygghetsvärdar vid busstationen varje fredagskväll i juli (Mora kommun)\n"
        "Gemensam tillsyn av uteserveringarna tillsammans med räddningstjänsten (Polisen, Mora kommun)\n\n"
        "Uppföljning\n\nArbetet följs upp i brottsförebyggande rådet i december.\n"
    )
    assert _pledges(text) == [
        (
            "Hastighetsmätningar utanför varje skola minst två gånger per termin.",
            ["Polisen"],
            "Trafik vid skolorna",
        ),
        (
            "Trygghetsvärdar vid busstationen varje fredagskväll i juli (Mora kommun)",
            ["Kommunen"],
            "Sommar i centrum",
        ),
        (
            "Gemensam tillsyn av uteserveringarna tillsammans med räddningstjänsten (Polisen, Mora kommun)",
            ["Polisen", "Kommunen"],
            "Sommar i centrum",
        ),
    ]


def test_a_theme_line_right_under_the_part_heading_is_the_theme() -> None:
    text = (
        "Medborgarlöfte för Leksand 2024\n\nVåra gemensamma insatser\nUnga i centrum\n"
        "- Polisen ska fotpatrullera vid busstationen på fredagskvällar.\n"
        "- Kommunen ska hålla fritidsgården öppen till midnatt på lördagar.\n"
    )
    assert [(t, theme) for t, _, theme in _pledges(text)] == [
        ("Polisen ska fotpatrullera vid busstationen på fredagskvällar.", "Unga i centrum"),
        ("Kommunen ska hålla fritidsgården öppen till midnatt på lördagar.", "Unga i centrum"),
    ]


def test_what_the_pledge_holds_in_present_tense_paragraphs_after_a_content_lead_in() -> None:
    # A news page: "Så här ser löftet ut:" announces its content, one paragraph per pledge,
    # in the present tense; the goal and the quote below are no pledges.
    text = (
        "Nytt medborgarlöfte i Kumla\n\n"
        "Kumla kommun och lokalpolisområde Örebro har kommit överens om ett medborgarlöfte för 2025.\n\n"
        "Så här ser löftet ut för 2025:\n\n"
        "Polisen kontrollerar mopedtrafiken vid torget varannan vecka under sommaren.\n\n"
        "Kommunen anställer en fältassistent till för kvällar och helger.\n\n"
        "Under året blir det fler nattvandringar i Hällabrottet, som kommunen samordnar.\n\n"
        "Målet är att fler ska känna sig trygga på kvällarna.\n\n"
        "– Vi vill synas mer där unga är, säger kommunpolisen Eva Lund.\n"
    )
    assert [t for t, _, _ in _pledges(text)] == [
        "Polisen kontrollerar mopedtrafiken vid torget varannan vecka under sommaren.",
        "Kommunen anställer en fältassistent till för kvällar och helger.",
        "Under året blir det fler nattvandringar i Hällabrottet, som kommunen samordnar.",
    ]


def test_a_reported_hope_is_no_pledge_and_a_passive_names_its_agent() -> None:
    text = (
        "Medborgarlöfte Hallsberg 2024\n\nDet här ska vi göra\n\n"
        "Kontroller av tung trafik ska genomföras av polisen varje månad.\n\n"
        "Kommunen ska rensa buskage längs gång- och cykelvägarna.\n\n"
        "Enligt Maria Holm är förhoppningen att fler ska cykla till skolan.\n"
    )
    assert [(t, actors) for t, actors, _ in _pledges(text)] == [
        ("Kontroller av tung trafik ska genomföras av polisen varje månad.", ["Polisen"]),
        ("Kommunen ska rensa buskage längs gång- och cykelvägarna.", ["Kommunen"]),
    ]


def test_a_lead_in_over_lines_whose_bullets_were_lost() -> None:
    text = (
        "Medborgarlöfte för Exempelby 2024\n\nVåra löften\n"
        "Exempelby kommun och lokalpolisområde Exempelby lovar att:\n"
        "genomföra minst sex trafikkontroller vid skolorna under året\n"
        "anordna föräldrakvällar om narkotika på högstadiet\n"
        "röja sly längs gångvägen till stationen före sommaren\n\n"
        "Mål\nFärre olyckor med unga förare\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "genomföra minst sex trafikkontroller vid skolorna under året",
        "anordna föräldrakvällar om narkotika på högstadiet",
        "röja sly längs gångvägen till stationen före sommaren",
    ]


def test_a_hard_wrapped_lead_in_sentence_is_not_split_into_items() -> None:
    text = (
        "Medborgarlöfte för Exempelby 2024\n\nVåra löften\n"
        "Polisen lovar att:\n"
        "genomföra fler trafikkontroller vid skolorna och\n"
        "informera föräldrarna om resultatet efteråt\n"
    )
    assert [p[0] for p in _pledges(text)] != [
        "genomföra fler trafikkontroller vid skolorna och",
        "informera föräldrarna om resultatet efteråt",
    ]


def test_an_item_between_items_that_lost_its_bullet_and_one_that_speaks_to_the_reader() -> None:
    text = (
        "Medborgarlöfte 2025\n\nSå här ser det ut\nMånga är oroliga för bedrägerier.\n\n"
        "Polisen lovar:\n\n"
        "• Att genomföra nykterhetskontroller varje vecka under sommaren.\n\n"
        "Att besöka alla skolor med årskurs 6 under våren.\n\n"
        "• Att ha öppet hus på biblioteket varje månad där du kan möta kommunpolisen.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Att genomföra nykterhetskontroller varje vecka under sommaren.",
        "Att besöka alla skolor med årskurs 6 under våren.",
        "Att ha öppet hus på biblioteket varje månad där du kan möta kommunpolisen.",
    ]


def test_unbulleted_items_each_over_a_vem_line() -> None:
    # "Vem:" is the field's other name: who does the item above it, never the next theme
    text = (
        "Medborgarlöfte Provbacka 2025\n\nLöften för 2025\n"
        "Sommarens evenemang\n"
        "En gemensam ledningsgrupp för tryggheten under sommarveckorna, med daglig avstämning.\n"
        "Vem: Polisen, Provbacka kommun\n"
        "Unga och alkohol\n"
        "Polisen besöker alla högstadieskolor under vårterminen och berättar om alkohol.\n"
        "Vem: Polisen\n"
    )
    assert _pledges(text) == [
        (
            "En gemensam ledningsgrupp för tryggheten under sommarveckorna, med daglig avstämning.",
            ["Polisen", "Kommunen"],
            "Sommarens evenemang",
        ),
        (
            "Polisen besöker alla högstadieskolor under vårterminen och berättar om alkohol.",
            ["Polisen"],
            "Unga och alkohol",
        ),
    ]


def test_a_short_present_verb_commits_and_a_past_clause_about_the_place_does_not_undo_it() -> None:
    text = (
        "Medborgarlöfte Provbacka 2026\n\nVåra löften\n\nTrygga gångstråk\n\n"
        "Stadsdelsförvaltningen går igenom belysningen längs de cykelvägar som invånarna har pekat ut.\n\n"
        "Polisen gör minst en hastighetskontroll i månaden på gator där många har klagat på farten.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Stadsdelsförvaltningen"], ["Polisen"]]


def test_a_follow_up_talk_is_an_activity_not_the_follow_up_of_the_pledge() -> None:
    text = (
        "Medborgarlöfte Provbacka 2026\n\nVåra löften\n\nNarkotika bland unga\n\n"
        "Socialtjänsten och Polisen håller gemensamma uppföljningssamtal med unga som misstänks för "
        "narkotikabrott, så snart som möjligt.\n\n"
        "Uppföljning\n\nUppföljningen av löftet sker i trygghetsrådet i december.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Socialtjänsten", "Polisen"]]


def test_a_dash_line_under_a_speaker_who_medger_is_direct_speech_even_when_cut_off() -> None:
    text = (
        "Polis och kommun lovar tryggare centrum\n"
        "Provbacka kommun och lokalpolisområde Norrby har skrivit under ett medborgarlöfte för 2026.\n"
        "Kommunen ska anställa två sommarvärdar som rör sig vid stationen under juni, juli och augusti.\n"
        "Inbrotten är svårare att lova något konkret om, medger kommunpolis Eva Lund.\n"
        "– Vi vet att inbrotten ofta sker dagtid när folk är på jobbet. Därför\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Kommunen ska anställa två sommarvärdar som rör sig vid stationen under juni, juli och augusti."
    ]


def test_what_is_yet_to_be_decided_is_no_pledge() -> None:
    text = (
        "Nytt medborgarlöfte i Provbacka\n"
        "Provbacka kommun och polisen har skrivit under ett nytt medborgarlöfte för 2026. "
        "Vad som faktiskt ska göras får invånarna veta först nästa vecka. "
        "De fullständiga åtgärderna ska enligt kommunen publiceras på webbplatsen under veckan.\n"
    )
    assert _pledges(text) == []


def test_a_sentence_counting_the_parts_after_it_leads_in_and_the_next_short_line_is_their_theme() -> None:
    # a web page copied with one paragraph a line, under the pledge part's heading
    text = (
        "Medborgarlöfte Provbacka 2026\n"
        "Provbacka kommun och polisen har tagit fram ett medborgarlöfte för 2026.\n"
        "Vårt löfte\n"
        "Vi lovar att arbeta med tre saker under 2026.\n"
        "Fler vuxna ute på kvällarna\n"
        "Fritidsförvaltningen utökar antalet fältarbetare så att det finns personal ute på torgen varje kväll.\n"
        "Polisen avsätter två områdespoliser som i första hand ska arbeta i bostadsområdena.\n"
        "Trygga gångstråk\n"
        "Kommunen går igenom belysningen längs de cykelvägar som invånarna har pekat ut.\n"
    )
    assert [(p[1], p[2]) for p in _pledges(text)] == [
        (["Fritidsförvaltningen"], "Fler vuxna ute på kvällarna"),
        (["Polisen"], "Fler vuxna ute på kvällarna"),
        (["Kommunen"], "Trygga gångstråk"),
    ]


def test_one_more_commitment_right_after_a_news_items_promise_sentence() -> None:
    text = (
        "Polis och kommun lovar mer närvaro\n"
        "Provbacka kommun och lokalpolisområde Norrby har tagit fram ett nytt medborgarlöfte för 2026.\n\n"
        "Mer polis på kvällarna\n\n"
        "I medborgarlöftet lovar polisen att patrullera till fots i centrum varje fredagskväll.\n\n"
        "Polisen ska också hålla öppet hus på polisstationen två gånger per termin.\n"
        "Kommunstyrelsens ordförande tycker att löftet är ett bra steg, och polisen ska också vara nöjd.\n\n"
        "Det här ingår också i löftet\n\nTillsammans ska kommunen och polisen:\n"
        "• ordna minst tre trygghetsvandringar per år\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "I medborgarlöftet lovar polisen att patrullera till fots i centrum varje fredagskväll.",
        "Polisen ska också hålla öppet hus på polisstationen två gånger per termin.",
        "ordna minst tre trygghetsvandringar per år",
    ]


def test_a_subject_with_its_place_commits_and_a_past_clause_after_it_does_not_undo_it() -> None:
    text = (
        "Medborgarlöfte Provbacka 2026\n\nVåra löften\n\nAlkohol och droger\n\n"
        "Socialtjänsten i de tre kommunerna ska erbjuda ett samtal inom en vecka med den unge som polisen "
        "har tagit med alkohol.\n\n"
        "Socialtjänsten i varje kommun erbjuder föräldrarna stöd när polisen har hittat narkotika hos den unge.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Socialtjänsten"], ["Socialtjänsten"]]


def test_a_promise_sentence_above_a_lead_in_that_adds_more_is_no_summary() -> None:
    text = (
        "Polis och kommun lovar tryggare trafik\n"
        "Provbacka kommun och lokalpolisområde Norrby har skrivit under ett nytt medborgarlöfte för 2026.\n\n"
        "I medborgarlöftet lovar polisen att genomföra hastighetskontroller på Storgatan två gånger i månaden.\n\n"
        "Kommunen lovar att sätta upp fler farthinder vid skolorna senast i maj.\n\n"
        "Tillsammans ska kommunen och polisen också:\n• starta grannsamverkan i två nya områden\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Polisen"], ["Kommunen"], ["Kommunen", "Polisen"]]


def test_a_counted_action_without_a_subject_under_a_promising_lead_in_and_a_theme() -> None:
    text = (
        "Medborgarlöften\n\nMedborgarlöfte 2026\n\n"
        "För 2026 har Provbacka kommun och polisen enats om att fortsätta arbetet mot bedrägerier.\n\n"
        "Polisen och Provbacka kommun lovar:\n\nBedrägerier mot äldre\n\n"
        "Två informationsträffar om bedrägerier på äldreboendena under våren och två under hösten.\n\n"
        "Hemtjänsten informerar vid hembesök om hur man skyddar sig mot telefonbedrägerier.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Polisen", "Kommunen"], ["Hemtjänsten"]]


def test_decimal_items_under_numbered_aims_also_after_a_pages_end() -> None:
    text = (
        "Medborgarlöfte 2026\n\nDet här gör vi under 2026\n"
        "1. Förebygga att unga dras in i kriminalitet\n"
        "1.1 Polisen och socialtjänsten genomför ett samtal med den unga inom en vecka efter ett brott.\n"
        "1.2 Kommunen håller två fritidsgårdar öppna till kl. 23 på fredagar och lördagar.\n"
        "2. Trafiksäkerhet vid skolor\n"
        "2.1 Polisen genomför minst 20 trafikkontroller per termin vid skolorna i tätorten.\n"
        "Medborgarlöfte 2026                                                        Sida 1 av 2\n"
        "2.2 Kommunen ser över trafikmiljön vid fem skolor under året.\n"
    )
    assert [p[2] for p in _pledges(text)] == [
        "Förebygga att unga dras in i kriminalitet",
        "Förebygga att unga dras in i kriminalitet",
        "Trafiksäkerhet vid skolor",
        "Trafiksäkerhet vid skolor",
    ]


def test_what_has_been_done_under_a_perfect_lead_in_and_numbered_themes_over_lead_ins() -> None:
    text = (
        "Medborgarlöfte 2026\n\nSå har vi arbetat\n"
        "Kommunpoliserna och kommunens säkerhetssamordnare har under våren 2025\n"
        "a) gått igenom polisens och kommunens statistik för de senaste fem åren\n"
        "b) genomfört en enkät i årskurs 8 och på gymnasiet\n\n"
        "Löften 2026\n"
        "1. Vuxna ute på kvällarna\n"
        "Tillsammans kommer vi att:\n"
        "a) samordna nattvandringar så att det finns vuxna ute i centrum varje fredag\n"
        "2. Droger och unga\n"
        "Polisen kommer att:\n"
        "a) genomföra riktade insatser mot försäljning av narkotika kring skolorna\n"
    )
    assert [(p[0][:20], p[2]) for p in _pledges(text)] == [
        ("samordna nattvandrin", "Vuxna ute på kvällarna"),
        ("genomföra riktade in", "Droger och unga"),
    ]


def test_an_items_reason_field_under_it_is_not_its_text() -> None:
    text = (
        "Medborgarlöfte 2026\n\nVåra löften\n\nPolisen ska:\n"
        "* Patrullera parkerna till fots\n  och på cykel varje fredagskväll.\n"
        "  Varför: Många vill möta polisen utanför bilen.\n"
        "* Hålla en föreläsning om narkotika för föräldrar i varje kommundel under hösten.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Patrullera parkerna till fots och på cykel varje fredagskväll.",
        "Hålla en föreläsning om narkotika för föräldrar i varje kommundel under hösten.",
    ]


def test_a_state_wished_for_others_under_a_theme_is_no_pledge() -> None:
    text = (
        "Medborgarlöfte 2026\n\nVåra löften\n\nKommunen lovar att:\nUnga och droger\n"
        "Vi vill att färre unga ska testa narkotika.\n"
        "– hålla föräldrakvällar om droger på högstadieskolorna varje termin\n"
    )
    assert [p[0] for p in _pledges(text)] == ["hålla föräldrakvällar om droger på högstadieskolorna varje termin"]


def test_items_each_over_their_ansvarig_line_in_one_block() -> None:
    text = (
        "Medborgarlöfte Exempelby 2025\n\nSå här ska vi arbeta\n\nTrafik\n"
        "Fler hastighetskontroller på genomfartsleden under året\nAnsvarig: Polisen\n"
        "Hastighetsdisplayer vid skolorna före skolstarten\nAnsvarig: Tekniska förvaltningen\n\n"
        "Trygg station\n"
        "Genomföra två trygghetsvandringar vid stationen med de boende\n"
        "Ansvarig: Polisen och kommunen\n"
    )
    assert _pledges(text) == [
        ("Fler hastighetskontroller på genomfartsleden under året", ["Polisen"], "Trafik"),
        ("Hastighetsdisplayer vid skolorna före skolstarten", ["Tekniska förvaltningen"], "Trafik"),
        ("Genomföra två trygghetsvandringar vid stationen med de boende", ["Polisen", "Kommunen"], "Trygg station"),
    ]


def test_an_actor_label_on_its_own_line_over_unbulleted_items() -> None:
    text = (
        "Medborgarlöfte Exempelby 2022\n\nDet här gör vi\n\nTrafik\n\nPolisen:\n\n"
        "Genomför hastighetskontroller på Storgatan varje månad.\n\n"
        "Informerar om mopedregler på högstadieskolorna under våren.\n\n"
        "Tekniska förvaltningen:\n\nSer över trafikmiljön vid skolorna före hösten.\n"
    )
    assert [(p[0], p[1]) for p in _pledges(text)] == [
        ("Genomför hastighetskontroller på Storgatan varje månad.", ["Polisen"]),
        ("Informerar om mopedregler på högstadieskolorna under våren.", ["Polisen"]),
        ("Ser över trafikmiljön vid skolorna före hösten.", ["Tekniska förvaltningen"]),
    ]


@pytest.mark.parametrize(
    ("subject", "actor"),
    [
        ("Tekniska förvaltningen ska", "Tekniska förvaltningen"),
        ("Det kommunala bostadsbolaget Exempelhem ska", "Exempelhem"),
        ("Sociala nämnden kommer att", "Sociala nämnden"),
    ],
)
def test_named_bodies_with_an_adjective_or_a_description(subject: str, actor: str) -> None:
    text = f"Medborgarlöfte Exempelby 2023\n\nVåra åtaganden\n\n{subject} genomföra trygghetsvandringar i centrum varje kvartal.\n"
    assert [p[1] for p in _pledges(text)] == [[actor]]


@pytest.mark.parametrize(
    ("subject", "actors"),
    [
        # a company's common noun, then its name: the name is the actor
        ("Polisen och kommunens bostadsbolag Exempelhem ska", ["Polisen", "Exempelhem"]),
        ("Kommunen och bostadsbolaget Byhus AB ska", ["Kommunen", "Byhus AB"]),
        # a capitalised noun is part of the name as printed
        ("Bostadsbolaget Byhus AB ska", ["Bostadsbolaget Byhus AB"]),
        ("Kommunen och bostadsbolaget ska", ["Kommunen", "Bostadsbolaget"]),
        # a region's own body, as a municipality's ("Kommunens socialtjänst")
        ("Polisen och regionens äldreomsorg ska", ["Polisen", "Regionens äldreomsorg"]),
    ],
)
def test_a_company_named_after_its_common_noun(subject: str, actors: list[str]) -> None:
    assert subject_actors(f"{subject} genomföra trygghetsvandringar varje kvartal.") == actors


def test_a_theme_named_after_a_place_is_no_actor_and_an_under_year_heading_opens_the_pledges() -> None:
    text = (
        "Medborgarlöfte Exempelby 2020\n\nLägesbild\nMånga upplever otrygghet i centrum.\n\n"
        "Under 2020\n\nCentrum och Stortorget\n\nPolisen lovar att:\n"
        "• vara synlig till fots i centrum varje fredag\n"
    )
    assert _pledges(text) == [("vara synlig till fots i centrum varje fredag", ["Polisen"], "Centrum och Stortorget")]


def test_details_under_a_pledge_item_are_not_pledges_of_their_own() -> None:
    text = (
        "Medborgarlöfte Exempelby 2021\n\nVårt löfte\nVi lovar att:\n"
        "1. genomföra trygghetsvandringar varje vår och höst\n"
        "   – Platser: centrum och stationsområdet\n"
        "   – Målgrupp: alla som bor i centrum\n"
        "   – Öppna för alla, ingen anmälan behövs\n"
        "2. informera äldre om bedrägerier vid minst fyra träffar\n"
        "   – Träffarna hålls på biblioteken\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "genomföra trygghetsvandringar varje vår och höst",
        "informera äldre om bedrägerier vid minst fyra träffar",
    ]


def test_a_committing_parent_with_action_children_keeps_the_children() -> None:
    text = (
        "Medborgarlöfte Exempelby 2017\n\nVåra löften\n"
        "1. Polisen ska öka synligheten i centrum genom\n\n"
        "• Fotpatruller i centrum varje helg\n\n• Trafikkontroller med betoning på nykterhet vid skolorna\n"
    )
    texts = [p[0] for p in _pledges(text)]
    assert "Fotpatruller i centrum varje helg" in texts
    assert "Trafikkontroller med betoning på nykterhet vid skolorna" in texts


def test_an_item_wrapped_after_a_preposition_goes_on_with_a_capitalised_name() -> None:
    text = (
        "Medborgarlöfte Exempelby 2023\n\nVåra löften\nTrafik\n"
        "1) Polisen ska genomföra hastighetskontroller på Storgatan och\n"
        "Kvarnvägen minst en gång per månad.\n"
        "2) Kommunen ska se över trafikmiljön kring skolorna.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Polisen ska genomföra hastighetskontroller på Storgatan och Kvarnvägen minst en gång per månad.",
        "Kommunen ska se över trafikmiljön kring skolorna.",
    ]


def test_a_theme_before_a_colon_and_a_lower_case_subject() -> None:
    text = (
        "Medborgarlöfte Exempelby 2019\n\nDet här lovar vi\n"
        "Kommunen: Genomföra en trygghetsvandring i centrum under våren.\n"
        "Trafik: polisen ska göra hastighetskontroller vid skolorna varje vecka.\n"
        "Brott mot äldre: hemtjänsten och polisen ska informera om bedrägerier.\n"
    )
    assert _pledges(text)[1:] == [
        ("Trafik: polisen ska göra hastighetskontroller vid skolorna varje vecka.", ["Polisen"], "Trafik"),
        (
            "Brott mot äldre: hemtjänsten och polisen ska informera om bedrägerier.",
            ["Hemtjänsten", "Polisen"],
            "Brott mot äldre",
        ),
    ]


def test_a_promise_to_tell_how_it_goes_in_the_follow_up_is_its_arrangement() -> None:
    text = (
        "Medborgarlöfte Exempelby 2024\n\nVåra löften\nPolisen lovar att:\n"
        "• genomföra trafikkontroller vid skolorna varje månad\n\n"
        "Så följer vi upp\nVi lovar att berätta hur det går. Trygghetsrådet följer arbetet varje kvartal.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["genomföra trafikkontroller vid skolorna varje månad"]


def test_an_actor_labelled_line_is_never_a_part_heading() -> None:
    from pledgeparse.extract.segment import heading_role

    assert heading_role("Polisen: Följa upp stölder av båtmotorer") is None
    assert heading_role("Uppföljning: två gånger per år") is not None


def test_a_news_item_gives_its_pledges_in_prose_before_a_related_pages_heading() -> None:
    text = (
        "Nytt medborgarlöfte för Exempelby\n\n"
        "Polisen och Exempelby kommun har skrivit under ett nytt medborgarlöfte för 2024.\n\n"
        "I medborgarlöftet lovar polisen att finnas synligt på torget varje fredag och lördag kväll.\n\n"
        "Kommunen lovar att anställa två fler trygghetsvärdar i centrum under året.\n\n"
        "Medborgarlöften i Exempellän\n\nPolisen söker volontärer till nattvandring\n"
    )
    texts = [p[0] for p in _pledges(text)]
    assert texts[:2] == [
        "I medborgarlöftet lovar polisen att finnas synligt på torget varje fredag och lördag kväll.",
        "Kommunen lovar att anställa två fler trygghetsvärdar i centrum under året.",
    ]


def test_a_page_reporting_results_in_the_past_gives_no_pledges() -> None:
    text = (
        "Så gick det med medborgarlöftet 2019\n\nDet här blev gjort\n"
        "• Polisen genomförde 38 hastighetskontroller vid skolorna.\n"
        "• Kommunen och polisen höll sju trygghetsvandringar.\n"
    )
    result = extract(text.encode(), "results.txt")
    assert result.promises == []


def test_effects_with_farre_and_a_goals_heading_in_everyday_words() -> None:
    text = (
        "Medborgarlöfte Exempelby 2018\n\nVåra löften\n"
        "• Polisen informerar om stöldskydd på hembygdsdagen varje år.\n\n"
        "Så vill vi att det ska bli\nFärre ska köra för fort genom orterna.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Polisen informerar om stöldskydd på hembygdsdagen varje år."]


@pytest.mark.parametrize(
    ("subject", "actor"),
    [("EXBO kommer att", "EXBO"), ("Fältverksamheten kommer att", "Fältverksamheten")],
)
def test_a_company_by_its_short_name_and_a_verksamhet_as_subjects(subject: str, actor: str) -> None:
    text = f"Medborgarlöfte Exempelby 2022\n\nVåra åtaganden\n\n{subject} erbjuda trygghetsvandringar varje vår.\n"
    assert [p[1] for p in _pledges(text)] == [[actor]]


def test_a_fact_box_on_what_a_pledge_is_gives_no_pledges() -> None:
    text = (
        "Nytt löfte i Exempelby\n\nI medborgarlöftet lovar polisen att göra fler båtkontroller i sommar.\n\n"
        "FAKTA: Medborgarlöfte\n"
        "• Ett medborgarlöfte är ett gemensamt åtagande från polisen och kommunen.\n"
        "• Löftet bygger på en lägesbild och på dialog med invånarna.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["I medborgarlöftet lovar polisen att göra fler båtkontroller i sommar."]


def test_a_labelled_last_line_cut_off_is_still_a_pledge() -> None:
    text = (
        "Medborgarlöfte Exempelby 2019\n\nDet här lovar vi\n"
        "Kommunen: Genomföra en trygghetsvandring i centrum under våren.\n"
        "Polisen: Följa upp stölder av båtmotorer genom att besöka"
    )
    assert [p[1] for p in _pledges(text)] == [["Kommunen"], ["Polisen"]]


def test_a_web_page_copied_without_any_blank_line_keeps_its_unbulleted_items() -> None:
    # Every paragraph on one line, no blank lines: the lower-case lines under a lead-in are its items.
    text = (
        "Medborgarlöfte för Provbacka 2021\n"
        "Lokalpolisområde Provbacka och Provbacka kommun har kommit överens om ett medborgarlöfte för 2021, "
        "som bygger på det invånarna berättade vid dialogerna på torget och i skolorna under hösten.\n"
        "Löftet 2021\n"
        "Polisen lovar att:\n"
        "genomföra hastighetskontroller på Storgatan minst två kvällar i månaden\n"
        "besöka fritidsgården varje fredag\n"
        "Provbacka kommun lovar att:\n"
        "se över belysningen i parken före sommaren\n"
        "Uppföljning\n"
        "Löftet följs upp i brottsförebyggande rådet i december.\n"
    )
    assert _pledges(text) == [
        ("genomföra hastighetskontroller på Storgatan minst två kvällar i månaden", ["Polisen"], None),
        ("besöka fritidsgården varje fredag", ["Polisen"], None),
        ("se över belysningen i parken före sommaren", ["Kommunen"], None),
    ]


def test_an_ansvarig_line_under_a_numbered_item_without_blank_lines_names_its_actor() -> None:
    text = (
        "Medborgarlöfte 2019\n\nVåra löften\n"
        "Trygga bostadsområden\n"
        "1. Sanera klotter på kommunens fastigheter inom två dygn.\n"
        "Ansvarig: Tekniska förvaltningen\n"
        "2. Erbjuda sommarjobb till unga i Norrby.\n"
        "Ansvarig: Arbetsmarknadsförvaltningen\n"
    )
    assert [(p[1], p[2]) for p in _pledges(text)] == [
        (["Tekniska förvaltningen"], "Trygga bostadsområden"),
        (["Arbetsmarknadsförvaltningen"], "Trygga bostadsområden"),
    ]


def test_a_body_named_by_its_place_gives_the_pledges_of_its_lead_in() -> None:
    text = (
        "Medborgarlöfte Farsta 2022\n\nVad lovar vi?\n\n"
        "Polisen och Farsta stadsdelsförvaltning lovar tillsammans:\n"
        "– Att genomföra fyra trygghetsvandringar under året.\n\n"
        "Farsta stadsdelsförvaltning lovar:\n"
        "– Att ha fältassistenter i centrum varje fredagskväll.\n"
    )
    assert [p[1] for p in _pledges(text)] == [
        ["Polisen", "Farsta stadsdelsförvaltning"],
        ["Farsta stadsdelsförvaltning"],
    ]
    # A sentence's first word before a body's noun is no place ("Fler fältassistenter ska ...").
    assert v2_actors("Fler fältassistenter ska finnas i centrum.") is None


def test_an_earlier_years_pledges_under_their_own_heading_count_as_well() -> None:
    # GOLD.md 13: a page holding several years' pledges counts every visible one.
    text = (
        "Medborgarlöfte Provbacka 2023–2024\n\nVåra löften\n\nPolisen lovar att:\n"
        "• genomföra trafikkontroller vid skolorna varje månad\n\n"
        "Uppföljning\n\nLöftet följs upp två gånger per år.\n\n"
        "Tidigare medborgarlöfte 2021–2022\n\nKommunen och polisen lovade då att:\n"
        "• starta grannsamverkan i Västra Provbacka\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "genomföra trafikkontroller vid skolorna varje månad",
        "starta grannsamverkan i Västra Provbacka",
    ]


def test_att_items_with_a_subject_of_their_own_name_it() -> None:
    text = (
        "Medborgarlöfte Provbacka 2019\n\nVåra löften\n\nKommunen och polisen lovar:\n\n"
        "– Att polisen utser fasta kontaktpersoner för skolorna.\n"
        "– Att socialtjänsten och polisen gemensamt följer upp unga som påträffas med narkotika.\n"
        "– Att genomföra två trygghetsvandringar per år.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Polisen"], ["Socialtjänsten", "Polisen"], ["Kommunen", "Polisen"]]


def test_a_table_laid_out_with_spaces_gives_its_rows() -> None:
    # A PDF's table as `pdftotext -layout` writes it: a header, theme rows of one cell, rows of cells.
    text = (
        "Medborgarlöfte Provbacka 2022\n\nVåra åtaganden\n\n"
        "Aktivitet                                          Ansvarig            Tidpunkt\n"
        "Tryggare sommar\n"
        "Synlig närvaro till fots i centrum varje fredag.   Polisen             Juni–augusti\n"
        "Sommarvärdar i hamnen och vid badplatserna.        Provbacka kommun    Juni–augusti\n"
    )
    assert _pledges(text) == [
        ("Synlig närvaro till fots i centrum varje fredag.", ["Polisen"], "Tryggare sommar"),
        ("Sommarvärdar i hamnen och vid badplatserna.", ["Kommunen"], "Tryggare sommar"),
    ]


def test_a_news_item_quoting_the_pledge_gives_the_quoted_words() -> None:
    text = (
        "Här är löftena som ska göra Provbacka tryggare\n\n"
        "Provbacka kommun och polisen har skrivit ett medborgarlöfte som gäller i två år.\n\n"
        "Parken har länge haft problem med skadegörelse, enligt polisens statistik.\n\n"
        "I löftet står bland annat: ”Polisen ska kontrollera mopeder vid parken varje fredag.”\n\n"
        "Kommunen har också skrivit under på en åtgärd: ”Kommunen ska förbättra belysningen i parken.”\n"
    )
    assert _pledges(text) == [
        ("Polisen ska kontrollera mopeder vid parken varje fredag.", ["Polisen"], None),
        ("Kommunen ska förbättra belysningen i parken.", ["Kommunen"], None),
    ]


def test_a_subordinate_clause_in_the_past_does_not_undo_a_commitment() -> None:
    text = (
        "Medborgarlöfte Provbacka 2023\n\nVåra löften\n\n"
        "Polisen ska genomföra hastighetskontroller vid skolorna varje vecka.\n\n"
        "Kommunen ska sätta upp hastighetsdisplayer på fem platser som invånarna har pekat ut.\n\n"
        "De båda kommunerna ska under året kartlägga var unga samlas på kvällarna.\n"
    )
    assert [(p[0][:20], p[1]) for p in _pledges(text)] == [
        ("Polisen ska genomför", ["Polisen"]),
        ("Kommunen ska sätta u", ["Kommunen"]),
        ("De båda kommunerna s", ["Kommunen"]),
    ]


def test_a_news_item_says_what_the_pledge_holds_and_who_does_it() -> None:
    text = (
        "Nytt löfte ska ge tryggare Ydre\n\n"
        "Ydre kommun och polisen har skrivit under ett nytt medborgarlöfte för 2024.\n\n"
        "Löftet innehåller också att polisen ska besöka skolorna varje termin.\n\n"
        "I löftet ingår dessutom att kommunen ska ordna läxhjälp på biblioteket.\n"
    )
    assert [(p[0][:22], p[1]) for p in _pledges(text)] == [
        ("Löftet innehåller ocks", ["Polisen"]),
        ("I löftet ingår dessuto", ["Kommunen"]),
    ]


def test_a_table_copied_one_cell_a_line_gives_its_rows() -> None:
    # A PDF read cell by cell: a theme over the column headers, then each activity
    # (wrapped over lines) and one line for each of its other cells.
    text = (
        "Medborgarlöfte Provbacka 2024\n\nVåra åtaganden\n\n"
        "Trafik\nUTFÖRARE\nANSVARIG\n"
        "Hastighetskontroller vid skolorna i Norrby och Söderby minst två gånger per\n"
        "månad under hösten.\nPolis\nKommunpolis\n"
        "Översyn av skyltningen vid förskolorna.\nKommun\nSamhällsbyggnadschef\n"
        "Trygg miljö\nUTFÖRARE\nANSVARIG\n"
        "Trygghetsvandringar i centrum minst en gång per år.\nPolis/ kommun\nSäkerhetssamordnare\n"
    )
    assert _pledges(text) == [
        (
            "Hastighetskontroller vid skolorna i Norrby och Söderby minst två gånger per månad under hösten.",
            ["Polisen"],
            "Trafik",
        ),
        ("Översyn av skyltningen vid förskolorna.", ["Kommunen"], "Trafik"),
        ("Trygghetsvandringar i centrum minst en gång per år.", ["Polisen", "Kommunen"], "Trygg miljö"),
    ]


def test_unbulleted_items_under_the_themes_of_one_lead_in() -> None:
    text = (
        "Medborgarlöfte Provbacka 2019\n\n"
        # (a web page copied as text: each paragraph on one line)
        "Polisen och kommunen har tagit fram löftet efter dialoger med invånare, skolor och företagare "
        "på flera platser i kommunen under hösten.\n\nVårt löfte\n\n"
        "Polisen och Provbacka kommun lovar att under 2019:\n\n"
        "Trafik\ngenomföra tio hastighetskontroller vid skolorna\n"
        "informera om trafiksäkerhet på föräldramötena\n\n"
        "Narkotika\nerbjuda föräldrar till unga som påträffas påverkade ett samtal\n"
    )
    assert [(p[0][:20], p[2]) for p in _pledges(text)] == [
        ("genomföra tio hastig", "Trafik"),
        ("informera om trafiks", "Trafik"),
        ("erbjuda föräldrar ti", "Narkotika"),
    ]


def test_what_is_not_a_pledge_on_pages_about_the_work() -> None:
    text = (
        "Medborgarlöfte 2021\nProvbacka kommun, Norrby kommun och lokalpolisområde Provbacka\n\n"
        "Ydre kommun och polisen har kommit överens om att under 2021 arbeta särskilt med tryggheten i centrum.\n\n"
        "Under året ska arbetet främst handla om trafiken och om ungdomarna.\n\n"
        "Sedan årsskiftet ska varje lokalpolisområde ta fram ett medborgarlöfte med sina kommuner.\n\n"
        "Våra löften\n\n"
        "Polisen ska genomföra hastighetskontroller vid skolorna varje vecka.\n\n"
        "Därutöver ska Provbackahem tillsammans med polisen se över belysningen i Norrby.\n\n"
        "Polisen och socialtjänsten fortsätter att arbeta med insatsgrupper för unga som riskerar att\n"
    )
    assert [(p[0][:24], p[1]) for p in _pledges(text)] == [
        ("Polisen ska genomföra ha", ["Polisen"]),
        ("Därutöver ska Provbackah", ["Provbackahem"]),
        ("Polisen och socialtjänst", ["Polisen", "Socialtjänsten"]),
    ]


def test_the_cut_off_second_copy_of_a_pledge_is_the_same_pledge() -> None:
    text = (
        "Kommunstyrelsen § 9\n\nMedborgarlöfte 2020\n\nFörslaget innehåller följande åtaganden:\n"
        "- Polisen genomför hastighetskontroller på infartsvägarna och vid skolorna.\n"
        "- Kommunen anordnar föräldraträffar om alkohol och narkotika.\n\n"
        "Tjänsteskrivelse\n\nLöftet\n"
        "- Polisen genomför hastighetskontroller på infartsvägarna och vid skolorna.\n"
        "- Kommunen anordnar föräldraträffar om\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Polisen genomför hastighetskontroller på infartsvägarna och vid skolorna.",
        "Kommunen anordnar föräldraträffar om alkohol och narkotika.",
    ]


def test_on_gotland_the_region_is_the_municipality() -> None:
    # GOLD.md: "Region Gotland" -> "Kommunen"; on Gotland "Regionen" is the same party.
    text = (
        "Medborgarlöfte för Gotland 2023\n\nRegion Gotland och lokalpolisområde Gotland har tecknat löftet.\n\n"
        "Våra löften\n\nRegionen lovar att förbättra belysningen längs ringmuren före hösten.\n\n"
        "Polisen lovar att patrullera i Visby innerstad varje helg under sommaren.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Kommunen"], ["Polisen"]]


def test_lettered_items_under_numbered_themes_without_indentation() -> None:
    text = (
        "Medborgarlöfte Provbacka 2025\n\nDet här lovar vi:\n\n"
        "1. Unga och kriminalitet\n"
        "a) Polisen och socialtjänsten gör hembesök hos unga som misstänks för brott.\n"
        "b) Kommunen erbjuder sommarjobb till unga i Norrby.\n\n"
        "2. Trafik\n"
        "a) Polisen kontrollerar hastigheten vid skolorna varje vecka.\n"
    )
    assert [(p[0][:22], p[2]) for p in _pledges(text)] == [
        ("Polisen och socialtjän", "Unga och kriminalitet"),
        ("Kommunen erbjuder somm", "Unga och kriminalitet"),
        ("Polisen kontrollerar h", "Trafik"),
    ]


def test_a_joint_lead_in_naming_several_municipalities_gives_both_parties() -> None:
    text = (
        "Medborgarlöfte 2021–2022\n\nMedborgarlöften\n\n"
        "Lokalpolisområde Skellefteå och Skellefteå, Norsjö och Malå kommuner avger härmed löfte om följande:\n\n"
        "Trafik\n\n• Genomföra riktade kontroller av mopeder i Norsjö varje vår\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Polisen", "Kommunen"]]


def test_a_pledge_printed_twice_keeps_the_copy_under_its_theme() -> None:
    text = (
        "Kommunstyrelsen\n\nMedborgarlöfte 2024\n\nÄrendebeskrivning\n\n"
        "Utifrån lägesbilden föreslås att kommunen och polisen lovar att:\n"
        "- genomföra fyra trygghetsvandringar per år vid hamnen\n"
        "- bjuda in vårdnads-\n  havare till en informationsträff varje vår\n\n"
        "Löften\n\nKommunen och polisen lovar att:\n\nTrygghet vid hamnen\n"
        "- genomföra fyra trygghetsvandringar per år vid hamnen\n"
        "- bjuda in vårdnadshavare till en informationsträff varje vår\n"
    )
    assert [(p[0][:20], p[2]) for p in _pledges(text)] == [
        ("genomföra fyra trygg", "Trygghet vid hamnen"),
        ("bjuda in vårdnadshav", "Trygghet vid hamnen"),
    ]


def test_what_the_reader_can_do_and_a_news_headline_below_the_sites_name_are_no_pledges() -> None:
    text = (
        "Provbacka Tidning\nVÄXJÖ\nPolis och kommun lovar fler kontroller i centrum\n\n"
        "Polisen och kommunen har presenterat årets medborgarlöfte för Växjö, som bygger på samtal med invånarna.\n\n"
        "I medborgarlöftet lovar polisen att genomföra fler narkotikakontroller i centrum.\n\n"
        "Så kan du delta\n\nDet finns flera sätt att lämna dina synpunkter:\n"
        "• Kom till en medborgardialog på torget\n  – i Norrby, lördag 26 september klockan 11–14\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "I medborgarlöftet lovar polisen att genomföra fler narkotikakontroller i centrum."
    ]


def test_a_tables_header_row_gives_the_section_text_only_its_theme() -> None:
    text = (
        "Medborgarlöfte Motala 2021\n\nDet här ska vi göra\n\n"
        "Narkotika | UTFÖRARE | ANSVARIG\n"
        "Riktade kontroller vid skolorna | Polis | Kommunpolis\n"
        "Föräldramöten om droger | Kommun | Socialchef\n"
    )
    result = extract(text.encode(), "tabell.txt")
    part = next(s for s in result.sections if s.heading == "Det här ska vi göra")
    assert "UTFÖRARE" not in (part.text or "") and "Narkotika" in (part.text or "")
    assert [(p.text, p.theme) for p in result.promises] == [
        ("Riktade kontroller vid skolorna", "Narkotika"),
        ("Föräldramöten om droger", "Narkotika"),
    ]


def test_a_noun_like_a_supine_a_report_at_the_end_and_a_long_cut_off_last_line() -> None:
    text = (
        "Medborgarlöfte Varberg 2023\n\nDet här gör vi\n\n"
        "Kommunen har trygghetsvärdar på plats vid stationen varje fredag.\n\n"
        "Kommunen ska tillsammans med polisen se över belysningen i parkerna och redovisa förslagen i oktober.\n\n"
        "Kommunen ser över hastighetsdämpande åtgärder på de gator där flest invånare\n"
    )
    assert [p[0][:26] for p in _pledges(text)] == [
        "Kommunen har trygghetsvärd",
        "Kommunen ska tillsammans m",
        "Kommunen ser över hastighe",
    ]


def test_a_wish_and_a_focus_lead_in_do_not_give_pledges() -> None:
    text = (
        "Medborgarlöfte för Provbacka 2024\n\nVi vill att:\n\n"
        "• alla ska känna sig trygga i centrum\n• färre unga ska börja använda narkotika\n\n"
        "Polisen lovar att:\n\n• genomföra kontroller vid skolorna\n\n"
        "Arbetet riktar in sig på:\n\n• narkotika bland unga\n• trafiksäkerhet vid skolorna\n"
    )
    assert _pledges(text) == [("genomföra kontroller vid skolorna", ["Polisen"], None)]


@pytest.mark.parametrize(
    "lead_in",
    ["Arbetet kommer att rikta in sig på:", "Löftet tar bland annat fasta på:", "Samarbetet ska inrikta sig på:"],
)
def test_what_the_work_will_aim_at_is_no_pledge_list(lead_in: str) -> None:
    # a news page before the signing: the areas the pledge will take up, not what anyone promises
    text = (
        "Nytt medborgarlöfte i Provbacka\n\nKommunen och polisen skriver under ett nytt löfte i maj. "
        f"{lead_in}\n• narkotika bland unga\n• otryggheten vid resecentrum på kvällarna\n"
    )
    assert _pledges(text) == []


def test_a_care_service_and_a_company_named_after_ab_are_actors() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n\nDet här gör vi\n\n"
        "Äldreomsorgen informerar om bedrägerier vid träffpunkterna.\n\n"
        "AB Provbackahem ska förbättra belysningen vid entréerna.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Äldreomsorgen"], ["AB Provbackahem"]]


def test_the_reader_in_a_clause_under_the_parties_own_is_still_a_pledge() -> None:
    # Items one a line under "Därför lovar vi följande:"; the last speaks of the reader only in a
    # clause ("där du får höra"), while the question after the list is the reader's own.
    text = (
        "Medborgarlöften i Provbacka\n\nMedborgarlöfte 2024–2025\n"
        "Under hösten träffade vi boende i Norrby. Många berättade om stenkastning mot bussar.\n\n"
        "Därför lovar vi följande:\nPolisen kommer att vara synlig i Norrby varje vecka, både till fots och i bil.\n"
        "Kommunen sätter upp bättre belysning vid busshållplatserna under 2024.\n"
        "Vi bjuder tillsammans in till öppna möten i Norrby två gånger per år där du får höra hur arbetet går.\n\n"
        "Har du frågor om löftet? Kontakta kommunpolisen via 114 14.\n"
    )
    assert [p[0][:24] for p in _pledges(text)] == [
        "Polisen kommer att vara ",
        "Kommunen sätter upp bätt",
        "Vi bjuder tillsammans in",
    ]


def test_the_past_in_a_clause_under_an_actors_present_tense_does_not_undo_the_pledge() -> None:
    text = (
        "Medborgarlöfte Provbacka 2023\n\nDet här gör vi\n\n"
        "Kommunerna utbildar hemtjänstens personal före sommaren så att de ser när en brukare har blivit lurad.\n\n"
        "Kommunen och polisen genomförde dialoger med invånarna under hösten.\n"
    )
    assert [p[0][:30] for p in _pledges(text)] == ["Kommunerna utbildar hemtjänste"]


def test_an_actor_lead_in_inside_the_situation_part_opens_the_pledges() -> None:
    # No heading names the pledge part: the page's "Så ser det ut" runs on into "Polisen lovar att:"
    # over theme headings and items printed without bullets.
    text = (
        "Medborgarlöfte Provbacka 2024\n\nSå ser det ut\n\n"
        "Många boende känner sig otrygga vid busstorget på kvällarna. Inbrotten i förråd har ökat.\n\n"
        "Polisen lovar att:\n\nBusstorget\n\n"
        "patrullera till fots vid busstorget två kvällar i veckan\n"
        "besöka fritidsgården en gång i månaden\n\n"
        "Provbacka kommun lovar att:\n\nFörråd\n\n"
        "byta lås i de kommunala förråden under våren\n\n"
        "Uppföljning\n\nLöftet följs upp i samverkansgruppen varje kvartal.\n"
    )
    assert _pledges(text) == [
        ("patrullera till fots vid busstorget två kvällar i veckan", ["Polisen"], "Busstorget"),
        ("besöka fritidsgården en gång i månaden", ["Polisen"], "Busstorget"),
        ("byta lås i de kommunala förråden under våren", ["Kommunen"], "Förråd"),
    ]


def test_a_theme_label_ending_in_a_colon_over_its_items() -> None:
    # "Trafik:" names the theme of the items under it, bulleted or not; "Kommunens del:" and
    # "Gemensamt:" name who gives them.
    text = (
        "Medborgarlöfte Provbacka 2024\n\nDet här ska genomföras\n\nKommunen och polisen lovar att:\n\n"
        "Trafik:\n  - Kontrollera mopeder vid skolorna varje vår.\n  - Mäta hastigheten vid Storgatan.\n\n"
        "Unga och droger:\nstötta föräldravandringar i centrum\n\n"
        "Kommunens del:\n  - Byta belysning i gångtunneln.\n"
    )
    assert _pledges(text) == [
        ("Kontrollera mopeder vid skolorna varje vår.", ["Kommunen", "Polisen"], "Trafik"),
        ("Mäta hastigheten vid Storgatan.", ["Kommunen", "Polisen"], "Trafik"),
        ("stötta föräldravandringar i centrum", ["Kommunen", "Polisen"], "Unga och droger"),
        ("Byta belysning i gångtunneln.", ["Kommunen"], "Unga och droger"),
    ]


def test_a_theme_label_on_its_own_line_in_a_page_copied_without_blank_lines() -> None:
    # Every paragraph on one line and nothing between: "Förråd:" after an item without a full
    # stop starts the next theme; "Centrum" over the lead-in names the first.
    text = (
        "Medborgarlöfte Provbacka 2024\n"
        "Provbacka kommun och lokalpolisområde Provbacka har tagit fram ett gemensamt medborgarlöfte för 2024 "
        "utifrån trygghetsmätningen.\n"
        "Löftet\nCentrum\nKommunen och polisen lovar att:\n"
        "genomföra trygghetsvandringar kring torget varje vår\n"
        "Provbackahem ska byta ut trasig belysning i portar och på gårdar inom en vecka efter felanmälan\n"
        "Förråd:\n"
        "informera bostadsrättsföreningar om lås till förråden\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)] == [
        ("genomföra trygghetsvandringar kring torget varje vår", "Centrum"),
        ("Provbackahem ska byta ut trasig belysning i portar och på gårdar inom en vecka efter felanmälan", "Centrum"),
        ("informera bostadsrättsföreningar om lås till förråden", "Förråd"),
    ]


def test_a_news_headline_under_the_sites_menu_and_a_reported_hope_are_not_pledges() -> None:
    text = (
        "Provbacka Tidning\nNyheter\nSport\nKultur\nFamilj\nDebatt\nPrenumerera\nPROVBACKA\n"
        "Polis och kommun lovar fler vandringar i Norrby\n"
        "Kommunen och polisen har skrivit under ett nytt medborgarlöfte för 2024. Fokus ligger på Norrby, där "
        "många säger att de undviker att gå ut på kvällen.\n"
        "Dessutom ska kommun och polis tillsammans:\n"
        "genomföra sex trygghetsvandringar under året\n"
        "starta grannsamverkan i två nya områden\n"
        "Eva Berg hoppas att löftena ska märkas snabbt.\n"
        "– Vi vill synas mer, säger hon.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "genomföra sex trygghetsvandringar under året",
        "starta grannsamverkan i två nya områden",
    ]


def test_a_lead_in_over_its_items_in_a_page_copied_with_short_lines() -> None:
    # No line is long enough to tell a web page from wrapped text: the lead-in, its items one a
    # line and a reported hope after them arrive as one paragraph.
    text = (
        "Provbacka Tidning\nNyheter\nPROVBACKA\n"
        "Kommunen och polisen har skrivit under ett nytt medborgarlöfte för 2024.\n"
        "Dessutom ska kommun och polis tillsammans:\n"
        "genomföra sex trygghetsvandringar under året\n"
        "starta grannsamverkan i två nya områden\n"
        "Eva Berg hoppas att löftena ska märkas snabbt.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "genomföra sex trygghetsvandringar under året",
        "starta grannsamverkan i två nya områden",
    ]


def test_the_parties_giving_their_pledges_at_the_end_of_the_lagesbild() -> None:
    text = (
        "Medborgarlöfte för Provbacka kommun 2024\n\nLägesbild\n\n"
        "Många känner sig otrygga vid stationen efter mörkrets inbrott.\n\n"
        "Provbacka kommun och lokalpolisområde Norrby avger härmed följande löften för 2024:\n\n"
        "Stationen\n\n"
        "att genomföra fyra trygghetsvandringar kring stationen under året\n"
        "att polisen ökar sin synlighet vid stationen kvällstid\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)] == [
        ("att genomföra fyra trygghetsvandringar kring stationen under året", "Stationen"),
        ("att polisen ökar sin synlighet vid stationen kvällstid", "Stationen"),
    ]


def test_a_question_in_a_news_items_prose_is_not_a_pledge() -> None:
    text = (
        "Provbacka Tidning\n\nNytt medborgarlöfte i Provbacka\n\n"
        "Ett nytt medborgarlöfte är klart. Men vad ska polisen och kommunen göra i Norrby i år?\n\n"
        "Polisen ska patrullera till fots i Norrby varje fredag.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Polisen ska patrullera till fots i Norrby varje fredag."]


def test_a_housing_company_named_with_bostader_is_an_actor() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n\nVåra löften\n\n"
        "1. Provbackabostäder byter ut belysningen på gårdarna i Norrby.\n"
        "2. Polisen genomför trafikkontroller vid skolorna varje vecka.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Provbackabostäder"], ["Polisen"]]


def test_a_sentence_describing_what_the_document_says_is_not_a_pledge() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n\nDet här ska vi göra\n\n"
        "Planen beskriver vad polisen och kommunen ska göra under året i Norrby.\n\n"
        "Polisen ska patrullera till fots i Norrby varje fredag.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Polisen ska patrullera till fots i Norrby varje fredag."]


def test_a_list_of_what_the_parties_chose_to_focus_on_is_not_pledges() -> None:
    text = (
        "Medborgarlöfte Provbacka\n\nHär kan du läsa om de medborgarlöften som polisen och kommunen har gett.\n\n"
        "Medborgarlöfte 2021\n"
        "Inför 2021 har polisen och kommunen gått igenom lägesbilden med skolor och föreningar. "
        "Narkotika och trafiken är de frågor som oftast kommer upp. Polisen och kommunen har därför valt att "
        "fokusera på:\n"
        "- narkotika bland unga\n- trafiksäkerhet på vägarna genom Norrby och Västerby\n\n"
        "Löftet\n\nPolisen ska genomföra trafikkontroller i Norrby varje vecka.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Polisen ska genomföra trafikkontroller i Norrby varje vecka."]


def test_a_lead_in_ends_a_short_pages_preamble_and_its_first_theme_counts() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n\n"
        "Provbacka kommun och polisen har tagit fram ett medborgarlöfte för 2024.\n\n"
        "Polisen och kommunen lovar att:\n\nUnga\n- informera på skolorna om droger varje termin\n\n"
        "Trafik\n- genomföra hastighetskontroller vid skolorna varje skolstart\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)] == [
        ("informera på skolorna om droger varje termin", "Unga"),
        ("genomföra hastighetskontroller vid skolorna varje skolstart", "Trafik"),
    ]


def test_a_report_back_after_the_first_action_when_the_subject_names_both_parties() -> None:
    # The first "och" joins the subject; the report ("återkoppla") is how the review ends.
    text = (
        "Medborgarlöfte Provbacka 2024\n\nVåra löften\n\n"
        "Kommunen och polisen ska varje månad gå igenom inkomna synpunkter om otrygga platser "
        "och återkoppla till dem som lämnat dem.\n"
    )
    assert [p[0][:30] for p in _pledges(text)] == ["Kommunen och polisen ska varje"]


def test_a_proposal_that_both_parties_promise_gives_both_as_actors() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n\nVåra löften\n\n"
        "Utifrån lägesbilden föreslås att kommunen och polisen lovar att:\n"
        "- genomföra sex trygghetsvandringar per år i centrum\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Kommunen", "Polisen"]]


def test_att_clauses_one_a_line_after_the_parties_give_their_pledge() -> None:
    # A PDF without bullets: each clause opens a line with "att", the one before ends in a comma,
    # and a page break (closed up by the cleaner) puts one clause after a comma on the same line.
    text = (
        "MEDBORGARLÖFTE 2021\n\nLöftet\n"
        "Provbacka kommun och lokalpolisområde Norrby avger härmed löfte\n"
        "att genomföra minst sex trafikkontroller per termin på Storgatan i\nProvbacka,\n"
        "att arbeta med grannsamverkan i fler bostadsområden,\n\n"
        "Medborgarlöfte 2021 – Provbacka kommun                                   2 (2)\n\n"
        "att kommunen åtgärdar klotter på kommunala byggnader inom en vecka.\n\n"
        "Uppföljning\nLöftet följs upp två gånger per år.\n"
    )
    assert [(p[0], p[1]) for p in _pledges(text)] == [
        ("att genomföra minst sex trafikkontroller per termin på Storgatan i Provbacka", ["Kommunen", "Polisen"]),
        ("att arbeta med grannsamverkan i fler bostadsområden", ["Kommunen", "Polisen"]),
        ("att kommunen åtgärdar klotter på kommunala byggnader inom en vecka.", ["Kommunen"]),
    ]


def test_a_pledge_cut_by_a_page_break_in_the_first_copy_is_the_whole_one_of_the_second() -> None:
    # Council minutes print the list twice; in the decision a page break cuts the last item.
    text = (
        "Medborgarlöfte 2016\n\nBeslut\n\nKommunen och polisen lovar att:\n"
        "- informera om grannsamverkan vid öppna möten i Norrby\n"
        "- polisen genomför alkohol- och drogkontroller i trafiken\n\n"
        "Tjänsteskrivelse\n\nMedborgarlöfte 2016\n\nKommunen och polisen lovar att:\n"
        "- informera om grannsamverkan vid öppna möten i Norrby\n"
        "- polisen genomför alkohol- och drogkontroller i trafiken vid infarterna minst en gång i veckan\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "informera om grannsamverkan vid öppna möten i Norrby",
        "polisen genomför alkohol- och drogkontroller i trafiken vid infarterna minst en gång i veckan",
    ]


def test_a_lead_in_that_opens_with_mot_bakgrund_av_still_gives_its_list() -> None:
    text = (
        "Medborgarlöfte Provbacka 2019\n\nVåra löften\n"
        "Mot bakgrund av lägesbilden avger Provbacka kommun och lokalpolisområde Norrby härmed löfte att:\n\n"
        "1. Arbeta för fler vuxna på stan genom att stödja nattvandrarna med material.\n"
        "2. Starta grannsamverkan i minst tre nya bostadsområden per år.\n"
    )
    assert [p[0][:20] for p in _pledges(text)] == ["Arbeta för fler vuxn", "Starta grannsamverka"]


def test_unbulleted_att_lines_under_the_parties_giving_their_pledge_as_a_heading() -> None:
    text = (
        "Medborgarlöfte Provbacka 2025\n"
        "Provbacka kommun och lokalpolisområde Norrby har tagit fram ett gemensamt medborgarlöfte för 2025 "
        "utifrån trygghetsmätningen och dialogerna.\n"
        "Provbacka kommun och lokalpolisområde Norrby avger härmed löfte\n"
        "att genomföra riktade kontroller av mopeder i centrum minst en helg per månad\n"
        "att erbjuda alla pensionärsföreningar en informationsträff om bedrägerier\n"
        "att se över trafikmiljön på Storgatan i samråd med de boende\n"
        "Mål\nVi vill att färre invånare ska uppleva buskörning som ett problem.\n"
    )
    assert [p[0][:24] for p in _pledges(text)] == [
        "att genomföra riktade ko",
        "att erbjuda alla pension",
        "att se över trafikmiljön",
    ]


def test_focus_areas_one_a_line_before_the_lead_in_are_no_theme() -> None:
    text = (
        "Medborgarlöfte Provbacka 2025\n"
        "Provbacka kommun och lokalpolisområde Norrby har tagit fram ett gemensamt medborgarlöfte för 2025 "
        "utifrån trygghetsmätningen och dialogerna i Norrby, Västerby och centrala Provbacka under hösten.\n"
        "Under perioden arbetar vi med inriktning på:\n"
        "Trygghet i centrum\nInbrott i fritidshus\nUnga i riskzon\n"
        "Det här lovar vi:\n"
        "1. Polisen genomför fotpatruller vid stationen varje helg under sommarhalvåret.\n"
        "2. Kommunen inventerar belysningen i centrum senast i oktober 2025.\n"
    )
    assert [(p[0][:20], p[2]) for p in _pledges(text)] == [
        ("Polisen genomför fot", None),
        ("Kommunen inventerar ", None),
    ]


# --- round 17: traits of a fresh batch of invented pages ---------------------------------------


def _result(text: str) -> ExtractionResult:
    return extract(text.encode("utf-8"), "trait.txt")


def test_signed_copy_lines_with_a_slash_are_signatories() -> None:
    text = (
        "Medborgarlöfte för Lerbo kommun 2016\n\n"
        "Polisen och Lerbo kommun lovar att under 2016:\n"
        "- Genomföra trafikkontroller vid skolorna varje vecka.\n\n"
        "Lerbo 2016-03-02\n"
        "/Karin Holm, Kommunchef Lerbo kommun\n"
        "/Olof Berg, Lokalpolisområdeschef Västra Lerbo\n"
    )
    people = [(s.name, s.side.value, str(s.date)) for s in _result(text).signatories]
    assert people == [("Karin Holm", "kommun", "2016-03-02"), ("Olof Berg", "polis", "2016-03-02")]


def test_what_pledges_in_general_are_for_is_no_pledge() -> None:
    text = (
        "Medborgarlöfte Lerbo 2016\n\n"
        "Medborgarlöften ska:\n"
        "- göra det tydligt vad polis och kommun gör tillsammans\n"
        "- bygga på vad invånarna har berättat\n\n"
        "Polisen och Lerbo kommun lovar att under 2016:\n"
        "- Genomföra trafikkontroller vid skolorna minst en gång i veckan.\n"
    )
    assert [p for p, _, _ in _pledges(text)] == ["Genomföra trafikkontroller vid skolorna minst en gång i veckan."]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # the police named with its area before the municipality: two parties, not one
        ("Polisen i lokalpolisområde Norrby och Lerbo kommun lovar att", ["Polisen", "Kommunen"]),
        ("Alkoholhandläggarna och polisen gör tillsynsbesök", ["Alkoholhandläggarna", "Polisen"]),
        ("Lerbobyggen och polisen startar grannsamverkan", ["Lerbobyggen", "Polisen"]),
        # a housing company named after a real municipality
        ("Vingåkershus ser över belysningen", ["Vingåkershus"]),
        # a group of people joined to a known party
        ("Skolkuratorer och kommunpolisen träffar eleverna", ["Skolkuratorer", "Polisen"]),
    ],
)
def test_subjects_of_bodies_groups_and_companies(sentence: str, actors: list[str]) -> None:
    assert subject_actors(sentence) == actors


@pytest.mark.parametrize(
    "sentence",
    [
        "Fritidshus ska inte stå obevakade",  # a building, not a company
        "Trygghetsvandringar och polisens närvaro ökar",  # actions, not people
    ],
)
def test_nouns_that_are_no_actors(sentence: str) -> None:
    from pledgeparse.extract.actors import subject_actors

    assert subject_actors(sentence) is None


def test_a_reported_view_and_a_wish_outside_the_pledge_stay_out() -> None:
    text = (
        "Lerbo-Kuriren\n\n"
        "Nytt löfte mot bedrägerier\n\n"
        "Polisen och Lerbo kommun har skrivit under ett nytt medborgarlöfte för 2025.\n\n"
        "Det här står i löftet\n"
        "I medborgarlöftet lovar polisen att hålla informationsträffar om bedrägerier på träffpunkterna.\n"
        "Hemtjänsten ska utbilda sin personal i att känna igen bedrägeriförsök hos äldre. "
        "Enligt Sara Lund har liknande utbildningar fungerat bra i grannkommunerna.\n"
        "Kommunen och polisen vill också se fler boende i grannsamverkan, men det ingår inte i årets löfte.\n"
    )
    assert [p for p, _, _ in _pledges(text)] == [
        "I medborgarlöftet lovar polisen att hålla informationsträffar om bedrägerier på träffpunkterna.",
        "Hemtjänsten ska utbilda sin personal i att känna igen bedrägeriförsök hos äldre.",
    ]


def test_a_who_label_for_every_party_is_no_theme() -> None:
    text = (
        "Medborgarlöfte Lerbo 2022\n\n"
        "Så här lovar vi\n"
        "Polisen: Vi ska öka närvaron i centrum på fredagskvällar.\n\n"
        "Tillsammans: Vi ska genomföra två trygghetsvandringar under hösten.\n"
    )
    found = _pledges(text)
    assert [t for _, _, t in found] == [None, None]
    assert found[1][1] == ["Kommunen", "Polisen"]


def test_a_news_item_on_a_new_pledge_names_its_year() -> None:
    text = (
        "Lerbo-Kuriren\n\n"
        "Löfte mot rattfylleri\n\n"
        "Lerbo kommun och polisen har tagit fram ett nytt medborgarlöfte för 2026. "
        "Rattfylleri står i fokus.\n\n"
        "Polisen ska genomföra nykterhetskontroller varje helg under vintern.\n"
    )
    document = _result(text).document
    assert document is not None and (document.period_start, document.period_end) == (2026, 2026)


def test_a_company_after_a_signers_title_is_no_second_signer() -> None:
    from pledgeparse.extract.signatories import extract as read_signatures

    people = read_signatures(
        [["Lerbo 2018-05-02", "Karin Holm, kommunstyrelsens ordförande", "Eva Strand, vd Lerbo Bostads AB"]]
    )
    assert [(p.name, p.title) for p in people] == [
        ("Karin Holm", "kommunstyrelsens ordförande"),
        ("Eva Strand", "vd Lerbo Bostads AB"),
    ]


def test_a_place_named_after_a_person_is_no_signer() -> None:
    text = (
        "Medborgarlöfte Lerbo 2021\n\n"
        "Polisen och Lerbo kommun lovar att öka närvaron i centrum under helgkvällar.\n\n"
        "Medborgarlöftet undertecknades av kommunstyrelsens ordförande Karin Holm och "
        "lokalpolisområdeschef Olof Berg vid en träff på Gustav Adolfs torg.\n"
    )
    assert sorted(s.name for s in _result(text).signatories) == ["Karin Holm", "Olof Berg"]


def test_an_unbulleted_paragraph_of_two_parties_sentences_is_two_pledges() -> None:
    text = (
        "Medborgarlöfte Lerbo 2023\n\n"
        "Vårt löfte\n"
        "Polisen och Lerbo kommun lovar att under 2023:\n"
        "Genomföra minst tio hastighetskontroller på Storgatan.\n"
        "Arrangera två trygghetsvandringar i centrum.\n"
        "Kommunen kommer att utöka fältverksamheten under helger. "
        "Polisen kommer att delta vid fyra informationsträffar för seniorer.\n"
    )
    found = _pledges(text)
    assert [(p, a) for p, a, _ in found[2:]] == [
        ("Kommunen kommer att utöka fältverksamheten under helger.", ["Kommunen"]),
        ("Polisen kommer att delta vid fyra informationsträffar för seniorer.", ["Polisen"]),
    ]


def test_a_past_tense_in_a_when_clause_does_not_unmake_a_commitment() -> None:
    from pledgeparse.extract.pledge_words import prose_signals

    signals = prose_signals("Kommunen ska även sanera klotter inom 48 timmar från det att det har anmälts.")
    assert not signals["past"]
    assert prose_signals("Kommunen har genomfört tre trygghetsvandringar.")["past"]


def test_nominal_lines_under_short_theme_headings_of_a_web_copy_are_items() -> None:
    text = (
        "Medborgarlöfte Lerbo 2025\n"
        "Polisen och Lerbo kommun har tagit fram ett medborgarlöfte för 2025 utifrån lägesbilden och dialogerna.\n"
        "Det här ska vi göra\n"
        "Trafik\n"
        "Hastighetskontroller på Storgatan minst två gånger i månaden\n"
        "Information om trafikregler till elever som kör EPA-traktor\n"
        "Trygghet\n"
        "Gemensam trygghetsvandring i centrum under hösten\n"
        "Läs också\n"
        "Fler söker till polisutbildningen i Lerbo i år\n"
    )
    assert [(p, t) for p, _, t in _pledges(text)] == [
        ("Hastighetskontroller på Storgatan minst två gånger i månaden", "Trafik"),
        ("Information om trafikregler till elever som kör EPA-traktor", "Trafik"),
        ("Gemensam trygghetsvandring i centrum under hösten", "Trygghet"),
    ]


def test_a_sentence_joining_two_parties_commitments_is_one_pledge_per_clause() -> None:
    text = (
        "Nytt medborgarlöfte i Lerbo\n\n"
        "Polisen och Lerbo kommun har skrivit under ett medborgarlöfte för 2024.\n\n"
        "I medborgarlöftet lovar polisen att patrullera vid resecentrum varje fredagskväll, "
        "medan kommunen ska byta ut belysningen i gångtunneln vid Ängsvägen före sommaren. "
        "Fältgruppen ska hålla öppet på torget varje lördag, och fritidsenheten lovar att ordna "
        "läxhjälp två kvällar i veckan.\n"
    )
    assert [(p, a) for p, a, _ in _pledges(text)] == [
        ("I medborgarlöftet lovar polisen att patrullera vid resecentrum varje fredagskväll", ["Polisen"]),
        ("kommunen ska byta ut belysningen i gångtunneln vid Ängsvägen före sommaren.", ["Kommunen"]),
        ("Fältgruppen ska hålla öppet på torget varje lördag", ["Fältgruppen"]),
        ("fritidsenheten lovar att ordna läxhjälp två kvällar i veckan.", ["Fritidsenheten"]),
    ]


def test_one_partys_two_clauses_and_a_told_of_promise_stay_as_they_are() -> None:
    text = (
        "Nytt medborgarlöfte i Lerbo\n\n"
        "Polisen och Lerbo kommun har presenterat vad de lovar invånarna under 2024.\n\n"
        "Polisen ska genomföra trafikkontroller på Storgatan, och polisen ska även besöka skolorna.\n"
    )
    assert [p for p, _, _ in _pledges(text)] == [
        "Polisen ska genomföra trafikkontroller på Storgatan, och polisen ska även besöka skolorna."
    ]


def test_an_item_paragraph_of_an_inverted_and_a_plain_subject_is_two_pledges() -> None:
    text = (
        "Medborgarlöfte Lerbo 2024\n"
        "Polisen lovar:\n"
        "Att synas vid stationen tre kvällar i veckan.\n"
        "Dessutom kommer polisen att besöka seniorträffarna två gånger per år. "
        "Kommunen ska också samordna ett nätverk för fastighetsägare i centrum.\n"
    )
    assert [(p, a) for p, a, _ in _pledges(text)][1:] == [
        ("Dessutom kommer polisen att besöka seniorträffarna två gånger per år.", ["Polisen"]),
        ("Kommunen ska också samordna ett nätverk för fastighetsägare i centrum.", ["Kommunen"]),
    ]


def test_what_the_pledge_says_a_party_shall_do_is_that_partys_pledge() -> None:
    text = (
        "Nytt medborgarlöfte i Lerbo\n\n"
        "Polisen och Lerbo kommun har skrivit under ett medborgarlöfte för 2024.\n\n"
        "Ungdomsgården ska hålla öppet till klockan 23 på fredagar. "
        "I löftet står också att polisen ska besöka mellanstadiet för att prata om nätsäkerhet.\n"
    )
    assert [(p, a) for p, a, _ in _pledges(text)] == [
        ("Ungdomsgården ska hålla öppet till klockan 23 på fredagar.", ["Ungdomsgården"]),
        ("I löftet står också att polisen ska besöka mellanstadiet för att prata om nätsäkerhet.", ["Polisen"]),
    ]


def test_lines_under_an_actor_label_of_a_web_copy_are_its_items() -> None:
    text = (
        "Medborgarlöfte Lerbo 2025\n"
        "Lokalpolisområde Lerbo och Lerbo kommun har kommit överens om ett medborgarlöfte för 2025. Det bygger på "
        "polisens lägesbild, kommunens uppgifter och vad invånarna berättade vid två öppna dialogmöten i höstas.\n"
        "Våra åtaganden 2025\n"
        "Trygg kvällsmiljö\n"
        "Polis:\n"
        "Synlig närvaro vid busstationen varje fredag kväll\n"
        "Dialogpatrullering med fokus på unga i centrum\n"
        "Kommun:\n"
        "Förbättrad belysning i Ekparken\n"
        "Trafik\n"
        "Polis:\n"
        "Hastighetsmätningar på Storgatan, minst åtta tillfällen under året\n"
        "Kommun:\n"
        "Ökad skyltning vid förskolorna\n"
    )
    assert _pledges(text) == [
        ("Synlig närvaro vid busstationen varje fredag kväll", ["Polisen"], "Trygg kvällsmiljö"),
        ("Dialogpatrullering med fokus på unga i centrum", ["Polisen"], "Trygg kvällsmiljö"),
        ("Förbättrad belysning i Ekparken", ["Kommunen"], "Trygg kvällsmiljö"),
        ("Hastighetsmätningar på Storgatan, minst åtta tillfällen under året", ["Polisen"], "Trafik"),
        ("Ökad skyltning vid förskolorna", ["Kommunen"], "Trafik"),
    ]


def test_a_lead_in_without_its_colon_over_lower_case_lines() -> None:
    text = (
        "Medborgarlöfte\n"
        "Lerbo kommun och lokalpolisområde Lerbo lämnar varje år ett medborgarlöfte till invånarna. Löftet bygger "
        "på polisens lägesbild och på vad invånarna har berättat i dialoger och i kommunens trygghetsenkät.\n"
        "Medborgarlöfte 2022\n"
        "Vi lovar att\n"
        "genomföra hastighetskontroller i Ekeby minst en gång i månaden (polisen)\n"
        "erbjuda alla över 75 år ett hembesök om bedrägerier (kommunen)\n"
        "Uppföljning\n"
        "Löftet följs upp två gånger per år.\n"
    )
    assert [(p, a) for p, a, _ in _pledges(text)] == [
        ("genomföra hastighetskontroller i Ekeby minst en gång i månaden (polisen)", ["Polisen"]),
        ("erbjuda alla över 75 år ett hembesök om bedrägerier (kommunen)", ["Kommunen"]),
    ]


def test_inverted_items_under_a_heading_of_years_name_their_doer_and_no_theme() -> None:
    text = (
        "Medborgarlöfte Lerbo 2023–2024\n\n"
        "Lerbo kommun och lokalpolisområde Lerbo lovar följande.\n\n"
        "Under 2023 och 2024\n"
        "• Kommer polisen att genomföra sex trafikkontroller per år vid Bergsby.\n"
        "• Kommer socialtjänsten att erbjuda ett stödsamtal inom en vecka till unga som påträffas med narkotika.\n"
    )
    assert _pledges(text) == [
        ("Kommer polisen att genomföra sex trafikkontroller per år vid Bergsby.", ["Polisen"], None),
        (
            "Kommer socialtjänsten att erbjuda ett stödsamtal inom en vecka till unga som påträffas med narkotika.",
            ["Socialtjänsten"],
            None,
        ),
    ]


def test_a_place_named_like_a_youth_centre_is_a_theme_and_a_cut_off_last_line_keeps_its_theme() -> None:
    text = (
        "Medborgarlöfte Lerbo 2019\n\n"
        "Vad gör vi?\n\n"
        "Skärgården\n\n"
        "Polisen kommer att hålla öppen mottagning i bygdegården en gång i månaden under sommaren.\n\n"
        "Skadegörelse i centrum\n\n"
        "Kommunen ska sanera klotter på kommunala fastigheter inom 48 timmar efter anmälan.\n\n"
        "Polisen kommer att prioritera utredningar av skadegörelse i centrum och återkoppla till"
    )
    assert [(p, t) for p, _, t in _pledges(text)] == [
        ("Polisen kommer att hålla öppen mottagning i bygdegården en gång i månaden under sommaren.", "Skärgården"),
        (
            "Kommunen ska sanera klotter på kommunala fastigheter inom 48 timmar efter anmälan.",
            "Skadegörelse i centrum",
        ),
        (
            "Polisen kommer att prioritera utredningar av skadegörelse i centrum och återkoppla till",
            "Skadegörelse i centrum",
        ),
    ]


def test_a_last_item_cut_off_after_two_words_is_no_pledge_but_a_short_item_is() -> None:
    lead = "Medborgarlöfte Lerbo 2024\n\nTillsammans lovar vi att:\n\n• anordna trygghetsvandringar i Ekeby\n"
    assert [p for p, _, _ in _pledges(lead + "• erbjuda en")] == ["anordna trygghetsvandringar i Ekeby"]
    from pledgeparse.extract.pledge_walker import _cut_short

    assert _cut_short("erbjuda en") and not _cut_short("Ökad närvaro") and not _cut_short("erbjuda en kurs")


def test_themes_right_under_a_pledge_lead_in_outside_the_pledge_part_keep_it() -> None:
    # The lead-in stands in the Lägesbild part; each theme heading under it opens one of its lists.
    text = (
        "Medborgarlöfte 2025–2026\n\n"
        "Ekby kommun, lokalpolisområde Ekby och Räddningstjänsten har tagit fram ett gemensamt medborgarlöfte.\n\n"
        "Lägesbild\n\n"
        "Invånarna oroar sig mest för bränder i soprum och för narkotika nära skolan.\n\n"
        "Polisen, Ekby kommun och Räddningstjänsten lovar:\n\n"
        "Brand\n\n"
        "1. Räddningstjänsten besöker alla skolor i årskurs 5 och berättar om anlagd brand.\n"
        "2. Vi går kvällsvandringar i Norrgärdet minst fyra gånger per år.\n\n"
        "Narkotika\n\n"
        "3. Föräldraträffar om narkotika varje termin (socialtjänsten och polisen).\n"
    )
    assert [(p, t) for p, _, t in _pledges(text)] == [
        ("Räddningstjänsten besöker alla skolor i årskurs 5 och berättar om anlagd brand.", "Brand"),
        ("Vi går kvällsvandringar i Norrgärdet minst fyra gånger per år.", "Brand"),
        ("Föräldraträffar om narkotika varje termin (socialtjänsten och polisen).", "Narkotika"),
    ]


def test_att_clauses_of_a_pdf_lead_in_wrapped_over_lines_are_one_pledge_each() -> None:
    text = (
        "Medborgarlöfte 2021 för Ekby kommun\n\n"
        "Löftet\n"
        "Ekby kommun och lokalpolisområde Ekby avger härmed löfte att under 2021:\n"
        "att genomföra fyra trygghetsvandringar i kommunens tätorter, varav två tillsammans med\n"
        "hyresgästföreningen\n"
        "att polisen ska vara synlig vid skolavslutningarna\n"
        "att erbjuda informationsträffar om bedrägerier för äldre på kommunens träffpunkter\n"
        "varje kvartal\n"
    )
    assert [p for p, _, _ in _pledges(text)] == [
        "att genomföra fyra trygghetsvandringar i kommunens tätorter, varav två tillsammans med hyresgästföreningen",
        "att polisen ska vara synlig vid skolavslutningarna",
        "att erbjuda informationsträffar om bedrägerier för äldre på kommunens träffpunkter varje kvartal",
    ]


def test_capitalised_verb_lines_under_a_lead_in_ending_in_att_are_its_items() -> None:
    text = (
        "Medborgarlöfte 2024–2025\n"
        "Lokalpolisområde Ekby och Ekby kommun\n"
        "Bakgrund\n"
        "Under hösten svarade 900 invånare på trygghetsmätningen, och många var oroliga för bedrägerier och för\n"
        "otrygghet kring busstationen på kvällstid.\n"
        "Det här lovar vi\n"
        "Lokalpolisområde Ekby och Ekby kommun lovar att under 2024–2025:\n"
        "Genomföra minst tre trygghetsvandringar per år i Solbacken tillsammans med boende\n"
        "Synas mer vid busstationen på kvällstid\n"
        "Ta fram en plan mot bedrägerier tillsammans med pensionärsföreningarna\n"
        "Uppföljning\n"
        "Löftet följs upp i det brottsförebyggande rådet varje kvartal.\n"
    )
    assert _pledges(text) == [
        (
            "Genomföra minst tre trygghetsvandringar per år i Solbacken tillsammans med boende",
            ["Polisen", "Kommunen"],
            None,
        ),
        ("Synas mer vid busstationen på kvällstid", ["Polisen", "Kommunen"], None),
        ("Ta fram en plan mot bedrägerier tillsammans med pensionärsföreningarna", ["Polisen", "Kommunen"], None),
    ]
    # A theme in -a set apart by a blank line under "... åtar sig att:" heads its list.
    apart = (
        "Medborgarlöfte 2024\n\nLägesbild\nOtryggheten i parkerna har ökat.\n\n"
        "Ekby kommun och lokalpolisområde Ekby åtar sig att:\n\nTrygga parker och torg\n\n"
        "  • att genomföra trygghetsvandringar i Ekbyparken två gånger per år\n"
    )
    assert [(p, t) for p, _, t in _pledges(apart)] == [
        ("att genomföra trygghetsvandringar i Ekbyparken två gånger per år", "Trygga parker och torg")
    ]
    # A theme in -a right under the lead-in, over lower-case "att" items, heads them.
    over_att = (
        "Medborgarlöfte 2017\nEkby kommun och polisen har tagit fram ett medborgarlöfte för 2017 efter en dialog"
        " med invånarna på biblioteket, i idrottshallen och på föräldramöten i skolorna under hösten.\n"
        "Ekby kommun och lokalpolisområde Ekby avger härmed löfte att under 2017:\n"
        "Narkotika bland unga\n"
        "att genomföra minst två föräldraträffar om narkotika tillsammans med skolorna\n"
        "att finnas på plats vid fritidsgården varje fredagskväll\n"
    )
    found = [(p, t) for p, _, t in _pledges(over_att)]
    assert found[0] == (
        "att genomföra minst två föräldraträffar om narkotika tillsammans med skolorna",
        "Narkotika bland unga",
    )
    assert all(not p.startswith("Narkotika") for p, _ in found)
    # A theme in -a under a lead-in whose "att" has its own verb is no item.
    themed = (
        "Medborgarlöfte 2021\n\nLägesbild\nI Ekby oroar trafiken och narkotikan mest.\n\n"
        "Medborgarlöften\nLokalpolisområde Ekby och Ekby kommun avger\n"
        "härmed löfte om att arbeta med följande:\n\n"
        "Narkotika bland unga\n"
        "• Genomföra två informationskvällar om narkotika för föräldrar i\n  varje kommundel per år\n"
        "Trafik\n"
        "• Genomföra kontroller av A-traktorer varje vår och höst\n"
    )
    assert [(p, t) for p, _, t in _pledges(themed)] == [
        (
            "Genomföra två informationskvällar om narkotika för föräldrar i varje kommundel per år",
            "Narkotika bland unga",
        ),
        ("Genomföra kontroller av A-traktorer varje vår och höst", "Trafik"),
    ]


def test_a_cell_by_cell_table_goes_on_after_a_page_break_and_stops_at_a_blank_line() -> None:
    # A PDF's text read cell by cell: the page's end cuts the table after one row, its running
    # footer and the next page's rows follow; the goals under it after a blank line are no rows.
    text = (
        "Medborgarlöfte Ekby 2023\n\nLöfte\n\nEkby kommun och lokalpolisområde Ekby lovar att under 2023:\n\n"
        "Trafik\nUTFÖRARE\nANSVARIG\n"
        "att genomföra hastighetskontroller på Storgatan\nvarje månad\nPolis\nKommunpolis\n"
        "\fMedborgarlöfte Ekby 2023                                         2(3)\n\n"
        "att bygga om övergångsstället vid Ekbyskolan\ntill hösten\nKommun\nGatuchef\n"
        "Unga\nUTFÖRARE\nANSVARIG\n"
        "att hålla fritidsgården öppen på fredagskvällar\nKommun\nFritidschef\n\n"
        "Mål och effekter\nTrafik – lägre hastigheter vid skolan\nUnga – fler unga på fritidsgården\n"
        "\fMedborgarlöfte Ekby 2023                                         3(3)\n"
    )
    assert _pledges(text) == [
        ("att genomföra hastighetskontroller på Storgatan varje månad", ["Polisen"], "Trafik"),
        ("att bygga om övergångsstället vid Ekbyskolan till hösten", ["Kommunen"], "Trafik"),
        ("att hålla fritidsgården öppen på fredagskvällar", ["Kommunen"], "Unga"),
    ]


def test_a_cell_by_cell_activity_runs_on_over_a_capitalised_street_name() -> None:
    text = (
        "Medborgarlöfte Ekby 2024\n\nVåra åtaganden\n\n"
        "Trygg miljö\nUTFÖRARE\nANSVARIG\n"
        "Trygghetsvandring i bostadsområdena kring skolan på Norra\nKvarngatan minst en gång per kvartal.\nPolis/ kommun\n"
        "Säkerhetssamordnare\n"
        "Klotter tas bort inom ett dygn.\nKommun\nGatuchef\n"
    )
    assert [(p, a) for p, a, _ in _pledges(text)] == [
        (
            "Trygghetsvandring i bostadsområdena kring skolan på Norra Kvarngatan minst en gång per kvartal.",
            ["Polisen", "Kommunen"],
        ),
        ("Klotter tas bort inom ett dygn.", ["Kommunen"]),
    ]


def test_a_word_processors_o_bullets_at_the_first_levels_indent_are_its_second_level() -> None:
    text = (
        "Medborgarlöfte Ekby 2022\n\nVåra löften\n\nPolisen och Ekby kommun lovar att:\n\n"
        "• Trafik:\n"
        "o genomföra hastighetskontroller vid skolorna varje månad\n"
        "o se över belysningen vid busshållplatserna\n"
        "• Trygghet i centrum:\n"
        "o genomföra trygghetsvandringar i centrum två gånger per år\n"
    )
    assert [(p, t) for p, _, t in _pledges(text)] == [
        ("genomföra hastighetskontroller vid skolorna varje månad", "Trafik"),
        ("se över belysningen vid busshållplatserna", "Trafik"),
        ("genomföra trygghetsvandringar i centrum två gånger per år", "Trygghet i centrum"),
    ]


def test_who_does_an_item_in_parentheses_on_its_own_line_stays_with_it() -> None:
    text = (
        "Medborgarlöfte Ekby 2021\n\nVåra löften\n\nKommunen lovar att:\n\n"
        "• Rusta upp belysningen i gångtunneln vid stationen\n"
        "(Tekniska förvaltningen)\n"
        "• Erbjuda feriearbete till alla som söker\n"
    )
    assert [p for p, _, _ in _pledges(text)] == [
        "Rusta upp belysningen i gångtunneln vid stationen (Tekniska förvaltningen)",
        "Erbjuda feriearbete till alla som söker",
    ]


def test_sentence_long_lines_under_a_lead_in_on_a_copied_web_page_are_its_items() -> None:
    # A news page copied with one paragraph a line: the lead-in's own run of lines holds its
    # items, their bullets lost; an official's quote below is no item.
    text = (
        "Nyheter\nNytt medborgarlöfte i Ekby\n"
        "Ekby kommun och polisen har skrivit under ett nytt medborgarlöfte som gäller under hela 2025 och "
        "som bygger på en enkät som över tusen invånare svarade på under våren.\n"
        "Det här lovar polisen och kommunen under 2025:\n"
        "Fler trafikkontroller vid skolorna under terminsstarten\n"
        "Kommunen tänder upp gångstråket mellan stationen och torget\n"
        "Polisen finns på plats vid fritidsgården varje fredag\n"
        "– Vi vill att fler ska känna sig trygga i centrum, säger kommunpolis Lena Ek.\n"
    )
    assert [p for p, _, _ in _pledges(text)] == [
        "Fler trafikkontroller vid skolorna under terminsstarten",
        "Kommunen tänder upp gångstråket mellan stationen och torget",
        "Polisen finns på plats vid fritidsgården varje fredag",
    ]
    # A short line over lower-case items is their theme's name, not an item.
    themed = text.split("Fler trafik")[0] + (
        "Tryggare trafik vid skolorna\ngenomföra hastighetskontroller vid skolorna under terminsstarten\n"
    )
    assert [(p, t) for p, _, t in _pledges(themed)] == [
        ("genomföra hastighetskontroller vid skolorna under terminsstarten", "Tryggare trafik vid skolorna")
    ]


def test_lower_case_items_under_each_theme_of_a_news_items_lead_in() -> None:
    # A news item quoting the pledge: no pledge part, yet the lead-in announces the items,
    # and a theme's name between them does not end them.
    text = (
        "Nyheter\nEkby får nytt medborgarlöfte\n"
        "Ekby kommun och polisen skrev i går under ett nytt medborgarlöfte som ska gälla i två år framåt "
        "och som har tagits fram efter dialoger med invånarna i alla kommundelar.\n"
        "Polisen och kommunen lovar att:\n"
        "Trafik\n"
        "genomföra hastighetskontroller vid skolorna varje månad\n"
        "Narkotika\n"
        "genomföra föräldraträffar om narkotika på högstadiet\n"
        "hålla fritidsgården öppen fler kvällar under loven\n"
    )
    assert [(p, t) for p, _, t in _pledges(text)] == [
        ("genomföra hastighetskontroller vid skolorna varje månad", "Trafik"),
        ("genomföra föräldraträffar om narkotika på högstadiet", "Narkotika"),
        ("hålla fritidsgården öppen fler kvällar under loven", "Narkotika"),
    ]


def test_the_capitalised_line_after_a_list_of_unbulleted_lines_begins_anew() -> None:
    text = (
        "Medborgarlöfte Ekby 2020\n"
        "Polisen och Ekby kommun har under hösten frågat invånarna vad som gör dem otrygga i kommunen och "
        "fick in flera hundra svar från alla delar av kommunen.\n"
        "De vanligaste synpunkterna gällde\n"
        "buskörning med mopeder i centrum\n"
        "nedskräpning vid busstationen\n"
        "Våra löften\n"
        "Polisen lovar att:\n"
        "genomföra mopedkontroller i centrum varje vecka under sommaren\n"
    )
    result = extract(text.encode("utf-8"), "trait.txt")
    assert [p.text for p in result.promises] == ["genomföra mopedkontroller i centrum varje vecka under sommaren"]
    assert any(s.heading == "Våra löften" for s in result.sections)


def test_dashed_items_under_a_numbered_themes_name_are_its_pledges() -> None:
    text = (
        "Medborgarlöfte Ekby 2023\n\nDet här gör vi\n"
        "1. Trygghet i centrum\n"
        "– Polisen patrullerar till fots på torget varje fredagskväll.\n"
        "– Kommunen byter belysningen i gångtunneln före sommaren.\n"
        "2. Trafik vid skolor\n"
        "– Polisen gör hastighetskontroller vid skolorna varje månad.\n"
    )
    assert [(p, a, t) for p, a, t in _pledges(text)] == [
        ("Polisen patrullerar till fots på torget varje fredagskväll.", ["Polisen"], "Trygghet i centrum"),
        ("Kommunen byter belysningen i gångtunneln före sommaren.", ["Kommunen"], "Trygghet i centrum"),
        ("Polisen gör hastighetskontroller vid skolorna varje månad.", ["Polisen"], "Trafik vid skolor"),
    ]


def test_a_list_of_what_the_pledge_is_about_is_no_pledges() -> None:
    about = (
        "Nytt medborgarlöfte för Ekby\n\n"
        "Lokalpolisområde Ekby och Ekby kommun har tecknat ett nytt medborgarlöfte för 2024. Löftet skrevs under "
        "i februari av kommunstyrelsens ordförande och lokalpolisområdeschefen.\n\n"
        "Löftet bygger på en gemensam lägesbild och på svaren i kommunens trygghetsenkät.\n\n"
        "Årets löfte handlar om:\n• tryggheten kring stationen\n• narkotika bland unga\n"
        "• trafiken vid skolorna i Norrby\n\n"
        "– Vi vill att fler ska våga gå ut på kvällen, säger lokalpolisområdeschefen.\n"
    )
    assert _pledges(about) == []


def test_a_themes_label_is_not_its_name() -> None:
    text = (
        "Medborgarlöfte Ekby 2019\n\nLöften\n\nTema: Trygg sommar\n"
        "- Polisen patrullerar vid badplatserna varje helg i juli.\n"
    )
    assert _pledges(text)[0][2] == "Trygg sommar"


def test_party_headings_under_a_theme_keep_it_and_a_travel_centre_is_a_place() -> None:
    text = (
        "Medborgarlöfte Ekby 2023\n\nDet här lovar vi\n\n"
        "Resecentrum och Ekparken\n\nPolisen\n"
        "• Fotpatrullering vid resecentrum fyra kvällar i veckan.\n\n"
        "Kommunen\n• Bättre belysning i Ekparken före sommaren.\n\n"
        "Unga och vapen\n\nPolisen\n• Besök på gymnasieskolorna under våren.\n"
    )
    assert [(a, t) for _, a, t in _pledges(text)] == [
        (["Polisen"], "Resecentrum och Ekparken"),
        (["Kommunen"], "Resecentrum och Ekparken"),
        (["Polisen"], "Unga och vapen"),
    ]


def test_a_space_aligned_tables_header_and_rows_set_apart_by_blank_lines() -> None:
    text = (
        "Medborgarlöfte Ekby 2024\n\nVåra åtaganden\n\n"
        " Tema                Utförare            Aktivitet\n\n"
        " Ekbacken            Polisen             Fotpatrullering på gårdarna två kvällar i veckan.\n"
        "                     Kommunen            Fritidsgården öppen varje söndag.\n\n"
        " Stora torget        Polisen             Insatser mot narkotikaförsäljning på torget.\n\n"
        "Uppföljning\n\nLöftet följs upp i december.\n"
    )
    assert _pledges(text) == [
        ("Fotpatrullering på gårdarna två kvällar i veckan.", ["Polisen"], "Ekbacken"),
        ("Fritidsgården öppen varje söndag.", ["Kommunen"], "Ekbacken"),
        ("Insatser mot narkotikaförsäljning på torget.", ["Polisen"], "Stora torget"),
    ]


@pytest.mark.parametrize("next_lead", ["Polisen lovar:\n\n", "Polisen lovar\n\n"])
def test_a_summary_promise_above_the_parties_lists_is_no_pledge(next_lead: str) -> None:
    # "X och Y lovar att arbeta för att minska ...", with or without a follow-up sentence after it,
    # right above "Polisen lovar:" (a paragraph) or "Polisen lovar" (the next part's heading).
    text = (
        "Medborgarlöfte Ljusdals kommun 2024\n\nDet här ska vi göra\n\n"
        "Polisen och Ljusdals kommun lovar att tillsammans arbeta för att minska brotten i centrum och "
        "öka tryggheten bland de boende. Uppföljning sker genom kommunens trygghetsmätning.\n\n"
        + next_lead
        + "  • Polisen ska patrullera till fots i centrum varje fredagskväll.\n"
        "  • Polisen ska besöka högstadieskolorna en gång per termin.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Polisen ska patrullera till fots i centrum varje fredagskväll.",
        "Polisen ska besöka högstadieskolorna en gång per termin.",
    ]


def test_a_numbered_line_that_the_paragraph_below_restates_is_its_theme() -> None:
    # "1. Minska X." over "Polisen och kommunen ska minska X.": a numbered heading even with its full stop.
    text = (
        "Medborgarlöfte Sala kommun 2022\n\nDet här ska vi göra\n\n"
        "  1. Minska skadegörelsen på skolgårdarna\n\n"
        "Polisen och kommunen ska minska skadegörelsen på skolgårdarna. Särskilt fokus läggs på helgerna.\n\n"
        "  1. Minska antalet stölder ur bilar vid pendlarparkeringarna.\n\n"
        "Polisen och kommunen ska minska antalet stölder ur bilar vid pendlarparkeringarna.\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)] == [
        (
            "Polisen och kommunen ska minska skadegörelsen på skolgårdarna. Särskilt fokus läggs på helgerna.",
            "Minska skadegörelsen på skolgårdarna",
        ),
        (
            "Polisen och kommunen ska minska antalet stölder ur bilar vid pendlarparkeringarna.",
            "Minska antalet stölder ur bilar vid pendlarparkeringarna.",
        ),
    ]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        ("Mora Energi ska bekosta ny belysning längs älvpromenaden.", ["Mora Energi"]),
        ("Stora Hyresbostäder byter lås i trapphusen på Norrbacka.", ["Stora Hyresbostäder"]),
        ("Västra Dalarnas Räddningsförbund genomför hembesök hos äldre.", ["Västra Dalarnas Räddningsförbund"]),
        ("Fastigheter i Orsa AB ska röja sly vid gångstråken.", ["Fastigheter i Orsa AB"]),
        # a person and an adverbial before the verb are no named body
        ("Karin Lund berättar att kontrollerna fortsätter.", None),
        ("Under Våren ska kontrollerna fortsätta.", None),
    ],
)
def test_a_proper_name_of_several_words_before_the_verb_is_the_subject(sentence: str, actors: list[str] | None) -> None:
    assert subject_actors(sentence) == actors


def test_part_headings_that_end_with_a_colon_over_their_text() -> None:
    # "Därför gör vi det här:" / its text on the next line, no blank line between; a lead-in
    # that names a part's word ("Utifrån lägesbilden lovar parterna att:") stays a lead-in.
    text = (
        "Medborgarlöfte Nordanstigs kommun 2024\n\n"
        "Därför gör vi det här:\nKommunen och polisen har samarbetat länge kring tryggheten i Bergsjö.\n\n"
        "Det här har invånarna berättat:\nMånga oroar sig för fortkörning genom byarna.\n\n"
        "Utgångsläge\n\nBrotten har minskat men oron för bedrägerier finns kvar.\n\n"
        "Utifrån lägesbilden lovar parterna att:\n\n"
        "  • genomföra hastighetskontroller i Bergsjö minst en gång i månaden\n"
    )
    result = extract(text.encode("utf-8"), "colon.txt")
    assert [(s.heading, s.role.value) for s in result.sections if s.heading] == [
        ("Därför gör vi det här:", "background"),
        ("Det här har invånarna berättat:", "situation"),
        ("Utgångsläge", "situation"),
    ]
    assert [p.text for p in result.promises] == ["genomföra hastighetskontroller i Bergsjö minst en gång i månaden"]


def test_an_ansvarig_line_names_the_actors_over_the_items_own_subject() -> None:
    # "Skolorna får besök av ..." names whom it is done for; the field under it, who does it.
    text = (
        "Medborgarlöfte Olofströms kommun 2021\n\nDet här lovar vi\n\n"
        "1. Skolorna i Jämshög får besök av kommunpolisen två gånger per termin.\n"
        "Ansvarig: Kommunen och Polisen\n"
        "2. Fältassistenter och kommunpoliser går ut tillsammans varje fredagskväll.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Kommunen", "Polisen"], ["Fältassistenter", "Polisen"]]


def test_a_short_line_over_items_with_their_ansvarig_lines_is_their_theme() -> None:
    # A page copied without blank lines, with an accordion's labels ("Visa mer", "Stäng"): the line without an
    # "Ansvarig:" line of its own names the theme of the items that have one.
    text = (
        "Medborgarlöfte Eda kommun 2025\n"
        "Eda kommun och lokalpolisområde Arvika har kommit överens om ett medborgarlöfte för 2025 efter dialoger i Charlottenberg och Åmotfors.\n\n"
        "Det här ska vi göra\n"
        "Öppna alla\n"
        "Trygga parker\n"
        "Visa mer\n"
        "Trygghetsvandringar i Folkets park två gånger under året.\n"
        "Ansvarig: Eda kommun och Polisen\n"
        "Vuxennärvaro vid badplatsen under sommarlovet.\n"
        "Ansvarig: Fältgruppen\n"
        "Stäng\n"
        "Trafiksäkerhet\n"
        "Visa mer\n"
        "Hastighetskontroller vid skolorna i Åmotfors vid skolstarten.\n"
        "Ansvarig: Polisen\n"
    )
    assert _pledges(text) == [
        ("Trygghetsvandringar i Folkets park två gånger under året.", ["Kommunen", "Polisen"], "Trygga parker"),
        ("Vuxennärvaro vid badplatsen under sommarlovet.", ["Fältgruppen"], "Trygga parker"),
        ("Hastighetskontroller vid skolorna i Åmotfors vid skolstarten.", ["Polisen"], "Trafiksäkerhet"),
    ]


def test_a_news_sentence_that_names_the_pledge_as_its_source_after_the_verb_is_a_pledge() -> None:
    text = (
        "Nytt medborgarlöfte i Storfors\n\n"
        "Polisen och Storfors kommun har tagit fram ett nytt medborgarlöfte för 2022.\n\n"
        "Räddningstjänsten Bergslagen ska enligt löftet hålla brandskola för alla elever i årskurs fem.\n\n"
        "Fältgruppen ska finnas ute i centrum varje fredagskväll.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Räddningstjänsten Bergslagen ska enligt löftet hålla brandskola för alla elever i årskurs fem.",
        "Fältgruppen ska finnas ute i centrum varje fredagskväll.",
    ]


def test_a_lead_in_heading_right_under_a_theme_keeps_the_theme() -> None:
    # "Bedrägerier mot äldre" / "Polis och kommun i samverkan mot bedrägerier:" / labelled items
    text = (
        "Medborgarlöfte Arjeplogs kommun 2020\n\nDet här ska vi göra\n\n"
        "Bedrägerier mot äldre\n\nPolis och kommun i samverkan mot bedrägerier\n\n"
        "  • Polis: Informera på pensionärsträffar två gånger per år.\n"
        "  • Kommun: Utbilda hemtjänstens personal om bedrägerier.\n"
    )
    assert [p[2] for p in _pledges(text)] == ["Bedrägerier mot äldre", "Bedrägerier mot äldre"]


def test_flat_lead_in_items_that_name_a_topic_head_the_items_after_them() -> None:
    # The list's nesting lost in the copy: every line one bullet at the same level.
    text = (
        "Medborgarlöften 2018\n\n"
        "  • Polisen ska öka tryggheten i Jokkmokks centrum genom\n"
        "  • Fotpatruller i centrum varje fredag\n"
        "  • Polisen och kommunen ska tillsammans\n"
        "  • Genomföra informationsträffar för föräldrar i årskurs 7\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)] == [
        ("Fotpatruller i centrum varje fredag", "Polisen ska öka tryggheten i Jokkmokks centrum genom"),
        ("Genomföra informationsträffar för föräldrar i årskurs 7", None),
    ]


def test_a_sentence_that_says_what_a_pledge_holds_is_none() -> None:
    from pledgeparse.extract.pledge_words import prose_is_pledge, prose_signals

    about = prose_signals("I löftet står vad polisen och kommunen ska göra för att öka tryggheten i Boxholm.")
    assert about["generic"] and not prose_is_pledge(about, True, False)
    pledge = prose_signals("Polisen och kommunen ska göra två trygghetsvandringar i Boxholm.")
    assert not pledge["generic"] and prose_is_pledge(pledge, True, False)


def test_unbulleted_lines_under_a_heading_that_announces_the_pledges_are_items() -> None:
    # A page copied without blank lines: the heading stands where a lead-in would.
    text = (
        "Nytt medborgarlöfte i Höör\n"
        "Höörs kommun och lokalpolisområde Mellersta Skåne har ett nytt medborgarlöfte för 2024. Det bygger på "
        "en trygghetsmätning under hösten och på samtal med boende i Tjörnarp, Norra Rörum och centrala Höör.\n"
        "Det här lovar vi\n"
        "Gemensamma trygghetsvandringar i Tjörnarp och Norra Rörum varje höst\n"
        "Polisen genomför riktade kontroller av mopeder vid skolorna i maj\n"
        "Uppföljning\n"
        "Löftet följs upp i det brottsförebyggande rådet.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Gemensamma trygghetsvandringar i Tjörnarp och Norra Rörum varje höst",
        "Polisen genomför riktade kontroller av mopeder vid skolorna i maj",
    ]


def test_direct_speech_after_its_speaker_is_no_pledge_list() -> None:
    text = (
        "Här är medborgarlöftena för 2026\n\n"
        "Det här lovar polis och kommun:\n"
        "• Kommunen anställer två nya fältassistenter\n"
        "• Polisen patrullerar till fots i centrum varje fredag\n"
        "Kommunpolisen Sara Lind menar att samarbetet med skolorna är viktigast.\n"
        "– Unga ska inte behöva vara rädda i Höganäs. Vi måste finnas där de är.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Kommunen anställer två nya fältassistenter",
        "Polisen patrullerar till fots i centrum varje fredag",
    ]


def test_a_council_decision_to_sign_the_pledge_is_none() -> None:
    text = (
        "Medborgarlöfte 2025 för Alvesta kommun\n\n"
        "Beslut\n\n"
        "Kommunstyrelsen beslutar att\n\n"
        "1. uppdra åt kommundirektören att underteckna medborgarlöftet tillsammans med lokalpolisområdeschefen.\n\n"
        "Medborgarlöfte 2025\n\n"
        "Kommunen och polisen lovar att:\n\n"
        "• genomföra två trygghetsvandringar i Alvesta centrum\n"
    )
    assert [p[0] for p in _pledges(text)] == ["genomföra två trygghetsvandringar i Alvesta centrum"]


def test_who_does_it_told_inside_the_lead_in_or_after_a_received_visit() -> None:
    text = (
        "Medborgarlöfte Gotland 2021\n\n"
        "Det här ska vi göra\n\n"
        "I löftet ingår att polisen ska:\n"
        "• besöka alla högstadieskolor en gång per termin\n\n"
        "Skolorna i Slite och Klintehamn ska få besök av kommunpolisen under hösten.\n\n"
        "Polisen besöker pensionärsföreningar och berättar om hur bedragare går till väga.\n"
    )
    assert [(p[0], p[1]) for p in _pledges(text)] == [
        ("besöka alla högstadieskolor en gång per termin", ["Polisen"]),
        ("Skolorna i Slite och Klintehamn ska få besök av kommunpolisen under hösten.", ["Polisen"]),
        ("Polisen besöker pensionärsföreningar och berättar om hur bedragare går till väga.", ["Polisen"]),
    ]


def test_a_column_of_goals_beside_the_activities_is_no_theme() -> None:
    text = (
        "Medborgarlöfte 2026 Region Gotland och Polisen\n\n"
        "Löften 2026\n\n"
        "Önskad effekt                 Aktivitet                                            Utförare\n"
        "Tryggare hamnområde           Extra polispatruller vid hamnen i juli.              Polisen\n"
        "                              Nattvandrare vid färjeterminalen varje helg.         Region Gotland\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)] == [
        ("Extra polispatruller vid hamnen i juli.", None),
        ("Nattvandrare vid färjeterminalen varje helg.", None),
    ]


def test_lower_case_items_after_a_lead_in_end_where_a_sentence_begins() -> None:
    text = (
        "Nytt medborgarlöfte i Alvesta\n\n"
        "Löftet innebär att:\n\n"
        "polisen ökar sin närvaro vid resecentrum på fredagskvällar\n\n"
        "kommunen tar bort klotter inom 48 timmar efter anmälan\n\n"
        "– Det här är saker vi faktiskt kan göra, säger kommunalrådet Eva Nord.\n\n"
        "Medborgarlöftet undertecknades den 2 maj av Eva Nord och Per Lund.\n\n"
        "Alvesta kommun arbetar för att vara en trygg plats att leva i.\n"
    )
    assert [(p[0], p[1]) for p in _pledges(text)] == [
        ("polisen ökar sin närvaro vid resecentrum på fredagskvällar", ["Polisen"]),
        ("kommunen tar bort klotter inom 48 timmar efter anmälan", ["Kommunen"]),
    ]


def test_a_news_items_promise_under_a_crosshead_of_its_own_is_kept_before_its_list() -> None:
    text = (
        "Umeå kommun och polisen förnyar medborgarlöftet\n\n"
        "Det nya medborgarlöftet gäller för 2025–2026.\n\n"
        "Mer polis på kvällarna\n\n"
        "I medborgarlöftet lovar polisen att patrullera till fots på Ålidhem varje fredagskväll.\n\n"
        "Det här ingår också i löftet\n\n"
        "Tillsammans ska kommunen och polisen:\n"
        "• ordna tre trygghetsvandringar per år\n"
        "• informera vårdnadshavare vid föräldramöten\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "I medborgarlöftet lovar polisen att patrullera till fots på Ålidhem varje fredagskväll.",
        "ordna tre trygghetsvandringar per år",
        "informera vårdnadshavare vid föräldramöten",
    ]


def test_a_theme_that_names_a_party_is_still_a_theme() -> None:
    text = (
        "Medborgarlöfte 2020\n\n"
        "Löften för 2020\n\n"
        "Lokalpolisområde Arvika och Eda kommun lovar att:\n\n"
        "Trafik\n"
        "– genomföra trafikkontroller i Charlottenberg varje månad\n\n"
        "Polisen nära dig\n"
        "– hålla öppet hus med kommunpolisen i Eda en gång per kvartal\n"
    )
    assert [(p[2], p[1]) for p in _pledges(text)] == [
        ("Trafik", ["Polisen", "Kommunen"]),
        ("Polisen nära dig", ["Polisen", "Kommunen"]),
    ]


def test_a_theme_line_set_left_of_the_numbers_ends_the_item_above_it() -> None:
    # pdftotext -layout: the themes at the margin, the numbered items indented under them
    text = (
        "Medborgarlöfte 2026\n\n"
        "  Våra löften för 2026\n\n"
        "  Tryggare centrum\n"
        "   1. Polisen är på plats i centrum under kvällstid minst tre dagar i veckan.\n"
        "  Trafik vid skolor\n"
        "   2. Polisen genomför hastighetskontroller vid skolorna under de första två\n"
        "      veckorna av varje termin.\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)] == [
        ("Polisen är på plats i centrum under kvällstid minst tre dagar i veckan.", "Tryggare centrum"),
        (
            "Polisen genomför hastighetskontroller vid skolorna under de första två veckorna av varje termin.",
            "Trafik vid skolor",
        ),
    ]


def test_an_ansvarig_line_under_its_item_names_a_body_the_gazetteer_does_not_know() -> None:
    text = (
        "Medborgarlöfte 2023–2024\n\n"
        "Våra löften 2023–2024\n\n"
        "Bedrägerier mot äldre\n"
        "   1) Genomföra minst tio informationsträffar om bedrägerier på träffpunkter,\n"
        "      i kyrkor och i pensionärsföreningar.\n"
        "      Ansvarig: Polisen och Förvaltningen för Vård & omsorg\n"
        "   2) Dela ut material om telefonbedrägerier till alla som har hemtjänst.\n"
        "      Ansvarig: Kommunen\n"
    )
    assert [(p[0], p[1]) for p in _pledges(text)] == [
        (
            "Genomföra minst tio informationsträffar om bedrägerier på träffpunkter, i kyrkor och i pensionärsföreningar.",
            ["Polisen", "Förvaltningen för Vård & omsorg"],
        ),
        ("Dela ut material om telefonbedrägerier till alla som har hemtjänst.", ["Kommunen"]),
    ]


def test_telling_how_it_goes_is_a_follow_up_wherever_it_stands() -> None:
    text = (
        "Medborgarlöfte för Ydre kommun 2015\n\n"
        "Kommunen och polisen lovar:\n\n"
        "* att polisen ska göra trafikkontroller vid skolorna i Österbymo\n"
        "* att kommunen ska hjälpa byar som vill starta grannsamverkan\n"
        "Vi kommer att berätta om hur det går på kommunens hemsida och i lokaltidningen.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "att polisen ska göra trafikkontroller vid skolorna i Österbymo",
        "att kommunen ska hjälpa byar som vill starta grannsamverkan",
    ]


def test_direct_speech_after_a_reported_view_is_no_item() -> None:
    text = (
        "Medborgarlöftet i Kungsbacka\n\n"
        "Polisen lovar:\n"
        "– att synas mer i centrum på helgerna\n"
        "Är något som saknas? Enligt Stefan Lind har många frågat om narkotika.\n"
        "– Vi jobbar med det ändå, men vi vill hellre lova få saker och hålla dem än lova för mycket\n"
    )
    assert [p[0] for p in _pledges(text)] == ["att synas mer i centrum på helgerna"]


def test_a_table_copied_cell_by_cell_with_a_theme_column_and_wrapped_cells() -> None:
    text = (
        "Medborgarlöfte 2023–2024\n\n"
        "Våra löften\n\n"
        "Område\nAktivitet\nAnsvarig\nNär\n"
        "Tryggt centrum\n"
        "Genomföra minst sex gemensamma trygghetsvandringar i\n"
        "centrum tillsammans med fastighetsägare.\n"
        "Kommunen och\nPolisen\nVår och höst\n"
        "Förbättra belysningen på de platser som pekas ut vid\n"
        "trygghetsvandringarna.\n"
        "Tekniska\nförvaltningen\nEfter varje vandring\n"
        "Narkotika bland unga\n"
        "Fältgruppen och kommunpoliserna gör gemensamma\n"
        "kvällspass i miljöer där unga samlas.\n"
        "Fältgruppen och Polisen\nVarje månad\n"
    )
    assert [(p[0], p[1], p[2]) for p in _pledges(text)] == [
        (
            "Genomföra minst sex gemensamma trygghetsvandringar i centrum tillsammans med fastighetsägare.",
            ["Kommunen", "Polisen"],
            "Tryggt centrum",
        ),
        (
            "Förbättra belysningen på de platser som pekas ut vid trygghetsvandringarna.",
            ["Tekniska förvaltningen"],
            "Tryggt centrum",
        ),
        (
            "Fältgruppen och kommunpoliserna gör gemensamma kvällspass i miljöer där unga samlas.",
            ["Fältgruppen", "Polisen"],
            "Narkotika bland unga",
        ),
    ]


def test_a_lead_in_wrapped_over_two_lines_is_no_heading_for_its_role_word() -> None:
    text = (
        "MEDBORGARLÖFTE 2017\n\n"
        "Medborgarlöftet\n"
        "Utifrån problembilden lovar Piteå kommun och lokalpolisområde\n"
        "Piteå att under 2017:\n\n"
        "1. Genomföra hastighetskontroller vid skolorna i samband med terminsstarterna.\n\n"
        "2. Anordna en föräldraträff om narkotika i varje kommundel under våren.\n"
    )
    assert len(_pledges(text)) == 2


def test_a_line_over_a_lead_in_under_a_pledge_heading_is_its_theme() -> None:
    text = (
        "Medborgarlöften 2018 för Stenungsund, Orust och Tjörn. Polisen i Södra Fyrbodal har tillsammans med "
        "de tre kommunerna tagit fram löften för 2018, en del gemensamma och en del för varje kommun.\n"
        "Våra löften\n"
        "Gemensamt för alla tre kommuner\n"
        "Polisen och kommunerna lovar att:\n"
        "• genomföra trafikkontroller vid broarna minst en gång i månaden\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)] == [
        ("genomföra trafikkontroller vid broarna minst en gång i månaden", "Gemensamt för alla tre kommuner")
    ]


def test_numbered_pledge_headings_are_themes_and_long_subjects_name_every_party() -> None:
    text = (
        "Medborgarlöfte för Södermalm 2022\n\n"
        "Våra löften\n\n"
        "Löfte 1 – Medborgarplatsen\n\n"
        "Polisen ska finnas på Medborgarplatsen varje fredagskväll.\n\n"
        "Löfte 2 – Trafik på gångbanor\n\n"
        "Lokalpolisområde Handen tillsammans med Haninge kommun, Nynäshamns kommun och Tyresö kommun lovar att:\n"
        "• genomföra kontroller av elsparkcyklar på gångbanor varje månad\n\n"
        "Socialtjänsten i respektive kommun och polisen utvecklar samarbetet kring unga.\n"
    )
    assert [(p[0], p[1], p[2]) for p in _pledges(text)] == [
        ("Polisen ska finnas på Medborgarplatsen varje fredagskväll.", ["Polisen"], "Löfte 1 – Medborgarplatsen"),
        (
            "genomföra kontroller av elsparkcyklar på gångbanor varje månad",
            ["Polisen", "Kommunen"],
            "Löfte 2 – Trafik på gångbanor",
        ),
        (
            "Socialtjänsten i respektive kommun och polisen utvecklar samarbetet kring unga.",
            ["Socialtjänsten", "Polisen"],
            "Löfte 2 – Trafik på gångbanor",
        ),
    ]


def test_a_lead_in_closed_by_a_full_stop_under_a_pledge_heading_is_no_item() -> None:
    text = (
        "Medborgarlöfte 2019 för Vadstena kommun. Kommunen och polisen har tagit fram löftet utifrån "
        "enkäter, dialoger och brottsstatistik från de senaste två åren i kommunen och i Motala.\n"
        "Det här lovar vi\n"
        "Vadstena kommun och lokalpolisområde Motala lovar under 2019 följande.\n"
        "Tillsammans lovar vi att\n"
        "– genomföra minst fyra trygghetsvandringar med boende\n"
    )
    assert [p[0] for p in _pledges(text)] == ["genomföra minst fyra trygghetsvandringar med boende"]


def test_a_partner_in_the_ansvarig_line_does_not_answer_for_the_pledge() -> None:
    text = (
        "Medborgarlöfte 2025–2026\n\n"
        "Våra löften\n\n"
        "1. Besöka alla högstadieskolor i kommunen minst en gång per termin.\n"
        "   Ansvarig: Polisen, i samverkan med skolorna\n"
    )
    assert [(p[0], p[1]) for p in _pledges(text)] == [
        ("Besöka alla högstadieskolor i kommunen minst en gång per termin.", ["Polisen"])
    ]


def test_the_areas_a_council_minute_says_the_pledge_holds_are_no_pledges() -> None:
    text = (
        "Kommunstyrelsen\n\n"
        "Medborgarlöfte för Drottninghög\n\n"
        "Sammanfattning av ärendet\n\n"
        "Staden och polisen har tagit fram ett särskilt löfte för stadsdelen. Löftet innehåller åtgärder inom tre områden:\n"
        "- trygg utemiljö under byggtiden\n"
        "- barn och unga\n"
        "- narkotika\n"
    )
    assert _pledges(text) == []


@pytest.mark.parametrize("lead_in", ["Arbetet har gått till så här:", "Så går det till"])
def test_the_steps_of_how_a_pledge_came_about_are_no_pledges(lead_in: str) -> None:
    text = (
        "Nytt medborgarlöfte för Provbacka\n\nKommunen och polisen har skrivit under ett nytt löfte.\n\n"
        f"{lead_in}\n1. Dialoger och enkäter under våren\n2. En gemensam lägesbild togs fram i augusti\n"
        "3. Förslaget diskuterades i brottsförebyggande rådet\n"
    )
    assert _pledges(text) == []


def test_telling_how_the_work_goes_is_follow_up_on_a_page_without_pledges() -> None:
    # a news page reporting a signing: the later meeting is a follow-up arrangement, not a pledge
    text = (
        "Medborgarlöftet är klart\n\nProvbacka kommun och polisen har skrivit under ett nytt medborgarlöfte.\n\n"
        "Vad händer nu?\nUnder våren kommer polisen och kommunen att berätta hur arbetet går på ett öppet möte.\n"
    )
    assert _pledges(text) == []


def test_meetings_held_to_tell_how_the_work_goes_are_a_pledge() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n\nDet här lovar vi\n\n"
        "Vi kommer att bjuda in till öppna möten i byarna för att berätta hur arbetet går.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Vi kommer att bjuda in till öppna möten i byarna för att berätta hur arbetet går."
    ]


def test_a_theme_that_names_its_doers_in_a_parenthesis_gives_its_items_their_actors() -> None:
    text = (
        "Medborgarlöfte Provbacka 2026\n\nPolisen och Provbacka kommun lovar att:\n"
        "Trafik (polisen)\n"
        "genomföra hastighetskontroller på väg 12 under sommaren\n"
        "Brott mot äldre (polisen och kommunens hemtjänst)\n"
        "hålla informationsträffar om bedrägerier på träffpunkterna\n"
    )
    assert _pledges(text) == [
        ("genomföra hastighetskontroller på väg 12 under sommaren", ["Polisen"], "Trafik (polisen)"),
        (
            "hålla informationsträffar om bedrägerier på träffpunkterna",
            ["Polisen", "Kommunens hemtjänst"],
            "Brott mot äldre (polisen och kommunens hemtjänst)",
        ),
    ]


def test_an_ansvarig_column_gives_its_own_names_as_printed() -> None:
    text = (
        "Medborgarlöfte Provbacka 2019\n\nDet här gör vi\n"
        "Aktivitet\tAnsvarig\n"
        "Åtgärda brister som kommer fram vid trygghetsvandringarna\tByvik Bostäder\n"
        "Hålla fritidsgården öppen varje fredagskväll\tKultur & fritid\n"
        "Genomföra trygghetsvandringar två gånger per år\tPolisen, Provbacka kommun, Byvik Bostäder\n"
    )
    assert [p[1] for p in _pledges(text)] == [
        ["Byvik Bostäder"],
        ["Kultur & fritid"],
        ["Polisen", "Kommunen", "Byvik Bostäder"],
    ]


def test_an_ansvarig_line_over_a_footer_file_name_still_names_its_item_actor() -> None:
    text = (
        "Medborgarlöfte Provbacka 2021\n\nLöften för 2021\n"
        "1. Besöka föräldramöten på högstadiet varje termin.\n"
        "Ansvarig: Provbacka kommun och polisen\n"
        "2. Genomföra kontrollköp av folköl i samtliga butiker.\n"
        "Ansvarig: Miljö- och byggförvaltningen\n"
        "medborgarlofte_provbacka_2021.pdf\n"
        "Sida 3\n"
        "Uppföljning\n"
        "Rådet går igenom löftena vid varje möte.\n"
    )
    assert [p[1] for p in _pledges(text)] == [["Kommunen", "Polisen"], ["Miljö- och byggförvaltningen"]]


def test_sentences_after_a_lead_in_that_announces_what_follows_are_its_pledges() -> None:
    # a web page whose part headings carry colons ("Det här gör vi:") and whose lead-in ends in a
    # full stop: each sentence below that names its own doer is one of the things announced
    text = (
        "Medborgarlöfte för Provbacka 2025\n\nProvbacka kommun och polisen har tecknat ett nytt löfte.\n\n"
        "Bakgrund\nUnder våren svarade många invånare på en enkät om trygghet.\n\nDet här gör vi:\n"
        "Polisen och Provbacka kommun lovar att göra följande under året.\n"
        "Trygg stadskärna\n"
        "Polisen patrullerar till fots i centrum varje fredagskväll.\n"
        "Kommunen anlitar ordningsvakter i parken under sommaren.\n"
    )
    assert [p[:2] for p in _pledges(text)] == [
        ("Polisen patrullerar till fots i centrum varje fredagskväll.", ["Polisen"]),
        ("Kommunen anlitar ordningsvakter i parken under sommaren.", ["Kommunen"]),
    ]


def test_on_a_page_whose_part_headings_end_in_a_colon_the_pledge_heading_does_too() -> None:
    text = (
        "Nytt medborgarlöfte i Provbacka\n\nKommunen och polisen har enats om vad de ska prioritera.\n\n"
        "Bakgrund:\nMedborgarlöften har funnits i Provbacka sedan 2017.\n\n"
        "Vad invånarna har sagt:\nMånga nämnde störande trafik på sommarkvällarna.\n\n"
        "Löftena:\nTrafik i centrum\n"
        "• Polisen kontrollerar mopeder minst en gång i veckan under sommaren.\n"
        "• Kommunen utreder om Storgatan kan stängas för biltrafik.\n\n"
        "Uppföljning:\nArbetet följs upp i trygghetsrådet varje halvår.\n"
    )
    assert [p[1:] for p in _pledges(text)] == [(["Polisen"], "Trafik i centrum"), (["Kommunen"], "Trafik i centrum")]


def test_one_other_part_heading_with_a_colon_is_habit_enough_for_the_pledge_heading() -> None:
    # the other parts' headings: one with a colon, one a question
    text = (
        "Medborgarlöfte 2025–2026\n\nProvbacka kommun och polisen har skrivit under ett nytt löfte.\n\n"
        "Bakgrund:\nProvbacka har långa avstånd mellan byarna och många äldre bor ensamma.\n\n"
        "Vad har invånarna sagt?\nMånga nämnde bedrägerier och fortkörning genom byarna.\n\n"
        "Våra löften:\nBedrägerier mot äldre\n"
        "1. Informationsträffar om bedrägerier hålls i minst fem byar varje år (kommunen, polisen)\n"
        "2. Kommunpolisen finns på biblioteket första tisdagen varje månad (polisen)\n"
    )
    assert [p[2] for p in _pledges(text)] == ["Bedrägerier mot äldre", "Bedrägerier mot äldre"]


def test_att_lines_under_a_lead_in_that_ends_in_lovar_are_its_items() -> None:
    text = (
        "Medborgarlöfte 2025–2026\n\nLöften\n"
        "Provbacka kommun och lokalpolisområde Provbacka lovar\n"
        "att starta grannsamverkan i tre byar,\n"
        "att hålla öppna trygghetsmöten två gånger per år.\n\n"
        "Lokalpolisområde Provbacka lovar dessutom\n"
        "att informera om bedrägerier hos pensionärsföreningarna.\n"
    )
    assert [p[:2] for p in _pledges(text)] == [
        ("att starta grannsamverkan i tre byar", ["Kommunen", "Polisen"]),
        ("att hålla öppna trygghetsmöten två gånger per år.", ["Kommunen", "Polisen"]),
        ("att informera om bedrägerier hos pensionärsföreningarna.", ["Polisen"]),
    ]


def test_what_the_years_pledge_is_about_is_no_pledge_heading() -> None:
    # a news page reporting a signing: the areas the new pledge takes up, one a line
    text = (
        "Hoppa till huvudinnehåll\nProvbacka kommun\nKontakt\nMeny\nSök\nStartsida / Nyheter / 2017\n"
        "Nytt medborgarlöfte för Provbacka undertecknat\nPublicerad: 5 december 2017\n"
        "I måndags skrev Provbacka kommun och Lokalpolisen i Provbacka under ett nytt medborgarlöfte. "
        "Löftet gäller under 2018.\nBygger på invånarnas synpunkter\n"
        "Innan löftet skrevs fick invånarna tycka till i en enkät på webben.\n"
        "Tre fokusområden\nMedborgarlöftet för 2018 handlar om:\n"
        "trafiksäkerhet runt skolor\ntrygghet vid stationen\nunga och alkohol\n"
        "Vilka aktiviteter som ska genomföras beskrivs i löftet, som publiceras i januari.\n"
        "Om medborgarlöften\nEtt medborgarlöfte är ett gemensamt åtagande från kommunen och polisen.\n"
    )
    assert _pledges(text) == []


def test_a_dash_under_a_bullet_that_ends_in_a_colon_is_the_second_level() -> None:
    text = (
        "Medborgarlöfte 2020\n\nVi lovar att:\n"
        "• Trafik:\n"
        "– genomföra hastighetskontroller på Storvägen två gånger i månaden\n"
        "– ta bort skymmande växtlighet vid övergångsställena\n"
        "• Ungas fritid:\n"
        "– utöka fritidsgårdens öppettider\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)] == [
        ("genomföra hastighetskontroller på Storvägen två gånger i månaden", "Trafik"),
        ("ta bort skymmande växtlighet vid övergångsställena", "Trafik"),
        ("utöka fritidsgårdens öppettider", "Ungas fritid"),
    ]


def test_an_officials_view_reported_with_the_title_before_the_name_is_no_pledge() -> None:
    # one line under the pledge list, as a news page goes on after it
    text = (
        "Nytt medborgarlöfte i Provbacka\n\nProvbacka stad och polisen har skrivit under ett nytt löfte.\n\n"
        "Det här lovar parterna under 2018:\n\n"
        "Polisen ska ha ett team av områdespoliser på Öster.\n"
        "Provbacka stad ska ta bort klotter inom 24 timmar.\n"
        "Kommunstyrelsens ordförande Eva Berg tror att samarbetet kommer att märkas snabbt.\n"
    )
    assert [p[0] for p in _pledges(text)] == [
        "Polisen ska ha ett team av områdespoliser på Öster.",
        "Provbacka stad ska ta bort klotter inom 24 timmar.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunstyrelsens ordförande Eva Berg tror att samarbetet kommer att märkas snabbt.",
        "Lokalpolisområdeschef Per Ek menar att det behövs fler vuxna ute.",
        "Karin Lund (S) hoppas att fler vill delta.",
    ],
)
def test_a_reported_view_opens_with_the_speaker_and_maybe_the_title(sentence: str) -> None:
    from pledgeparse.extract.pledges import REPORTED_VIEW

    assert REPORTED_VIEW.match(sentence)


def test_a_second_sentence_whose_subject_refers_back_explains_the_same_pledge() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n\nDet här gör vi\n\n"
        "Socialtjänsten startar en föräldragrupp för vårdnadshavare till unga. Gruppen träffas på kvällstid.\n\n"
        "Tekniska förvaltningen ska byta belysningen i gångtunnlarna. Förvaltningen följer upp med boende.\n\n"
        "Polisen och kommunens fältassistenter ska vara på plats vid torget. "
        "Fältassistenterna tar också kontakt med de unga som återkommer.\n"
    )
    assert [p[:2] for p in _pledges(text)] == [
        (
            "Socialtjänsten startar en föräldragrupp för vårdnadshavare till unga. Gruppen träffas på kvällstid.",
            ["Socialtjänsten"],
        ),
        (
            "Tekniska förvaltningen ska byta belysningen i gångtunnlarna. Förvaltningen följer upp med boende.",
            ["Tekniska förvaltningen"],
        ),
        (
            "Polisen och kommunens fältassistenter ska vara på plats vid torget.",
            ["Polisen", "Kommunens fältassistenter"],
        ),
        ("Fältassistenterna tar också kontakt med de unga som återkommer.", ["Fältassistenterna"]),
    ]


def test_expected_effects_announced_as_following_and_a_focus_heading_give_no_pledges() -> None:
    # council minutes approving a pledge kept in an attachment
    text = (
        "Medborgarlöfte 2026–2027 för Provbacka\n\nSammanfattning av ärendet\n"
        "Provbacka kommun ger sedan 2019 ett gemensamt medborgarlöfte med lokalpolisområde Provbacka.\n\n"
        "Förslaget är tvåårigt och har inriktning på:\n"
        "– trafiken på riksvägen och genom byarna under turistsäsongerna\n"
        "– bedrägerier som riktar sig mot äldre\n– stölder från fritidshus och fäbodar\n\n"
        "Tjänsteskrivelsen anger följande förväntade effekter:\n"
        "– en ökad upplevd trygghet bland invånarna i hela kommunen\n"
        "– en bättre kännedom bland äldre om hur bedragare arbetar\n"
    )
    assert _pledges(text) == []


def test_a_minutes_decision_under_the_title_block_gives_no_pledges() -> None:
    text = (
        "PROVBACKA KOMMUN                              SAMMANTRÄDESPROTOKOLL\n"
        "§ 213        KS 2025/0318\nMedborgarlöfte 2026–2027 för Provbacka\nBeslut\n"
        "Kommunstyrelsen beslutar att\n"
        "–  ställa sig bakom medborgarlöfte 2026–2027 för Provbacka kommun och lokalpolisområde Provbacka,\n"
        "–  kommunstyrelsens ordförande undertecknar löftet för kommunens räkning,\n"
        "–  löftet ska återrapporteras till kommunstyrelsen i samband med årsredovisningen.\n"
        "Sammanfattning av ärendet\n"
        "Provbacka kommun ger sedan 2019 ett medborgarlöfte. Nora kommun fattar motsvarande beslut i december.\n"
    )
    assert _pledges(text) == []


def test_a_lead_in_set_as_a_parts_heading_stays_under_the_theme_above() -> None:
    text = (
        "Medborgarlöfte Provbacka 2017\nVad vi har sett\n"
        "Provbacka är en stor kommun med få invånare, men under vintern växer befolkningen kraftigt i fjällbyarna "
        "och då ökar också trafiken på vägarna och lederna runt byarna.\n"
        "Våra åtaganden 2017\nSkoter och trafik\nPolisen lovar att\n"
        "genomföra nykterhetskontroller varje helg under påsklovet\n"
        "Kommunen och polisen lovar att\ninformera på skolorna om reglerna för skoter under november\n"
        "Unga och alkohol\nKommunen lovar att\nsamordna föräldravandringar i centrum\n"
    )
    assert [(p[1], p[2]) for p in _pledges(text)] == [
        (["Polisen"], "Skoter och trafik"),
        (["Kommunen", "Polisen"], "Skoter och trafik"),
        (["Kommunen"], "Unga och alkohol"),
    ]


def test_what_is_yet_to_be_decided_is_no_pledge_and_a_genitive_police_area_is_the_police() -> None:
    text = (
        "Nytt medborgarlöfte i Provbacka\n\nProvbacka kommun och Fjällbygdens lokalpolisområde har tecknat ett löfte.\n\n"
        "Fjällbygdens lokalpolisområde kommer att utbilda kommunens fritidsledare under våren.\n\n"
        "Exakt vilka aktiviteter som ska genomföras under året kommer att beslutas i mars.\n"
    )
    assert [p[:2] for p in _pledges(text)] == [
        ("Fjällbygdens lokalpolisområde kommer att utbilda kommunens fritidsledare under våren.", ["Polisen"])
    ]


def test_a_party_doing_something_set_as_a_heading_in_the_pledge_part_is_an_item() -> None:
    text = (
        "Medborgarlöften i Provbacka\n\nSedan 2015 ger kommunen och polisen gemensamma löften.\n\n"
        "Medborgarlöfte 2016\n\nUnder 2016 lovar Provbacka kommun och lokalpolisområde Norrby:\n\n"
        "Säkrare skolvägar\n\nHastighetskontroller vid skolorna under skolstarten i augusti\n\n"
        "Trygg stadskärna\n\nKommunen rensar buskage och förbättrar belysningen i parken vid stationen\n\n"
        "Uppföljning\n\nLöftet följs upp i rådet varje halvår.\n"
    )
    assert [(p[0], p[2]) for p in _pledges(text)][-1] == (
        "Kommunen rensar buskage och förbättrar belysningen i parken vid stationen",
        "Trygg stadskärna",
    )


@pytest.mark.parametrize("heading", ["Medborgarlöftet ska:", "Medborgarlöften ska"])
def test_what_the_pledge_is_for_under_a_heading_that_names_it_is_no_pledge(heading: str) -> None:
    text = (
        "Medborgarlöfte Provbacka 2023\n\nProvbacka kommun och polisen har tagit fram ett gemensamt löfte.\n\n"
        f"{heading}\n\n– öka tryggheten för dem som bor i Provbacka\n"
        "– göra polisens och kommunens gemensamma arbete synligt\n– bygga på invånarnas egna beskrivningar\n\n"
        "Det här lovar vi\n\n– Polisen ska genomföra trafikkontroller vid skolorna varje månad.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Polisen ska genomföra trafikkontroller vid skolorna varje månad."]


def test_a_calendar_of_meetings_is_no_pledge_list() -> None:
    text = (
        "Medborgarlöfte Provbacka 2018\n\nDet här gör vi\n\n"
        "• Polisen ska genomföra trafikkontroller vid skolorna varje månad.\n\n"
        "Under oktober finns kommunpolisen på plats på flera ställen för att prata med invånarna:\n"
        "• Torgets café, tisdag 17 oktober kl. 15–18\n• Folkets hus, torsdag 19 oktober kl. 17–19\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Polisen ska genomföra trafikkontroller vid skolorna varje månad."]


def test_a_promise_to_work_on_areas_it_names_after_a_colon_is_no_pledge() -> None:
    text = (
        "Medborgarlöfte Provbacka 2024\n\n"
        "Provbacka kommun och lokalpolisområde Norrby lovar invånarna att under 2024 arbeta med tre frågor: "
        "trafiken genom centrum, otryggheten vid resecentrum och drogerna bland unga.\n\n"
        "Det här gör vi\n\n– Polisen ska genomföra trafikkontroller vid skolorna varje månad.\n"
    )
    assert [p[0] for p in _pledges(text)] == ["Polisen ska genomföra trafikkontroller vid skolorna varje månad."]
