"""Signatories as real pages print them (issue 11).

Invented sentences and blocks in the genre's forms; no sentence is copied
from a document.
"""

from __future__ import annotations

import datetime as dt

from pledgeparse.extract.prose_signatures import signers_in_prose, signers_in_sentence
from pledgeparse.extract.signatories import extract as extract_signatories
from pledgeparse.extract.signature_words import SignatoryDraft, balance_sides, side_of
from pledgeparse.models import Side
from pledgeparse.pipeline import extract


def _people(sentence: str, date: dt.date | None = None) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.title, p.side.value) for p in signers_in_sentence(sentence, date)]


def test_prose_undertecknades_av_title_before_name() -> None:
    sentence = (
        "Medborgarlöftet undertecknades av kommunstyrelsens ordförande Lena Borg och lokalpolisområdeschef Omar Ali."
    )
    assert _people(sentence) == [
        ("Lena Borg", "Kommunstyrelsens ordförande", "kommun"),
        ("Omar Ali", "Lokalpolisområdeschef", "polis"),
    ]


def test_prose_title_after_name_with_its_place_and_party_letters() -> None:
    sentence = (
        "Kommunalråd Lena Borg (C) och Omar Ali polisområdeschef i Ydre, Kinda och Boxholm signerade den 4 maj löftet."
    )
    people = signers_in_sentence(sentence, dt.date(2025, 5, 6))
    assert [(p.name, p.title, p.side.value, p.date) for p in people] == [
        ("Lena Borg", "Kommunalråd", "kommun", dt.date(2025, 5, 4)),
        ("Omar Ali", "polisområdeschef i Ydre, Kinda och Boxholm", "polis", dt.date(2025, 5, 4)),
    ]


def test_prose_title_and_its_place_before_the_name_and_a_comma() -> None:
    sentence = (
        "Löftet undertecknades av kommunstyrelsens ordförande i Mora kommun, Lena Borg (S), "
        "och chefen för lokalpolisområde Mora, Omar Ali."
    )
    assert _people(sentence) == [
        ("Lena Borg", "Kommunstyrelsens ordförande i Mora kommun", "kommun"),
        ("Omar Ali", "Chefen för lokalpolisområde Mora", "polis"),
    ]
    # A title after the first name is that name's, not the next one's.
    listed = "Löftet signerades av Lena Borg, kommunalråd, Omar Ali, lokalpolisområdeschef, och Eva Ny."
    assert [title for _, title, _ in _people(listed)][:2] == ["kommunalråd", "lokalpolisområdeschef"]


def test_prose_a_quoted_signer_and_names_set_under_the_document() -> None:
    quoted = (
        "Nytt medborgarlöfte i Mora\n\nMora kommun och polisen har tagit fram ett medborgarlöfte för 2024.\n\n"
        "– Det här är ett viktigt steg, säger Omar Ali, lokalpolisområdeschef, som tillsammans med "
        "kommunstyrelsens ordförande Lena Borg undertecknade löftet.\n"
    )
    result = extract(quoted.encode("utf-8"), "news.txt")
    assert [(p.name, p.side.value) for p in result.signatories] == [("Omar Ali", "polis"), ("Lena Borg", "kommun")]
    names = "Det var kommunalrådet Lena Borg och polisområdeschefen Omar Ali som satte sina namn under dokumentet."
    assert [name for name, _, _ in _people(names)] == ["Lena Borg", "Omar Ali"]
    # Merely quoted: no signatory.
    assert _people("– Det här är ett viktigt steg, säger Omar Ali, lokalpolisområdeschef.") == []


def test_prose_the_signing_then_who_did_it_and_the_signing_as_a_noun() -> None:
    two = (
        "Medborgarlöftet undertecknades i går i stadshuset. "
        "Det gjordes av kommunstyrelsens ordförande Lena Borg (S) och lokalpolisområdeschef Omar Ali."
    )
    assert [p.name for p in signers_in_prose([two])] == ["Lena Borg", "Omar Ali"]
    noun = "Vid undertecknandet deltog kommunstyrelsens ordförande Lena Borg (S) och lokalpolisområdeschef Omar Ali."
    assert [p.name for p in signers_in_prose([noun])] == ["Lena Borg", "Omar Ali"]
    # Who spoke after the signing did not sign by that alone.
    spoke = "Medborgarlöftet undertecknades i går. Därefter talade kommunstyrelsens ordförande Lena Borg (S)."
    assert signers_in_prose([spoke]) == []


def test_prose_name_title_pairs_separated_by_commas() -> None:
    sentence = (
        "Lena Borg (S), kommunstyrelsens ordförande, och Omar Ali, chef för lokalpolisområde Ydre, skrev under i går."
    )
    assert _people(sentence) == [
        ("Lena Borg", "kommunstyrelsens ordförande", "kommun"),
        ("Omar Ali", "chef för lokalpolisområde Ydre", "polis"),
    ]


def test_prose_title_ends_where_the_verb_begins() -> None:
    sentence = "Ordförande Lena Borg (M) och Omar Ali Lokalpolisområdeschef presenterar löftet och skriver sedan under."
    assert _people(sentence) == [("Lena Borg", "Ordförande", "kommun"), ("Omar Ali", "Lokalpolisområdeschef", "polis")]


def test_prose_skrevs_under_av_names_without_titles() -> None:
    assert _people("Löftet skrevs under av Lena Borg (S) och Omar Ali.") == [
        ("Lena Borg", None, "kommun"),
        ("Omar Ali", None, "other"),
    ]


def test_people_merely_mentioned_or_shown_are_not_signatories() -> None:
    assert _people("Lena Borg, kommunstyrelsens ordförande, berättar om arbetet med löftet.") == []
    assert _people("Omar Ali, lokalpolisområdeschef, och Lena Borg, kommunalråd, skakar hand.") == []
    assert _people("Lena Borg berättar att löftet undertecknades i fjol.") == []


def test_caption_counts_only_when_it_says_they_signed() -> None:
    shown = "På bilden från vänster: Lena Borg, kommunalråd, och Omar Ali, lokalpolisområdeschef."
    signed = "På bilden från vänster: Lena Borg, kommunalråd, och Omar Ali, lokalpolisområdeschef, när de undertecknade löftet."
    assert signers_in_prose([shown]) == []
    assert [p.name for p in signers_in_prose([signed])] == ["Lena Borg", "Omar Ali"]


def test_prose_date_takes_its_year_from_the_pages_dateline() -> None:
    page = "Löftet är klart\n\n2 april 2025\n\nKommunalråd Lena Borg och Omar Ali, lokalpolisområdeschef, signerade den 31 mars."
    people = signers_in_prose([page.split("\n\n")[-1]], page)
    assert [(p.name, p.date) for p in people] == [
        ("Lena Borg", dt.date(2025, 3, 31)),
        ("Omar Ali", dt.date(2025, 3, 31)),
    ]
    # Without a dated page a day and month give no date.
    assert [p.date for p in signers_in_prose([page.split("\n\n")[-1]])] == [None, None]


def test_news_page_without_a_signature_block() -> None:
    text = (
        "Nytt medborgarlöfte i Ydre\n\n"
        "12 mars 2025\n\n"
        "Medborgarlöftet undertecknades den 10 mars av kommunstyrelsens ordförande Lena Borg och "
        "lokalpolisområdeschef Omar Ali.\n\n"
        "Polisen lovar att:\n\n- genomföra trafikkontroller vid skolorna varje månad\n"
    )
    result = extract(text.encode(), "ydre_nyhet.txt")
    assert [(s.name, s.title, s.side.value, s.date) for s in result.signatories] == [
        ("Lena Borg", "Kommunstyrelsens ordförande", "kommun", dt.date(2025, 3, 10)),
        ("Omar Ali", "Lokalpolisområdeschef", "polis", dt.date(2025, 3, 10)),
    ]


def _block(*blocks: list[str]) -> list[tuple[str, str | None, str | None, str]]:
    return [(p.name, p.title, p.organisation, p.side.value) for p in extract_signatories(list(blocks))]


def test_for_the_police_and_for_the_municipality_blocks() -> None:
    assert _block(
        ["För polisen: Omar Ali, lokalpolisområdeschef"], ["För Ydre kommun:", "Lena Borg (S), kommunalråd"]
    ) == [
        ("Omar Ali", "lokalpolisområdeschef", "Polisen", "polis"),
        ("Lena Borg", "kommunalråd", "Ydre kommun", "kommun"),
    ]


def test_name_title_pairs_on_one_line() -> None:
    assert _block(["Lena Borg, kommunstyrelsens ordförande och Omar Ali, lokalpolisområdeschef"]) == [
        ("Lena Borg", "kommunstyrelsens ordförande", None, "kommun"),
        ("Omar Ali", "lokalpolisområdeschef", None, "polis"),
    ]
    assert _block(["Kommunalråd Lena Borg – Lokalpolisområdeschef Omar Ali"]) == [
        ("Lena Borg", "Kommunalråd", None, "kommun"),
        ("Omar Ali", "Lokalpolisområdeschef", None, "polis"),
    ]
    assert _block(["Lena Borg (M) – kommunalråd"]) == [("Lena Borg", "kommunalråd", None, "kommun")]


def test_party_letters_after_a_name_line() -> None:
    assert _block(["Lena Borg (KD)", "Kommunstyrelsens ordförande"], ["Omar Ali", "Lokalpolisområdeschef"]) == [
        ("Lena Borg", "Kommunstyrelsens ordförande", None, "kommun"),
        ("Omar Ali", "Lokalpolisområdeschef", None, "polis"),
    ]


def test_two_columns_whose_gap_was_lost() -> None:
    people = _block(
        ["Ydre den 3 mars 2025"], ["Lena Borg Omar Ali"], ["Kommunstyrelsens ordförande Lokalpolisområdeschef Tranås"]
    )
    assert sorted(people) == [
        ("Lena Borg", "Kommunstyrelsens ordförande", None, "kommun"),
        ("Omar Ali", "Lokalpolisområdeschef Tranås", None, "polis"),
    ]
    # One person with a long name stays one person.
    assert _block(["Anna Maria Lind"], ["Kommunstyrelsens ordförande"]) == [
        ("Anna Maria Lind", "Kommunstyrelsens ordförande", None, "kommun")
    ]


def test_name_and_title_side_by_side_on_one_row() -> None:
    expected = [
        ("Lena Borg", "Kommunstyrelsens ordförande", None, "kommun"),
        ("Omar Ali", "Lokalpolisområdeschef", None, "polis"),
    ]
    assert _block(["Lena Borg      Kommunstyrelsens ordförande"], ["Omar Ali      Lokalpolisområdeschef"]) == expected
    assert _block(["Lena Borg Kommunstyrelsens ordförande"], ["Omar Ali Lokalpolisområdeschef"]) == expected


def test_prose_date_only_when_the_sentence_gives_one() -> None:
    # The page's own date is not the signing date.
    people = signers_in_prose(
        ["Kommunalråd Lena Borg och lokalpolisområdeschef Omar Ali har skrivit under."], "12 mars 2025"
    )
    assert [(p.name, p.date) for p in people] == [("Lena Borg", None), ("Omar Ali", None)]


def test_subject_of_the_signing_verb_needs_no_title() -> None:
    caption = "På bilden: Lena Borg och Omar Ali skriver under medborgarlöftet."
    assert [(p.name, p.title) for p in signers_in_prose([caption])] == [("Lena Borg", None), ("Omar Ali", None)]


def test_untitled_signer_takes_the_title_the_page_gives_elsewhere() -> None:
    page = (
        "Kommunstyrelsens ordförande Lena Borg (S) är nöjd, liksom lokalpolisområdeschef Omar Ali.\n\n"
        "På bilden: Lena Borg och Omar Ali skriver under medborgarlöftet."
    )
    people = signers_in_prose(page.split("\n\n"), page)
    assert [(p.name, p.title, p.side.value) for p in people] == [
        ("Lena Borg", "Kommunstyrelsens ordförande", "kommun"),
        ("Omar Ali", "Lokalpolisområdeschef", "polis"),
    ]


def test_particle_verb_split_by_the_names() -> None:
    sentence = "Under tisdagen skrev kommunalrådet Lena Borg och kommunpolisen Omar Ali under medborgarlöftet."
    assert _people(sentence) == [("Lena Borg", "Kommunalrådet", "kommun"), ("Omar Ali", "Kommunpolisen", "polis")]


def test_title_drops_the_sentence_full_stop() -> None:
    sentence = "Löftet har skrivits under av Lena Borg, kommunalråd, och Omar Ali, lokalpolisområdeschef."
    assert [p.title for p in signers_in_sentence(sentence)] == ["kommunalråd", "lokalpolisområdeschef"]


def test_for_side_lines_after_the_pledges_open_the_signature_part() -> None:
    text = (
        "Medborgarlöfte för Ydre kommun 2025\n\nPolisen lovar att:\n"
        " • genomföra fyra trygghetsvandringar per år\n\n"
        "För Ydre kommun: Lena Borg, kommunstyrelsens ordförande\n"
        "För polisen: Omar Ali, lokalpolisområdeschef\n"
    )
    result = extract(text.encode(), "ydre.txt")
    assert [(s.name, s.side.value) for s in result.signatories] == [("Lena Borg", "kommun"), ("Omar Ali", "polis")]
    assert [p.text for p in result.promises] == ["genomföra fyra trygghetsvandringar per år"]


def test_a_date_line_after_a_short_pledge_list_is_the_signing_date() -> None:
    text = (
        "Medborgarlöfte Ydre 2025\n\nKommunen lovar att:\n • anordna nattvandringar\n\n"
        "Ydre den 12 mars 2025\n\nLena Borg\nKommunstyrelsens ordförande\n"
    )
    result = extract(text.encode(), "ydre.txt")
    assert [(s.name, str(s.date)) for s in result.signatories] == [("Lena Borg", "2025-03-12")]


def test_police_area_printed_under_the_police_title_belongs_to_it() -> None:
    people = extract_signatories([["Omar Ali", "Lokalpolisområdeschef", "Norra Gränsbygden"]])
    assert [(p.name, p.title) for p in people] == [("Omar Ali", "Lokalpolisområdeschef Norra Gränsbygden")]


def test_teckna_is_a_signing_verb_for_people_not_for_parties() -> None:
    sentence = "Kommunstyrelsens ordförande Lena Borg och lokalpolisområdeschef Omar Ali tecknade på måndagen ett nytt medborgarlöfte."
    assert _people(sentence) == [
        ("Lena Borg", "Kommunstyrelsens ordförande", "kommun"),
        ("Omar Ali", "Lokalpolisområdeschef", "polis"),
    ]
    assert _people("Ydre kommun och polisen har tecknat ett nytt medborgarlöfte.") == []


def test_prose_skrev_names_under_the_document_after_them() -> None:
    # The particle comes after the names and their titles, the signed document after it.
    for sentence in (
        "I går skrev kommunstyrelsens ordförande Lena Strand (M) och lokalpolisområdeschef Ola Berg under ett nytt medborgarlöfte.",
        "I går skrev Lena Strand (M), kommunstyrelsens ordförande, och Ola Berg, lokalpolisområdeschef, under avtalet.",
    ):
        assert [(n, s) for n, _t, s in _people(sentence)] == [("Lena Strand", "kommun"), ("Ola Berg", "polis")]
    # "under" as a preposition of time signs nothing.
    assert _people("Lena Strand skrev en krönika om trygghet under hösten.") == []


def test_prose_names_after_a_title_need_no_known_given_name_and_skrev_pa() -> None:
    sentence = (
        "Medborgarlöftet undertecknades av kommunalrådet Tuija Mäkinen och lokalpolisområdeschef Kjell-Åke Rydén."
    )
    assert [n for n, _t, _s in _people(sentence)] == ["Tuija Mäkinen", "Kjell-Åke Rydén"]
    sentence = "I går skrev kommunalrådet Lena Strand och lokalpolisområdeschefen Ola Berg på det nya medborgarlöftet."
    assert [(n, s) for n, _t, s in _people(sentence)] == [("Lena Strand", "kommun"), ("Ola Berg", "polis")]
    assert _people("Lena Strand skrev en text på Facebook om löftet.") == []
    # A place after a title is not a person either.
    assert _people("Avtalet undertecknades av Sara Nord, lokalpolisområdeschef Södra Dalarna.") == [
        ("Sara Nord", "lokalpolisområdeschef Södra Dalarna", "polis")
    ]
    # An organisation after a title is not a person.
    sentence = "Avtalet undertecknades av Lena Strand, ordförande Föreningen Trygga Vuxna, och kommunalrådet Ola Berg."
    assert [n for n, _t, _s in _people(sentence)] == ["Lena Strand", "Ola Berg"]


def test_press_invitation_dates_the_signing_from_its_event_line_and_english_stamp() -> None:
    text = (
        "Hoppa till innehållet\n\nNytt medborgarlöfte i Vara\n\nPressmeddelande   •   Feb 03, 2025 09:15 CET\n\n"
        "Välkommen när Vara kommun och polisen undertecknar årets medborgarlöfte.\n\n"
        "Datum, tid och plats: 12 februari klockan 13.00 i stadshuset.\n\n"
        "Kommunalrådet Lena Strand (M) och lokalpolisområdeschef Ola Berg berättar om löftet och skriver sedan under.\n\n"
        "I löftet lovar polisen att genomföra fler trafikkontroller vid skolorna.\n"
    )
    people = extract(text.encode(), "vara.txt").signatories
    assert [(p.name, p.date) for p in people] == [
        ("Lena Strand", dt.date(2025, 2, 12)),
        ("Ola Berg", dt.date(2025, 2, 12)),
    ]
    # A web page's reader sets the stamp apart as chrome; the date is the same.
    paragraphs = "".join(f"<p>{part}</p>" for part in text.split("\n\n")[2:] if "Pressmeddelande" not in part)
    page = (
        "<html><body><main><h1>Nytt medborgarlöfte i Vara</h1>"
        '<div class="byline">Pressmeddelande • Feb 03, 2025 09:15 CET</div>' + paragraphs + "</main></body></html>"
    )
    people = extract(page.encode(), "vara.html").signatories
    assert [p.date for p in people] == [dt.date(2025, 2, 12)] * 2


def test_side_of_municipal_roles_named_after_what_they_serve() -> None:
    assert side_of("Näringslivschef", None) is Side.kommun  # a municipal officer
    assert side_of("Representant för näringslivet", None) is Side.other
    assert side_of("Biträdande lokalpolisområdeschef", None) is Side.polis


def test_three_signatures_side_by_side_where_a_title_fills_its_column() -> None:
    text = (
        "Medborgarlöfte Vara 2024\n\nVåra löften\n\n- Polisen genomför trafikkontroller vid skolorna varje vecka.\n\n"
        "Vara den 3 maj 2024\n\n"
        "Anna Berg                    Per Holm                     Eva Ek\n"
        "Kommunstyrelsens ordförande  Lokalpolisområdeschef        Vd Vara Bostäder AB\n"
    )
    result = extract(text.encode(), "vara.txt")
    assert [(p.name, p.title, p.side.value) for p in result.signatories] == [
        ("Anna Berg", "Kommunstyrelsens ordförande", "kommun"),
        ("Per Holm", "Lokalpolisområdeschef", "polis"),
        ("Eva Ek", "Vd Vara Bostäder AB", "other"),
    ]
    assert result.document.police_area is None  # the next column is no police area


def test_the_one_signer_of_no_stated_side_signs_for_the_police() -> None:
    def people(*titles: str | None) -> list[SignatoryDraft]:
        drafts = [SignatoryDraft(f"Person {i}", t, None, None, side_of(t, None)) for i, t in enumerate(titles)]
        balance_sides(drafts)
        return drafts

    assert [p.side for p in people("Kommunchef", "Områdeschef")] == [Side.kommun, Side.polis]
    assert [p.side for p in people("Kommunstyrelsens ordförande", None)] == [Side.kommun, Side.polis]
    # Someone already signs for the police, or two signers are unsure: nothing is guessed.
    assert [p.side for p in people("Lokalpolisområdeschef", "Gruppchef")] == [Side.polis, Side.kommun]
    assert [p.side for p in people("Kommunchef", "Gruppchef", "Områdeschef")] == [Side.kommun] * 3


def test_a_caption_names_the_signers_of_a_signing_the_page_reports_as_an_act() -> None:
    signing = "I dag undertecknade Mora kommun och polisen medborgarlöftet för 2024."
    caption = "Lena Borg (S), kommunstyrelsens ordförande, och Omar Ali, lokalpolisområdeschef i Mora."
    assert [p.name for p in signers_in_prose([signing, caption])] == ["Lena Borg", "Omar Ali"]
    # A record in the passive, or an agreement concluded, does not make a caption's people signers.
    for record in (
        "I november tecknades ett nytt medborgarlöfte mellan lokalpolisområde Mora och Mora kommun.",
        "Löftet är en del av den överenskommelse som kommunen och polisen har tecknat.",
        "Löftet skrevs under i april.",
    ):
        assert signers_in_prose([record, caption]) == []


def test_a_decisions_distribution_list_names_no_signatory() -> None:
    text = (
        "§ 45 Medborgarlöfte 2023–2024\n\nBeslut\n\nKommunstyrelsen godkänner medborgarlöftet mellan Vansbro kommun "
        "och lokalpolisområde Södra Dalarna.\n\n- Polisen genomför trafikkontroller i Järna under sommaren.\n\n"
        "Beslutet skickas till\nLokalpolisområde Södra Dalarna\nKommunchef\n"
    )
    assert extract(text.encode("utf-8"), "protokoll.txt").signatories == []


def test_a_signing_sentence_wrapped_over_lines_in_the_signature_part() -> None:
    text = (
        "Medborgarlöfte Mora 2024\n\nDet här lovar vi\n\n- Polisen ska genomföra trafikkontroller i centrum.\n\n"
        "Mora den 3 mars 2024\n\n"
        "Medborgarlöftet undertecknades av kommunstyrelsens ordförande Lena\n"
        "Borg (C), kommundirektör Eva Holm och lokalpolisområdeschef Omar Ali\n"
        "vid ett möte i stadshuset.\n"
    )
    people = extract(text.encode("utf-8"), "wrapped.txt").signatories
    assert sorted((p.name, p.side.value, str(p.date)) for p in people) == [
        ("Eva Holm", "kommun", "2024-03-03"),
        ("Lena Borg", "kommun", "2024-03-03"),
        ("Omar Ali", "polis", "2024-03-03"),
    ]


def test_prose_skrev_four_names_under_a_joint_pledge() -> None:
    sentence = (
        "Under onsdagen skrev Norrbys kommunstyrelseordförande Lena Borg (M), Söderbys "
        "kommunstyrelseordförande Omar Ali (S), Västerbys kommunstyrelseordförande Eva Lind (KD) "
        "och lokalpolisområdeschef Per Holm under ett gemensamt medborgarlöfte i kulturhuset."
    )
    assert [name for name, _title, _side in _people(sentence)] == ["Lena Borg", "Omar Ali", "Eva Lind", "Per Holm"]


def test_place_and_date_lines_side_by_side_after_the_follow_up_open_the_signatures() -> None:
    text = (
        "Medborgarlöfte Provbacka 2025\n\nVåra löften\n\n- Polisen genomför trafikkontroller vid skolorna varje vecka.\n\n"
        "Uppföljning\n\nLöftet följs upp av styrgruppen i maj.\n\n"
        "Provbacka den 20 januari 2025                 Norrby den 20 januari 2025\n\n"
        "/Anna Berg                                    /Per Holm\n"
        "Kommunstyrelsens ordförande                   Kommunstyrelsens ordförande\n\n"
        "/Eva Ek\nLokalpolisområdeschef\n"
    )
    result = extract(text.encode(), "kolumner.txt")
    assert [(p.name, p.side.value, p.date) for p in result.signatories] == [
        ("Anna Berg", "kommun", dt.date(2025, 1, 20)),
        ("Per Holm", "kommun", dt.date(2025, 1, 20)),
        ("Eva Ek", "polis", dt.date(2025, 1, 20)),
    ]


def test_the_particle_after_the_names_before_a_genitive_and_the_document() -> None:
    sentence = (
        "På tisdagen skrev Lena Borg, kommunstyrelsens ordförande i Provbacka kommun, och Omar Ali, "
        "lokalpolisområdeschef i Norrby, under kommunens nya medborgarlöfte för 2025–2026."
    )
    assert [p[0] for p in _people(sentence)] == ["Lena Borg", "Omar Ali"]


def test_a_numbered_signatures_heading_over_the_place_and_date_dates_every_signer() -> None:
    text = (
        "Medborgarlöfte 2025\n\n2 Våra löften\n\nPolisen lovar att genomföra trafikkontroller vid skolorna varje månad.\n\n"
        "3 Uppföljning\nLöftet följs upp två gånger per år i det lokala brottsförebyggande rådet.\n"
        "4 Underskrifter\nEkby 2025-02-03\n\n"
        "Anna Berg\nKommunstyrelsens ordförande, Ekby kommun\n\n"
        "Johan Lind\nLokalpolisområdeschef, lokalpolisområde Ekby\n\n"
        "Maria Holm\nVD, Ekbyhem Bostäder AB\n"
    )
    people = [(s.name, s.title, s.organisation, s.date) for s in extract(text.encode(), "ekby.txt").signatories]
    assert people == [
        ("Anna Berg", "Kommunstyrelsens ordförande", "Ekby kommun", dt.date(2025, 2, 3)),
        ("Johan Lind", "Lokalpolisområdeschef", "lokalpolisområde Ekby", dt.date(2025, 2, 3)),
        ("Maria Holm", "VD", "Ekbyhem Bostäder AB", dt.date(2025, 2, 3)),
    ]


def test_a_table_of_signers_a_row_each_with_name_title_and_organisation() -> None:
    text = (
        "Medborgarlöfte Markaryds kommun 2019\n\nLägesbild\n\n"
        "I dialogerna nämnde många invånare trafiken vid skolorna och oron för inbrott i Strömsnäsbruk.\n\n"
        "Det här ska vi göra\n\n"
        "  • Polisen ska genomföra trafikkontroller vid skolorna varje månad.\n"
        "  • Kommunen ska bjuda in till möten om grannsamverkan i Strömsnäsbruk.\n\n"
        "Uppföljning\n\nLöftet följs upp av det brottsförebyggande rådet i december.\n\n"
        "Undertecknat i Markaryd 2019-03-02\n\n"
        "Namn                  Funktion                           Organisation\n"
        "Ingrid Falk           Kommunstyrelsens ordförande        Markaryds kommun\n"
        "Tomas Berg            Lokalpolisområdeschef              Polisen, lokalpolisområde Ljungby\n"
    )
    result = extract(text.encode("utf-8"), "signers.txt")
    assert [(s.name, s.title, s.side.value) for s in result.signatories] == [
        ("Ingrid Falk", "Kommunstyrelsens ordförande", "kommun"),
        ("Tomas Berg", "Lokalpolisområdeschef", "polis"),
    ]


def test_slash_signed_names_above_a_contact_box_in_one_block() -> None:
    # A page copied without blank lines: the place and date, the names signed "/Name", then the
    # page's contact box with a phone number, all one block.
    text = (
        "Medborgarlöfte för Eksjö kommun 2022\n\n"
        "Eksjö kommun och lokalpolisområde Höglandet lovar att:\n\n"
        "• genomföra två trygghetsvandringar i Eksjö centrum under året\n\n"
        "Eksjö den 3 mars 2022\n"
        "/Karin Lundgren\n"
        "Kommunstyrelsens ordförande\n"
        "/Anders Wikström\n"
        "Lokalpolisområdeschef\n"
        "Kontakt\n"
        "Folkhälsostrateg\n"
        "Maria Ek\n"
        "0381-361 22\n"
    )
    result = extract(text.encode("utf-8"), "eksjo.txt")
    assert [(s.name, s.title, s.date) for s in result.signatories] == [
        ("Karin Lundgren", "Kommunstyrelsens ordförande", dt.date(2022, 3, 3)),
        ("Anders Wikström", "Lokalpolisområdeschef", dt.date(2022, 3, 3)),
    ]
    assert all("Maria Ek" not in s.text for s in result.sections)


def test_people_with_their_organisations_in_parentheses_and_no_titles() -> None:
    people = extract_signatories(
        [["Undertecknat av"], ["Eva Lund (Ydre kommun), Per Ek (Kinda kommun) och Ida Berg (Polisen)"]]
    )
    assert [(p.name, p.organisation, p.side) for p in people] == [
        ("Eva Lund", "Ydre kommun", Side.kommun),
        ("Per Ek", "Kinda kommun", Side.kommun),
        ("Ida Berg", "Polisen", Side.polis),
    ]


def test_signers_listed_under_a_lead_in_that_says_they_signed() -> None:
    text = (
        "Tre kommuner skrev under\n\n"
        "Ydre, Kinda och Boxholm ger i år ett gemensamt medborgarlöfte om trafiken i sina centrum, och polisen lovar "
        "att göra fler hastighetskontroller vid skolorna under hösten.\n\n"
        "Löftet skrevs under i Ydre kommunhus den 3 mars av:\n"
        "Eva Lund, kommunstyrelsens ordförande i Ydre\n"
        "Per Ek, kommunstyrelsens ordförande i Kinda\n"
        "Ida Berg, lokalpolisområdeschef i lokalpolisområde Tranås\n"
    )
    result = extract(text.encode(), "tre_kommuner.txt")
    assert [(s.name, s.side) for s in result.signatories] == [
        ("Eva Lund", Side.kommun),
        ("Per Ek", Side.kommun),
        ("Ida Berg", Side.polis),
    ]
    assert not any("kommunstyrelsens ordförande" in p.text for p in result.promises)


def test_a_title_in_lower_case_under_a_name_in_the_second_column_is_that_persons() -> None:
    people = extract_signatories(
        [
            [
                "Eva Lund                                Per Ek",
                "Kommunstyrelsens ordförande             tf kommundirektör",
                "Ydre kommun                             Ydre kommun",
            ]
        ]
    )
    assert [(p.name, p.title) for p in people] == [
        ("Eva Lund", "Kommunstyrelsens ordförande"),
        ("Per Ek", "tf kommundirektör"),
    ]


def test_a_person_pictured_where_the_pledge_was_signed_did_not_sign() -> None:
    assert _people("Trygghetssamordnaren Eva Lund framför stadshuset, där löftet undertecknades på måndagen.") == []
    # ... while the signing told with its agents still names them
    assert _people("Löftet undertecknades på måndagen av kommunalrådet Per Ek i stadshuset.") == [
        ("Per Ek", "Kommunalrådet", "kommun")
    ]


def test_titles_before_names_under_a_place_and_date_line_and_a_three_part_name() -> None:
    people = extract_signatories(
        [
            [
                "Ydre 2025-12-09",
                "Kommunstyrelsens ordförande Eva Lund Berg (KD)",
                "Kommundirektör Per-Olof Ek",
                "Lokalpolisområdeschef LPO Tranås Anders Gustav Holm",
            ]
        ]
    )
    assert [(p.name, p.title, p.date) for p in people] == [
        ("Eva Lund Berg", "Kommunstyrelsens ordförande", dt.date(2025, 12, 9)),
        ("Per-Olof Ek", "Kommundirektör", dt.date(2025, 12, 9)),
        ("Anders Gustav Holm", "Lokalpolisområdeschef LPO Tranås", dt.date(2025, 12, 9)),
    ]


def test_a_title_before_a_name_under_a_date_line_opens_the_signatures() -> None:
    text = (
        "Medborgarlöfte 2026\n\nVåra löften\n\nPolisen lovar att genomföra trafikkontroller varje vecka.\n\n"
        "Uppföljning\n\nLöftet följs upp i brottsförebyggande rådet i juni.\n\n"
        "Ydre 2025-12-09\nKommunstyrelsens ordförande Eva Lund Berg (KD)\n\n"
        "Lokalpolisområdeschef Per Ek\n"
    )
    assert [s.name for s in extract(text.encode(), "ydre.txt").signatories] == ["Eva Lund Berg", "Per Ek"]


def test_two_columns_signed_with_slashes_under_a_date_line_open_the_signatures() -> None:
    text = (
        "Medborgarlöfte 2026\n\nVåra löften\n\nPolisen lovar att genomföra trafikkontroller varje vecka.\n\n"
        "Uppföljning\n\nLöftet följs upp i brottsförebyggande rådet i juni.\n\n"
        "Ydre 2026-01-22\n/Eva Lund                          /Per Ek\n"
        "Kommunstyrelsens ordförande       Chef lokalpolisområde Tranås\n"
        "Ydre kommun                       Polismyndigheten\n"
    )
    assert [s.name for s in extract(text.encode(), "ydre.txt").signatories] == ["Eva Lund", "Per Ek"]
