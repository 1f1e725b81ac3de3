"""Signatories named in running text: news pages and press releases have no
signature block, they say who signed.

Forms of the genre:

* "Medborgarlöftet undertecknades av kommunstyrelsens ordförande Eva Berg
  och lokalpolisområdeschef Per Holm";
* "Kommunalråd Eva Berg (C) och Per Holm polisområdeschef i Ydre signerade
  den 4 maj ...", "... skrevs under av Eva Berg (S) och Per Holm";
* "Eva Berg (S), kommunstyrelsens ordförande, och Per Holm,
  lokalpolisområdeschef, skriver sedan under";
* a photo caption counts only when it says that they signed.

People who are only quoted or mentioned are not signatories: the sentence
must say that they sign. The title stands before the name or after it (after
a comma or not), party letters ("(S)") are dropped, and the date comes from
the sentence ("den 2 september", its year from the page's dateline).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pledgeparse.extract.gazetteer import COMPASS, first_names, known_police_area, resolve_municipality
from pledgeparse.extract.signature_words import MONTHS, PARTY, TITLE_WORDS, SignatoryDraft, parse_date, side_of
from pledgeparse.models import Side

SIGNED = re.compile(
    r"\b(undertecknade[s]?|undertecknat[s]?|undertecknar|undertecknas|signerade[s]?|signerat[s]?|signerar|"
    r"tecknade[s]?|tecknat[s]?|tecknar|undertecknandet|underteckningen|signeringen|"
    r"skrev[s]?\s+(?:\w+\s+)?under|skriver\s+(?:\w+\s+)?under|skrivit\s+under|skrivits\s+under|"
    r"skrev\s+på|skrivit\s+på|satte\s+(?:sina|sitt)\s+namn(?:teckning(?:ar)?)?\s+(?:under|på))\b",
    re.IGNORECASE,
)
# "skrev kommunalrådet Eva Berg och Per Holm under medborgarlöftet": the particle after the
# names. It closes the clause ("... under.") or the signed document follows it: a determiner,
# at most one word, then the document ("under ett nytt medborgarlöfte", "på avtalet",
# "under kommunens nya medborgarlöfte": a genitive determines it too).
_SIGNED_DOCUMENT = (
    r"(?:(?:det|ett|de|den|sitt|sina|sin|\w+s)\s+)?(?:\w+\s+)?(?:\w*löfte\w*|avtal\w*|överenskommelse\w*|dokument\w*)"
)
SPLIT_SIGNED = re.compile(
    rf"\b(?:skrev|skriver)\b(?=.{{0,300}}?\b(?:under\s*[.!]|(?:under|på)\s+{_SIGNED_DOCUMENT}))", re.IGNORECASE
)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])|\n\s*\n")
_WORD = r"[A-ZÅÄÖÉÜ][a-zåäöéüëøæß'’]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüëøæß'’]+)?"
# A given name, an optional initial, one or two surnames.
NAME = re.compile(rf"(?<![\wåäöÅÄÖ])(?P<name>{_WORD}(?:\s+[A-ZÅÄÖ]\.?)?(?:\s+{_WORD}){{1,2}})")
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH = re.compile(
    rf"\b(?:den\s+)?(?P<d>\d{{1,2}})(?::e|:a)?\s+(?P<mon>{_MONTH_ALT})\b(?:\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE
)
# Words that end a title after the name ("Per Holm lokalpolisområdeschef berättar ...").
_LINK = {"i", "för", "vid", "på", "inom", "och", "samt", ","}
_VERBS = {"skrev", "skriver", "har", "hade", "var", "är", "blev"}
_STOP_BEFORE = {"och", "samt", "av", "mellan", "med", "att", "där", "när", "som", "både"}


def _names(sentence: str) -> list[tuple[int, int, str, bool]]:
    """Person names in a sentence as (start, end, name): the first word a
    known given name; a title word ("Lokalpolisområdeschef") is never part
    of a name; party letters after it are skipped."""
    out: list[tuple[int, int, str, bool]] = []
    position = 0
    for word in re.finditer(_WORD, sentence):
        if word.start() < position:
            continue
        if word.group(0).split("-")[0] not in first_names() and not _after_title(sentence, word.start()):
            continue
        m = NAME.match(sentence, word.start())
        if not m:
            continue
        words = m.group("name").split()
        while len(words) > 2 and TITLE_WORDS.search(words[-1]):
            words.pop()
        if any(TITLE_WORDS.search(w) for w in words[1:]):
            continue
        spelled = re.match(r"\s+".join(map(re.escape, words)), sentence[word.start() :])
        end = word.start() + (spelled.end() if spelled else len(m.group("name")))
        if re.match(
            r"\s+(?:AB|torg|torget|gata|gatan|väg|vägen|plats|platsen|park|parken|skola|skolan|allé)\b", sentence[end:]
        ):
            continue  # "vd Eksta Bostads AB", "på Gustav Adolfs torg": a company or a place, not a person
        party = PARTY.match(sentence, end)
        end = party.end() if party else end
        out.append((word.start(), end, " ".join(words), party is not None))
        position = end
    return out


_PREVIOUS_WORD = re.compile(r"([\wåäöÅÄÖ-]+)\s+$")


def _after_title(sentence: str, start: int) -> bool:
    """A capitalised word right after a lower-case title ("lokalpolisområdeschef Tuija
    Mäkinen"): a name even when its given name is not on the project's list."""
    previous = _PREVIOUS_WORD.search(sentence[max(0, start - 40) : start])
    word = re.match(r"[\wåäöÅÄÖ]+", sentence[start:])
    if word and re.search(r"(en|et|na)$", word.group(0)):
        return False  # a definite noun: "ordförande Föreningen Trygga Vuxna", "chef Socialförvaltningen"
    if word and (
        re.fullmatch(COMPASS, word.group(0)) or resolve_municipality(word.group(0)) or known_police_area(word.group(0))
    ):
        return False  # a place: "lokalpolisområdeschef Södra Dalarna", "kommunchef Hylte"
    return bool(previous and previous.group(1).islower() and TITLE_WORDS.search(previous.group(1)))


ORG_NOUN = re.compile(
    r"^(kommun|kommuns|kommunen|stad|region|lokalpolisområde[t]?|polisområde[t]?|kommunstyrelsen|"
    r"\w*nämnd(en)?|\w*förvaltning(en)?|polisen|lokalpolisen)$",
    re.IGNORECASE,
)


def _title_after(text: str) -> str | None:
    """The title right after a name: a few modifiers, a title word, then its
    place or body ("polisområdeschef i Ydre, Ed och Bo", "chef för
    lokalpolisområde Ydre"), up to the first other word; None when no title
    word comes within four words."""
    tokens = re.findall(r",|[^\s,]+", text.lstrip(" ,"))
    kept: list[str] = []
    seen_title = False
    for token in tokens:
        previous = kept[-1] if kept else ""
        if TITLE_WORDS.search(token):
            if seen_title and previous.lower() in {"och", "samt", ","}:
                break  # "kommunalråd, och lokalpolisområdeschef Per Ek": the next person's title
            seen_title = True
        elif not seen_title:
            if token == "," or len(kept) >= 4 or token.lower() in _STOP_BEFORE:
                return None
        elif (
            token.lower() in _LINK
            or token[:1].isupper()
            or (ORG_NOUN.match(token) and (previous.lower() in _LINK or previous[:1].isupper()))
        ):
            pass
        else:
            break
        kept.append(token)
    while kept and kept[-1].lower() in _LINK:
        kept.pop()
    if not seen_title:
        return None
    return re.sub(r"\s+,", ",", " ".join(kept)).strip().rstrip(".") or None


def _title_before(text: str) -> str | None:
    """The title right before a name ("kommunstyrelsens ordförande Eva Berg"), or
    before it and a comma with its place ("chefen för lokalpolisområde Mora, Per Ek")."""
    tokens = re.findall(r"[^\s,]+|,", text.rstrip())
    appositive = bool(tokens) and tokens[-1] == ","
    kept: list[str] = []
    for token in reversed(tokens[:-1] if appositive else tokens):
        if (
            token == ","
            or token.endswith(":")  # "På bilden: kommunstyrelsens ordförande Eva Berg": a caption's label
            or token.lower() in _STOP_BEFORE
            or SIGNED.fullmatch(token)
            or token.lower() in _VERBS
        ):
            break
        kept.insert(0, token)
    if appositive:
        # The title and what follows it: "ordförande i Mora kommun", "chefen för lokalpolisområde Mora".
        first = next((i for i, token in enumerate(kept) if TITLE_WORDS.search(token)), None)
        if first is None or any(
            not (t.lower() in _LINK or t[:1].isupper() or ORG_NOUN.match(t)) for t in kept[first + 1 :]
        ):
            return None
    elif not kept or not TITLE_WORDS.search(kept[-1]):
        return None
    while kept and not (TITLE_WORDS.search(kept[0]) or kept[0][:1].isupper() or kept[0].endswith("s")):
        kept.pop(0)
    title = " ".join(kept)
    return title[0].upper() + title[1:] if title else None


_CHAINED = re.compile(r"^\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)$")


def signers_in_sentence(sentence: str, dateline: dt.date | None = None) -> list[SignatoryDraft]:
    """The people a sentence says sign, with their titles; [] when it does not say so.

    A name needs a title beside it, or must stand in a list with a titled
    name or right after "undertecknades av"; party letters without a title
    mark a municipal politician. The date is the one the sentence gives
    ("den 2 september", in the year of the page's ``dateline``), else none.
    """
    signed_at = SIGNED.search(sentence) or SPLIT_SIGNED.search(sentence)
    if not signed_at:
        return []
    return _signers(sentence, signed_at, dateline)


def signers_in_list(line: str) -> list[SignatoryDraft]:
    """A signature line that lists several people: "Eva Berg, kommunalråd, och
    Per Ek, lokalpolisområdeschef" or "Kommunalråd Eva Berg – Lokalpolisområdeschef
    Per Ek"; [] unless at least two people, each with a title."""
    line = re.sub(r"\s+[–—]\s+", ", ", line)
    people = _signers(line, None, None)
    return people if len(people) >= 2 and all(p.title for p in people) else []


def _signers(sentence: str, signed_at: re.Match[str] | None, dateline: dt.date | None) -> list[SignatoryDraft]:
    names = _names(sentence)
    titles = _titles(names, sentence)
    accepted = _accepted(names, titles, sentence, signed_at)
    people = [
        SignatoryDraft(name, title, None, None, side_of(title, None) if title else Side.kommun if party else Side.other)
        for (_s, _e, name, party), title, ok in zip(names, titles, accepted, strict=True)
        if ok
    ]
    date = _sentence_date(sentence, dateline)  # printed with the signing, else none
    for person in people:
        person.date = date
    return people


def _titles(names: list[tuple[int, int, str, bool]], sentence: str) -> list[str | None]:
    """Each name's title: the one after it ("Eva Berg, kommunalråd"), else
    the one before it ("kommunalråd Eva Berg"). The text between two names
    goes to the second when the first has a title before it and the second
    none after it ("Kommunalråd Eva Berg, lokalpolisområdeschef Per Ek")."""
    before: list[str | None] = []
    after: list[str | None] = []
    for index, (start, end, _name, _party) in enumerate(names):
        before.append(_title_before(sentence[names[index - 1][1] if index else 0 : start]))
        tail = sentence[end : names[index + 1][0] if index + 1 < len(names) else len(sentence)]
        signed = SIGNED.search(tail)
        after.append(_title_after(tail[: signed.start()] if signed else tail))
    titles: list[str | None] = []
    for index in range(len(names)):
        nxt = index + 1
        gives_next = nxt < len(names) and after[nxt] is None and before[nxt] is not None
        if after[index] and not (before[index] and gives_next):
            titles.append(after[index])
        else:
            titles.append(before[index])
    return titles


def _chains(names: list[tuple[int, int, str, bool]], sentence: str) -> list[list[int]]:
    chains: list[list[int]] = []
    for index in range(len(names)):
        if chains and _CHAINED.match(sentence[names[index - 1][1] : names[index][0]]):
            chains[-1].append(index)
        else:
            chains.append([index])
    return chains


def _accepted(
    names: list[tuple[int, int, str, bool]], titles: list[str | None], sentence: str, signed_at: re.Match[str] | None
) -> list[bool]:
    ok = [title is not None for title in titles]
    if signed_at is None:
        return ok
    for chain in _chains(names, sentence):
        after_verb = re.match(r"\s*av\s*$", sentence[signed_at.end() : names[chain[0]][0]]) is not None
        # "Eva Berg och Per Holm skriver under": the names are the verb's subject.
        subject = (
            re.match(r"^[\s,]*(?:har\s+|hade\s+)?$", sentence[names[chain[-1]][1] : signed_at.start()]) is not None
        )
        between = sentence[names[chain[-1]][1] : signed_at.start()] if names[chain[-1]][1] <= signed_at.start() else ""
        if re.search(r"\bdär\b", between) and not after_verb:
            # "Trygghetssamordnaren Elin Båth framför stadshuset, där löftet undertecknades": the place
            # of the signing, and the person pictured there
            for i in chain:
                ok[i] = False
            continue
        if after_verb or subject or any(ok[i] for i in chain):
            for i in chain:
                ok[i] = ok[i] or names[i][3] or after_verb or subject or len(chain) > 1
    return ok


def _sentence_date(text: str, year_hint: dt.date | None) -> dt.date | None:
    full = parse_date(text)
    if full:
        return full
    m = DAY_MONTH.search(text)
    if not m or year_hint is None:
        return None
    try:
        return dt.date(int(m.group("y") or year_hint.year), MONTHS[m.group("mon").lower()], int(m.group("d")))
    except ValueError:
        return None


# A press platform's stamp: "Mar 06, 2020 08:52 CET" (the English abbreviations, of which
# only May and Oct differ from the Swedish ones).
_ENGLISH_STAMP = re.compile(r"\b(?P<mon>[A-Z][a-z]{2})\s+(?P<d>\d{1,2}),\s+(?P<y>(?:19|20)\d\d)\b")
_ENGLISH_MONTHS = {**MONTHS, "may": 5, "oct": 10}


def _dateline(text: str) -> dt.date | None:
    """The page's own date: the first full date near the top."""
    top = text[:400]
    found = parse_date(top)
    if found:
        return found
    m = _ENGLISH_STAMP.search(top)
    month = _ENGLISH_MONTHS.get(m.group("mon").lower()) if m else None
    try:
        return dt.date(int(m.group("y")), month, int(m.group("d"))) if m and month else None
    except ValueError:
        return None


def signers_in_prose(
    paragraphs: list[str], page_text: str = "", raw_text: str = "", stamps: Sequence[str] = ()
) -> list[SignatoryDraft]:
    """Signatories from paragraphs of running text (and captions).

    ``raw_text`` is the page before chrome was removed and ``stamps`` the
    chrome a reader set apart: the page's publication stamp, chrome to the
    text, dates a "den 2 september" in the prose.
    """
    anchor = _dateline(raw_text or page_text or "\n\n".join(paragraphs)) or next(
        (date for date in map(_dateline, stamps) if date), None
    )
    people: list[SignatoryDraft] = []
    signed_unnamed = False  # the page says a signing took place, naming no one there
    listed: list[SignatoryDraft] = []  # a line of people with titles and nothing else (a caption)
    for paragraph in paragraphs:
        unnamed_signing = False  # "Medborgarlöftet undertecknades i går." without the names
        for sentence in SENTENCE.split(paragraph):
            sentence = re.sub(r"\s*\n\s*", " ", sentence)
            found = signers_in_sentence(sentence, anchor)
            if not found and unnamed_signing and DONE_BY.match(sentence):
                # "... Det gjordes av kommunalrådet Eva Berg och ...": who did it, said next.
                found = _signers(sentence, DONE_BY.match(sentence), anchor)
            signed = None if found else SIGNED.search(sentence)
            unnamed_signing = signed is not None
            # Reported as an act ("Idag undertecknade kommunen och polisen löftet"), not in the
            # passive of a record ("I november tecknades ett nytt medborgarlöfte").
            signed_unnamed = signed_unnamed or (signed is not None and not _PASSIVE_SIGNING.search(signed.group(0)))
            people.extend(found)
        if "\n" not in paragraph.strip() and len(paragraph.split()) <= 40:
            line = signers_in_list(paragraph.strip())
            if line and paragraph.strip().startswith(tuple(filter(None, (line[0].name, line[0].title)))):
                listed.extend(line)
    if not people and signed_unnamed:
        # "Kommunen och polisen undertecknade i dag löftet." and, as a caption, "Eva Berg,
        # kommunalråd, och Per Holm, lokalpolisområdeschef": the people of the signing.
        people.extend(listed)
    text = page_text or "\n\n".join(paragraphs)
    event = _event_date(text, anchor)
    for person in people:
        if person.date is None:
            person.date = event
        if person.title is None:
            person.title = _title_elsewhere(person.name, text)
            if person.title:
                person.side = side_of(person.title, None)
    return people


# ... and of the pledge's signing, not of an agreement "tecknat" (concluded) beside it.
_PASSIVE_SIGNING = re.compile(r"(?:s|des|ats|ts)$|\bskrevs\b|\bskrivits\b|^tecknat?", re.IGNORECASE)
# The sentence after an unnamed signing that says who signed: "Det gjordes av ...".
DONE_BY = re.compile(r"^(?:det|detta)\s+(?:gjordes|gjorde|skedde|var)\s+(?:\w+\s+){0,3}?(?:av|genom)\b", re.IGNORECASE)


# A press invitation's "Datum, tid och plats: 10 februari klockan 10.00 ...", "När: ...".
EVENT_LINE = re.compile(
    r"^\s*(?:datum|när|tid|tidpunkt|datum och tid|datum, tid och plats|tid och plats)\s*:\s*(?P<when>.+)$",
    re.I | re.M,
)


def _event_date(text: str, dateline: dt.date | None) -> dt.date | None:
    """The date of the event a page announces (the signing), when it gives exactly one."""
    dates = {_sentence_date(m.group("when"), dateline) for m in EVENT_LINE.finditer(text)} - {None}
    return dates.pop() if len(dates) == 1 else None


def _title_elsewhere(name: str, text: str) -> str | None:
    """The title the page gives a signer in another sentence ("kommunalrådet
    Eva Berg (S) ..." before "Eva Berg och Per Holm skrev under")."""
    for m in re.finditer(re.escape(name), text):
        party = PARTY.match(text, m.end())
        after = re.split(r"[.!?:]\s|\n", text[party.end() if party else m.end() :][:80], maxsplit=1)[0]
        before = re.split(r"[.!?:]\s|\n", text[max(0, m.start() - 80) : m.start()])[-1]
        title = _title_after(after) or _title_before(before)
        if title:
            return title[0].upper() + title[1:]
    return None
