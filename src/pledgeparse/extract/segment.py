"""Blocks -> title and top-level sections with roles.

Heading levels cannot be trusted across formats (a police page prints the
section "Medborgarlöften för 2021" and its theme "Tryggt boende" both as
``h2``; plain text has no levels at all). A heading therefore opens a new
top-level section only when its words say what kind of section it is
(:data:`ROLE_PATTERNS`); any other heading is a sub-heading (a theme inside
the pledge part, a problem area inside the lägesbild).

The signature part often has no heading: a place-and-date line or a block of
name and title opens it (see :mod:`pledgeparse.extract.signatories`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pledgeparse.extract.actors import is_actor_name
from pledgeparse.extract.pledge_words import (
    COMMITMENT,
    NON_PLEDGE_LIST,
    PROMISE_VERB_END,
    RESPONSIBLE_LINE,
    promising_actors,
    subject_actors,
)
from pledgeparse.extract.prose_signatures import SIGNED
from pledgeparse.extract.signatories import looks_like_signature_block
from pledgeparse.extract.signature_words import is_date_line
from pledgeparse.models import Block, BlockKind, Furniture, SectionRole
from pledgeparse.readers.base import LEAD_IN_CLOSE, RUNS_ON

# A part heading's number: "4 ", "2.1 ", "III. ".
PART_NUMBERING = re.compile(r"^\s*(\d+(\.\d+)*\.?|[IVX]+\.)\s+")

_OWN = (
    r"((våra|vårt|vår|årets|kommunens och polisens|polisens och kommunens) )?"
    r"((gemensamma|gemensamt|konkreta|lokala|nya|prioriterade|planerade) )?"
)
# Ordered: the first pattern that matches the heading's start decides its role.
ROLE_PATTERNS: list[tuple[SectionRole, re.Pattern[str]]] = [
    (
        SectionRole.intro,
        re.compile(
            r"^(inledning|introduktion|förord|om (medborgar)?löfte[nt]?|"
            r"varför (ett |vi har ett |ett nytt )?(gemensamt |nytt )?(medborgar)?löfte|syfte$|syftet$|syftet? med (medborgar)?löfte|"
            r"kort om (medborgar)?löfte|det här är (ett )?medborgarlöfte)"
        ),
    ),
    (
        SectionRole.background,
        re.compile(
            r"^(bakgrund|samverkansöverenskommelse[n]?$|vad är (ett )?medborgarlöft|"
            # How the pledge came about: "Så har vi arbetat", "Hur togs löftet fram?", "Arbetsprocessen".
            r"(så |så här |hur )har vi (arbetat|jobbat|gått till väga)|så (här )?(gick|arbetade) vi (till väga|tillväga)|(så |hur )(har vi (tagit|arbetat|jobbat)|togs|tog vi|arbetade vi|jobbade vi) (\w+ )?fram|"
            # "Så har löftet tagits fram", "Hur löftet togs fram", "Hur tas ett löfte fram?": the process, not the pledges.
            r"(så |hur )(har )?((ett|vårt|årets|det nya) )?(medborgar)?löfte[nt]? (har )?(tas|tagits|togs|tagit) fram|"
            r"(så |hur )(tas|tags) ((ett|vårt|årets) )?(medborgar)?löfte[nt]? fram|"
            r"(så |hur )(har )?((ett|vårt|årets|det nya) )?(medborgar)?löfte[nt]? (har )?(arbetats|arbetades) fram|"
            # "Varför gör vi det här?", "Varför finns ett medborgarlöfte?", "Utgångspunkter": why the work is done
            r"varför (gör vi (det här|detta)|finns (det )?(ett )?(medborgar)?löfte|behövs (ett )?(medborgar)?löfte)|"
            r"utgångspunkt(er|erna|en)?$|tidigare arbete$|"
            # "Vad innebär ett medborgarlöfte?", "Medborgarlöften – vad är det?": what the pledges are
            r"vad innebär (ett |en )?(medborgar)?löfte|(medborgar)?löften? [–-] vad (är|innebär) det|"
            # "Så går det till", "Hur går arbetet till med ...": the steps of the work, not its results
            r"(så |så här |hur )(går|gick) (det|arbetet) till\b|"
            # Council minutes: "Ärendebeskrivning", "Beskrivning av ärendet", "Ärendet".
            r"ärendebeskrivning$|beskrivning av ärendet$|ärendet$|"
            r"därför (ett )?(gemensamt |nytt )?(medborgar)?löfte\b|"
            r"arbetet med (medborgar)?löfte|(arbets)?process(en)?$|metod(en)?$|arbetssätt(et)?$|"
            r"framtagandet av|så arbetar vi med (medborgar)?löften|förutsättningar$|historik$|"
            r"tidigare (medborgar)?löften|om samverkan(en)?$|samverkansavtal(et)?$|underlag(et)?$|"
            # "Därför behövs löftet", "Så här började det": why and how the pledge came about.
            r"därför (behövs|har vi|finns|gör vi|tecknar vi|samverkar vi|arbetar vi tillsammans)\b|så (här )?(började|startade) (det|arbetet))"
        ),
    ),
    (
        SectionRole.situation,
        re.compile(
            r"^((lokal|lokala|gemensam|gemensamma|aktuell) )*(lägesbild|problembild|nulägesbild|nuläge|nulägesanalys|"
            r"problemområden?$|vi lyssnar|situationen\b|utgångsläge(t)?$|(det här|detta|det som) kom fram\b|"
            r"lägesbeskrivning|problemområden|så ser det ut|medborgardialog(en)?$|trygghetsundersökning|"
            r"det här har vi sett|detta har vi sett|vad (invånarna|medborgarna|ni) (har )?(berättat|sagt|tycker|berättade|sa|sade|tyckte)|"
            r"vad har (invånarna|medborgarna|ni) (berättat|sagt|tyckt)|"
            r"vad vi (har )?(sett|hört)|situationen (i dag|idag|just nu)|så ser (läget|situationen) ut|nulägesbeskrivning|"
            r"(medborgarnas|invånarnas) (synpunkter|bild)|resultat(et)? (från|av) (medborgar)?dialog\w*|"
            r"dialog(en)? med (medborgarna|invånarna)|trygghetsmätning(en)?|analys(en)?$|detta har kommit fram|"
            r"brottsstatistik|(polisens )?medborgarundersökning(en)?|enkätundersökning(en)?|orsaksanalys|"
            r"resultat(et)? (från|av) (\w+ )?(trygghets|medborgar|enkät)\w*|identifierade problem|"
            r"det här har (invånarna|medborgarna|ni) (sagt|berättat)|vad (säger|tycker) (invånarna|medborgarna)|"
            r"vad har vi sett|vad vi ser$|hur ser (det|läget|situationen) ut|läget$|läget (i|på|hos) |så (här )?ser det ut( hos oss| i [\wåäö]+)?$|"
            r"det här (har|fick) vi (fått )?(veta|höra|hört|se|sett)|vad [\wåäö]+ har (berättat|sagt)|"
            # "Det här har kommit fram", "Vad har vi hört?", "Det här har de boende sagt".
            r"(det här|detta) (har )?(kommit fram|framkom)|vad (som )?(har )?kom(mit)? fram|vad har vi (kommit fram till|hört|sett)|"
            r"det här har ([\wåäö]+ ){1,2}(berättat|sagt)|"
            # "Problembeskrivning", "Vad oroar invånarna?", "Vad säger statistiken?", "Så upplever invånarna tryggheten"
            r"problembeskrivning|(det här|detta|vad) oroar\b|"
            r"vad (säger|visar) (statistiken|siffrorna|lägesbilden|trygghetsmätningen|undersökningen|enkäten)|"
            r"(så|hur) upplever (invånarna|medborgarna|ni|du|[\wåäö]+borna)\b|"
            # "Vad bygger löftet på?", "Varför just de här frågorna?": what the chosen areas rest on
            r"vad bygger (löftet|medborgarlöftet|arbetet|löftena) på|varför (just )?(de här|dessa) (områden|frågor)\w*)"
        ),
    ),
    (
        SectionRole.goals,
        re.compile(
            r"^(mål|målsättning|effektmål|resultatmål|förväntade? (effekter|effekt|resultat)|effekter|effekt$|önskat läge|"
            r"önskad effekt|önskade effekter|(vårt|våra|gemensamt|gemensamma) mål\b|"
            r"vad ska (löftet|löftena|medborgarlöftet|arbetet) leda till|det här (ska|vill) vi (åstadkomma|uppnå)|vilka effekter|mål och effekter|"
            r"syfte och mål$|mätbara mål$|(förväntat|önskat) resultat|det här hoppas vi|det (hoppas|vill) vi uppnå|"
            r"vad vill vi uppnå|vad hoppas vi|hit vill vi|så (vill|hoppas) vi att det (ska )?(bli|blir|vara|är|se ut))"
        ),
    ),
    (
        SectionRole.follow_up,
        re.compile(
            r"^(uppföljning|tidsram|tidsplan|tidplan|utvärdering|följ arbetet|följ oss|följ med|återkoppling|"
            r"redovisning|genomförande och uppföljning|kontakt(uppgifter|personer?)?$|(så här |så |hur )följer vi upp|"
            r"(så |hur )vi (följer upp|återkopplar|redovisar)|"
            r"återrapportering|giltighet(stid)?$|tidsperiod$|period(en)?$|så gick det|hur går det|"
            r"(så |hur )(vet|ser) vi (om|att)|så mäter vi|hur mäter vi|"
            # What was done: "Det här blev gjort", "Det här har vi gjort", "Resultat av löftet".
            r"det här (blev|har blivit|har vi) gjort|det här har (gjorts|hänt)|vad har vi gjort|resultat(et)? (av|för) (medborgar)?löftet)"
        ),
    ),
    (
        SectionRole.signatures,
        # "Vi som har skrivit under", "Vi som står bakom löftet": who signed
        re.compile(
            r"^(underskrift(er)?|undertecknande|undertecknat|signaturer|"
            r"vi som (har )?(skrivit under|skriver under|undertecknat|står bakom)\b|så skrev vi under)"
        ),
    ),
    (
        SectionRole.promises,
        re.compile(
            rf"^({_OWN}(medborgarlöft|löfte[nt]?\b|löften\b|åtaganden)|"
            # "Tidigare medborgarlöfte 2021–2022": an earlier year's pledges, which count as well (GOLD.md 13)
            r"(tidigare|förra årets|föregående|fjolårets) (medborgar)?löfte[nt]? (för )?(år )?(19|20)\d\d|"
            # Generic nouns only on their own: "Insatser mot narkotika" is a theme.
            rf"{_OWN}(aktiviteter|åtgärder|insatser|handlingsplan|aktivitetsplan)"
            r"( och (aktiviteter|åtgärder|insatser))?( (för |under )?(år )?\d{4}\S*)?$|vi lovar|"
            r"(polisen|kommunen|parterna|vi|aktörerna)( och (polisen|kommunen))? (lovar|ska|skall|åtar|kommer att)|"
            r"det här (ska )?(genomförs|genomföras|gör vi|ska vi göra|lovar vi|kommer vi att göra)|"
            r"det här (lovar|gör) (polisen|kommunen|vi)|"
            r"detta (ska genomföras|gör vi|lovar vi)|så här (gör|arbetar|jobbar) vi|"
            r"(det här|detta|det) åtar vi oss|vad vi åtar oss|"
            r"vad (ska vi|vi ska) göra|vad gör vi\?*$|arbetsplan$|detta kommer vi att göra|så här ska vi arbeta|"
            # "Vad vi gör de kommande två åren", "Vad vi kommer att göra under 2024"
            r"vad vi (kommer att )?gör(a)?\b|"
            r"vad ska göras|"
            # "Inriktning", "Vår inriktning 2024": what the parties will direct their work at.
            rf"{_OWN}inriktning(ar)?( (för |under )?(år )?\d{{4}}\S*)?$|"
            # "Under 2020", "Under 2023–2024": what is done during the period, as a part of its own.
            r"under (år )?\d{4}(\s*[-–]\s*\d{2,4})?:?$)"
        ),
    ),
    (
        SectionRole.other,
        re.compile(
            r"^(beslutsunderlag|förslag|beslut|yttrande|bilag(a|or)|"
            # The rest of council minutes: "Kommunstyrelsens beslut", "Yrkanden", "Expedieras till".
            r"(kommunstyrelsens|kommunfullmäktiges|[\wåäö]+nämndens|[\wåäö]*utskottets) beslut$|"
            r"yrkanden?$|beslutsgång$|tjänsteskrivelse\b|expedieras|ekonomiska konsekvenser|innehåll(sförteckning)?$|"
            r"beslutet skickas|arbetsutskottets förslag|kommunstyrelsens förslag|"
            r"kommunstyrelsens förvaltnings förslag|förslag till beslut|protokoll|"
            r"samverkansöverenskommelse|relaterat|dokument$|kontakta oss|prioriteringar|prioriterade områden|"
            r"fokusområden|(lokala|gemensamma) prioriteringar|läs mer|mer information|relaterade länkar|ladda ner|"
            r"tipsa polisen|frågor\??$|vill du veta mer|om polisen$)"
        ),
    ),
]
# Unambiguous role words anywhere in a short heading ("Kommunens och polisens
# åtaganden", "Hur följer vi upp löftet?", "Medborgarlöftet undertecknas").
# Checked after ROLE_PATTERNS; order matters.
ROLE_WORDS: list[tuple[SectionRole, re.Pattern[str]]] = [
    (
        SectionRole.signatures,
        re.compile(r"\b(undertecknas|underskrifter|undertecknare|står bakom)\b"),
    ),
    # The particle may stand after the subject: "Så följs arbetet upp", "Hur följer vi löftet upp?".
    (SectionRole.follow_up, re.compile(r"\b(följ(er|a|s)? ([\wåäö]+ ){0,2}upp|uppföljning(en)?)\b")),
    (SectionRole.situation, re.compile(r"\b(lägesbild(en)?|problembild(en)?)\b")),
    (SectionRole.goals, re.compile(r"\b(uppnå|målbild(en)?|effektmål|förväntade effekter)\b")),
    (SectionRole.promises, re.compile(r"\b(löfte[nt]?|löften(a)?|åtaganden(a)?|lovar)\b")),
    (SectionRole.background, re.compile(r"\bbakgrund\b")),
]
# Headings whose role depends on what the section says.
CONTENT_ROLE_HEADINGS = re.compile(r"^(sammanfattning|beskrivning|sammanfattning av ärendet)$")

SITUATION_WORDS = re.compile(r"lägesbild|trygghetsundersökning|trygghetsmätning|statistik|brottsutveckling|problembild")


@dataclass
class SectionSpan:
    role: SectionRole
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)

    @property
    def heading_text(self) -> str | None:
        return self.heading.text if self.heading else None


_LABELLED = re.compile(r"^([^:]{2,40}):\s+\S")


_NUMBERED_PLEDGE = re.compile(r"^(löfte|åtagande|insats|aktivitet)\s+\d{1,2}\s*[–:.-]\s*\S", re.IGNORECASE)
_FACT_BOX = re.compile(r"^fakta\s*(?::|–|-)\s*(?=\S)")


def heading_role(text: str) -> SectionRole | None:
    """The role a heading announces, or None for a sub-heading."""
    if _NUMBERED_PLEDGE.match(text.strip()):
        return None  # "Löfte 1 – Medborgarplatsen": one pledge's theme inside the pledge part
    label = _LABELLED.match(text.strip())
    if label and is_actor_name(label.group(1)):
        return None  # "Polisen: Följa upp stölder ...": an item that names who does it, not a part
    key = PART_NUMBERING.sub("", text).strip().lower()
    key = re.sub(r"\s+", " ", key)
    fact = _FACT_BOX.match(key)
    if fact:
        # "Fakta: Medborgarlöftet 2024–2025" holds the pledges; "Fakta: Medborgarlöften" explains them.
        role = heading_role(key[fact.end() :])
        if role is SectionRole.promises and not re.search(r"\b(19|20)\d\d\b", key):
            return SectionRole.background
        return role
    if ROLE_WORDS[0][1].search(key):
        return SectionRole.signatures
    for role, pattern in ROLE_PATTERNS:
        if pattern.match(key):
            return role
    if len(key.split()) <= 10:
        for role, pattern in ROLE_WORDS:
            if pattern.search(key):
                return role
    if CONTENT_ROLE_HEADINGS.match(key):
        return SectionRole.background  # refined from the content in segment()
    if is_date_line(text):
        return SectionRole.signatures
    return None


# "Hur följer vi upp arbetet?", "Vad kan jag som invånare göra?": news and FAQ
# pages open their parts with questions.
QUESTION_HEADING = re.compile(r"^[A-ZÅÄÖ][^.!?\n]{8,160}\?$")


def is_question_heading(text: str) -> bool:
    """A question of 3-20 words set as a heading (a styled heading may wrap: blanks count as one)."""
    text = " ".join(text.split())
    return bool(QUESTION_HEADING.match(text)) and 3 <= len(text.split()) <= 20


def _is_title_candidate(block: Block) -> bool:
    return block.kind is BlockKind.heading or (
        block.kind is BlockKind.paragraph and "\n" not in block.text and len(block.text) < 120
    )


def preamble_text(blocks: list[Block]) -> bool:
    """Has anything but headings and short lines been said?"""
    return any(b.kind is not BlockKind.heading and len(b.text) > 80 for b in blocks)


def find_title(blocks: list[Block], title_hint: str | None = None) -> tuple[str | None, int]:
    """The document title and the index of the first block after the preamble.

    The preamble is what comes before the first heading that announces a
    section: site names, the title, council-minute headers. A preamble
    heading naming the pledge is the title, not a pledge section.
    """
    preamble_end = 0
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        role = heading_role(block.text) if block.kind is BlockKind.heading else None
        if (
            role is SectionRole.other
            and not preamble_text(blocks[:i])
            and nxt is not None
            and nxt.kind is BlockKind.heading
        ):
            # "Om polisen", "Kontakta oss" among the menu words above the title: a link, not a part
            preamble_end = i + 1
            continue
        if block.kind is BlockKind.heading and (
            role not in (None, SectionRole.promises) or is_question_heading(block.text)
        ):
            break
        if block.kind in (BlockKind.list_item, BlockKind.table_row):
            break
        if block.kind is BlockKind.paragraph and len(block.text) > 160:
            break
        if block.kind is BlockKind.paragraph and block.text.rstrip().endswith(":") and promising_actors(block.text):
            break  # "Polisen och kommunen lovar att:": the pledges begin, whatever short lines came before
        if block.kind is BlockKind.heading and heading_role(block.text) is SectionRole.promises:
            # "Medborgarlöfte 2024" at the top is the title; a second one after
            # the title opens the pledge part only if a list follows directly.
            titled = preamble_end > 0 and any("medborgarlöft" in b.text.lower() for b in blocks[:i])
            if titled and ("medborgarlöft" not in block.text.lower() or re.search(r"\b(19|20)\d\d\b", block.text)):
                break  # "Det här ska vi göra", "Våra löften", "Medborgarlöfte 2021" after the title
            if (
                titled
                and nxt is not None
                and (
                    nxt.kind in (BlockKind.list_item, BlockKind.table_row)
                    or (nxt.kind is BlockKind.heading and heading_role(nxt.text) is None)
                )
            ):
                break
        preamble_end = i + 1
    candidates = [b for b in blocks[:preamble_end] if _is_title_candidate(b)]
    # A sentence naming the pledge ("Nu har kommunen och polisen skrivit under ...") is the lead, not the title.
    title = next(
        (b.text for b in candidates if "medborgarlöft" in b.text.lower() and not b.text.rstrip().endswith(".")), None
    )
    if title is None:
        # A newspaper's name and its menu above the headline ("SILJANSPOSTEN" / "Familj" / "Polis och
        # tre kommuner lovar ..."): the headline is the first heading that reads as a sentence's words.
        headline = next((b.text for b in candidates if b.kind is BlockKind.heading and _headline(b.text)), None)
        title = title_hint or headline or (candidates[0].text if candidates else None)
    return (title.strip() if title else None), preamble_end


HEADLINE_WORDS_MIN = 4


def _headline(text: str) -> bool:
    """Four words or more in sentence case, no list of menu words ("Bygga, bo och miljö")."""
    words = text.split()
    return len(words) >= HEADLINE_WORDS_MIN and not text.isupper() and "," not in text and "|" not in text


MASTHEAD_ENTRY_WORDS = 5


def masthead_entries(spans: list[SectionSpan], title: str | None) -> list[Furniture]:
    """The site's name and menu above a web page's title ("Västerås stad" / "Bo och leva" /
    "Kommun och politik" / "Medborgarlöfte 2022"): short lines of the part before the title, which
    no section's text keeps; they are recorded as chrome. (The cleaned blocks still give them to
    the metadata: the site's name may be the only place a page names its municipality.)"""
    if not spans or title is None or spans[0].heading is not None or spans[0].role is not SectionRole.other:
        return []
    blocks = spans[0].blocks
    at = next((i for i, b in enumerate(blocks) if b.text.strip() == title), None)
    if not at:
        return []
    entries = [
        b
        for b in blocks[:at]
        if "\n" not in b.text.strip()
        and len(b.text.split()) <= MASTHEAD_ENTRY_WORDS
        and not re.search(r"[.!?:;]$", b.text.strip())
        and "medborgarlöft" not in b.text.lower()
    ]
    if not entries:
        return []
    dropped = {id(b) for b in entries}
    spans[0].blocks = [b for b in blocks if id(b) not in dropped]
    return [Furniture(text=b.text.strip(), page=b.page, kind="chrome") for b in entries]


def _opens_signatures(block: Block, early: bool = False) -> bool:
    """A place-and-date line or a name-and-title block (also as a layout table row).

    A date line ``early`` in the text, before anything has been said, is a
    publication date ("5 september 2016" under a news headline), not the
    place and date of the signatures."""
    if block.kind in (BlockKind.paragraph, BlockKind.heading):
        return (is_date_line(block.text) and not early) or looks_like_signature_block(block.text)
    if block.kind is BlockKind.table_row and block.cells:
        cells = [c for c in block.cells if c.strip()]
        return (len(cells) == 1 and is_date_line(cells[0])) or (
            len(cells) >= 2 and looks_like_signature_block("    ".join(cells))
        )
    return False


# "Löftet skrevs under i Kalix folkets hus den 11 februari av:": a short lead-in over the people who signed.
SIGNED_BY_LEAD_IN_CHARS = 160


def _signers_listed(block: Block, previous: Block | None) -> bool:
    """A list item "Eva Berg, kommunstyrelsens ordförande" under a lead-in saying who signed."""
    return (
        block.kind is BlockKind.list_item
        and previous is not None
        and previous.kind is BlockKind.paragraph
        and previous.text.rstrip().endswith(":")
        and len(previous.text) <= SIGNED_BY_LEAD_IN_CHARS
        and bool(SIGNED.search(previous.text))
        and looks_like_signature_block(block.text)
    )


def _heading_line(line: str) -> bool:
    """A line that reads as a section heading: short, not a sentence, and its words say its role."""
    line = line.strip()
    role = heading_role(line.rstrip(":"))
    if role in (None, SectionRole.signatures) or not 0 < len(line.split()) <= 8:
        return False
    if re.search(r"\b(att|och|samt|som|eller)$", line):
        # "Löftena ska bidra till att" / "minska ...": a sentence that runs on, no heading (a
        # preposition may end one: "Det här satsar vi på")
        return False
    if (
        role is not SectionRole.promises
        and len(line.split()) >= 5
        and re.search(r"\b(lovar|åtar)\b", line, re.IGNORECASE)
        and not _opens_as_heading_words(line)
    ):
        # "Utifrån problembilden lovar Skellefteå kommun och lokalpolisområde" / "Skellefteå att
        # under 2017:": the first line of a wrapped lead-in, its role word inside the sentence
        return False
    if line.endswith(":"):
        # "Problemområden:", "Medborgarlöfte januari-juni 2024:"; not a lead-in such as "Polisen lovar:".
        # (not what the year's pledge is about: "Medborgarlöftet för 2018 handlar om:" over its areas)
        year_heading = (
            role is SectionRole.promises
            and "medborgarlöft" in line.lower()
            and re.search(r"(19|20)\d\d", line)
            and not NON_PLEDGE_LIST.search(line)
        )
        # "Därför gör vi det här:", "Det här har invånarna berättat:": a part's heading over its text
        # (of another part than the pledges', whose "Polisen lovar:" is a lead-in).
        # (beyond three words only a heading's own opening words: "Med utgångspunkt i lägesbilden
        # lovar parterna att:" names a part's word, and is a lead-in)
        words = len(line.split())
        return bool(
            year_heading
            or (role is not SectionRole.promises and (words <= 3 or (words <= 8 and _opens_as_heading(line))))
        )
    return not re.search(r"[.,;]$", line) or bool(re.search(r"(\.\.\.|…)$", line))


_ANNOUNCES = re.compile(r"\b(lovar|åtar|förbinder|följande|innehåller|nedan)\b|\batt$")


def _opens_as_heading_words(line: str) -> bool:
    """The line begins as a part's heading does (ROLE_PATTERNS)."""
    key = re.sub(r"\s+", " ", PART_NUMBERING.sub("", line).strip().lower()).rstrip(":")
    return any(pattern.match(key) for _, pattern in ROLE_PATTERNS)


def _opens_as_heading(line: str) -> bool:
    """The line begins as a part's heading does (ROLE_PATTERNS), and announces no list."""
    key = re.sub(r"\s+", " ", PART_NUMBERING.sub("", line).strip().lower()).rstrip(":")
    return not _ANNOUNCES.search(key) and _opens_as_heading_words(line)


def _theme_line(first: str, rest: str, text: str) -> bool:
    """ "Trygg trafikmiljö" over the sentences or labelled lines of its theme,
    without a blank line between: a short capitalised line with no final
    punctuation, above lines that begin with a capital (not a wrapped sentence,
    not a name over its title)."""
    if not rest.strip() or not _short_title(first) or not rest.lstrip()[:1].isupper():
        return False
    return not looks_like_signature_block(text)


SHORT_TITLE_WORDS = 5  # "Trygghet i Skäggetorp och Ryd"; a longer line over its items is an item


def _short_title(line: str) -> bool:
    """One to five words, capitalised, without final punctuation or digits ("Unga i centrum")."""
    line = line.strip()
    if not 1 <= len(line.split()) <= SHORT_TITLE_WORDS or not line[:1].isupper() or re.match(r"^[^:]{1,30}:\s", line):
        return False  # ("Ansvarig: Fältgruppen" is a field of the item above it)
    if len(line.split()) > 4 and (COMMITMENT.search(line) or RUNS_ON.search(line)):
        return False  # "Polisen och kommunen skall tillsammans", "Löftet följs upp genom att": a sentence begun
    return not (re.search(r"[.,;:!?)\-–]$", line) or re.search(r"\d", line) or is_date_line(line))


# Words of a label that introduces something other than a theme ("Exempel:", "Till exempel:").
_NOT_THEME_LABEL = re.compile(
    r"\b(exempel|exempelvis|bland annat|t\.?\s?ex|följande|nedan|innebär|bl\.?\s?a|genom|så här|därför|vi|du|ni|"
    # who gives the items: "Kommunens del:", "Gemensamt:", "Tekniska förvaltningen:"
    r"polis\w*|kommun\w*|gemensam\w*|tillsammans|parter\w*|båda|förvaltning\w*|nämnd\w*|region\w*|del)\b",
    re.IGNORECASE,
)


def theme_label(line: str) -> bool:
    """ "Trafik:", "Unga och droger:" over the items of their theme: one to six capitalised
    words ending in a colon, naming no actor and no role ("Polisen:" labels who gives the
    items, "Mål:" opens a part)."""
    line = line.strip()
    if not line.endswith(":") or line.count(":") > 1:
        return False
    label = line[:-1].strip()
    if not _short_title(label) and not (
        1 <= len(label.split()) <= 6 and label[:1].isupper() and not re.search(r"[.,;!?\d]", label)
    ):
        return False
    if heading_role(label) is not None or _NOT_THEME_LABEL.search(label) or PROMISING_WORDS.search(label):
        return False
    return not any(is_actor_name(part) for part in re.split(r",\s*|\s+(?:och|samt|&)\s+", label))


# "Inledning Hallsbergs kommun och ...": a page that ran its heading into the paragraph.
RUN_IN_HEADING = re.compile(
    r"^(?P<heading>((gemensam|gemensamma|lokal|lokala|aktuell) ){0,2}(inledning|bakgrund(en)?|syfte(t)?|lägesbild(en)?|"
    r"nulägesbild(en)?|problembild(en)?|nuläge(t)?|nulägesanalys(en)?|lägesbeskrivning(en)?|situationen( i dag| idag)?|"
    r"uppföljning(en)?|effekt|effekter(na)?|"
    r"tidsram(en)?)( (19|20)\d\d([-–/](19|20)?\d\d)?)?) (?=[A-ZÅÄÖ](?:[\wåäö]|\s))",
    re.IGNORECASE,
)


_JOINED_ROLE = re.compile(
    r"(och|samt|&)\s+(syfte|syftet|mål|målet|lägesbild(en)?|bakgrund(en)?|uppföljning(en)?|inledning|nuläge(t)?|"
    r"problembild(en)?|effekter|avgränsning(ar)?)\b",
    re.IGNORECASE,
)


# "1. genomföra ... 2. arbeta ... 3. ...": a numbered list a page ran into one paragraph.
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})[.)]\s+(?=\S)")


# "... avger härmed löfte\natt genomföra ...,\natt anordna ...": clauses that each open a line with
# "att", the one before ending in a comma (or the lead-in itself), hard-wrapped in between.
_ATT_LINE = re.compile(r"\n(?=att\s)")
_ATT_AFTER_COMMA = re.compile(r"(?<=[,;]) (?=att\s)")


def split_att_clauses(blocks: list[Block]) -> list[Block]:
    """A paragraph of a lead-in and the "att ..." clauses it gives, one a line and ended by
    commas, becomes the lead-in and one item per clause (as a PDF prints them, without bullets)."""
    out: list[Block] = []
    for block in blocks:
        cuts = [m.start() for m in _ATT_LINE.finditer(block.text)] if block.kind is BlockKind.paragraph else []
        # (each clause but the last ends in a comma or semicolon: the next "att" opens another)
        cuts = [c for i, c in enumerate(cuts) if i == 0 or block.text[:c].rstrip().endswith((",", ";"))]
        if len(cuts) >= 2:
            # a page break the cleaner closed up puts a clause after the comma on the same line
            cuts = sorted({*cuts, *(m.start() for m in _ATT_AFTER_COMMA.finditer(block.text, cuts[0]))})
        lead = block.text[: cuts[0]].strip() if cuts else ""
        if len(cuts) < 2 or not lead or not (lead.endswith(":") or LEAD_IN_CLOSE.search(lead)):
            out.append(block)
            continue
        out.append(block.model_copy(update={"text": lead, "char_end": block.char_start + len(lead)}))
        for a, b in zip(cuts, [*cuts[1:], len(block.text)], strict=True):
            piece = block.text[a:b].strip().rstrip(",;").rstrip()
            start = block.char_start + a + 1
            out.append(
                block.model_copy(
                    update={
                        "kind": BlockKind.list_item,
                        "text": piece,
                        "level": 0,
                        "char_start": start,
                        "char_end": min(start + len(piece), block.char_end),
                    }
                )
            )
    return out


def split_inline_lists(blocks: list[Block]) -> list[Block]:
    """A paragraph (or an item) holding a numbered list inline, numbered 1, 2, 3 ...
    in order, becomes its lead-in (any text before "1.") and one item per number.
    An item keeps its own number out of its text, so its inline run starts at 2."""
    out: list[Block] = []
    for block in blocks:
        if block.kind not in (BlockKind.paragraph, BlockKind.list_item):
            out.append(block)
            continue
        first = 2 if block.kind is BlockKind.list_item else 1
        marks: list[re.Match[str]] = []
        for m in _INLINE_NUMBER.finditer(block.text):
            if int(m.group("n")) == first + len(marks):
                marks.append(m)
        if len(marks) < (1 if first == 2 else 2):
            out.append(block)
            continue
        ends = [m.start() for m in marks[1:]] + [len(block.text)]
        pieces = [(m.end(), end) for m, end in zip(marks, ends, strict=True)]
        if first == 2:
            pieces.insert(0, (0, marks[0].start()))  # the item's own text, before "2."
        lead = block.text[: marks[0].start()].strip() if first == 1 else ""
        if any(len(block.text[a:b].split()) < 3 for a, b in pieces):
            out.append(block)  # "1. Trafik 2. Narkotika" is better read by the rules as written
            continue
        if lead:
            end = block.char_start + len(block.text[: marks[0].start()].rstrip())
            out.append(block.model_copy(update={"text": lead, "char_end": min(end, block.char_end)}))
        level = block.level if block.kind is BlockKind.list_item else 0
        for a, b in pieces:
            text = block.text[a:b].strip()
            start = min(block.char_start + a, block.char_end)
            out.append(
                block.model_copy(
                    update={
                        "kind": BlockKind.list_item,
                        "text": text,
                        "ordered": True,
                        "level": level,
                        "char_start": start,
                        "char_end": min(start + len(text), block.char_end),
                    }
                )
            )
    return out


WRAP_WIDTH = 55


def _wrapped(first: str, rest: str) -> bool:
    """A long first line followed by one about as long: a paragraph wrapped at a width."""
    second = rest.strip().split("\n")[0].strip() if rest.strip() else ""
    return len(first.strip()) >= WRAP_WIDTH and len(second) >= 0.8 * len(first.strip())


# "Lokalpolisområdet lovar dessutom" over "att informera ...": a lead-in without its colon
_PROMISE_VERB_END = re.compile(rf"{PROMISE_VERB_END}\s*$", re.IGNORECASE)


def split_heading_lines(blocks: list[Block]) -> list[Block]:
    """Headings that web pages and plain text print without styling or a blank
    line: "Inledning" as the first line of its paragraph, or a paragraph of
    its own ("Följ med i hur det går!")."""
    out: list[Block] = []
    queue = list(reversed(blocks))
    while queue:
        block = queue.pop()
        if block.kind is not BlockKind.paragraph:
            out.append(block)
            continue
        run_in = RUN_IN_HEADING.match(block.text)
        first_line = block.text.split("\n", 1)[0]
        if run_in and "\n" in block.text and run_in.end() < len(first_line) and _heading_line(first_line):
            run_in = None  # "Bakgrund till löftet" on a line of its own over its text: the whole line heads it
        if (
            run_in
            and run_in.group("heading")[0].isupper()
            # "Syftet med löftet är ...", "Bakgrunden till ...": a definite noun opening a sentence
            and (
                not re.search(r"(en|et|na|idag|i dag)$", run_in.group("heading")) or block.text[run_in.end()].isupper()
            )
            # "Inledning och syfte", "Bakgrund och lägesbild": one heading of two parts' names
            and not _JOINED_ROLE.match(block.text[run_in.end() :])
        ):
            end = block.char_start + run_in.end("heading")
            out.append(
                block.model_copy(update={"kind": BlockKind.heading, "text": run_in.group("heading"), "char_end": end})
            )
            out.append(block.model_copy(update={"text": block.text[run_in.end() :], "char_start": end + 1}))
            continue
        if block.text.count("\n") <= 1 and is_question_heading(block.text):
            # A question on a line of its own, or wrapped once (a PDF's long heading line).
            out.append(block.model_copy(update={"kind": BlockKind.heading}))
            continue
        head, _, last = block.text.rstrip().rpartition("\n")
        if (
            head.strip()
            and re.search(r"[.!?]$", head.rstrip())
            and last.strip().endswith(":")
            and len(last.split()) <= 8
        ):
            # "... när husen står tomma.\nKommunen lovar:": a lead-in printed as the
            # last line of the paragraph above it (a PDF without paragraph spacing).
            cut = block.char_start + len(head)
            out.append(block.model_copy(update={"text": head.rstrip(), "char_end": cut}))
            out.append(block.model_copy(update={"text": last.strip(), "char_start": cut + 1}))
            continue
        if (
            head.strip()
            and queue
            and queue[-1].kind is BlockKind.list_item
            and len(last.split()) <= 6
            and not re.search(r"[.!?:,;]$", last.strip())
            and heading_role(last) is SectionRole.promises
            and _opens_as_heading(last)
        ):
            # "... utmynnat i tre löften för 2017\nMedborgarlöften 2017" over the list: the part's
            # heading printed as the last line of the paragraph above it.
            cut = block.char_start + len(head)
            out.append(block.model_copy(update={"text": head.rstrip(), "char_end": cut}))
            out.append(
                block.model_copy(update={"kind": BlockKind.heading, "text": last.strip(), "char_start": cut + 1})
            )
            continue
        first, sep, rest = block.text.partition("\n")
        if (
            sep
            and (first.rstrip().endswith(":") or (_PROMISE_VERB_END.search(first) and rest.lstrip().startswith("att ")))
            and len(first.split()) <= 12
            and rest.lstrip()[:1].islower()
            and not theme_label(first)
        ):
            # "Dessutom ska kommun och polis tillsammans:" over its items, one a line, in a page
            # copied with short lines: the lead-in is a block of its own, the items another.
            end = block.char_start + len(first)
            out.append(block.model_copy(update={"text": first.strip(), "char_end": end}))
            queue.append(block.model_copy(update={"text": rest.strip(), "char_start": end + 1}))
            continue
        if _wrapped(first, rest):
            out.append(block)  # the first line of a hard-wrapped sentence, not a heading over it
            continue
        over_items = queue and (
            queue[-1].kind is BlockKind.list_item
            # (over an item whose "Ansvarig:" line follows it: the line above, with none of its own, is no item)
            or (
                len(queue) >= 2
                and queue[-1].kind is BlockKind.paragraph
                and not RESPONSIBLE_LINE.match(queue[-1].text.strip())
                and bool(RESPONSIBLE_LINE.match(queue[-2].text.strip()))
            )
            # (over a lead-in only right under a heading: "Löftet" / "Centrum" / "Vi lovar att:";
            # the last line of a focus list without bullets is no theme)
            or (
                queue[-1].kind is BlockKind.paragraph
                and queue[-1].text.rstrip().endswith(":")
                and bool(out)
                and out[-1].kind is BlockKind.heading
            )
        )
        if not sep and over_items and _short_title(first):
            # "Narkotika bland unga" right above its bullets or their lead-in, as the line under a
            # part's heading.
            out.append(block.model_copy(update={"kind": BlockKind.heading}))
            continue
        if (rest.strip() or (queue and queue[-1].kind in (BlockKind.list_item, BlockKind.paragraph))) and theme_label(
            first
        ):
            # "Trafik:" over its items: the theme, with or without bullets under it.
            end = block.char_start + len(first)
            out.append(block.model_copy(update={"kind": BlockKind.heading, "text": first.strip(), "char_end": end}))
            if rest.strip():
                queue.append(block.model_copy(update={"text": rest.strip(), "char_start": end + 1}))
            continue
        question = bool(sep) and is_question_heading(first) and rest.lstrip()[:1].isupper()
        if (_heading_line(first) or _theme_line(first, rest, block.text) or question) and (not sep or rest.strip()):
            end = block.char_start + len(first)
            out.append(block.model_copy(update={"kind": BlockKind.heading, "text": first.strip(), "char_end": end}))
            if sep and rest.strip():
                # The rest may open with a theme line of its own ("Våra löften" / "Trygg trafik" / ...).
                queue.append(block.model_copy(update={"text": rest.strip(), "char_start": end + 1}))
            continue
        out.append(block)
    return out


def _opening_role(block: Block, current: SectionSpan | None, early: bool) -> SectionRole | None:
    """The role of the part a block opens, or None when it opens none."""
    if block.kind is not BlockKind.heading:
        return None
    role = heading_role(block.text)
    if role is SectionRole.signatures and early and is_date_line(block.text):
        return None  # a publication date under the headline
    if role is not None:
        return role
    if is_question_heading(block.text) and (current is None or current.role is not SectionRole.promises):
        return SectionRole.other  # a question opens a part of its own, outside the pledges (a styled heading may wrap)
    if current is not None and current.role is SectionRole.follow_up and not _opens_signatures(block):
        return SectionRole.other  # after the follow-up, a heading opens what the page adds
    return None


def _goals_closed_a_theme(block: Block, current: SectionSpan | None, sections: list[SectionSpan]) -> bool:
    """A bare "Mål" closing one theme's pledges, then the next theme: the pledge part goes on."""
    return (
        block.kind is BlockKind.heading
        and current is not None
        and current.role is SectionRole.goals
        and current.heading is not None
        and len(current.heading.text.split()) == 1
        and len(sections) >= 2
        and sections[-2].role in (SectionRole.promises, SectionRole.other)
    )


# A theme label names no doing: "Polisen ska:", "Vi vill:" are lead-ins.
PROMISING_WORDS = re.compile(r"\b(lovar|ska|skall|åtar|kommer|vill|gör|arbetar)\b", re.IGNORECASE)
# Parts a page may go on into its pledges without a heading: "Det här har vi sett" ... "Polisen lovar att:".
_LEAD_IN_BREAKS = {SectionRole.situation, SectionRole.background, SectionRole.goals}
LEAD_IN_WORDS_MAX = 16
# "... avger härmed följande löften", "... ger dessa medborgarlöften": the parties give them
# (not "Förvaltningen föreslår att följande löften ges").
GIVES_PLEDGES = re.compile(r"\b(avger|ger|lämnar)\b.*\b(medborgar)?(löfte[nt]?|löften|åtaganden)\b", re.IGNORECASE)


def _opens_pledges(block: Block, current: SectionSpan | None) -> bool:
    """A short line of its own naming who promises and ending in a colon ("Polisen lovar att:",
    "Falköpings kommun åtar sig att:") inside a part the page calls its situation, background or
    goals: the pledges start here, the earlier part ends."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.paragraph
        and current is not None
        and current.role in _LEAD_IN_BREAKS
        and text.endswith(":")
        and "\n" not in text
        and len(text.split()) <= LEAD_IN_WORDS_MAX
        and bool(
            promising_actors(text)
            # "Lerums kommun och lokalpolisområde Alingsås avger härmed följande löften för 2022:"
            or (
                GIVES_PLEDGES.search(text)
                and (subject_actors(text) or re.match(r"(vi|tillsammans|gemensamt)\b", text, re.I))
            )
        )
    )


def _signature_part(current: SectionSpan) -> SectionSpan:
    """The signature part, together with any organisation headings
    ("Ljungby kommun", "Polismyndigheten") just above where it starts."""
    moved: list[Block] = []
    while current.blocks and current.blocks[-1].kind is BlockKind.heading:
        moved.insert(0, current.blocks.pop())
    return SectionSpan(SectionRole.signatures, None, moved)


def _settle_roles(sections: list[SectionSpan]) -> None:
    """Roles that depend on what follows a heading or what its part says."""
    for index, section in enumerate(sections):
        if (
            section.role is SectionRole.promises
            and not section.blocks
            and index + 1 < len(sections)
            and section.heading is not None
            and "medborgarlöft" in section.heading.text.lower()
        ):
            # "Medborgarlöfte 2022-2023" directly followed by "Bakgrund": the
            # title of a paper inside council minutes, not the pledge part.
            section.role = SectionRole.intro
        if section.heading is not None and CONTENT_ROLE_HEADINGS.match(section.heading.text.strip().lower()):
            body = " ".join(b.text for b in section.blocks).lower()
            section.role = SectionRole.situation if SITUATION_WORDS.search(body) else SectionRole.background


COLON_PLEDGE_HEADING_WORDS = 4


def colon_pledge_heading(blocks: list[Block]) -> list[Block]:
    """ "Bakgrund:" / ... / "Löftena:" / ... / "Uppföljning:": on a page where another part's heading
    ends in a colon (the page's habit), the pledge part's own ("Löftena:", "Det här gör vi:") is one too, when it names no party
    (elsewhere such a line is a lead-in, "Polisen lovar:")."""
    if not any(
        b.kind is BlockKind.heading and b.text.rstrip().endswith(":") and heading_role(b.text.rstrip(" :"))
        for b in blocks
    ):
        return blocks
    out = []
    for block in blocks:
        text = block.text.strip()
        if (
            block.kind is BlockKind.paragraph
            and "\n" not in text
            and text.endswith(":")
            and len(text.split()) <= COLON_PLEDGE_HEADING_WORDS
            and heading_role(text.rstrip(" :")) is SectionRole.promises
            and not _ANNOUNCES.search(text.lower().rstrip(" :"))
            and not promising_actors(text)
            # ("Medborgarlöftet ska:" over what it is for: a lead-in whose verb its items complete)
            and not re.search(r"\b(ska|skall|vill|syftar\s+till|bidrar\s+till)$", text.lower().rstrip(" :"))
        ):
            block = block.model_copy(update={"kind": BlockKind.heading})
        out.append(block)
    return out


def segment(blocks: list[Block], title_hint: str | None = None) -> tuple[str | None, list[SectionSpan]]:
    """Split cleaned blocks into the title and top-level sections."""
    blocks = colon_pledge_heading(split_heading_lines(split_inline_lists(split_att_clauses(blocks))))
    title, start = find_title(blocks, title_hint)
    sections: list[SectionSpan] = []
    if start:
        sections.append(SectionSpan(SectionRole.other, None, list(blocks[:start])))
    current: SectionSpan | None = None
    seen_text = 0  # characters of body text so far
    seen_list = False  # a list or table came before: a date line is no longer under the headline
    for index in range(start, len(blocks)):
        block, previous = blocks[index], blocks[index - 1] if index else None
        early = seen_text < 200 and not seen_list
        seen_list = seen_list or block.kind in (BlockKind.list_item, BlockKind.table_row)
        if block.kind is not BlockKind.heading:
            seen_text += len(block.text)
        role = _opening_role(block, current, early)
        if role is not None:
            current = SectionSpan(role, block)
            sections.append(current)
            continue
        if _goals_closed_a_theme(block, current, sections):
            current = SectionSpan(sections[-2].role, None)
            sections.append(current)
        if _opens_pledges(block, current):
            current = SectionSpan(SectionRole.promises, None)
            sections.append(current)
        if current is not None and current.role is not SectionRole.signatures and _opens_signatures(block, early):
            current = _signature_part(current)
            sections.append(current)
        elif (current is None or current.role is not SectionRole.signatures) and _signers_listed(block, previous):
            current = SectionSpan(SectionRole.signatures, None)
            sections.append(current)
        if current is None:
            current = SectionSpan(SectionRole.other, None)
            sections.append(current)
        current.blocks.append(block)
    _settle_roles(sections)
    return title, sections


# The words of a table's header row ("Aktivitet | Ansvarig | Tidpunkt", "Trafik | UTFÖRARE | ANSVARIG").
_HEADER_WORD = re.compile(
    r"^(aktivitet(er)?|åtgärd(er)?|insats(er)?|ansvarig[a]?|utförare|tidpunkt|tid|tidsplan|när|vem|vad)$",
    re.IGNORECASE,
)


def section_text(section: SectionSpan) -> str:
    """The part's text: its blocks, a table's rows with their cells between bars; a
    header row gives only what is not a column's name (its theme, if any)."""
    parts: list[str] = []
    for block in section.blocks:
        if block.kind is BlockKind.table_row and block.cells:
            cells = list(block.cells)
            if sum(bool(_HEADER_WORD.match(c.strip())) for c in cells) >= 2:
                cells = [c for c in cells if c.strip() and not _HEADER_WORD.match(c.strip())]
                if not cells:
                    continue
            parts.append(" | ".join(cells))
        else:
            parts.append(block.text)
    return "\n\n".join(parts)
