"""The pledge part -> pledges with theme, actors and a quantified flag.

Pledges are printed as bullets or numbered items under theme headings, as
"att ..." clauses after a lead-in, as nominal items, as table rows with
UTFÖRARE / ANSVARIG columns, or as plain sentences (DOMAIN.md). Lists in the
pledge part that are *not* pledges are recognised by their lead-in: focus
areas ("med inriktning på:"), goals ("Målet är att:"), purposes ("Syftet
är att:").

Actors come, in order of precedence, from a table's UTFÖRARE column, an
actor label ("Polis: ..."), trailing parentheses ("(Polis, kommun)"), an
"Ansvarig:" line, the pledge's own subject, the subject of the lead-in, and
finally both parties that give the pledge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pledgeparse.actors import (
    BOTH_PARTIES,
    MUNICIPALITY,
    POLICE,
    agent_actors,
    inverted_actors,
    is_actor_name,
    is_passive_subject,
    split_actor_list,
    subject_actors,
)
from pledgeparse.models import Block, BlockKind, SectionRole
from pledgeparse.quantify import has_deadline, is_quantified, pledge_kind
from pledgeparse.segment import SectionSpan
from pledgeparse.signature_words import is_date_line

# A lead-in announces the list that follows and who makes the pledges.
LEAD_IN_END = re.compile(
    r"(:|\bgenom att|\bföljande|\blovar( vi| att)?|\bska|\bskall|\bgenom|\bom|\bgöra|\bgör vi|\bgenomföras|\blovar vi|"
    r"\bska tillsammans|\bskall tillsammans)\s*$",
    re.IGNORECASE,
)
LEAD_IN_WORDS = re.compile(
    r"\b(lovar|löfte|löften|åtar sig|åtar vi oss|förbinder sig|ska vi|gör vi|följande|genom att|"
    r"ska tillsammans|ska:|kommer att:|aktörerna)\b",
    re.IGNORECASE,
)
# Lead-ins whose list is not pledges.
NON_PLEDGE_LIST = re.compile(
    r"(inriktning på|fokus på|fokusområden|prioriterade områden|prioriteringar|områden:|"
    r"^\s*(målet|målen|vårt mål|våra mål|målsättningen|syftet|effekten|effekterna|önskad effekt)\b[^:]*:\s*$|"
    r"problem|utmaningar|bakgrund|statistik|visar att|framkom|ligger till grund|underlag)",
    re.IGNORECASE,
)
PLEDGE_LIST = re.compile(
    r"\b(genom att|genom följande|lovar|åtar|ska vi|gör vi|insatser|aktiviteter|följande:)", re.IGNORECASE
)
# A sentence that commits a party: a modal or a pledge verb.
COMMITMENT = re.compile(
    r"\b(ska|skall|kommer( \w+){0,3} att|lovar|åtar sig|avser att|genomför|genomföra|erbjuder|"
    r"anordnar|arrangerar|bjuder in)\b",
    re.IGNORECASE,
)
# Sentences about the pledge document itself, not pledges.
DOC_META = re.compile(r"medborgarlöfte|\blöftet\b", re.IGNORECASE)
# "Enligt löftet ska polisen ...", "I det nya medborgarlöftet kommer kommunen att ...":
# the pledge named as the source of what a party commits to, not the subject.
PLEDGE_FRAME = re.compile(
    r"^(?:(?:enligt|i|genom|inom ramen för|som en del av)\s+(?:det\s+nya\s+|det\s+|årets\s+)?(?:medborgar)?löfte(?:t|na)\b,?\s*"
    r"|(?:det\s+nya\s+)?(?:medborgar)?löfte(?:t|na)\s+(?:innebär|går\s+ut\s+på|handlar\s+om|omfattar|betyder)\s+"
    r"(?:bland\s+annat\s+|bl\.?\s?a\.?\s+)?att\s+)",
    re.IGNORECASE,
)
META = re.compile(
    r"\bsyftet\b|uppföljning|följas upp|revideras|utvärder|\bgör detta\b|\binrikta\w*|\butgå från\b|"
    r"ovanstående|prioriteringar|samverkansöverenskommelse|\bmålet\b|\bmålen\b|\bföljande\b|"
    r"tabellen|nedan\b",
    re.IGNORECASE,
)
ACTOR_LABEL = re.compile(
    r"^(?P<label>(?:[A-ZÅÄÖ][\wåäö\-]*)(?:\s*(?:/|och|,)\s*[\wåäöÅÄÖ\-]+){0,3})\s*:\s+(?P<rest>\S.*)$"
)
TRAILING_ACTORS = re.compile(r"\((?P<actors>[^()]{2,80})\)\s*\.?\s*$")
RESPONSIBLE_LINE = re.compile(
    r"^\s*(ansvarig|ansvariga|ansvar|utförare|huvudansvarig)\s*:\s*(?P<who>.+)$", re.IGNORECASE
)
# "Ansvarig: X" on its own line inside an item, or at the end of its text.
RESPONSIBLE_TAIL = re.compile(
    r"(?:\n|\s+|^)\(?(?:ansvarig|ansvariga|huvudansvarig|utförare)\s*:\s*(?P<who>[^()\n]+?)\)?\s*\.?\s*$",
    re.IGNORECASE,
)
STRONG_LEAD_IN = re.compile(r"\b(lovar|löfte[nt]?|löften|åtar|åtaganden|förbinder)\b", re.IGNORECASE)
# Header cells, by their first word(s): "UTFÖRARE", "Ansvarig förvaltning", "Klart senast".
ACTOR_HEADER = re.compile(r"^(utförare|utförs av|vem\b|aktör|aktörer|genomförs av|genomförande part)", re.IGNORECASE)
RESPONSIBLE_HEADER = re.compile(r"^(ansvarig|ansvariga|huvudansvarig|ansvar\b)", re.IGNORECASE)
TEXT_HEADER = re.compile(
    r"^(aktivitet|aktiviteter|åtgärd|åtgärder|insats|insatser|löfte|löften|vad\b|beskrivning|medborgarlöfte)",
    re.IGNORECASE,
)
OTHER_HEADER = re.compile(
    r"^(när\b|tidpunkt|tid\b|tidsplan|tidsram|klart|datum|status|uppföljning|mål\b|effekt|kostnad|period)",
    re.IGNORECASE,
)
HEADER_CELL_WORDS = 4
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


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
class _Table:
    actor_col: int | None = None
    responsible_col: int | None = None
    text_col: int = 0


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _is_lead_in(text: str) -> bool:
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


def _lead_in_actors(text: str, parties: Sequence[str] = BOTH_PARTIES) -> list[str]:
    """Who gives the pledges announced by a lead-in (both parties by default)."""
    # A lead-in without a named subject ("Vi lovar", "Vårt mål är ... genom
    # att:", "Detta gör vi genom att:") speaks for both parties; "polisens
    # medborgarlöften:" for the police.
    named = promising_actors(text) or subject_actors(text) or inverted_actors(text)
    if named:
        return named
    genitive = GENITIVE_LEAD.search(text)
    if genitive:
        return [POLICE if "polis" in genitive.group("party").lower() else MUNICIPALITY]
    return list(parties)


PARTIES_SENTENCE = re.compile(r"medborgarlöfte|\blovar\b|kommit överens|\bkommer\b.*\batt\b", re.IGNORECASE)


def document_parties(sections: Sequence[SectionSpan]) -> list[str]:
    """Who gives the pledge: both parties, or every party the text names as
    giving it ("Örebro kommun, ÖrebroBostäder, Västerporten och
    lokalpolisområde Örebro har kommit överens om ett medborgarlöfte")."""
    for section in sections:
        for block in section.blocks:
            if block.kind is not BlockKind.paragraph:
                continue
            for sentence in SENTENCE_SPLIT.split(fold(block.text))[:3]:
                named = subject_actors(sentence)
                if named and len(named) >= 3 and set(BOTH_PARTIES) <= set(named) and PARTIES_SENTENCE.search(sentence):
                    return named
    return list(BOTH_PARTIES)


_NUMBERING = re.compile(r"^\s*\d+[.)]\s+")
TOPICAL_LEAD_IN = re.compile(r"\bgenom( att)?\s*:?\s*$", re.IGNORECASE)


def _topical_lead_in(text: str) -> bool:
    """ "Polis och kommun ska arbeta för att minska X genom att:" names the
    topic of its items, which are its theme; "Polisen lovar att:" does not."""
    return bool(TOPICAL_LEAD_IN.search(text) and COMMITMENT.search(text) and len(text.split()) >= 6)


def _list_is_pledges(lead_in: str) -> bool:
    if PLEDGE_LIST.search(lead_in):
        return True
    return not NON_PLEDGE_LIST.search(lead_in)


def _header_layout(cells: list[str]) -> _Table | None:
    """Column roles from a header row, or None when the row is not a header."""
    roles = _Table()
    seen = False
    for index, cell in enumerate(cells):
        key = fold(cell).lower().strip(":")
        if len(key.split()) > HEADER_CELL_WORDS:
            continue  # a whole pledge ("Aktiviteter för unga ..."), or a theme, not a header word
        if ACTOR_HEADER.match(key):
            roles.actor_col, seen = index, True
        elif RESPONSIBLE_HEADER.match(key):
            roles.responsible_col, seen = index, True
        elif TEXT_HEADER.match(key):
            roles.text_col, seen = index, True
        elif OTHER_HEADER.match(key):
            seen = True
    return roles if seen else None


def _actors_from_text(text: str, inherited: list[str]) -> tuple[list[str], bool]:
    """Actors a pledge names itself (and True), else the inherited ones (and False)."""
    trailing = TRAILING_ACTORS.search(text)
    if trailing:
        listed = split_actor_list(trailing.group("actors"))
        if listed and all(is_actor_name(a) for a in listed):
            return listed, True
    subject = subject_actors(text)
    if subject and not is_passive_subject(text):
        return subject, True
    inverted = None if subject else inverted_actors(text)
    if inverted:
        return inverted, True
    agent = agent_actors(text) if re.match(r"^(under|inom|senast|före|efter|i)\b", text, re.IGNORECASE) else None
    if agent:
        return agent, True
    return list(inherited), False


def _is_topic_parent(block: Block, nxt: Block | None) -> bool:
    """A list item that only names the topic of what follows it: the items
    nested under it, or (a numbered heading such as "1. Trygghet i centrum")
    the paragraphs after it."""
    if nxt is None:
        return False
    text = fold(block.text)
    short_topic = len(text.split()) <= 6 and not COMMITMENT.search(text) and not text.endswith(".")
    if nxt.kind is BlockKind.list_item and nxt.level > block.level:
        return text.endswith(":") or short_topic
    return nxt.kind is BlockKind.paragraph and (block.ordered or text.endswith(":")) and short_topic


def _split_responsible(text: str) -> tuple[str, list[str]]:
    """Separate an "Ansvarig: X" tail from an item's text."""
    m = RESPONSIBLE_TAIL.search(text)
    if not m or m.start() == 0:
        return text, []
    who = split_actor_list(m.group("who"))
    if not who or not all(is_actor_name(w) for w in who):
        return text, []
    return text[: m.start()].rstrip(" ,;"), who


def _label_actors(text: str) -> list[str] | None:
    """Actors of a label such as "Polis:" or "Polis och kommun:"."""
    parts = [p for p in re.split(r"\s*(?:/|,|&|\+|(?<!-)\s+och\b|\bsamt\b)\s*", text.strip()) if p.strip()]
    if parts and all(is_actor_name(p) for p in parts):
        return split_actor_list(text)
    return None


# Prose that is not a pledge even where it uses a modal: what has been done
# ("Polisen har genomfört medborgardialoger"), what surveys show, who it is
# that makes the pledge ("Det är LPO X som lovar ..."), and wished states
# ("Alla ska känna sig trygga").
PAST = re.compile(
    r"\b(har|hade)\s+(\w+\s+){0,3}?\w+(at|it|tt|rt|ts|ats|its|dd|tts)\b|"
    r"\b(genomfördes|genomförde|togs fram|tog fram|beslutades|beslutade|undertecknades|skrevs under|signerades|"
    r"signerade|sammanställde|analyserade|identifierades|framkom|framkommit)\b",
    re.IGNORECASE,
)
SITUATION = re.compile(
    r"\b(visar|visade|framgår|upplever|upplevde|uppger|uppgav|upplevs|anmäldes|ökade|minskade|är ett problem)\b",
    re.IGNORECASE,
)
CLEFT = re.compile(r"^(det är|det var)\b.{0,120}\bsom\b", re.IGNORECASE)
WISHED_STATE = re.compile(
    r"\b(ska|skall|kommer att)\s+(känna|kännas|upplevas|uppleva|vara|bli|kunna|må|ha möjlighet|präglas)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(
    r"^\s*[”“\"–—-]|[”“\"]\s*$|\b(säger|berättar|menar|tycker|konstaterar|betonar|förklarar|jag|uppskattar|"
    r"välkomnar|hoppas|ser fram emot)\b",
    re.IGNORECASE,
)
# "De ska också öka ...", "Detta ska leda till ...": about the pledges, not one of them.
PRONOUN_START = re.compile(
    r"^(de|dessa|detta|det|den|löftena|medborgarlöftena|löftet|arbetet)\s+(ska|skall|kommer)\b", re.IGNORECASE
)
GOAL_WORDS = re.compile(
    r"^\s*(mål|målet|målen|målsättning\w*|ambition\w*|vision\w*|effekt\w*|syfte\w*|förväntad\w*|önskad\w*)\b|"
    r"\b(målsättningen|ambitionen|syftet|effekten|visionen) (är|med)\b|\bhar som (mål|målsättning|ambition)\b|"
    r"\b(är|var) att\b",
    re.IGNORECASE,
)
FOLLOW_UP = re.compile(r"\b(återkoppl\w*|redovis\w*|följas upp|följs upp|utvärder\w*|revider\w*)\b", re.IGNORECASE)
# "– Vi är glada ..., säger X": a quotation that a news page's dash made a list item.
QUOTE_ITEM = re.compile(r"[,.!?]\s*[”\"]?\s*(säger|sa|berättar|menar|tycker|konstaterar)\s", re.IGNORECASE)
TRAILING_DOTS = re.compile(r"\s*(\.\.+|…)\s*$")


def prose_signals(sentence: str) -> dict[str, bool]:
    """Word-level signals of a prose sentence, shared by the rules and the classifier."""
    return {
        "commits": bool(COMMITMENT.search(sentence)),
        "subject": subject_actors(sentence) is not None,
        "meta": bool(META.search(sentence)),
        "doc_meta": bool(DOC_META.search(PLEDGE_FRAME.sub("", sentence))),
        "pronoun": bool(PRONOUN_START.search(sentence)),
        "past": bool(PAST.search(sentence)),
        "situation": bool(SITUATION.search(sentence)),
        "cleft": bool(CLEFT.search(sentence)),
        "wished": bool(WISHED_STATE.search(sentence)),
        "quoted": bool(QUOTED.search(sentence)),
        "goal": bool(GOAL_WORDS.search(sentence)),
        "follow_up": bool(FOLLOW_UP.search(sentence)),
        "lovar": bool(re.search(r"\blovar\b", sentence, re.IGNORECASE)),
        "colon": sentence.rstrip().endswith(":"),
        "short": len(sentence.split()) < 5,
    }


def _prose_is_pledge(signals: dict[str, bool], in_part: bool, promised: bool) -> bool:
    """The rules' decision on one sentence of prose."""
    if signals["colon"] or signals["short"] or signals["cleft"] or signals["quoted"] or signals["goal"]:
        return False
    if promised:
        return True  # "Kommunen lovar att ...", "I löftet lovar polisen att ..."
    if signals["pronoun"] or signals["meta"]:
        return False
    if signals["past"] or signals["situation"] or signals["follow_up"]:
        return False
    if signals["wished"] and not signals["subject"]:
        return False
    return in_part and (signals["commits"] or signals["subject"]) and not signals["doc_meta"]


@dataclass
class Candidate:
    """A piece of the document that might be a pledge, with the rules' verdict
    and the context the verdict was made in (the classifier's features)."""

    draft: PledgeDraft
    rule: bool
    features: dict[str, str] = field(default_factory=dict)  # categorical context, for the classifier
    in_part: bool = False  # stands in the pledge part
    signals: dict[str, bool] = field(default_factory=dict)  # a sentence's word signals (prose only)


# "lovar", and as news pages restate it: "har lovat", "har åtagit sig", "åtar sig".
LOVAR = re.compile(
    r"\b(?:lovar|lovat(?=\s+att\b)|har\s+(?:också\s+|även\s+)?lovat|har\s+(?:också\s+|även\s+)?åtagit\s+sig|åtar\s+sig)\s+"
    r"(?:också\s+|även\s+|därför\s+|härmed\s+)?",
    re.IGNORECASE,
)


def promising_actors(sentence: str) -> list[str] | None:
    """Who a sentence says promises: "Kommunen lovar att ...", "... lovar polisen att ..."."""
    subject = subject_actors(sentence)
    first = LOVAR.search(sentence)
    if subject and first and len(sentence[: first.start()].split()) <= 10:
        return subject
    for m in LOVAR.finditer(sentence):
        after = subject_actors(sentence[m.end() :])
        if after:
            return after  # inverted: "därför lovar kommunen att"
        words = sentence[: m.start()].split()
        for k in range(max(0, len(words) - 6), len(words)):
            phrase = " ".join(words[k:]).strip(",")
            if (
                phrase
                and (phrase[0].isupper() or phrase.lower().startswith(("polis", "kommun")))
                and is_actor_name(phrase)
            ):
                return subject_actors(phrase)
    return None


def _starts_infinitive(line: str) -> bool:
    """ "genomföra ...", "arbeta för ...", "Att anordna ...": how items after "lovar att:" begin."""
    first = re.match(r"[\wåäö]+", line.strip())
    if not first:
        return False
    word = first.group(0)
    if word.lower() == "att":
        return True
    if not word.islower():
        return False
    # "genomföra", "arbeta", a deponent "synas", and the short verbs.
    return (word.endswith("a") and len(word) >= 4) or (word.endswith("as") and len(word) >= 5) or word in SHORT_VERBS


SHORT_VERBS = {"ha", "få", "se", "gå", "ge", "nå", "stå", "bo"}


def _item_lines(text: str) -> list[str]:
    """The items of a paragraph whose lines each begin an item, else the paragraph."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    ended = all(re.search(r"[,;.]$", line) for line in lines[:-1])  # not a hard-wrapped sentence
    if len(lines) > 1 and ended and all(_starts_infinitive(line) for line in lines):
        return [line.rstrip(",;") for line in lines]
    return [fold(text)]


LABEL_START = re.compile(r"(?:^|\n|(?<=[.!?])\s+)(?=[A-ZÅÄÖ][\wåäö]*(?:\s*(?:/|och)\s*[\wåäö]+)?\s*:\s)")


def _label_segments(text: str) -> list[str]:
    """ "Polis: Hundsök ... Kommun: Drogvaneundersökning ...": one item per label, or []."""
    parts = [fold(p) for p in LABEL_START.split(text) if p.strip()]
    if parts and all(_line_label(p) for p in parts) and all(len(p.split()) >= 3 for p in parts):
        return parts
    return []


def _item_like(text: str) -> bool:
    """A paragraph that reads as one item of a list: short, or lines that each begin an item."""
    folded = fold(text)
    if len(_item_lines(text)) > 1:
        return True
    if GOAL_WORDS.search(folded) or folded.endswith(":"):
        return False  # "Mål: ...", a new lead-in
    return len(folded) <= 350 and len(SENTENCE_SPLIT.split(folded)) <= 2


def _sentence_heading(text: str) -> bool:
    """A "heading" that is a sentence in which a party commits itself."""
    words = text.split()
    return (
        len(words) >= 7
        and not text.rstrip().endswith(":")
        and bool(COMMITMENT.search(text))
        and bool(subject_actors(text) or inverted_actors(text))
        and not _is_lead_in(text)
    )


def _cut_off_commitment(text: str) -> bool:
    """A last line cut off mid-sentence in which a party commits itself ("Polisen ska besöka skolorna")."""
    return (
        len(text.split()) >= 3
        and not re.search(r"[.!?:]\s*$", text)
        and bool(COMMITMENT.search(text))
        and bool(subject_actors(text) or inverted_actors(text))
    )


def _item_is_lead_in(text: str) -> bool:
    """A list item that announces the items after it ("Polisen ska ... genom:")."""
    return bool(LEAD_IN_END.search(text.rstrip(" .")) and (COMMITMENT.search(text) or subject_actors(text)))


DASH_THEME = re.compile(r"^(?P<theme>[A-ZÅÄÖ][\wåäö\- ]{2,50}?)\s+[-–]\s+(?=[A-ZÅÄÖ])")


def _actor_sentences(text: str) -> list[str] | None:
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


def _dash_theme(text: str) -> tuple[str | None, str]:
    """ "Trafiksäkerhet - Kommunen och polisen ska ...": the theme and the sentence.
    The pledge text keeps the theme, as printed."""
    m = DASH_THEME.match(text)
    if not m or COMMITMENT.search(m.group("theme")):
        return None, text
    return m.group("theme"), text[m.end() :]


def _clean_lead_in(text: str) -> str:
    """ "Polisen lovar att.." -> "Polisen lovar att:" (a lead-in that trails off in dots)."""
    return TRAILING_DOTS.sub(":", text) if TRAILING_DOTS.search(text) else text


class _Walker:
    """Walks every section once, in order, and proposes candidates."""

    def __init__(self, sections: list[SectionSpan], part: set[int], lead_in_only: set[int]) -> None:
        self.sections = sections
        self.part = part
        self.lead_in_only = lead_in_only
        self.out: list[Candidate] = []
        self.at_end = False  # walking the text's last, cut-off line
        self.final = next((s.blocks[-1] for s in reversed(sections) if s.blocks), None)  # the text's last block
        self.parties = document_parties(sections)

    # -- state per section ---------------------------------------------------
    def _reset(self, index: int) -> None:
        section = self.sections[index]
        self.index = index
        self.in_part = index in self.part
        self.strict = index in self.lead_in_only and not self.in_part
        self.theme: str | None = None
        self.theme_from_table = False
        self.lead_actors: list[str] = list(self.parties)
        if section.heading is not None:
            self.lead_actors = subject_actors(section.heading.text) or self.lead_actors
        self.list_mode = self.in_part
        self.lead_kind = "none"
        self.lead_text = ""
        self.lead_list = False  # a strong pledge lead-in opened the list that follows
        self.table = _Table()
        self.parents: dict[int, str] = {}
        self.label_actors: list[str] | None = None
        self.para_items = False  # paragraphs after "Polisen lovar:" are its items

    def run(self) -> list[Candidate]:
        for index, section in enumerate(self.sections):
            if index and section.heading is None and section.role is SectionRole.other:
                # The text runs on past the title block: what a lead-in there opened goes on.
                self.index, self.in_part = index, index in self.part
                self.strict = index in self.lead_in_only and not self.in_part
                self.list_mode = self.list_mode or self.in_part
                self.theme = None  # headings of the title block are not themes
            else:
                self._reset(index)
            blocks = section.blocks
            for i, block in enumerate(blocks):
                prev = blocks[i - 1] if i else None
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                self._block(block, prev, nxt)
        last = self.sections[-1] if self.sections else None
        if last is not None and last.heading is not None and not last.blocks and _cut_off_commitment(last.heading.text):
            # The page ends in a committing sentence that the reader took for a heading.
            self.at_end = True
            self._paragraph(last.heading, fold(last.heading.text), None)
        return self.out

    def _block(self, block: Block, prev: Block | None, nxt: Block | None) -> None:
        text = fold(block.text)
        after_table = prev is not None and prev.kind is BlockKind.table_row
        if block.kind is BlockKind.heading:
            self._heading(text, after_table, block, nxt)
            return
        if block.kind is not BlockKind.table_row and after_table and self.theme_from_table:
            self.theme, self.theme_from_table = None, False  # the table's themes end with the table
        if block.kind is BlockKind.table_row:
            self._table_row(block, text)
        elif block.kind is BlockKind.list_item:
            self._list_item(block, text, nxt)
        else:
            self._paragraph(block, text, nxt, prev)

    # -- the context of what follows -----------------------------------------
    def _counts(self) -> bool:
        """Do lists here count as pledges?"""
        if self.strict:
            return self.list_mode
        return self.list_mode and (self.in_part or self.lead_list)

    def _features(self, layout: str) -> dict[str, str]:
        return {
            "layout": layout,
            "role": self.sections[self.index].role.value,
            "in_part": str(self.in_part),
            "list_mode": str(self.list_mode),
            "lead": self.lead_kind,
            "lead_list": str(self.lead_list),
            "theme": str(self.theme is not None),
            "theme_goal": str(bool(self.theme and GOAL_WORDS.search(self.theme))),
            "lead_focus": str(bool(NON_PLEDGE_LIST.search(self.lead_text))),
            "lead_goal": str(bool(GOAL_WORDS.search(self.lead_text))),
            "lead_doc": str(bool(DOC_META.search(self.lead_text))),
        }

    def _heading(self, text: str, after_table: bool, block: Block | None = None, nxt: Block | None = None) -> None:
        bare = _NUMBERING.sub("", text)
        if block is not None and _sentence_heading(bare):
            # A committing sentence the reader took for a heading (a last, cut-off line).
            self._paragraph(block, text, nxt)
            return
        subject = subject_actors(bare) or inverted_actors(bare)
        if subject and _is_lead_in(_clean_lead_in(text) + ":"):
            # "Polisen kommer att genomföra", "Kommunen lovar": a lead-in, not a theme.
            self.lead_actors = subject
            self.list_mode = not self.strict or bool(STRONG_LEAD_IN.search(text))
            self.lead_kind = "strong" if STRONG_LEAD_IN.search(text) or COMMITMENT.search(text) else "pledge"
            self.lead_text = text
            self.lead_list = True
            self.label_actors = None
            # A numbered lead-in ("2. Polisen och kommunen skall tillsammans") is a
            # parent item set as a heading: the theme of what follows, as in a list.
            self.theme = _NUMBERING.sub("", text).rstrip(":") if _NUMBERING.match(text) else None
            self.parents.clear()
            return
        if re.match(r"^(följande|nedan|här nedan)\b", text, re.IGNORECASE) or text.endswith(":"):
            # "Följande processer ligger till grund för ...": it announces its list.
            self._lead_in(text if text.endswith(":") else text + ":")
            self.theme = None
            return
        if is_date_line(text) or DOC_META.search(text):
            return  # a publication date or the document's own title, not a theme
        self.theme = text.rstrip(":")
        self.theme_from_table = after_table  # a heading between table rows names the rows that follow
        self.list_mode = self.in_part and not self.strict
        self.lead_kind = "none"
        self.lead_text = ""
        self.lead_list = False
        self.para_items = False
        self.parents.clear()
        self.label_actors = None

    def _table_row(self, block: Block, text: str) -> None:
        cells = [fold(c) for c in (block.cells or [text])]
        layout = _header_layout(cells)
        if layout is not None or block.header:
            self.table = layout or _Table()
            first = cells[0] if cells else ""
            if first and not TEXT_HEADER.match(first.lower()) and not ACTOR_HEADER.match(first.lower()):
                self.theme, self.theme_from_table = first, True
            return
        non_empty = [c for c in cells if c]
        if len(non_empty) == 1 and cells[0] and len(cells[0].split()) <= 6 and not COMMITMENT.search(cells[0]):
            self.theme, self.theme_from_table = cells[0], True  # a theme row inside the table
            return
        table = self.table
        pledge_text = cells[table.text_col] if table.text_col < len(cells) else cells[0]
        if not pledge_text:
            return
        actors: list[str] = []
        responsible: list[str] = []
        if table.responsible_col is not None and table.responsible_col < len(cells):
            responsible = split_actor_list(cells[table.responsible_col])
        if table.actor_col is not None and table.actor_col < len(cells) and cells[table.actor_col]:
            actors = split_actor_list(cells[table.actor_col])
        elif table.actor_col is None and responsible and all(is_actor_name(r) for r in responsible):
            actors = list(responsible)  # no UTFÖRARE column: who answers for it does it
        elif table.actor_col is None and len(cells) >= 2 and _label_actors(cells[1]):
            actors = _label_actors(cells[1]) or []
        own = bool(actors)
        if not actors:
            actors, own = _actors_from_text(pledge_text, self.lead_actors)
        # A time column ("Hösten 2021", "Löpande") quantifies the row.
        other_cells = " ".join(c for i, c in enumerate(cells) if i not in (table.actor_col, table.responsible_col))
        draft = _draft(pledge_text, self.theme, actors, block, "table_row", self.index, responsible, other_cells, own)
        rule = self.in_part and not self.strict
        self.out.append(Candidate(draft, rule, self._features("table_row"), self.in_part))

    def _list_item(self, block: Block, text: str, nxt: Block | None) -> None:
        self.para_items = False  # the lead-in's items are a real list: paragraphs after it are not items
        if nxt is not None and nxt.kind is BlockKind.list_item and nxt.level >= block.level and _item_is_lead_in(text):
            # "Polisen skall öka synligheten ... genom", "Polisen och kommunen skall tillsammans":
            # who does the items below, neither a pledge nor a theme.
            self.lead_actors = _lead_in_actors(text, self.parties)
            self.label_actors = None
            self.parents[block.level] = text.rstrip(":")  # a parent item is its children's theme
            return
        after_item = self.out and self.out[-1].draft.layout == "list_item" and self.out[-1].draft.block.ordered
        if _is_topic_parent(block, nxt) and not (after_item and nxt is not None and nxt.kind is BlockKind.paragraph):
            if nxt is not None and nxt.kind is BlockKind.paragraph:
                self.theme = text.rstrip(":")  # a numbered heading over prose pledges
            else:
                self.parents[block.level] = text.rstrip(":")
            return
        item_theme = self.theme
        for level in sorted(self.parents):
            if level < block.level:
                item_theme = self.parents[level]
        lines = [fold(line) for line in block.text.split("\n") if line.strip()]
        labelled_lines = [line for line in lines[1:] if _line_label(line)]
        if len(lines) >= 2 and len(labelled_lines) == len(lines) - 1 and not _line_label(lines[0]):
            # "Förebyggande arbete i skolan / Polis: ... / Kommun: ...": a topic
            # with one labelled pledge per line.
            for line in labelled_lines:
                self._item(block, line, lines[0].rstrip(":"), None)
            return
        dash_theme, _rest = _dash_theme(text)
        parts = _actor_sentences(text)
        if parts:
            # "Polisen gör X. Kommunen gör Y.": two commitments of different parties (GOLD.md 3).
            for part in parts:
                self._item(block, part, dash_theme or item_theme, nxt)
            return
        self._item(block, text, dash_theme or item_theme, nxt)

    def _item(self, block: Block, text: str, theme: str | None, nxt: Block | None) -> None:
        item_text, responsible = _split_responsible(text)
        item_text = fold(item_text)
        quoted = bool(QUOTE_ITEM.search(item_text))
        if not responsible and nxt is not None and nxt.kind is BlockKind.paragraph:
            who = RESPONSIBLE_LINE.match(fold(nxt.text))
            if who:
                responsible = split_actor_list(who.group("who"))
        labelled = _line_label(item_text)
        own = True
        if labelled:
            actors = labelled  # "Polis: Genomföra ...": the label names who does it; the text keeps it, as printed
        elif subject_actors(item_text):
            actors, own = _actors_from_text(item_text, self.lead_actors)
        elif responsible:
            actors = list(responsible)
        else:
            actors, own = _actors_from_text(item_text, self.label_actors or self.lead_actors)
        draft = _draft(item_text, theme, actors, block, "list_item", self.index, responsible, None, own)
        self.out.append(Candidate(draft, self._counts() and not quoted, self._features("list_item"), self.in_part))

    def _paragraph(self, block: Block, text: str, nxt: Block | None, prev: Block | None = None) -> None:
        if RESPONSIBLE_LINE.match(text):
            return
        if (
            prev is not None
            and prev.kind is BlockKind.list_item
            and self.out
            and self.out[-1].draft.block is prev
            and text[:1].islower()
            and not re.search(r"[.!?:]\s*$", prev.text)
        ):
            # A list item's sentence goes on below it (its line break became a paragraph).
            draft = self.out[-1].draft
            draft.text = f"{draft.text} {text}"
            draft.quantified = is_quantified(draft.text)
            return
        label = re.match(r"^([\wåäöÅÄÖ /\-]+):$", text)
        if label and len(text.split()) <= 5:
            labelled = _label_actors(label.group(1))
            if labelled:
                self.label_actors = labelled
                self.list_mode = True
                self.lead_kind = "label"
                return
        next_is_list = (
            nxt is not None
            and nxt.kind in (BlockKind.list_item, BlockKind.table_row)
            and not QUOTE_ITEM.search(nxt.text)
        )
        segments = _label_segments(block.text)
        if segments:
            # "Polis: ... Kommun: ..." under an item that names their topic.
            theme = self.theme
            if prev is not None and prev.kind is BlockKind.list_item and self.out and self.out[-1].draft.block is prev:
                theme = self.out.pop().draft.text.rstrip(":")
            for segment in segments:
                self._item(block, segment, theme, nxt)
            return
        lead_text = _clean_lead_in(text)
        if _is_lead_in(lead_text) or (next_is_list and text.endswith(",")):
            self._lead_in(lead_text)
            return
        if self.para_items and self.list_mode and _item_like(block.text):
            # Items separated by blank lines, or whose bullets were lost.
            for line in _item_lines(block.text):
                self._item(block, line, self.theme, nxt)
            return
        self.para_items = False
        if self.strict:
            self.list_mode = False
            return
        self.lead_list = False
        # A sentence right above a list whose items name nobody is what they
        # depend on; above items that each name their party it stands alone.
        next_is_lead = (next_is_list and nxt is not None and not subject_actors(fold(nxt.text))) or (
            nxt is not None and nxt.kind is BlockKind.paragraph and _is_lead_in(fold(nxt.text))
        )
        theme, body = _dash_theme(text)
        previous: Candidate | None = None
        sentences = SENTENCE_SPLIT.split(body)
        for position, sentence in enumerate(sentences):
            signals = prose_signals(sentence)
            if self._cut_off(block, position == len(sentences) - 1, sentence):
                # The page ends mid-sentence: three visible words are enough (GOLD.md).
                signals["short"] = len(sentence.split()) < 3
            by = promising_actors(sentence)
            core = PLEDGE_FRAME.sub("", sentence)  # "Löftet innebär att polisen ska ...": polisen is the subject
            actors, own = (by, True) if by else _actors_from_text(core[:1].upper() + core[1:], self.lead_actors)
            if previous is not None and previous.rule and previous.draft.own_actors and not own and not by:
                # One actor with an explanatory second sentence: one pledge with both.
                previous.draft.text = f"{previous.draft.text} {sentence}"
                previous.draft.quantified = is_quantified(previous.draft.text)
                continue
            rule = _prose_is_pledge(signals, self.in_part, by is not None)
            if next_is_lead and signals["lovar"] and position == len(sentences) - 1:
                rule = False  # "X och Y lovar att arbeta för ... genom att:": the list says how
            draft_text = sentence if previous is not None or theme is None else text
            draft = _draft(draft_text, theme or self.theme, actors, block, "paragraph", self.index, [], None, own)
            features = self._features("paragraph")
            features.update({k: str(v) for k, v in signals.items()})
            features["next_lead"] = str(next_is_lead)
            previous = Candidate(draft, rule, features, self.in_part, signals)
            self.out.append(previous)

    def _cut_off(self, block: Block, last_sentence: bool, sentence: str) -> bool:
        """The last words of a text that was cut off (a copied page ends mid-sentence)."""
        at_end = self.at_end or block is self.final
        return last_sentence and at_end and not re.search(r"[.!?:;)”\"]\s*$", sentence)

    def _lead_in(self, text: str) -> None:
        # A lead-in may close a longer paragraph (a PDF line break is not
        # always a paragraph break): judge its last sentence.
        last = SENTENCE_SPLIT.split(text)[-1]
        strong = bool(STRONG_LEAD_IN.search(last)) and bool(re.search(r"(:|\batt)\s*$", last))
        if self.strict:
            self.list_mode = strong and text.endswith(":")
        else:
            self.list_mode = _list_is_pledges(last)
        self.lead_kind = "strong" if strong else ("pledge" if self.list_mode else "other")
        self.lead_text = last
        # A list announced as a promise ("Polisen lovar:", "Det här ska polisen
        # och kommunen göra:") counts wherever it stands; what the pledge
        # document itself shall do ("Medborgarlöften ska:") is its purpose.
        about_document = bool(DOC_META.search(last)) and not (promising_actors(last) or inverted_actors(last))
        self.lead_list = self.list_mode and (strong or bool(COMMITMENT.search(last))) and not about_document
        self.lead_actors = _lead_in_actors(last, self.parties)
        self.label_actors = None
        self.para_items = bool(re.search(r"(:|\batt)\s*$", last))
        if _topical_lead_in(last):
            self.theme = _NUMBERING.sub("", last).rstrip(" :")


def _line_label(line: str) -> list[str] | None:
    """The actors of an item's label ("Polis: ...", "Polis och kommun: ..."), or None."""
    label = ACTOR_LABEL.match(line)
    return _label_actors(label.group("label")) if label else None


def candidates(
    sections: list[SectionSpan], pledge_section_indexes: Sequence[int], lead_in_section_indexes: Sequence[int] = ()
) -> list[Candidate]:
    """Every list item, table row and prose sentence of the document, in order,
    with the rules' verdict (the walker's, then the whole document's) and its context."""
    walked = _Walker(sections, set(pledge_section_indexes), set(lead_in_section_indexes)).run()
    return document_rules(drop_summaries(walked))


def extract_pledges(
    sections: list[SectionSpan], pledge_section_indexes: Sequence[int], lead_in_section_indexes: Sequence[int] = ()
) -> list[PledgeDraft]:
    """Pledges of the document, each once, in document order.

    ``pledge_section_indexes`` are the pledge part. ``lead_in_section_indexes``
    are other sections (council minutes' "Ärendebeskrivning") where only a
    list announced by a strong lead-in ("innehåller följande åtaganden:")
    counts. Elsewhere only lists announced as promises and sentences in which
    a party promises ("I löftet lovar polisen att ...") count.
    """
    found = candidates(sections, pledge_section_indexes, lead_in_section_indexes)
    return unique([c.draft for c in found if c.rule])


ACTION_START = re.compile(
    r"^(att\b|insats|åtgärd|arbete|arbeta|kontroll|närvaro|patrull|besök|information|utbildning|samverkan|dialog|"
    r"trygghetsvandring|möte|ökad|ökat|öka|minska|fler|mer|stärkt|förbättra|genomför|utveckl)",
    re.IGNORECASE,
)
# Items about the document or addressed to the reader: "Medborgarlöftet gäller under ...", "Om du har synpunkter ...".
ADMIN_ITEM = re.compile(
    r"^(medborgarlöftet|löftet|löftena|detta|avtalet)\s+(gäller|löper|revideras|följs upp|utvärderas|kan)\b|"
    r"\b(du|dig|din|ditt|dina)\b",
    re.IGNORECASE,
)


def _short(c: Candidate) -> bool:
    """A short nominal item ("Trafik.", "Narkotika och alkohol"), not an action ("Insatser mot våld")."""
    text = c.draft.text.strip()
    label = ACTOR_LABEL.match(text)
    if label and _label_actors(label.group("label")):
        # "Kommun: Anordna lovaktiviteter.": what follows the label, whose verb may be capitalised.
        rest = label.group("rest")
        text = rest[:1].lower() + rest[1:]
    return len(text.split()) <= 3 and not ACTION_START.match(text) and not _starts_infinitive(text)


def document_rules(found: list[Candidate]) -> list[Candidate]:
    """Decisions that need the whole document: short nominal lists are focus
    areas ("Trafik.", "Bostadsinbrott."); fragments of fewer than three words
    are not pledges; and a page with no pledge part and no pledge list (a news
    item) gives its pledges in sentences where a party commits itself."""
    run: list[Candidate] = []
    for c in [*found, None]:
        if c is not None and c.draft.layout == "list_item":
            run.append(c)
            continue
        if run and sum(_short(x) for x in run) * 2 >= len(run):
            for x in run:
                if not x.draft.own_actors or _short(x):
                    x.rule = False
        run = []
    for c in found:
        fragment = len(c.draft.text.split()) < 3 and not _starts_infinitive(c.draft.text)
        if fragment or (c.draft.layout == "list_item" and ADMIN_ITEM.search(c.draft.text)):
            c.rule = False
    if not any(c.in_part and c.rule for c in found):
        for c in found:
            if not c.rule and c.signals.get("commits"):
                c.rule = _prose_is_pledge(c.signals, True, False)
    return found


def drop_summaries(found: list[Candidate]) -> list[Candidate]:
    """A promise in prose before the pledge part ("Under 2021 lovar polisen och
    kommunen att ...") sums up the pledges that follow; it is not one of them."""
    first_listed = next(
        (i for i, c in enumerate(found) if c.rule and (c.draft.layout != "paragraph" or c.in_part)),
        None,
    )
    if first_listed is None:
        return found
    for c in found[:first_listed]:
        if c.draft.layout == "paragraph" and not c.in_part:
            c.rule = False
    return found


def unique(drafts: list[PledgeDraft]) -> list[PledgeDraft]:
    """Each pledge once: council minutes and news pages print the same pledges twice."""
    seen: set[str] = set()
    out: list[PledgeDraft] = []
    for draft in drafts:
        key = re.sub(r"[^\wåäö]+", " ", draft.text.lower()).strip()
        if key and key not in seen:
            seen.add(key)
            out.append(draft)
    return out


def _draft(
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
