"""One piece of the pledge part at a time: lead-ins and the actors they name,
actor labels ("Polis: ..."), "Ansvarig:" lines and trailing parentheses,
items whose bullets were lost, table header layouts, and the records the
walker proposes (:class:`PledgeDraft`, :class:`Candidate`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pledgeparse.extract.actors import (
    BOTH_PARTIES,
    MUNICIPALITY,
    PARTNER_TAIL,
    POLICE,
    RECEIVED,
    WE_RE,
    agent_actors,
    inverted_actors,
    is_actor_name,
    is_passive_subject,
    split_actor_list,
    subject_actors,
    v2_actors,
)
from pledgeparse.extract.pledge_words import (
    ACTOR_HEADER,
    ACTOR_LABEL,
    COMMITMENT,
    GOAL_WORDS,
    HEADER_CELL_WORDS,
    LEAD_IN_END,
    LEAD_IN_WORDS,
    NON_PLEDGE_LIST,
    OTHER_HEADER,
    PLEDGE_LIST,
    RESPONSIBLE_HEADER,
    RESPONSIBLE_TAIL,
    SENTENCE_SPLIT,
    TEXT_HEADER,
    TRAILING_ACTORS,
    TRAILING_DOTS,
    WISHED_STATE,
    fold,
    promising_actors,
    starts_infinitive,
)
from pledgeparse.extract.quantify import has_deadline, is_quantified, pledge_kind
from pledgeparse.extract.segment import SectionSpan
from pledgeparse.models import Block, BlockKind
from pledgeparse.readers.base import RUNS_ON, THEME_HEADER


@dataclass
class PledgeDraft:
    text: str
    theme: str | None
    actors: list[str]
    quantified: bool
    block: Block
    layout: str
    section_index: int
    responsible: list[str] = field(default_factory=list)
    own_actors: bool = False
    has_deadline: bool = False
    kind: str = "action"


@dataclass
class Table:
    actor_col: int | None = None
    responsible_col: int | None = None
    text_col: int = 0
    theme_col: int | None = None  # "TEMA", "Område": each row names its theme


def is_lead_in(text: str) -> bool:
    text = fold(text)
    if len(text) > 400:
        return False
    bare = text.rstrip(" .")
    if text.endswith(":") or bool(LEAD_IN_END.search(bare) and LEAD_IN_WORDS.search(text)):
        return True
    if TOPICAL_LEAD_IN.search(text) and COMMITMENT.search(text):
        return True  # "Polisen skall öka synligheten ... genom"
    # "X och Y lovar att genomföra följande aktiviteter. Tabellen visar ..."
    return bool(
        re.search(
            r"\b(lovar|åtar sig|ska|genomföra|genomför)\b[^.]*\b(följande|nedan|nedanstående)\b", text, re.IGNORECASE
        )
    )


GENITIVE_LEAD = re.compile(
    r"\b(?P<party>polisens|kommunens|lokalpolisområdets|[A-ZÅÄÖ][\wåäö]+ kommuns|[A-ZÅÄÖ][\wåäö]+ stads)\s+"
    r"(egna\s+)?(medborgar)?(löfte|löften|löftet|åtaganden|åtagande|insatser|aktiviteter)\b",
    re.IGNORECASE,
)


# A subject that proposes: "Förvaltningen föreslår att ...", "Kommunledningskontoret har föreslagit ...".
_PROPOSES = re.compile(r"^\s*[\wåäöÅÄÖ -]{2,60}?\s+(?:föreslår|föreslog|har föreslagit)\b", re.IGNORECASE)


def lead_in_actors(text: str, parties: Sequence[str] = BOTH_PARTIES) -> list[str]:
    """Who gives the pledges announced by a lead-in (both parties by default)."""
    # A lead-in without a named subject ("Vi lovar", "Vårt mål är ... genom
    # att:", "Detta gör vi genom att:") speaks for both parties; "polisens
    # medborgarlöften:" for the police.
    promising = promising_actors(text, parties)
    if not promising and _PROPOSES.match(text):
        # "Förvaltningen föreslår att följande löften ges:": who proposes them does not carry them out.
        return list(parties)
    named = promising or subject_actors(text, parties) or inverted_actors(text)
    if named:
        return named
    genitive = GENITIVE_LEAD.search(text)
    if genitive:
        return [POLICE if "polis" in genitive.group("party").lower() else MUNICIPALITY]
    given_by = re.search(r"\b(?:medborgar)?löfte(?:t|na|n)?\s+från\s+(?P<who>.+?)\s*:?\s*$", text, re.IGNORECASE)
    if given_by:
        return subject_actors(given_by.group("who"), parties) or list(parties)
    heading = party_heading(text)  # "Från kommunens sida:", "Polisens åtaganden:" printed as the lead-in
    if heading:
        return heading
    for pattern in _INNER_SUBJECT:
        inner = pattern.search(text)
        if inner:
            return subject_actors(inner.group("who"), parties) or list(parties)
    return list(parties)


# Whose the pledges are, said inside the lead-in: "Från polisen:", "Det här gör vi på polisen:",
# "Medborgarlöftet innebär att polisen ska:".
_INNER_SUBJECT = [
    re.compile(r"^från\s+(?P<who>\S.{2,60}?)\s*:?\s*$", re.IGNORECASE),
    re.compile(r"\bvi\s+(?:på|inom)\s+(?P<who>.+)$", re.IGNORECASE),
    re.compile(r"\b(?:innebär|betyder|ingår|står)\s+(?:det\s+)?att\s+(?P<who>.+)$", re.IGNORECASE),
]


_PARTY_HEADING = re.compile(
    r"^(?:(?P<gen>.{3,60}?)\s+(?:gemensamma\s+|egna\s+)?(?:medborgar)?(?:löfte|löften|löftet|åtaganden|åtagande|insatser|"
    r"aktiviteter|ansvar|uppdrag|del)|(?:åtaganden|löften|insatser|aktiviteter)\s+(?:för|från|av)\s+(?P<pp>.{3,60}?)|"
    r"det\s+här\s+(?:gör|lovar|ska)\s+(?P<dh>.{3,60}?)(?:\s+göra)?|från\s+(?P<side>.{3,60}?)\s+sida)"
    r"(?:\s+(?:under\s+|för\s+)?(?:år\s+)?\d{4}\S*)?\s*:?$",
    re.IGNORECASE,
)


def party_heading(text: str) -> list[str] | None:
    """Actors of a heading that says whose pledges follow: "Polisens åtaganden",
    "Kommunens och polisens gemensamma löften", "Det här gör polisen",
    "Åtaganden för kommunen", "Från polisens sida"; None for any other heading."""
    m = _PARTY_HEADING.match(re.sub(r"^för\s+", "", fold(text), flags=re.IGNORECASE))  # "För polisens del:"
    if not m:
        return None
    if m.group("gen") or m.group("side"):
        words = m.group("gen") or m.group("side")
        parts = re.split(r"\s*(?:,|\boch\b|\bsamt\b)\s*", words)
        if not all(part.endswith("s") for part in parts):
            return None  # "Trygghetsskapande insatser": a theme
        names = [part[:-1] for part in parts]
    else:
        names = [m.group("pp") or m.group("dh")]
    actors: list[str] = []
    for name in names:
        found = label_actors(name)
        if not found:
            return None
        actors += [a for a in found if a not in actors]
    return actors


# "... tre parter bakom löftet: A, B och C", "Parterna är: ...": the parties, listed after a colon.
_PARTIES_COLON = re.compile(r"\bparter(?:na)?\b[^:.]{0,60}:\s*", re.IGNORECASE)
PARTIES_SENTENCE = re.compile(r"medborgarlöfte|\blovar\b|kommit överens|\bkommer\b.*\batt\b", re.IGNORECASE)
# "Polisens medborgarlöfte", "lokalpolisområde X har tagit fram ett medborgarlöfte": the police give it.
_GIVES = re.compile(r"\b(lovar|åtar sig|tagit fram|tar fram|presenterar|ger|har)\b.*\bmedborgarlöfte", re.IGNORECASE)
_POLICE_PLEDGE = re.compile(r"\b(polisens|lokalpolisområdets|lokalpolisens)\s+(nya\s+)?medborgarlöfte", re.IGNORECASE)
# "... mellan kommunen och polisen", "kommunen och polisen har": the municipality shares the pledge.
_JOINT = re.compile(
    r"\b(kommun\w*|stad(en)?)\s+(och|samt)\s+(lokal)?polis|\bpolis\w*\s+(och|samt)\s+\w*\s*(kommun|stad)\b|"
    # "Polisen har tillsammans med kommunen tagit fram ett medborgarlöfte" (not "i samråd med": consulted)
    r"\b(tillsammans|i samverkan|i samarbete)\s+med\s+(\w+\s+){0,2}(kommun\w*|stad(en)?)\b.*medborgarlöfte|"
    r"medborgarlöfte.*\b(tillsammans|i samverkan|i samarbete)\s+med\s+(\w+\s+){0,2}(kommun\w*|stad(en)?)\b",
    re.IGNORECASE,
)


def police_alone(sections: Sequence[SectionSpan]) -> bool:
    """The police give the pledge on their own: the text calls it theirs
    ("Polisens medborgarlöfte", "Polisen i Ludvika lovar att ...") and never
    names the municipality as committing itself ("Kommunen ska ...") or as
    giving the pledge with them ("kommunen och polisen")."""
    theirs = False
    for section in sections:
        for block in section.blocks:
            if block.kind is BlockKind.table_row:
                continue
            for sentence in SENTENCE_SPLIT.split(fold(block.text)):
                if _JOINT.search(sentence):
                    return False
                theirs = theirs or bool(_POLICE_PLEDGE.search(sentence))
                gives = _GIVES.search(sentence)
                if not (gives or COMMITMENT.search(sentence)):
                    continue  # says nothing of who commits: no need to find its subject
                named = subject_actors(sentence, ()) or inverted_actors(sentence) or []
                if any(a != POLICE for a in named):
                    return False
                theirs = theirs or (named == [POLICE] and (bool(gives) or promising_actors(sentence, ()) == [POLICE]))
    return theirs


def document_parties(sections: Sequence[SectionSpan]) -> list[str]:
    """Who gives the pledge: both parties, the police alone (:func:`police_alone`),
    or every party the text names as giving it ("Örebro kommun, ÖrebroBostäder,
    Västerporten och lokalpolisområde Örebro har kommit överens om ett medborgarlöfte")."""
    if police_alone(sections):
        return [POLICE]
    for section in sections:
        for block in section.blocks:
            if block.kind is not BlockKind.paragraph:
                continue
            for sentence in SENTENCE_SPLIT.split(fold(block.text))[:3]:
                if not PARTIES_SENTENCE.search(sentence):
                    continue  # names no one as giving the pledge
                named = subject_actors(sentence) or []
                if len(named) < 3:
                    named = listed_parties(sentence)
                if len(named) < 3 and (after := _PARTIES_COLON.search(sentence)):
                    # "Bakom löftet står tre parter: Norrtälje kommun, lokalpolisområde Norrtälje och Norrtäljehem AB"
                    named = listed_parties(sentence[after.end() :].rstrip(". "))
                if len(named) >= 3 and set(BOTH_PARTIES) <= set(named):
                    return named
                if len(named) == 2 and POLICE in named and MUNICIPALITY not in named:
                    # "Stadsdelsförvaltningen Kungsholmen och lokalpolisområde Norrmalm har kommit överens":
                    # a district's administration gives the pledge in the municipality's place.
                    return named
    return list(BOTH_PARTIES)


# "Under 2018 kommer": an adverbial before an inverted subject.
_INVERSION = re.compile(r"^(?:under|i|från)\s+(?:år\s+)?\d{4}\s+(?:kommer|ska|skall|lovar)\s+", re.IGNORECASE)
# A party without a telling suffix: a proper name of up to three words ("ÖrebroBostäder",
# "Stockholms lokaltrafik (SL)", "SL"), as one item of the list of parties.
_PARTY_NAME = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ\-]*(?:\s+[a-zåäö]+)?(?:\s+\([A-ZÅÄÖ]{2,6}\))?")


_DESCRIBED_PARTY = re.compile(r"^(?:det|den|de|vårt|vår|våra)\s+(?:[a-zåäö\-]+\s+){1,3}(?P<name>[A-ZÅÄÖ].*)$")


def listed_parties(sentence: str) -> list[str]:
    """The parties of a list that names the police and the municipality
    together with others ("Örebro kommun, ÖrebroBostäder, Västerporten och
    lokalpolisområde Örebro har ...", "Under 2018 kommer lokalpolisen
    Järfälla, SL och Järfälla kommun att ..."); [] when the sentence does not
    start with such a list."""
    listed = re.sub(r"^både\s+", "", _INVERSION.sub("", sentence.strip()), flags=re.IGNORECASE)
    items = re.split(r"\s*,\s*|\s+och\s+|\s+samt\s+", listed, maxsplit=8)
    parties: list[str] = []
    for item in items:
        # "det kommunala bostadsbolaget Norrtäljehem AB": the name after what kind of party it is
        described = _DESCRIBED_PARTY.match(item)
        item = described.group("name") if described else item
        named = subject_actors(item)
        if named and is_actor_name(item):
            parties.extend(n for n in named if n not in parties)
        elif _PARTY_NAME.fullmatch(item):
            short = re.search(r"\(([A-ZÅÄÖ]{2,6})\)$", item)  # "Stockholms lokaltrafik (SL)": the text's own short name
            parties.append(short.group(1) if short else item[:1].upper() + item[1:])
        else:
            if named:  # the last party, followed by the verb
                parties.extend(n for n in named if n not in parties)
            break
    return parties


NUMBERING = re.compile(r"^\s*\d+[.)]\s+")
TOPICAL_LEAD_IN = re.compile(r"\bgenom( att)?\s*:?\s*$", re.IGNORECASE)


def topical_lead_in(text: str) -> bool:
    """ "Polis och kommun ska arbeta för att minska X genom att:" names the
    topic of its items, which are its theme; "Polisen lovar att:" does not."""
    return bool(TOPICAL_LEAD_IN.search(text) and COMMITMENT.search(text) and len(text.split()) >= 6)


# "Tjänsteskrivelsen anger följande förväntade effekter:": what the pledge should lead to, even
# when announced as "följande"
EFFECTS_LIST = re.compile(
    r"\b(förväntade|önskade|eftersträvade|väntade)\s+(effekter|effekterna|resultat|resultaten)\b", re.IGNORECASE
)


def list_is_pledges(lead_in: str) -> bool:
    if EFFECTS_LIST.search(lead_in):
        return False
    if PLEDGE_LIST.search(lead_in):
        return True
    return not NON_PLEDGE_LIST.search(lead_in)


def header_layout(cells: list[str]) -> Table | None:
    """Column roles from a header row, or None when the row is not a header."""
    roles = Table()
    seen = False
    for index, cell in enumerate(cells):
        key = fold(cell).lower().strip(":")
        if len(key.split()) > HEADER_CELL_WORDS:
            continue  # a whole pledge ("Aktiviteter för unga ..."), or a theme, not a header word
        if THEME_HEADER.match(key):
            roles.theme_col, seen = index, True
        elif ACTOR_HEADER.match(key):
            roles.actor_col, seen = index, True
        elif RESPONSIBLE_HEADER.match(key):
            roles.responsible_col, seen = index, True
        elif TEXT_HEADER.match(key):
            roles.text_col, seen = index, True
        elif OTHER_HEADER.match(key):
            seen = True
    return roles if seen else None


# "Kontroller ska genomföras av polisen", "Besöken görs av fältgruppen": the passive's agent does it.
_PASSIVE_AGENT = re.compile(
    r"\b(?:ska|skall|kommer\s+att|kan|bör)\s+(?:\w+\s+){0,3}?\w+as\s+av\b|\b\w+(?:förs|görs|hålls|ges)\s+av\b|"
    rf"\b(?:ska|skall|kommer\s+att)\s+få\s+{RECEIVED}",
    re.IGNORECASE,
)


def trailing_actors(text: str) -> list[str] | None:
    """The actors a trailing parenthesis names ("... (Polisen, Region Gotland)", "Trafik (polisen)")."""
    trailing = TRAILING_ACTORS.search(text)
    if trailing is None:
        return None
    listed = split_actor_list(trailing.group("actors"))
    return listed if listed and all(is_actor_name(a) for a in listed) else None


def actors_from_text(text: str, inherited: list[str], we: Sequence[str] = BOTH_PARTIES) -> tuple[list[str], bool]:
    """Actors a pledge names itself (and True), else the inherited ones (and False)."""
    listed = trailing_actors(text)
    if listed:
        return listed, True
    subject = subject_actors(text, we)
    if subject and not is_passive_subject(text):
        return subject, True
    inverted = None if subject else inverted_actors(text) or v2_actors(text)
    if inverted:
        return inverted, True
    agent = agent_actors(text) if re.match(r"^(under|inom|senast|före|efter|i)\b", text, re.IGNORECASE) else None
    if agent is None and (passive := _PASSIVE_AGENT.search(text)):
        agent = agent_actors(text[passive.start() :])
    if agent:
        return agent, True
    return list(inherited), False


TOPIC_AIM_WORDS = 9


def is_topic_parent(block: Block, nxt: Block | None) -> bool:
    """A list item that only names the topic of what follows it: the items
    nested under it, or (a numbered heading such as "1. Trygghet i centrum")
    the paragraphs after it."""
    if nxt is None:
        return False
    text = fold(block.text)
    short_topic = len(text.split()) <= 6 and not COMMITMENT.search(text) and not text.endswith(".")
    if nxt.kind is BlockKind.list_item and nxt.level > block.level:
        # ("1. Förebygga att unga dras in i kriminalitet" over "1.1 Polisen och socialtjänsten genomför
        # ...": a longer aim is the topic too when the item under it names its own doer)
        aim = (
            len(text.split()) <= TOPIC_AIM_WORDS
            and not COMMITMENT.search(text)
            and not text.endswith(".")
            and subject_actors(text) is None
            and subject_actors(fold(nxt.text)) is not None
        )
        return text.endswith(":") or short_topic or aim
    # (A heading after it is the page's last, cut-off sentence taken for one.)
    if nxt.kind not in (BlockKind.paragraph, BlockKind.heading) or not (block.ordered or text.endswith(":")):
        return False
    return short_topic or (block.ordered and nxt.kind is BlockKind.paragraph and _restated(text, nxt.text))


def _restated(item: str, paragraph: str) -> bool:
    """The paragraph's first sentence says the item over again, words and all ("1. Öka insatserna
    mot X." over "Polisen och kommunen ska öka insatserna mot X."): the item is its heading."""
    words = set(re.findall(r"\w+", item.lower()))
    first = SENTENCE_SPLIT.split(fold(paragraph))[0]
    return len(words) >= 4 and words <= set(re.findall(r"\w+", first.lower())) and len(first) > len(item)


def split_responsible(text: str) -> tuple[str, list[str]]:
    """Separate an "Ansvarig: X" tail from an item's text."""
    m = RESPONSIBLE_TAIL.search(text)
    if not m or m.start() == 0:
        return text, []
    # ("Ansvarig: Polisen, i samverkan med skolorna": the partner does not answer for it, GOLD.md 6)
    who = split_actor_list(PARTNER_TAIL.sub("", m.group("who")))
    # (on a line of its own under the item, or after its full stop, the field names who answers for it even when not
    # every body is one the gazetteer knows: "Ansvarig: Polisen och Förvaltningen för Vård & omsorg")
    own_line = m.group(0).lstrip(" \t").startswith("\n") or text[: m.start()].rstrip().endswith((".", "!", "?"))
    if not who or not (all(is_actor_name(w) for w in who) or (own_line and any(is_actor_name(w) for w in who))):
        return text, []
    return text[: m.start()].rstrip(" ,;–—-"), who


def label_actors(text: str) -> list[str] | None:
    """Actors of a label such as "Polis:" or "Polis och kommun:"."""
    parts = [p for p in re.split(r"\s*(?:/|,|&|\+|(?<!-)\s+och\b|\bsamt\b)\s*", text.strip()) if p.strip()]
    if parts and all(is_actor_name(p) for p in parts):
        return split_actor_list(text)
    return None


def who_label(text: str) -> bool:
    """A label that says who does the items ("Polis", "Polis och kommun"), or that every
    party does them ("Tillsammans", "Gemensamt")."""
    return bool(label_actors(text) or WE_RE.match(text.strip()))


@dataclass
class Candidate:
    """A piece of the document that might be a pledge, with the rules' verdict
    and the context the verdict was made in (the classifier's features)."""

    draft: PledgeDraft
    rule: bool
    features: dict[str, str] = field(default_factory=dict)  # categorical context, for the classifier
    in_part: bool = False  # stands in the pledge part
    signals: dict[str, bool] = field(default_factory=dict)  # a sentence's word signals (prose only)


def unbulleted_items(lines: list[str]) -> bool:
    """Lines that each begin an item ("genomföra ...", "Att informera ..."), with no line
    running on into the next: a list whose bullets were lost."""
    return (
        len(lines) > 0
        and all(starts_infinitive(line) and len(line.split()) >= 3 for line in lines)
        and not any(RUNS_ON.search(line) for line in lines[:-1])
    )


ATT_ITEM = re.compile(r"att\s+\S")


def item_lines(text: str) -> list[str]:
    """The items of a paragraph whose lines each begin an item, else the paragraph."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    ended = all(re.search(r"[,;.]$", line) for line in lines[:-1])  # not a hard-wrapped sentence
    if len(lines) > 1 and ((ended and all(starts_infinitive(line) for line in lines)) or unbulleted_items(lines)):
        return [line.rstrip(",;") for line in lines]
    # "att genomföra ... varav två tillsammans med" / "fastighetsägare" / "att erbjuda ...": clauses
    # of one lead-in ("... avger härmed löfte att under 2020:"), each begun by its "att", that a
    # PDF's text wrapped over lines. The "att" is the lost bullet; the lines between run on.
    starts = [i for i, line in enumerate(lines) if ATT_ITEM.match(line)]
    if len(starts) >= 2 and starts[0] == 0 and not any(line[:1].isupper() for line in lines):
        bounds = [*starts, len(lines)]
        return [" ".join(lines[a:b]).rstrip(",;") for a, b in itertools.pairwise(bounds)]
    # Items one a line, then a sentence of its own that the copy put on the next line
    # ("... i två nya områden" / "Eva Berg hoppas att ..."): the items, then the sentence.
    head = len(lines) - 1
    if head >= 2 and unbulleted_items(lines[:head]) and lines[head][:1].isupper() and lines[head].endswith((".", "!")):
        return [*(line.rstrip(",;") for line in lines[:head]), lines[head]]
    return [fold(text)]


LABEL_START = re.compile(r"(?:^|\n|(?<=[.!?])\s+)(?=[A-ZÅÄÖ][\wåäö]*(?:\s*(?:/|och)\s*[\wåäö]+)?\s*:\s)")


def label_segments(text: str) -> list[str]:
    """ "Polis: Hundsök ... Kommun: Drogvaneundersökning ...": one item per label, or []."""
    parts = [fold(p) for p in LABEL_START.split(text) if p.strip()]
    if parts and all(line_label(p) for p in parts) and all(len(p.split()) >= 3 for p in parts):
        return parts
    return []


def item_like(text: str) -> bool:
    """A paragraph that reads as one item of a list: short, or lines that each begin an item."""
    folded = fold(text)
    if len(item_lines(text)) > 1:
        return True
    if GOAL_WORDS.search(folded) or folded.endswith(":"):
        return False  # "Mål: ...", a new lead-in
    return len(folded) <= 350 and len(SENTENCE_SPLIT.split(folded)) <= 2


def sentence_heading(text: str) -> bool:
    """A "heading" that is a sentence in which a party commits itself."""
    words = text.split()
    return (
        len(words) >= 7
        and not text.rstrip().endswith(":")
        and bool(COMMITMENT.search(text))
        and bool(subject_actors(text) or inverted_actors(text))
        and not is_lead_in(text)
    )


def cut_off_commitment(text: str) -> bool:
    """A last line cut off mid-sentence in which a party commits itself ("Polisen ska besöka skolorna")."""
    return (
        len(text.split()) >= 3
        and not re.search(r"[.!?:]\s*$", text)
        # ("Polisen och socialtjänsten fortsätter att arbeta med ... som riskerar att": a long line cut
        # mid-sentence after its subject commits as a sentence would)
        and bool(COMMITMENT.search(text) or len(text.split()) >= 8)
        and bool(subject_actors(text) or inverted_actors(text))
    )


def item_is_lead_in(text: str) -> bool:
    """A list item that announces the items after it ("Polisen ska ... genom:")."""
    return bool(LEAD_IN_END.search(text.rstrip(" .")) and (COMMITMENT.search(text) or subject_actors(text)))


# "Trafiksäkerhet - Kommunen ska ...", "Trafik: Polisen genomför ...": a theme in front of the sentence.
DASH_THEME = re.compile(r"^(?P<theme>[A-ZÅÄÖ][\wåäö\- ]{2,50}?)(?:\s+[-–]\s+|:\s+)(?=[A-ZÅÄÖ])")


def actor_sentences(text: str) -> list[str] | None:
    """The sentences of an item when each names its own party and not all the
    same one; None otherwise (one actor with an explanation stays one pledge)."""
    sentences = SENTENCE_SPLIT.split(fold(text))
    if len(sentences) < 2:
        return None
    subjects = [subject_actors(sentence) for sentence in sentences]
    if not all(subjects) or len({tuple(sorted(s or [])) for s in subjects}) < 2:
        return None
    if any(WISHED_STATE.search(sentence) or GOAL_WORDS.search(sentence) for sentence in sentences):
        return None  # "... sanera klotter. Åre kommun ska vara tryggt.": the second says why
    return sentences


_COLON_THEME = re.compile(r"^(?P<theme>[A-ZÅÄÖ][\wåäö\- ]{2,50}?):\s+(?=[a-zåäö])")


def dash_theme(text: str) -> tuple[str | None, str]:
    """ "Trafiksäkerhet - Kommunen och polisen ska ...": the theme and the sentence.
    The pledge text keeps the theme, as printed."""
    m = DASH_THEME.match(text)
    if m is None:
        # "Trafik: polisen ska ...": a lower-case subject after the theme's colon.
        m = _COLON_THEME.match(text)
        if m is None or not subject_actors(text[m.end() :], ()):
            return None, text
    if COMMITMENT.search(m.group("theme")):
        return None, text
    theme = m.group("theme")
    if text[m.start("theme") + len(theme) :].lstrip().startswith(":") and (
        who_label(theme)  # "Polis:", "Tillsammans:": who does it, not what it is about
        or GOAL_WORDS.search(theme)
        or RESPONSIBLE_HEADER.match(theme)
        or len(theme.split()) > 4
    ):
        return None, text  # "Polis: ...", "Tillsammans: ...", "Mål: ...", "Ansvarig: ...": a label, not a theme
    return theme, text[m.end() :]


def clean_lead_in(text: str) -> str:
    """ "Polisen lovar att.." -> "Polisen lovar att:" (a lead-in that trails off in dots)."""
    return TRAILING_DOTS.sub(":", text) if TRAILING_DOTS.search(text) else text


def line_label(line: str) -> list[str] | None:
    """The actors of an item's label ("Polis: ...", "Polis och kommun: ..."), or None."""
    label = ACTOR_LABEL.match(line)
    return label_actors(label.group("label")) if label else None


def make_draft(
    text: str,
    theme: str | None,
    actors: list[str],
    block: Block,
    layout: str,
    section_index: int,
    responsible: list[str],
    quant_text: str | None,
    own_actors: bool,
) -> PledgeDraft:
    return PledgeDraft(
        text=text,
        theme=theme,
        actors=actors,
        quantified=is_quantified(quant_text or text),
        block=block,
        layout=layout,
        section_index=section_index,
        responsible=responsible,
        own_actors=own_actors,
        has_deadline=has_deadline(quant_text or text),
        kind=pledge_kind(text),
    )
