"""The walk over a document's sections that proposes every list item, table
row and prose sentence as a :class:`~pledgeparse.extract.pledge_items.Candidate`,
with the rules' verdict and the context it was made in."""

from __future__ import annotations

import re

from pledgeparse.extract.actors import (
    inverted_actors,
    is_actor_name,
    parties_end,
    split_actor_list,
    subject_actors,
)
from pledgeparse.extract.clean import LINK_LIST
from pledgeparse.extract.pledge_items import (
    NUMBERING,
    Candidate,
    Table,
    actor_sentences,
    actors_from_text,
    clean_lead_in,
    cut_off_commitment,
    dash_theme,
    document_parties,
    header_layout,
    is_lead_in,
    is_topic_parent,
    item_is_lead_in,
    item_like,
    item_lines,
    label_actors,
    label_segments,
    lead_in_actors,
    line_label,
    list_is_pledges,
    make_draft,
    party_heading,
    sentence_heading,
    split_responsible,
    topical_lead_in,
    trailing_actors,
    unbulleted_items,
    who_label,
)
from pledgeparse.extract.pledge_words import (
    ACTION_START,
    ACTOR_HEADER,
    COMMITMENT,
    DOC_META,
    FIELD_LINE,
    GOAL_WORDS,
    ITEM_FIELD,
    NON_PLEDGE_LIST,
    OTHER_HEADER,
    PLEDGE_FRAME,
    PROMISE_VERB_END,
    QUOTE_ITEM,
    RESPONSIBLE_HEADER,
    RESPONSIBLE_LINE,
    SENTENCE_SPLIT,
    STRONG_LEAD_IN,
    TEXT_HEADER,
    TRAILING_ACTORS,
    WISH_LEAD,
    fold,
    promising_actors,
    prose_is_pledge,
    prose_signals,
    starts_infinitive,
)
from pledgeparse.extract.quantify import is_quantified
from pledgeparse.extract.segment import GIVES_PLEDGES, SectionSpan, theme_label
from pledgeparse.extract.signature_words import is_date_line
from pledgeparse.models import Block, BlockKind, SectionRole
from pledgeparse.readers.base import RUNS_ON

# A lead-in that says what the pledge holds, not what it is for.
# "I löftet står: ”Polisen ska ...”", "Kommunen har skrivit under på en åtgärd: ”Kommunen ska ...”".
FOCUS_ITEM_WORDS = 8  # a focus area set as a line of its own is short
HEADING_LEAD_WORDS = 4  # "Löftet" names the part; "X och Y avger härmed löfte" gives it
THEME_WORDS = 4  # over the next actor label, a line this short names the theme of its items
_QUOTED_PLEDGE = re.compile(r"^(?P<frame>[^”“\"]{5,150}?):\s*[”“\"](?P<quote>[^”“\"]{10,})[”“\"]\s*$")
_DOCUMENT_FRAME = re.compile(r"medborgarlöfte|\blöfte|åtgärd|åtagande|\bstår\b", re.IGNORECASE)
# (and "Löftet innebär att:" over what the parties do)
_HOLDS = re.compile(
    r"\b(innehåller|ingår|består av|omfattar|ser\s+(?:\w+\s+)?ut)\b|\b(innebär|betyder)\s+att\s*:\s*$", re.IGNORECASE
)


# What may follow the party in a lead-in set as a heading: how they work together, or a verb.
_PARTY_WORKS = re.compile(
    r"^(?:i\s+samverkan|i\s+samarbete|tillsammans|gemensamt|ihop|lovar|lovade|lovat|ska|skall|kommer|åtar|åtog|vill|gör|"
    r"genomför|arbetar|har|hade|tar|satsar|fortsätter|:)|\batt$",
    re.IGNORECASE,
)


def _topic_after_party(heading: str) -> bool:
    """ "Polisen nära dig" over its items: a theme that names a party, not a lead-in
    ("Polis och kommun i samverkan mot narkotika", "Polisen lovar" are lead-ins)."""
    text = " ".join(heading.split())
    end = parties_end(text)
    if not end or text.endswith(":") or COMMITMENT.search(text):
        return False
    last = text[:end].split()[-1].lower()
    if last.endswith("s") and not last.endswith("polis"):
        return False  # "Landskrona stads satsningar i området": whose items, a party heading
    rest = text[end:].strip()
    return bool(rest) and len(rest.split()) <= 4 and not _PARTY_WORKS.search(rest)


def _direct_speech(text: str) -> bool:
    """A news item's direct speech opens with a dash ("– Vi måste vara där de är, ...")."""
    return text.lstrip()[:1] in ("–", "—")


# An article ends no phrase either ("erbjuda en"); RUNS_ON has the conjunctions and prepositions.
_ARTICLE_END = re.compile(r"\b(?:en|ett|den|det|de)$", re.IGNORECASE)
# "Polis:", "Polis och kommun:", "Gemensamt:" on a line of their own.
_LABEL_LINE = re.compile(r"^([\wåäöÅÄÖ /\-]+):$")


def _cut_short(text: str) -> bool:
    """Fewer than three words of an item, ending where no phrase ends: the visible start of a
    pledge the page cut off ("erbjuda en"), not a short item ("Ökad närvaro")."""
    text = text.strip()
    return len(text.split()) < 3 and bool(RUNS_ON.search(text) or _ARTICLE_END.search(text))


def _adjacent(prev: Block, block: Block) -> bool:
    """Nothing between two blocks but a line break: no blank line, nothing dropped."""
    return block.char_start - prev.char_end <= 2


# A line that only names years: "Under 2023 och 2024", "2024–2025:", "Under året".
_PERIOD_LINE = re.compile(
    r"^(?:(?:under|för|från|inför)\s+)?(?:året|(?:år\s+)?\d{4}(?:\s*(?:och|–|-|till)\s*\d{4})?)\s*:?$", re.IGNORECASE
)
# Telling how the work goes: in the follow-up part, a promise of that is its arrangement.
_HOW_IT_GOES = r"hur (det|arbetet) (går|gått|har gått)"
HOW_IT_GOES = re.compile(rf"\b{_HOW_IT_GOES}\b", re.IGNORECASE)
REPORTS_BACK = re.compile(
    # (not a purpose: "bjuda in till möten för att berätta hur arbetet går" promises the meetings)
    r"(?<!för att )\b(berätta|redovisa|återkoppla|rapportera|informera|presentera)\b.{0,40}?"
    rf"\b({_HOW_IT_GOES}|resultat\w*|arbetet|uppföljning\w*)",
    re.IGNORECASE,
)


# A lead-in that waits for its items: "... lovar att:", "... lovar att", "X lovar dessutom" over "att ..." lines.
_OPEN_LEAD_END = re.compile(rf"(?::|\batt|{PROMISE_VERB_END})\s*$", re.IGNORECASE)
_ANNOUNCES_WHAT_FOLLOWS = re.compile(r"\bföljande\b", re.IGNORECASE)


# A definite noun's ending: "Gruppen", "Förvaltningen", "Trygghetsvärdarna", "Kontoret".
_DEFINITE_END = re.compile(r"(?:arna|erna|orna|na|en|et)$")
# The parties themselves, by a definite noun: not something the sentence before named.
_PARTY_NOUNS = frozenset({"kommunen", "polisen", "regionen", "staden", "kommunerna", "parterna"})


def _refers_back(sentence: str, before: str, actors: list[str]) -> bool:
    """ "Socialtjänsten startar en föräldragrupp ... Gruppen träffas på kvällstid": the next
    sentence's subject is a bare definite noun for what the sentence before named (its stem is
    there), not a party of its own: an explanation of the same pledge (GOLD.md 3). When it names
    one of several doers of the sentence before ("Polisen och kommunens fältassistenter ska ...
    Fältassistenterna tar också ..."), it is another doer's pledge."""
    m = re.match(r"([A-ZÅÄÖ][a-zåäö]{3,})\s+[a-zåäö]", sentence.strip())
    if m is None or m.group(1).lower() in _PARTY_NOUNS or not _DEFINITE_END.search(m.group(1)):
        return False
    stem = _DEFINITE_END.sub("", m.group(1).lower())
    if len(stem) < 4 or stem not in before.lower():
        return False
    return len(actors) == 1 or not any(stem in actor.lower() for actor in actors)


CLAUSE_HEADING_OBJECT_WORDS = 4  # after its subject and verb, an item goes on; a lead-in stops


def _clause_heading(text: str) -> bool:
    """ "Polisens kontaktpersoner besöker byalagen minst en gång per halvår": a party, a present
    verb and what it does, without a colon; not a lead-in ("Polisen lovar", "Kommunen ska under
    2024", "Polisen och kommunen kommer att")."""
    if text.rstrip().endswith((":", " att")) or re.search(r"\b(lovar|ska|skall|kommer|åtar)\b", text):
        return False
    rest = text[parties_end(text) :].split()
    return (
        len(rest) > CLAUSE_HEADING_OBJECT_WORDS
        and bool(re.fullmatch(r"[a-zåäö]{3,}(?:ar|er|r)", rest[0]))
        and rest[0] not in {"under", "efter", "över", "eller", "för", "mer", "fler"}
    )


def _column_name(cell: str) -> bool:
    """A name in a table's Ansvarig column: an actor, or a short capitalised name of a body."""
    return is_actor_name(cell) or bool(
        re.fullmatch(r"[A-ZÅÄÖ][\wåäöé\-]*(?:\s+(?:&\s+)?[\wåäöé\-]+){0,3}", cell) and not re.search(r"\d", cell)
    )


def _two_parties(text: str) -> list[str] | None:
    """An unbulleted item's paragraph whose sentences each name another doer ("Kommunen kommer
    att ... Polisen kommer att ..."): its sentences, one pledge each; else None."""
    sentences = SENTENCE_SPLIT.split(fold(text))
    if "\n" in text.strip() or len(sentences) < 2:
        return None
    doers = [subject_actors(sentence) or inverted_actors(sentence) for sentence in sentences]
    if any(d is None for d in doers) or len({tuple(d or ()) for d in doers}) < len(doers):
        return None
    return sentences


# Where a sentence may join two commitments: "..., medan kommunen ska ...", "..., och polisen lovar att ...".
_CLAUSE_JOIN = re.compile(r",\s+(?:medan|och|samtidigt\s+som)\s+(?=\S)|;\s+(?=\S)")
# The modal that makes the joined clause a commitment of its own, within a few words of its subject.
_OWN_MODAL = re.compile(r"^(?:\S+\s+){1,5}?(?:ska|skall|kommer\s+att|lovar\s+att|lovar)\b", re.IGNORECASE)


def _clauses(sentence: str) -> list[str]:
    """A sentence that joins two parties' commitments ("Polisen ska ..., medan kommunen ska ...")
    as its clauses, one pledge each (GOLD.md 3: one pledge per commitment); else the sentence."""
    for m in _CLAUSE_JOIN.finditer(sentence):
        first, rest = sentence[: m.start()].rstrip(), sentence[m.end() :]
        second = subject_actors(rest)
        if not second or not _OWN_MODAL.match(rest) or not COMMITMENT.search(first):
            continue
        mine = (
            promising_actors(first)
            or subject_actors(first)
            or inverted_actors(first)
            or subject_actors(PLEDGE_FRAME.sub("", first))
        )
        if mine and set(mine) != set(second):
            return [first, *_clauses(rest)]
    return [sentence]


# An item's field for why it is done or whom it is for, after its text: "Varför: ...", "Syfte: ...".
_WHY_FIELD = re.compile(r"(?<=[.!?])\s+(?:Varför|Syfte|Förväntad effekt|Effekt|Målgrupp)\s*:\s.*$", re.DOTALL)
# "gått igenom ...", "genomfört en enkät ...", "haft samtal med ...": an item that begins with a supine.
_SUPINE_START = re.compile(r"^(?:gått|haft|varit|gjort|fått|sett|\w{3,}(?:at|it|rt|tt|dd))\s", re.IGNORECASE)
# "Två informationsträffar om ...", "Fyra trygghetsvandringar i ...": a number of things to be done.
_COUNTED_ACTION = re.compile(
    r"^(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|\d{1,3})\s+(?:\w+\s+)?[a-zåäö]{4,}(?:ar|er|or|n)\b(?!\s+(?:har|hade|var|blev)\b)",
    re.IGNORECASE,
)
# "ska också", "kommer dessutom att", "Därutöver ...": one more of the same kind.
_ONE_MORE = re.compile(r"\b(också|även|dessutom|därutöver)\b", re.IGNORECASE)


class Walker:
    """Walks every section once, in order, and proposes candidates."""

    def __init__(self, sections: list[SectionSpan], part: set[int], lead_in_only: set[int]) -> None:
        self.sections = sections
        self.part = part
        self.lead_in_only = lead_in_only
        self.out: list[Candidate] = []
        self.at_end = False  # walking the text's last, cut-off line
        self.final = next((s.blocks[-1] for s in reversed(sections) if s.blocks), None)  # the text's last block
        # The text's first block; as a heading it is the page's headline, no theme.
        self.first = sections[0].blocks[0] if sections and sections[0].heading is None and sections[0].blocks else None
        # The headings the text opens with (the site's name, a section label, the headline): no themes.
        self.masthead: list[Block] = []
        if sections and sections[0].heading is None:
            for block in sections[0].blocks:
                if block.kind is not BlockKind.heading:
                    break
                self.masthead.append(block)
        self.parties = document_parties(sections)
        self.theme: str | None = None
        self.next_part_leads = False  # the next part's heading is a lead-in ("Polisen lovar")

    # -- state per section ---------------------------------------------------
    def _reset(self, index: int) -> None:
        section = self.sections[index]
        self.index = index
        self.in_part = index in self.part
        self.strict = index in self.lead_in_only and not self.in_part
        self.theme = None
        self.theme_at = -1  # how many pledges were read when the theme was set
        self.actors_under_theme = False  # party headings ("Polisen") have followed the theme
        self.theme_from_table = False
        self.lead_actors: list[str] = list(self.parties)
        if section.heading is not None:
            heading = section.heading.text
            self.lead_actors = subject_actors(heading, self.parties) or party_heading(heading) or self.lead_actors
        self.list_mode = self.in_part
        self.lead_kind = "none"
        self.lead_text = ""
        self.lead_list = False  # a strong pledge lead-in opened the list that follows
        self.lead_at = -1  # how many candidates there were when the last lead-in was read
        self.themed_lead = False  # theme headings under that lead-in ("Vi lovar:" / "Trafik" / items)
        self.table = Table()
        self.parents: dict[int, str] = {}
        self.label_actors: list[str] | None = None
        self.focus_run = False  # right after "... med inriktning på:": its lines are the focus areas
        self.para_items = False  # paragraphs after "Polisen lovar:" are its items
        self.infinitive_items = False  # ... and lower-case ones after the themes between them
        self.lead_from_heading = False  # the actors come from a "Polisens åtaganden" heading
        self.pledge_level: int | None = None  # the level of the list item above that committed someone
        self.announced = False  # "X lovar att göra följande under året.": the sentences after it are its pledges
        heading = section.heading.text if section.heading is not None else ""
        if heading.rstrip().endswith(":") and NON_PLEDGE_LIST.search(heading):
            # "Förslaget har inriktning på:" set as the part's heading: its lines are the focus areas
            self._lead_in(heading.strip())
        elif (
            re.search(r"(:|\b(ska|skall|bör))\s*$", heading)
            and DOC_META.search(heading)
            and not STRONG_LEAD_IN.search(heading)
        ):
            self.lead_text = heading.strip()  # "Medborgarlöftet ska:": what its items are said of
        if self.in_part and (
            _OPEN_LEAD_END.search(heading)
            or (len(heading.split()) >= HEADING_LEAD_WORDS and GIVES_PLEDGES.search(heading))
        ):
            # A part headed as a lead-in ("Vi lovar att", "X och Y avger härmed löfte"): its
            # unbulleted lines are its items.
            self.para_items = is_lead_in(clean_lead_in(fold(heading)).rstrip(":") + ":")

    def run(self) -> list[Candidate]:
        for index, section in enumerate(self.sections):
            if index and section.heading is None and section.role is SectionRole.other:
                # The text runs on past the title block: what a lead-in there opened goes on.
                self.index, self.in_part = index, index in self.part
                self.strict = index in self.lead_in_only and not self.in_part
                # (unless the lead-in there announced a list of something else: "Så kan du delta:")
                refused = bool(self.lead_text) and bool(NON_PLEDGE_LIST.search(self.lead_text))
                # ("§ 213 ... / Beslut / Kommunstyrelsen beslutar att" over the dashes: a minute's
                # decision, the last line of the block above, one with the title block's lines)
                above = self.sections[index - 1].blocks
                last_line = above[-1].text.rstrip().rsplit("\n", 1)[-1] if above else ""
                decided = bool(re.search(r"(:|\batt)$", last_line)) and bool(NON_PLEDGE_LIST.search(last_line))
                self.list_mode = (self.list_mode or (self.in_part and not refused)) and not decided
                if decided:
                    self.lead_text, self.lead_kind = last_line, "other"
                self.theme = None  # headings of the title block are not themes
            else:
                theme = self.theme
                self._reset(index)
                if index == len(self.sections) - 1 and not section.blocks and index - 1 in self.part:
                    self.theme = theme  # (a last, cut-off line read as a heading stays under its theme)
                elif (
                    theme
                    and index in self.part
                    and index - 1 in self.part
                    and section.heading is not None
                    and promising_actors(section.heading.text) is not None
                ):
                    # "Skoter och trafik" / "Polisen lovar att" / items / "Kommunen lovar att" / items: a
                    # lead-in the reader set as a part's heading is still under the theme above it
                    self.theme = theme
            blocks = section.blocks
            following = self.sections[index + 1].heading if index + 1 < len(self.sections) else None
            # ("Polisen lovar" opening the next part announces its list as a lead-in would)
            self.next_part_leads = following is not None and is_lead_in(fold(following.text))
            for i, block in enumerate(blocks):
                prev = blocks[i - 1] if i else None
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                self._block(block, prev, nxt)
        last = self.sections[-1] if self.sections else None
        if last is not None and last.heading is not None and not last.blocks and cut_off_commitment(last.heading.text):
            # The page ends in a committing sentence that the reader took for a heading.
            self.at_end = True
            self._paragraph(last.heading, fold(last.heading.text), None)
        return self.out

    def _block(self, block: Block, prev: Block | None, nxt: Block | None) -> None:
        text = fold(block.text)
        if block.kind is not BlockKind.heading:
            self.focus_run = False  # (a lead-in below may open it again)
        after_table = prev is not None and prev.kind is BlockKind.table_row
        if block.kind is BlockKind.heading and self._continues_item(text, prev):
            return  # a lower-case "heading" right under an unfinished item is the item's broken line
        if block.kind is BlockKind.heading:
            if self._under_label(block, text, prev, nxt) or self._nominal_under_theme(block, text, prev):
                self._item(block, text, self.theme, nxt)
            else:
                self._heading(text, after_table, block, nxt)
            if self._numbered_run(block, prev, nxt):
                # "1. Våld", "2. Otrygga miljöer", "3. Narkotika" as headings one after
                # another: a numbered list of focus areas, not the theme of what follows.
                self.theme = None
            return
        if block.kind is not BlockKind.table_row and after_table and self.theme_from_table:
            self.theme, self.theme_from_table = None, False  # the table's themes end with the table
        if block.kind is BlockKind.table_row:
            self._table_row(block, text)
        elif block.kind is BlockKind.list_item:
            self._list_item(block, text, nxt)
        else:
            self._paragraph(block, text, nxt, prev)

    @staticmethod
    def _numbered_run(block: Block, prev: Block | None, nxt: Block | None) -> bool:
        """A numbered heading next to another numbered heading, with nothing between."""
        if not NUMBERING.match(block.text):
            return False
        return any(
            other is not None and other.kind is BlockKind.heading and bool(NUMBERING.match(other.text))
            for other in (prev, nxt)
        )

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

    def _nominal_under_theme(self, block: Block, text: str, prev: Block | None) -> bool:
        """ "Trafik" / "Hastighetskontroller på E14 minst två gånger i månaden" / "Information om
        ...": a web copy that set every line apart, the items under a short theme heading read
        as headings too. A longer line without a subject, right under the theme (or under an
        item read so), inside the pledge part, is an item of that theme."""
        if not (self.in_part and self.theme and prev is not None and prev.kind is BlockKind.heading):
            return False
        if (
            len(self.theme.split()) > 3
            or len(text.split()) < 5
            or text.endswith(":")
            or LINK_LIST.match(self.theme)
            or ":" in self.theme
        ):
            return False  # (under "Läs också" or "Källa: X" the lines are other pages' headlines)
        if fold(prev.text) != self.theme and not (self.out and self.out[-1].draft.block is prev):
            return False
        if not _adjacent(prev, block):
            return False  # something was dropped between them ("Läs också" over other pages' headlines)
        return subject_actors(text, self.parties) is None and not DOC_META.search(text)

    def _heading(self, text: str, after_table: bool, block: Block | None = None, nxt: Block | None = None) -> None:
        if self.focus_run and len(text.split()) <= FOCUS_ITEM_WORDS and not text.endswith(":"):
            # "... med inriktning på:" / "Trygghet i centrum" / "Unga i riskzon": the focus areas
            # a copy set one a line, not the theme of the pledges after them.
            self.theme = None
            return
        if RESPONSIBLE_LINE.match(text):
            return  # "Ansvarig: Kommunpolisen" set apart below its item (read by the item), not a theme
        if block is not None and self.in_part and line_label(text) and len(text.split()) >= 5:
            self._item(block, text, self.theme, nxt)  # "Polisen: Följa upp stölder ...", a last line cut off
            return
        if block is not None and self.in_part and self._responsible_below(nxt) and len(text.split()) >= 4:
            self._field_item(block, nxt)  # an unbulleted pledge over its "Ansvarig:" line, taken for a heading
            return
        bare = NUMBERING.sub("", text)
        if block is not None and (sentence_heading(bare) or (block is self.final and cut_off_commitment(bare))):
            # A committing sentence the reader took for a heading (a last, cut-off line).
            self._paragraph(block, text, nxt)
            return
        subject = subject_actors(bare, self.parties) or inverted_actors(bare)
        if block is not None and self.in_part and subject and _clause_heading(bare):
            # "Kommunen rensar buskage och förbättrar belysningen vid stationen" set as a heading in
            # the pledge part: a party doing something to something, an item whose bullet was lost
            self._item(block, text, self.theme, nxt)
            return
        if subject and _topic_after_party(bare):
            subject = None  # "Polisen nära dig", "Kommunen som arbetsgivare": a theme that names a party
        whose = None if subject else party_heading(bare)
        if whose:
            # "Polisens åtaganden", "Det här gör kommunen": whose items follow, not their theme.
            subject = whose
        if subject and (whose or is_lead_in(clean_lead_in(text) + ":")) and not WISH_LEAD.search(text):
            # "Polisen kommer att genomföra", "Kommunen lovar": a lead-in, not a theme.
            self.lead_actors = subject
            self.lead_from_heading = bool(whose)
            self.list_mode = not self.strict or bool(STRONG_LEAD_IN.search(text))
            self.lead_kind = "strong" if STRONG_LEAD_IN.search(text) or COMMITMENT.search(text) else "pledge"
            self.lead_text = text
            self.lead_list = True
            self.lead_at, self.themed_lead = len(self.out), False
            self.label_actors = None
            # A numbered lead-in ("2. Polisen och kommunen skall tillsammans") is a
            # parent item set as a heading: the theme of what follows, as in a list.
            theme = NUMBERING.sub("", text).rstrip(":") if NUMBERING.match(text) else None
            # "Unga och vapen" / "Polisen" / items / "Kommunen" / items: whose items, under the theme
            # above (right under it, or after another party's items under it)
            # ("Våld i nära relationer" / "Polis och kommun i samverkan mot våld i nära relationer:" /
            # items: any lead-in right under a theme is under it)
            party = whose or is_actor_name(bare.rstrip(":"))
            under_theme = self.theme and ((party and self.actors_under_theme) or len(self.out) == self.theme_at)
            self.actors_under_theme = bool(under_theme)
            self.theme = self.theme if under_theme else theme
            self.parents.clear()
            return
        announces = (
            COMMITMENT.search(bare)
            and len(bare.split()) >= 5
            and not DOC_META.search(bare)  # "Medborgarlöfte ska göra stationen tryggare": a headline
            and (block is None or block is not self.first)
            and is_lead_in(clean_lead_in(text) + ":")
        )
        label = text.endswith(":") and theme_label(text)  # "Trafik:" over its items names their theme
        if (
            re.match(r"^(följande|nedan|här nedan)\b", text, re.IGNORECASE)
            or (text.endswith(":") and not label)
            or announces
        ):
            # "Följande processer ligger till grund för ...", "Tillsammans ska vi under året arbeta för":
            # it announces its list, and is no theme (GOLD.md 5).
            self._lead_in(text if text.endswith(":") else text + ":")
            self.theme = None
            return
        if _PERIOD_LINE.match(bare):
            self.theme = None  # "Under 2023 och 2024": when the items below hold, not what they are about
            return
        if (
            is_date_line(text)
            or DOC_META.search(text)
            or (block is not None and any(block is m for m in self.masthead))
        ):
            return  # a publication date or the document's own title or headline, not a theme
        self.pledge_level = None
        self.theme = bare.rstrip(":")  # "1. Trafik": the number is the list's, not the theme's
        self.theme_at, self.actors_under_theme = len(self.out), False
        if self.lead_from_heading:
            self.lead_actors = list(self.parties)  # an actor heading reaches the next heading (GOLD.md 6)
        self.lead_from_heading = False
        self.theme_from_table = after_table  # a heading between table rows names the rows that follow
        # "Polisen, kommunen och räddningstjänsten lovar:" / "Brand" / items / "Narkotika" / items:
        # a theme right under a pledge lead-in heads the first of its lists, and the themes
        # after it the others; the lead-in still announces them.
        under_lead = self.lead_list and (self.themed_lead or len(self.out) == self.lead_at)
        self.themed_lead = under_lead
        if not under_lead:
            self.list_mode = self.in_part and not self.strict
            self.lead_kind = "none"
            self.lead_text = ""
            self.lead_list = False
        # Under a theme's name between a lead-in's unbulleted items ("... lovar att:" / "Trafik" /
        # "genomföra ..."), lower-case lines are still its items, in the pledge part or under
        # a lead-in that announces pledges (a news item quoting the pledge).
        self.infinitive_items = (self.in_part or under_lead) and (self.para_items or self.infinitive_items)
        self.para_items = False
        self.parents.clear()
        # "Trafik (polisen)", "Brott mot äldre (polisen och kommunens äldreomsorg)": the theme's
        # parenthesis names who does its items, as an actor label would
        self.label_actors = trailing_actors(self.theme) if not self.theme.startswith("(") else None

    def _table_row(self, block: Block, text: str) -> None:
        cells = [fold(c) for c in (block.cells or [text])]
        layout = header_layout(cells)
        if layout is not None or block.header:
            self.table = layout or Table()
            first = cells[0] if cells else ""
            themed = self.table.theme_col == 0
            # ("Trafik | UTFÖRARE | ANSVARIG": the first cell names the rows' theme; a column's
            # name, "Önskad effekt | Aktivitet | ...", does not)
            if (
                first
                and not themed
                and not any(
                    h.match(first.lower()) for h in (TEXT_HEADER, ACTOR_HEADER, RESPONSIBLE_HEADER, OTHER_HEADER)
                )
            ):
                self.theme, self.theme_from_table = first, True
            return
        non_empty = [c for c in cells if c]
        if len(non_empty) == 1 and cells[0] and len(cells[0].split()) <= 6 and not COMMITMENT.search(cells[0]):
            self.theme, self.theme_from_table = cells[0], True  # a theme row inside the table
            return
        table = self.table
        if table.theme_col is not None and table.theme_col < len(cells) and cells[table.theme_col]:
            self.theme, self.theme_from_table = cells[table.theme_col], True  # "Centrum   Genomföra ..."
        pledge_text = cells[table.text_col] if table.text_col < len(cells) else cells[0]
        if not pledge_text:
            return
        actors: list[str] = []
        responsible: list[str] = []
        if table.responsible_col is not None and table.responsible_col < len(cells):
            responsible = split_actor_list(cells[table.responsible_col])
        if table.actor_col is not None and table.actor_col < len(cells) and cells[table.actor_col]:
            actors = split_actor_list(cells[table.actor_col])
        elif table.actor_col is None and responsible and all(_column_name(r) for r in responsible):
            # no UTFÖRARE column: who answers for it does it ("Tallbo Bostäder", "Kultur & fritid":
            # the column's own names, as printed)
            actors = list(responsible)
        elif table.actor_col is None and len(cells) >= 2 and label_actors(cells[1]):
            actors = label_actors(cells[1]) or []
        own = bool(actors)
        if not actors:
            actors, own = actors_from_text(pledge_text, self.lead_actors, self.parties)
        # A time column ("Hösten 2021", "Löpande") quantifies the row.
        other_cells = " ".join(c for i, c in enumerate(cells) if i not in (table.actor_col, table.responsible_col))
        draft = make_draft(
            pledge_text, self.theme, actors, block, "table_row", self.index, responsible, other_cells, own
        )
        rule = self.in_part and not self.strict
        self.out.append(Candidate(draft, rule, self._features("table_row"), self.in_part))

    def _list_item(self, block: Block, text: str, nxt: Block | None) -> None:
        self.para_items = False  # the lead-in's items are a real list: paragraphs after it are not items
        if nxt is not None and nxt.kind is BlockKind.list_item and nxt.level >= block.level and item_is_lead_in(text):
            # "Polisen skall öka synligheten ... genom", "Polisen och kommunen skall tillsammans":
            # who does the items below, neither a pledge nor a theme.
            self.lead_actors = lead_in_actors(text, self.parties)
            self.label_actors = None
            self.parents[block.level] = text.rstrip(":")  # a parent item is its children's theme
            if nxt.level == block.level:
                # The list's nesting lost in the copy: a lead-in that names the topic ("Polisen skall
                # öka synligheten ... genom") heads the items after it, one that does not
                # ("Polisen och kommunen skall tillsammans") heads them without a theme.
                self.theme = NUMBERING.sub("", text).rstrip(" :") if topical_lead_in(text) else None
            return
        after_item = self.out and self.out[-1].draft.layout == "list_item" and self.out[-1].draft.block.ordered
        # (after numbered items, a numbered line over a paragraph is one more item with its text below,
        # unless the paragraph is a lead-in: "2. Droger och unga" / "Tillsammans kommer vi att:")
        over_text = nxt is not None and nxt.kind is BlockKind.paragraph and not nxt.text.rstrip().endswith(":")
        if is_topic_parent(block, nxt) and not (after_item and over_text):
            if nxt is not None and nxt.kind in (BlockKind.paragraph, BlockKind.heading):
                self.theme = text.rstrip(":")  # a numbered heading over prose pledges
            else:
                self.parents[block.level] = text.rstrip(":")
            return
        acts = self._states_action(text)
        if self.pledge_level is not None and block.level > self.pledge_level and not acts:
            return  # "– Platser: ...", "– Träffarna hålls ...": a detail of the pledge above, not one of its own
        self.pledge_level = block.level if acts else None
        item_theme = self.theme
        for level in sorted(self.parents):
            if level < block.level:
                item_theme = self.parents[level]
        lines = [fold(line) for line in block.text.split("\n") if line.strip()]
        labelled_lines = [line for line in lines[1:] if line_label(line)]
        if len(lines) >= 2 and len(labelled_lines) == len(lines) - 1 and not line_label(lines[0]):
            # "Förebyggande arbete i skolan / Polis: ... / Kommun: ...": a topic
            # with one labelled pledge per line.
            for line in labelled_lines:
                self._item(block, line, lines[0].rstrip(":"), None)
            return
        themed, sentence = dash_theme(text)
        parts = [] if QUOTE_ITEM.search(text) else actor_sentences(text)
        if parts:
            # "Polisen gör X. Kommunen gör Y.": two commitments of different parties (GOLD.md 3).
            for part in parts:
                self._item(block, part, themed or item_theme, nxt)
            return
        self._item(block, text, themed or item_theme, nxt, sentence if themed else None)

    def _states_action(self, text: str) -> bool:
        """Does an item say what someone does ("genomföra ...", "Polisen ska ...", "Ökad närvaro ...")?
        A field ("Målgrupp: ...") or a description ("Träffarna hålls ...") does not."""
        if FIELD_LINE.match(text) and not line_label(text):
            return False
        return bool(
            starts_infinitive(text) or COMMITMENT.search(text) or subject_actors(text) or ACTION_START.match(text)
        )

    def _item(
        self,
        block: Block,
        text: str,
        theme: str | None,
        nxt: Block | None,
        sentence: str | None = None,
        responsible: list[str] | None = None,
    ) -> None:
        """One pledge candidate of a list; ``sentence`` is its text after a theme in front of it
        ("Trafik: Polisen genomför ..."), whose subject names the actor; ``responsible``
        comes from an "Ansvarig:" field the caller has read."""
        if block is self.final and _cut_short(text):
            return  # "erbjuda en": the page ends inside the item, too little of it shows (GOLD.md 1)
        text = _WHY_FIELD.sub("", text)  # "... i trygghetsmätningen. Varför: Mörka platser ...": the reason, a field
        if responsible is None:
            item_text, responsible = split_responsible(text)
        else:
            item_text = text
        item_text = fold(item_text)
        quoted = bool(QUOTE_ITEM.search(item_text))
        if not responsible and nxt is not None and nxt.kind is BlockKind.paragraph:
            who = RESPONSIBLE_LINE.match(fold(nxt.text))
            if who:
                responsible = split_actor_list(who.group("who"))
        labelled = line_label(item_text)
        own = True
        if labelled:
            actors = labelled  # "Polis: Genomföra ...": the label names who does it; the text keeps it, as printed
        elif responsible:
            # "Ansvarig: Kommunen och Polisen" under "Högstadieskolorna får besök av ...": the field
            # names who does it, as a table's UTFÖRARE column does (GOLD.md)
            actors = list(responsible)
        elif subject_actors(item_text):
            actors, own = actors_from_text(item_text, self.lead_actors, self.parties)
        elif sentence and subject_actors(sentence):
            actors, own = actors_from_text(sentence, self.lead_actors, self.parties)
        else:
            actors, own = actors_from_text(item_text, self.label_actors or self.lead_actors, self.parties)
        # "... har under våren 2021" / "gått igenom statistiken" / "genomfört en enkät": what has been done
        done = bool(_SUPINE_START.match(item_text)) and bool(re.search(r"\b(har|hade)\b", self.lead_text))
        draft = make_draft(item_text, theme, actors, block, "list_item", self.index, responsible, None, own)
        self.out.append(
            Candidate(draft, self._counts() and not quoted and not done, self._features("list_item"), self.in_part)
        )

    def _paragraph(self, block: Block, text: str, nxt: Block | None, prev: Block | None = None) -> None:
        """A paragraph: the rest of a list item, an actor label, labelled
        pledges, a lead-in, items without bullets, or prose sentences."""
        if RESPONSIBLE_LINE.match(text) or self._continues_item(text, prev) or self._actor_label(text):
            return
        next_is_list = (
            nxt is not None
            and nxt.kind in (BlockKind.list_item, BlockKind.table_row)
            and not QUOTE_ITEM.search(nxt.text)
        )
        if self._field_item(block, nxt):
            return
        segments = label_segments(block.text)
        if segments:
            # "Polis: ... Kommun: ..." under an item that names their topic.
            theme = self.theme
            if prev is not None and prev.kind is BlockKind.list_item and self.out and self.out[-1].draft.block is prev:
                theme = self.out.pop().draft.text.rstrip(":")
            for segment in segments:
                self._item(block, segment, theme, nxt)
            return
        if self._lead_in_over_lines(block, nxt):
            return
        lead_text = clean_lead_in(text)
        # ("Lokalpolisområdet lovar dessutom" over "att informera ...": a lead-in without its colon)
        open_lead = (
            "\n" not in lead_text
            and bool(_OPEN_LEAD_END.search(lead_text))
            and not lead_text.rstrip().endswith(("att", ":"))
            and nxt is not None
            and nxt.text.lstrip().startswith("att ")
            and is_lead_in(lead_text.rstrip() + ":")
        )
        if is_lead_in(lead_text) or (next_is_list and text.endswith(",")) or open_lead:
            self._lead_in(lead_text)
            return
        if self._lost_bullet(block, prev, nxt):
            self._item(block, text, self.theme, nxt)
            return
        if self.para_items and self._items_ended(text, prev):
            self.para_items = False
        if (
            self.list_mode
            and item_like(block.text)
            and (self.para_items or (self.infinitive_items and starts_infinitive(text)))
        ):
            # Items separated by blank lines, or whose bullets were lost; a paragraph of two
            # parties' sentences is one item each.
            for line in _two_parties(block.text) or item_lines(block.text):
                themed, sentence = dash_theme(line)  # "Trafik: polisen ska ...": its theme, then its subject
                self._item(block, line, themed or self.theme, nxt, sentence if themed else None)
            return
        self.para_items = False
        if self.strict:
            self.list_mode = False
            return
        self.lead_list = False
        # A sentence right above a list whose items name nobody is what they
        # depend on; above items that each name their party it stands alone.
        next_is_lead = (
            (next_is_list and nxt is not None and not subject_actors(fold(nxt.text)))
            # (not "Tillsammans ska kommunen och polisen också:", which adds to what came before)
            or (
                nxt is not None
                and nxt.kind is BlockKind.paragraph
                and is_lead_in(fold(nxt.text))
                and not _ONE_MORE.search(nxt.text)
            )
            or (nxt is None and self.next_part_leads)
        )
        self._sentences(block, text, next_is_lead)

    def _items_ended(self, text: str, prev: Block | None) -> bool:
        """ "Löftet innebär att:" / "polisen ökar ..." / "kommunen tar bort ..." / "– Det här är ...,
        säger X": the lead-in's items, paragraphs that complete its "att" in lower case, end at the
        first paragraph that begins as a sentence of its own and commits no one, or as direct speech."""
        if _direct_speech(text):
            return True
        last = self.out[-1] if self.out else None
        return (
            last is not None
            and prev is not None
            and last.draft.block is prev
            and prev.kind is BlockKind.paragraph
            and prev.text.lstrip()[:1].islower()
            and text.lstrip()[:1].isupper()
            # ("Provbackahem ska byta ut ...": an item with its own subject goes on with the list)
            and not COMMITMENT.search(text)
        )

    def _lead_in_over_lines(self, block: Block, nxt: Block | None) -> bool:
        """ "X lovar att:" over lines that each begin with an infinitive ("genomföra ...",
        "informera ..."): a list whose bullets were lost, read as one paragraph."""
        head, _, rest = block.text.strip().partition("\n")
        lines = [line.strip() for line in rest.split("\n") if line.strip()]
        if not lines or not head.rstrip().endswith(":"):
            return False
        lead_text = clean_lead_in(fold(head))
        if not is_lead_in(lead_text) or not unbulleted_items(lines):
            return False
        self._lead_in(lead_text)
        if self.list_mode:
            for line in lines:
                self._item(block, fold(line).rstrip(",;"), self.theme, nxt)
        return True

    def _lost_bullet(self, block: Block, prev: Block | None, nxt: Block | None) -> bool:
        """A paragraph between two items of a list announced as pledges, that begins as they
        do ("Att besöka ..." between "• Att ..." items): an item whose bullet was lost."""
        if not (
            self.lead_list
            and self.list_mode
            and prev is not None
            and nxt is not None
            and prev.kind is BlockKind.list_item
            and nxt.kind is BlockKind.list_item
            and "\n" not in block.text.strip()
            and item_like(block.text)
        ):
            return False
        first = fold(block.text).split(" ", 1)[0].lower()
        return first in {fold(prev.text).split(" ", 1)[0].lower(), fold(nxt.text).split(" ", 1)[0].lower()}

    def _field_item(self, block: Block, nxt: Block | None) -> bool:
        """ "Aktivitet: ..." with its "Ansvarig: ..." line below, in the block or the next one
        (an action plan's fields): the pledge is the first field's text; other fields
        ("När: ...") are not part of it. In the pledge part, an unbulleted pledge
        over its own "Ansvarig: ..." line is read the same way."""
        lines = [line.strip() for line in block.text.split("\n") if line.strip()]
        if self.in_part and sum(bool(RESPONSIBLE_LINE.match(line)) for line in lines) >= 2:
            # "Item / Ansvarig: Polisen / Item / Ansvarig: Kommunen": one pledge per "Ansvarig:" line.
            body: list[str] = []
            for line in lines:
                who = RESPONSIBLE_LINE.match(line)
                if who is None:
                    body.append(line)
                elif body:
                    self._item(block, " ".join(body), self.theme, nxt, responsible=split_actor_list(who.group("who")))
                    body = []
            if body:
                self._item(block, " ".join(body), self.theme, nxt)
            return True
        field = ITEM_FIELD.match(lines[0]) if lines else None
        if field is not None:
            first = field.group("rest")
        elif (
            self.in_part
            and lines
            and ((len(lines) >= 2 and RESPONSIBLE_LINE.match(lines[-1])) or self._responsible_below(nxt))
        ):
            first = lines[0]
        else:
            return False
        body = [first, *(line for line in lines[1:] if not FIELD_LINE.match(line))]
        below = [nxt.text.strip()] if nxt is not None and nxt.kind is not BlockKind.list_item else []
        who = next((m for m in map(RESPONSIBLE_LINE.match, [*lines[1:], *below]) if m), None)
        responsible = split_actor_list(who.group("who")) if who else None
        self._item(block, " ".join(body), self.theme, nxt, responsible=responsible)
        return True

    @staticmethod
    def _responsible_below(nxt: Block | None) -> bool:
        # (a short "Ansvarig: Polisen" line of its own reads as a heading)
        return (
            nxt is not None
            and nxt.kind in (BlockKind.paragraph, BlockKind.heading)
            and bool(RESPONSIBLE_LINE.match(nxt.text.strip()))
        )

    def _continues_item(self, text: str, prev: Block | None) -> bool:
        """A list item's sentence that goes on below it (its line break became a paragraph)."""
        if not (
            prev is not None
            and prev.kind is BlockKind.list_item
            and self.out
            and self.out[-1].draft.block is prev
            and text[:1].islower()
            and not re.search(r"[.!?:]\s*$", prev.text)
        ):
            return False
        draft = self.out[-1].draft
        draft.text = f"{draft.text} {text}"
        draft.quantified = is_quantified(draft.text)
        return True

    @staticmethod
    def _label_of(text: str) -> list[str] | None:
        label = _LABEL_LINE.match(text)
        return label_actors(label.group(1)) if label and len(text.split()) <= 5 else None

    @staticmethod
    def _who_label(text: str) -> bool:
        """ "Polis:", "Kommunen:", or "Gemensamt:" / "Tillsammans:" (every party) on its own."""
        label = _LABEL_LINE.match(text)
        return label is not None and len(text.split()) <= 5 and who_label(label.group(1))

    def _under_label(self, block: Block, text: str, prev: Block | None, nxt: Block | None) -> bool:
        """ "Polis:" / "Synlig närvaro vid busstationen varje fredag" / "Kommun:": a web copy that set
        every line apart, the lines under an actor label read as headings. A line right under the label is its item; a line under such an item is one too, unless it is
        short and an actor label follows it: then it names the theme of the next label's items."""
        if not (self.in_part and self.label_actors and self.para_items and prev is not None):
            return False
        if text.endswith(":") or DOC_META.search(text) or not _adjacent(prev, block):
            return False  # (a blank line before it sets it apart: a theme, "Unga i Vetlanda")
        if self._label_of(fold(prev.text)) is not None:
            return True  # right under the label: nothing but its item stands there
        if not (self.out and self.out[-1].draft.block is prev):
            return False
        return not (nxt is not None and self._who_label(fold(nxt.text))) or len(text.split()) > THEME_WORDS

    def _actor_label(self, text: str) -> bool:
        """ "Polis:" or "Polis och kommun:" on its own: who does the items below."""
        labelled = self._label_of(text)
        if labelled:
            self.label_actors = labelled
            self.list_mode = True
            self.lead_kind = "label"
            self.para_items = True  # "Polisen:" over unbulleted lines: they are its items
        return labelled is not None

    def _sentences(self, block: Block, text: str, next_is_lead: bool) -> None:
        """Each sentence of a prose paragraph as a candidate; an explanatory
        sentence without an actor of its own joins the pledge before it."""
        speech = _direct_speech(text)
        theme, body = dash_theme(text)
        previous: Candidate | None = None
        sentences = [clause for sentence in SENTENCE_SPLIT.split(body) for clause in _clauses(sentence)]
        for position, sentence in enumerate(sentences):
            quoted = _QUOTED_PLEDGE.match(sentence)
            if quoted and _DOCUMENT_FRAME.search(quoted.group("frame")) and subject_actors(quoted.group("quote")):
                # 'I löftet står bland annat: ”Polisen ska ...”': the pledge is the document's words, quoted
                sentence = quoted.group("quote").strip()
            signals = prose_signals(sentence)
            if speech:
                signals["quoted"] = True  # the later sentences of a paragraph of direct speech ("– Vi ...")
            if self._cut_off(block, position == len(sentences) - 1, sentence):
                # The page ends mid-sentence: three visible words are enough (GOLD.md).
                signals["short"] = len(sentence.split()) < 3
            by = promising_actors(sentence, self.parties)
            core = PLEDGE_FRAME.sub("", sentence)  # "Löftet innebär att polisen ska ...": polisen is the subject
            actors, own = (
                (by, True) if by else actors_from_text(core[:1].upper() + core[1:], self.lead_actors, self.parties)
            )
            if (
                previous is not None
                and previous.rule
                and previous.draft.own_actors
                and (not own or _refers_back(sentence, previous.draft.text, previous.draft.actors))
                and not by
                and not signals["quoted"]
            ):
                # One actor with an explanatory second sentence: one pledge with both (not a
                # news page's "Enligt Anna Berg har ...": a person's view, reported).
                previous.draft.text = f"{previous.draft.text} {sentence}"
                previous.draft.quantified = is_quantified(previous.draft.text)
                continue
            # "Tillsyn av serveringsställen (Polisen, Region Gotland)": the pledge part's item names its doers.
            named = self.in_part and own and bool(TRAILING_ACTORS.search(sentence))
            # (after "Polisen och kommunen lovar att göra följande:" outside the pledge part, each
            # sentence that names its own doer is one of the things announced)
            announced = self.announced and own and signals["subject"]
            # "I medborgarlöftet lovar polisen att ..." / "Polisen ska också ...": one more thing the
            # pledge says, right after a sentence that told what it promises
            more = (
                own
                and signals["subject"]
                and signals["commits"]
                and bool(_ONE_MORE.search(sentence))
                and bool(self.out)
                and self.out[-1].rule
                and self.out[-1].signals is not None
                and bool(self.out[-1].signals.get("lovar"))
            )
            # "Polisen och X kommun lovar:" / "Bedrägerier mot äldre" / "Två informationsträffar om ...":
            # under a promising lead-in and a theme, a counted action without a subject is one of the
            # things promised
            counted_action = (
                self.in_part
                and self.lead_kind == "strong"
                and bool(self.theme)
                and not signals["subject"]
                and position == 0
                and bool(_COUNTED_ACTION.match(sentence))
            )
            rule = prose_is_pledge(
                signals, self.in_part or announced or more, by is not None or named or counted_action
            )
            reports = REPORTS_BACK.search(sentence)
            if reports and (
                self.sections[self.index].role is SectionRole.follow_up or HOW_IT_GOES.search(reports.group(0))
            ):
                # "Vi lovar att berätta hur det går.", "Vi kommer att berätta om hur det går på kommunens
                # hemsida": a follow-up arrangement (GOLD.md 3), in the follow-up part or anywhere
                # (a news page's sentences, read again when the page has no pledge part, know it too)
                rule, signals["follow_up"] = False, True
            draft_text = sentence if previous is not None or theme is None else text
            draft = make_draft(draft_text, theme or self.theme, actors, block, "paragraph", self.index, [], None, own)
            features = self._features("paragraph")
            features.update({k: str(v) for k, v in signals.items()})
            features["next_lead"] = str(next_is_lead)
            previous = Candidate(draft, rule, features, self.in_part, signals)
            self.out.append(previous)
        if next_is_lead and previous is not None and previous.signals["lovar"]:
            # "X och Y lovar att arbeta för ... (Uppföljning sker ...)" right above "Polisen lovar:"
            # and its list: the list says what they promise; the sentence sums it up.
            previous.rule = False

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
            # ("Löftet innehåller åtgärder inom tre områden:": the areas, no pledges)
            self.list_mode = strong and text.endswith(":") and not NON_PLEDGE_LIST.search(last)
        else:
            self.list_mode = list_is_pledges(last)
        self.lead_kind = "strong" if strong else ("pledge" if self.list_mode else "other")
        self.lead_text = last
        self.focus_run = bool(NON_PLEDGE_LIST.search(last)) and last.rstrip().endswith(":")
        self.announced = (
            bool(STRONG_LEAD_IN.search(last)) and bool(_ANNOUNCES_WHAT_FOLLOWS.search(last)) and not self.focus_run
        )
        # A list announced as a promise ("Polisen lovar:", "Det här ska polisen
        # och kommunen göra:") counts wherever it stands; what the pledge
        # document itself shall do ("Medborgarlöften ska:") is its purpose.
        # What the pledge holds ("Så här ser löftet ut för 2025:", "I löftet ingår:") is its content.
        about_document = (
            bool(DOC_META.search(last))
            and not (promising_actors(last) or inverted_actors(last))
            and not _HOLDS.search(last)
        )
        self.lead_list = self.list_mode and (strong or bool(COMMITMENT.search(last))) and not about_document
        self.lead_at, self.themed_lead = len(self.out), False
        self.lead_actors = lead_in_actors(last, self.parties)
        self.label_actors = None
        self.para_items = bool(_OPEN_LEAD_END.search(last))
        if topical_lead_in(last):
            self.theme = NUMBERING.sub("", last).rstrip(" :")
