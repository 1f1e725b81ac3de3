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

from pledgeparse.actors import BOTH_PARTIES, agent_actors, is_actor_name, split_actor_list, subject_actors
from pledgeparse.models import Block, BlockKind
from pledgeparse.quantify import has_deadline, is_quantified, pledge_kind
from pledgeparse.segment import SectionSpan

# A lead-in announces the list that follows and who makes the pledges.
LEAD_IN_END = re.compile(
    r"(:|\bgenom att|\bföljande|\blovar( vi| att)?|\bska|\bgenom|\bom|\bgöra|\bgör vi|\bgenomföras|\blovar vi)\s*$",
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
    r"problem|utmaningar|bakgrund|statistik|visar att|framkom)",
    re.IGNORECASE,
)
PLEDGE_LIST = re.compile(r"\b(genom att|genom följande|lovar|åtar|ska vi|gör vi|insatser|aktiviteter|följande:)", re.IGNORECASE)
# A sentence that commits a party: a modal or a pledge verb.
COMMITMENT = re.compile(
    r"\b(ska|skall|kommer( \w+){0,3} att|lovar|åtar sig|avser att|genomför|genomföra|erbjuder|"
    r"anordnar|arrangerar|bjuder in)\b",
    re.IGNORECASE,
)
# Sentences about the pledge document itself, not pledges.
META = re.compile(
    r"medborgarlöfte|\blöftet\b|\bsyftet\b|uppföljning|följas upp|revideras|utvärder|"
    r"ovanstående|prioriteringar|samverkansöverenskommelse|\bmålet\b|\bmålen\b|\bföljande\b|"
    r"tabellen|nedan\b",
    re.IGNORECASE,
)
ACTOR_LABEL = re.compile(r"^(?P<label>(?:[A-ZÅÄÖ][\wåäö\-]*)(?:\s*(?:/|och|,)\s*[\wåäöÅÄÖ\-]+){0,3})\s*:\s+(?P<rest>\S.*)$")
TRAILING_ACTORS = re.compile(r"\((?P<actors>[^()]{2,80})\)\s*\.?\s*$")
RESPONSIBLE_LINE = re.compile(r"^\s*(ansvarig|ansvariga|ansvar|utförare|huvudansvarig)\s*:\s*(?P<who>.+)$", re.IGNORECASE)
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
    r"^(när\b|tidpunkt|tid\b|tidsplan|tidsram|klart|datum|status|uppföljning|mål\b|effekt|kostnad|period)", re.IGNORECASE
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
    if text.endswith(":") or bool(LEAD_IN_END.search(text) and LEAD_IN_WORDS.search(text)):
        return True
    # "X och Y lovar att genomföra följande aktiviteter. Tabellen visar ..."
    return bool(re.search(r"\b(lovar|åtar sig|ska|genomföra|genomför)\b[^.]*\bföljande\b", text, re.IGNORECASE))


def _lead_in_actors(text: str) -> list[str]:
    """Who gives the pledges announced by a lead-in (both parties by default)."""
    # A lead-in without a named subject ("Vi lovar", "Vårt mål är ... genom
    # att:", "Detta gör vi genom att:") speaks for both parties.
    return subject_actors(text) or list(BOTH_PARTIES)


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
    if subject:
        return subject, True
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
    named = split_actor_list(text)
    if named and all(is_actor_name(n) for n in named):
        return named
    return None


def extract_pledges(
    sections: list[SectionSpan], pledge_section_indexes: list[int], lead_in_section_indexes: Sequence[int] = ()
) -> list[PledgeDraft]:
    """Pledges of the given sections, each once, in document order.

    ``pledge_section_indexes`` are the pledge part. ``lead_in_section_indexes``
    are other sections (council minutes' "Ärendebeskrivning") where only a
    list announced by a strong lead-in ("innehåller följande åtaganden:")
    counts.
    """
    drafts: list[PledgeDraft] = []
    seen: set[str] = set()
    lead_in_only = set(lead_in_section_indexes)
    for section_index in sorted(set(pledge_section_indexes) | lead_in_only):
        strict = section_index in lead_in_only and section_index not in pledge_section_indexes
        section = sections[section_index]
        theme: str | None = None
        theme_from_table = False
        lead_actors: list[str] = list(BOTH_PARTIES)
        if section.heading is not None:
            heading_subject = subject_actors(section.heading.text)
            if heading_subject:
                lead_actors = heading_subject
        list_mode = not strict
        table = _Table()
        parents: dict[int, str] = {}
        label_actors: list[str] | None = None
        blocks = section.blocks
        for index, block in enumerate(blocks):
            prev = blocks[index - 1] if index else None
            nxt = blocks[index + 1] if index + 1 < len(blocks) else None
            text = fold(block.text)
            after_table = prev is not None and prev.kind is BlockKind.table_row
            if block.kind is BlockKind.heading:
                subject = subject_actors(text)
                if subject and _is_lead_in(text + ":"):
                    lead_actors = subject
                    continue
                theme = text.rstrip(":")
                # A heading between table rows names the rows that follow.
                theme_from_table = after_table
                list_mode = not strict
                parents.clear()
                label_actors = None
                continue
            if block.kind is not BlockKind.table_row and after_table and theme_from_table:
                theme, theme_from_table = None, False  # the table's themes end with the table
            if block.kind is BlockKind.table_row:
                if strict:
                    continue
                cells = [fold(c) for c in (block.cells or [text])]
                layout = _header_layout(cells)
                if layout is not None or block.header:
                    table = layout or _Table()
                    first = cells[0] if cells else ""
                    if first and not TEXT_HEADER.match(first.lower()) and not ACTOR_HEADER.match(first.lower()):
                        theme, theme_from_table = first, True
                    continue
                non_empty = [c for c in cells if c]
                if len(non_empty) == 1 and cells[0] and len(cells[0].split()) <= 6 and not COMMITMENT.search(cells[0]):
                    theme, theme_from_table = cells[0], True  # a theme row inside the table
                    continue
                pledge_text = cells[table.text_col] if table.text_col < len(cells) else cells[0]
                if not pledge_text:
                    continue
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
                    actors, own = _actors_from_text(pledge_text, lead_actors)
                # A time column ("Hösten 2021", "Löpande") quantifies the row.
                other_cells = " ".join(
                    c for i, c in enumerate(cells) if i not in (table.actor_col, table.responsible_col)
                )
                _add(
                    drafts, seen, pledge_text, theme, actors, block, "table_row", section_index, responsible,
                    quant_text=other_cells, own_actors=own,
                )
                continue
            if block.kind is BlockKind.list_item:
                if not list_mode:
                    continue
                if _is_topic_parent(block, nxt):
                    if nxt is not None and nxt.kind is BlockKind.paragraph:
                        theme = text.rstrip(":")  # a numbered heading over prose pledges
                    else:
                        parents[block.level] = text.rstrip(":")
                    continue
                item_theme = theme
                for level in sorted(parents):
                    if level < block.level:
                        item_theme = parents[level]
                item_text, responsible = _split_responsible(block.text)
                item_text = fold(item_text)
                if not responsible and nxt is not None and nxt.kind is BlockKind.paragraph:
                    who = RESPONSIBLE_LINE.match(fold(nxt.text))
                    if who:
                        responsible = split_actor_list(who.group("who"))
                label = ACTOR_LABEL.match(item_text)
                labelled = _label_actors(label.group("label")) if label else None
                own = True
                if labelled and label is not None:
                    actors = labelled
                    item_text = label.group("rest")  # "Polis: Genomföra ..." -> the pledge without its label
                elif subject_actors(item_text):
                    actors, own = _actors_from_text(item_text, lead_actors)
                elif responsible:
                    actors = list(responsible)
                else:
                    actors, own = _actors_from_text(item_text, label_actors or lead_actors)
                _add(
                    drafts, seen, item_text, item_theme, actors, block, "list_item", section_index, responsible,
                    own_actors=own,
                )
                continue
            # A paragraph: a lead-in, an actor label, an "Ansvarig:" line, or prose pledges.
            if RESPONSIBLE_LINE.match(text):
                continue
            label = re.match(r"^([\wåäöÅÄÖ /\-]+):$", text)
            if label and len(text.split()) <= 5:
                labelled = _label_actors(label.group(1))
                if labelled:
                    label_actors = labelled
                    list_mode = True
                    continue
            if _is_lead_in(text):
                # A lead-in may close a longer paragraph (a PDF line break is
                # not always a paragraph break): judge its last sentence.
                last = SENTENCE_SPLIT.split(text)[-1]
                if strict:
                    list_mode = bool(STRONG_LEAD_IN.search(last)) and text.endswith(":")
                else:
                    list_mode = _list_is_pledges(last)
                lead_actors = _lead_in_actors(last)
                label_actors = None
                continue
            if strict:
                list_mode = False
                continue
            for sentence in SENTENCE_SPLIT.split(text):
                words = len(sentence.split())
                commits = COMMITMENT.search(sentence) or subject_actors(sentence)
                if commits and not META.search(sentence) and words >= 5 and not sentence.rstrip().endswith(":"):
                    actors, own = _actors_from_text(sentence, lead_actors)
                    _add(drafts, seen, sentence, theme, actors, block, "paragraph", section_index, [], own_actors=own)
    return drafts


def _add(
    drafts: list[PledgeDraft],
    seen: set[str],
    text: str,
    theme: str | None,
    actors: list[str],
    block: Block,
    layout: str,
    section_index: int,
    responsible: list[str],
    quant_text: str | None = None,
    own_actors: bool = False,
) -> None:
    key = re.sub(r"[^\wåäö]+", " ", text.lower()).strip()
    if not key or key in seen:
        return  # council minutes print the same pledges twice
    seen.add(key)
    drafts.append(
        PledgeDraft(
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
    )
