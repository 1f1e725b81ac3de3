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

from pledgeparse.extract.actors import subject_actors
from pledgeparse.extract.pledge_items import (
    Candidate,
    PledgeDraft,
    label_actors,
)
from pledgeparse.extract.pledge_walker import (
    Walker,
)
from pledgeparse.extract.pledge_words import (
    ACTION_START,
    ACTOR_LABEL,
    COMMITMENT,
    QUOTE_ITEM,
    STRONG_LEAD_IN,
    prose_is_pledge,
    prose_signals,
    starts_infinitive,
)
from pledgeparse.extract.segment import SectionSpan
from pledgeparse.models import BlockKind, SectionRole

# Parts whose lists are never pledges when no heading names the pledge part.
NO_PLEDGE_ROLES = {
    SectionRole.intro,
    SectionRole.background,
    SectionRole.situation,
    SectionRole.goals,
    SectionRole.follow_up,
    SectionRole.signatures,
}


def pledge_part(sections: list[SectionSpan]) -> list[int]:
    """The sections that hold the pledges: those announced as the pledge part,
    else those outside the no-pledge roles that hold a list or table."""
    indexes = [i for i, s in enumerate(sections) if s.role is SectionRole.promises]
    if indexes:
        return indexes
    # No section announces the pledges: look for lists and tables elsewhere.
    return [
        i
        for i, s in enumerate(sections)
        if s.role not in NO_PLEDGE_ROLES
        and any(
            b.kind in (BlockKind.list_item, BlockKind.table_row) and not QUOTE_ITEM.search(b.text) for b in s.blocks
        )
    ]  # a news page's dashed quotation ("– Vi vill synas, säger X") is no list


LEAD_IN_HOSTS = {SectionRole.intro, SectionRole.background, SectionRole.other}


def lead_in_parts(sections: list[SectionSpan]) -> list[int]:
    """Sections outside the pledge part where a lead-in announces pledges,
    as council minutes do in "Ärendebeskrivning" ("... innehåller följande
    åtaganden:")."""
    found = []
    for index, section in enumerate(sections):
        if section.role not in LEAD_IN_HOSTS:
            continue
        for block, nxt in zip(section.blocks, section.blocks[1:], strict=False):
            if (
                block.kind is BlockKind.paragraph
                and block.text.rstrip().endswith(":")
                and STRONG_LEAD_IN.search(block.text)
                and nxt.kind is BlockKind.list_item
            ):
                found.append(index)
                break
    return found


def candidates(
    sections: list[SectionSpan], pledge_section_indexes: Sequence[int], lead_in_section_indexes: Sequence[int] = ()
) -> list[Candidate]:
    """Every list item, table row and prose sentence of the document, in order,
    with the rules' verdict (the walker's, then the whole document's) and its context."""
    walked = Walker(sections, set(pledge_section_indexes), set(lead_in_section_indexes)).run()
    return drop_headline(document_rules(drop_summaries(walked)), sections)


def drop_headline(found: list[Candidate], sections: list[SectionSpan]) -> list[Candidate]:
    """A news page's headline ("Polis och kommun lovar tryggare centrum") sums up the page;
    it is not a pledge. It is a line without a full stop above the text's first paragraph,
    among the site's name and the section's label ("Kronobergsnytt" / "VÄXJÖ")."""
    headlines = []
    for block in [b for s in sections for b in s.blocks][:HEADLINE_BLOCKS]:
        text = block.text.strip()
        if block.kind not in (BlockKind.paragraph, BlockKind.heading) or "\n" in text or len(text) > HEADLINE_MAX:
            break
        if re.search(r"[.!?:;…]$", text):
            break  # the text has begun
        headlines.append(block)
    for c in found:
        if any(c.draft.block is block for block in headlines):
            c.rule = False
    return found


HEADLINE_MAX = 120  # a headline is shorter; the first paragraph of text is longer
HEADLINE_BLOCKS = 16  # the site's name, its menu, the section's label, the headline


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
    return unique([c.draft for c in found if c.rule], set(pledge_section_indexes))


# Items about the document or addressed to the reader: "Medborgarlöftet gäller under ...", "Om du har synpunkter ...".
ADMIN_ITEM = re.compile(
    r"^(medborgarlöftet|löftet|löftena|detta|avtalet)\s+(gäller|löper|revideras|följs upp|utvärderas|kan)\b|"
    # What a pledge or the method is ("Ett medborgarlöfte är ...", "Arbetssättet infördes 2015"): a fact box.
    r"^(ett medborgarlöfte|medborgarlöften|medborgarlöftet|löftet|arbetssättet|metoden)\s+"
    r"(är|var|bygger|byggde|innebär|handlar|infördes|togs fram|tas fram|beslutas|undertecknas)\b|"
    r"\b(du|dig|din|ditt|dina)\b|"
    # A council's decision about the document: "uppdra åt kommundirektören att underteckna medborgarlöftet".
    r"\b(underteckna|godkänna|anta|fastställa)\s+(det\s+)?(nya\s+)?(medborgar)?löfte|"
    # A calendar's entry: "Domsjö centrum, tisdag 17 oktober kl. 15–18" (where and when, nothing done)
    r"^[^.]{0,60}\b(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(en)?\s+(den\s+)?\d{1,2}\s+\w+\s+"
    r"(kl\.?|klockan)\s*\d{1,2}([.:]\d\d)?\s*[–-]\s*\d{1,2}([.:]\d\d)?\s*$",
    re.IGNORECASE,
)


def _short(c: Candidate) -> bool:
    """A short nominal item ("Trafik.", "Narkotika och alkohol"), not an action ("Insatser mot våld")."""
    text = c.draft.text.strip()
    label = ACTOR_LABEL.match(text)
    if label and label_actors(label.group("label")):
        # "Kommun: Anordna lovaktiviteter.": what follows the label, whose verb may be capitalised.
        rest = label.group("rest")
        text = rest[:1].lower() + rest[1:]
    return len(text.split()) <= 3 and not ACTION_START.match(text) and not starts_infinitive(text)


def _same_list(a: Candidate, b: Candidate) -> bool:
    """Two items of one list: the same section, under the same lead-in."""
    return a.draft.section_index == b.draft.section_index and a.features.get("lead") == b.features.get("lead")


def document_rules(found: list[Candidate]) -> list[Candidate]:
    """Decisions that need the whole document: short nominal lists are focus
    areas ("Trafik.", "Bostadsinbrott."); fragments of fewer than three words
    are not pledges; a page with no pledge part and no pledge list (a news
    item) gives its pledges in sentences where a party commits itself; and a
    page that would give no pledge at all gives the list whose items commit."""
    run: list[Candidate] = []
    for c in [*found, None]:
        if c is not None and c.draft.layout == "list_item" and (not run or _same_list(run[-1], c)):
            run.append(c)
            continue
        if run and sum(_short(x) for x in run) * 2 >= len(run):
            for x in run:
                if not x.draft.own_actors or _short(x):
                    x.rule = False
        if _purpose_list(run):
            for x in run:
                x.rule = False
        run = [c] if c is not None and c.draft.layout == "list_item" else []
    for c in found:
        fragment = len(c.draft.text.split()) < 3 and not starts_infinitive(c.draft.text)
        if fragment or (c.draft.layout == "list_item" and _admin(c.draft.text)) or REPORTED_VIEW.match(c.draft.text):
            c.rule = False
    if not any(c.in_part and c.rule for c in found):
        for c in found:
            if not c.rule and c.signals.get("commits"):
                c.rule = prose_is_pledge(c.signals, True, False)
        if not any(c.rule for c in found):
            # Nothing at all: a list whose items each commit someone ("Polisen ska ...",
            # "genomföra ... varje vecka") is the pledges, wherever the page put it.
            for c in found:
                if (
                    c.draft.layout == "list_item"
                    and c.features.get("role") not in _NEVER_PLEDGES
                    # (not under a lead-in that refused its list: "Kommunstyrelsen beslutar att")
                    and c.features.get("lead_focus") != "True"
                    and _commits(c)
                    and not prose_signals(c.draft.text)["past"]  # "Polisen genomförde 38 kontroller": a result
                ):
                    c.rule = True
    return found


# What a pledge is for, not what anyone does: "öka tryggheten", "bidra till ...", "bygga på ...".
_PURPOSE_VERB = re.compile(
    r"^(?:att\s+)?(?:öka|bidra|stärka|skapa|bygga|utgå|vara|leda|främja|göra\s+det|ge\s+(?:invånarna|medborgarna)|"
    r"göra\s+.{0,60}\b(?:synlig|synligt|synliga|tydlig|tydligt|enklare|lättare|tryggare)\b)",
    re.IGNORECASE,
)


def _purpose_list(run: list[Candidate]) -> bool:
    """ "Medborgarlöftet ska:" over "öka tryggheten ..." / "bygga på invånarnas ...": a lead-in that
    names the pledge document and promises nothing, over items that each say what it is for,
    is a purpose list (GOLD.md 3), however the lead-in ends."""
    first = run[0].features if run else {}
    return (
        len(run) >= 2
        and first.get("lead_doc") == "True"
        and first.get("lead") != "strong"
        and all(_PURPOSE_VERB.match(c.draft.text.strip()) for c in run)
    )


# "Karin Berg hoppas att löftena ska märkas", "Kommunpolisen Jonas Ek tror att ...": what someone
# hopes or thinks, reported by a news page (after its list, it reads like one more item).
REPORTED_VIEW = re.compile(
    # (a title before the name: "Kommunstyrelsens ordförande Eva Berg tror att ...")
    r"^(?:[A-ZÅÄÖ][\wåäöé\-]*\s+(?:[a-zåäö][\wåäöé\-]*\s+){0,2}(?=[A-ZÅÄÖ]))?"
    r"(?:[A-ZÅÄÖ][\wåäöé\-]*\s+){1,4}(?:\([A-ZÅÄÖ]{1,3}\)\s+)?(?:hoppas|tror|menar|anser|tycker|säger|betonar|"
    r"konstaterar|understryker|berättar|framhåller)\s+(?:också\s+|även\s+)?att\b"
)
_NEVER_PLEDGES = {SectionRole.goals.value, SectionRole.signatures.value, SectionRole.follow_up.value}


def _admin(text: str) -> bool:
    """An item about the document or addressed to the reader. An item that begins as
    a pledge ("Att ha en öppen mottagning där du kan ...", "Vi bjuder in till möten där
    du får höra ...") may still speak to the reader in a clause of its own."""
    found = ADMIN_ITEM.search(text)
    if found is None or found.group(0).lower() not in READER:
        return found is not None
    if starts_infinitive(text):
        return False
    clause = READER_CLAUSE.search(text)
    return not (clause and clause.start() <= found.start() and subject_actors(text[: clause.start()]))


# "... där du får höra", "... så att du vet": the reader in a clause under the sentence's own.
READER_CLAUSE = re.compile(r",?\s+\b(där|dit|som|så att|när|om)\s+(du|ni)\b", re.IGNORECASE)


READER = {"du", "dig", "din", "ditt", "dina"}


def _commits(c: Candidate) -> bool:
    text = c.draft.text
    return bool(COMMITMENT.search(text)) and not _admin(text) and not QUOTE_ITEM.search(text)


def drop_summaries(found: list[Candidate]) -> list[Candidate]:
    """A promise in prose before the pledge part ("Under 2021 lovar polisen och
    kommunen att ...") sums up the pledges that follow; it is not one of them."""
    first_listed = next(
        (i for i, c in enumerate(found) if c.rule and (c.draft.layout != "paragraph" or c.in_part)),
        None,
    )
    if first_listed is None:
        return found
    before = [c for c in found[:first_listed] if c.rule and c.draft.layout == "paragraph" and not c.in_part]
    if sum(c.rule for c in found[first_listed:]) < min(2, len(before)):
        # One pledge-like line after several promises in prose (a news item's sentences,
        # then a "related pages" heading): the prose is what the page pledges.
        return found
    for c in found[:first_listed]:
        # (a promise under a heading of its own, "Mer polis på kvällarna", is one of the pledges
        # a news item gives in sentences before its list of the others)
        if c.draft.layout == "paragraph" and not c.in_part and c.draft.theme is None:
            c.rule = False
    return found


def unique(drafts: list[PledgeDraft], part: set[int] | None = None) -> list[PledgeDraft]:
    """Each pledge once: council minutes and news pages print the same pledges twice, and
    the second copy of a text cut off may end mid-pledge (a start of one already read).
    The copy in the pledge part (``part``, section indexes) says more than one in the
    minutes' description of the matter, which only lists it."""
    part = part or set()
    seen: dict[str, int] = {}
    out: list[PledgeDraft] = []
    for index, draft in enumerate(drafts):
        # (a word hyphenated over a line break is the same word: "vårdnads- havare")
        key = re.sub(r"[^\wåäö]+", " ", re.sub(r"(?<=[a-zåäö])- (?=[a-zåäö])", "", draft.text.lower())).strip()
        if not key:
            continue
        if key in seen:
            kept = out[seen[key]]
            if (kept.theme is None and draft.theme is not None) or (
                kept.section_index not in part and draft.section_index in part and kept.theme == draft.theme
            ):
                out[seen[key]] = draft  # the copy that stands under its theme (the pledge part's) says more
            continue
        last = index == len(drafts) - 1
        if (
            (last or len(key.split()) >= PREFIX_WORDS)
            and len(key.split()) >= 3
            and any(k.startswith(key + " ") for k in seen)
        ):
            continue
        # An earlier copy cut off by a page break ("... kontroller i trafiken" / "§ 42 fortsättning"),
        # then the whole pledge: the whole one takes the earlier's place.
        shorter = next((k for k in seen if len(k.split()) >= PREFIX_WORDS and key.startswith(k + " ")), None)
        if shorter is not None:
            position = seen.pop(shorter)
            out[position] = draft
            seen[key] = position
            continue
        seen[key] = len(out)
        out.append(draft)
    return out


PREFIX_WORDS = 5  # a copy this long that starts another is the same pledge, cut off
