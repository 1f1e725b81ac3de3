"""Signature blocks: who signs, with what title, for which side, on what date.

Layouts seen in the genre (DOMAIN.md):

* name, then title, then sometimes the organisation, one per line;
* title first, then the name ("Kommunstyrelsens ordförande / Cecilia V Burenby");
* "Name, title" on one line; "/title" lines under the name;
* two people side by side: names on one line, titles on the next, the
  columns separated by a wide gap;
* a title broken over two lines ("Kommunstyrelsens / ordförande");
* a place-and-date line before the block ("Ljungby 2020-12-21", "Laxå den
  26 oktober 2018", "Mjölby den 30/6 2023") or a date line before each person;
* organisation lines ("Ljungby kommun", "Polismyndigheten") above or below.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable

from pledgeparse.extract.gazetteer import COMPASS, first_names, known_police_area
from pledgeparse.extract.prose_signatures import signers_in_list
from pledgeparse.extract.signature_words import (
    COLUMN_GAP,
    PARTY,
    TITLE_WORDS,
    SignatoryDraft,
    is_date_line,
    parse_date,
    side_of,
)

ORG_LINE = re.compile(
    r"^(polismyndigheten|polisen|lokalpolisen|region\s+\w+|polisregion\s+\w+|"
    r"lokalpolisområde\s+[\wåäöÅÄÖ\- ]+|lpo\s+[\wåäöÅÄÖ\-]+|polisområde\s+[\wåäöÅÄÖ\- ]+|"
    r"[\wåäöÅÄÖ\-]+s?\s+(kommun|stad)|kommunen|kommunstyrelsen|"
    r"[\wåäöÅÄÖ\- ]*förvaltning(en)?|[\wåäöÅÄÖ\-]+s?\s+[\wåäöÅÄÖ\-]*förvaltning(en)?|"
    # a company or a federation of municipalities: "Kvarnstens Bostäder AB", "Räddningstjänstförbundet"
    r"(?:[\wåäöÅÄÖ&\-]+\s+){1,4}ab|[\wåäöÅÄÖ\- ]*förbund(et)?)$",
    re.IGNORECASE,
)
NOT_NAME_WORDS = re.compile(
    r"\b(kommun|kommuns|kommunen|stad|polis|polisen|region|lokalpolis|lokalpolisområde[t]?|polisområde[t]?|lpo|"
    r"polisregion|förvaltning|styrelse|"
    r"medborgarlöfte|medborgarlöften|datum|sida|telefon|akten|bilaga|och|för|med|till|den|det|"
    r"av|att|om|på|i|samverkan|trygghet|uppföljning|dokument)\b",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"^([A-ZÅÄÖÉÜ][a-zåäöéüëøæß'’]+(-[A-ZÅÄÖÉÜ][a-zåäöéüëøæß'’]+)?|[A-ZÅÄÖ]\.?)$")


def is_title(line: str) -> bool:
    line = line.strip().lstrip("/").strip()
    return bool(line) and len(line.split()) <= 8 and bool(TITLE_WORDS.search(line)) and not line.endswith(".")


def is_org(line: str) -> bool:
    return bool(ORG_LINE.match(line.strip())) and not is_title(line)


def is_person_name(line: str, strict: bool = True) -> bool:
    """A line that is a person's name: 2-4 capitalised tokens, no common words.

    With ``strict``, the first token must be a known given name; without, any
    capitalised tokens do (used when a title line stands next to it).
    """
    line = line.strip()
    tokens = line.split()
    if not 2 <= len(tokens) <= 5 or NOT_NAME_WORDS.search(line) or TITLE_WORDS.search(line):
        return False
    if not all(_NAME_TOKEN.match(t) for t in tokens):
        return False
    if len(tokens[0]) < 2 or len(tokens[-1].rstrip(".")) < 2:
        return False
    if strict:
        return tokens[0] in first_names() or tokens[0].split("-")[0] in first_names()
    return True


def _join_continuations(lines: list[str]) -> list[str]:
    """Join a line broken before a lower-case word ("Kommunstyrelsens / ordförande")."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        # (not a title in lower case under a name: "Sara Håkansson" / "tf kommundirektör")
        if out and stripped[:1].islower() and not out[-1].endswith((".", ":")) and not is_person_name(out[-1], False):
            out[-1] = out[-1] + " " + stripped
        else:
            out.append(stripped)
    return out


_NAME_TITLE_SEPARATOR = re.compile(r"\s*,\s*|\s+[–—-]\s+")


def _split_name_title(line: str) -> tuple[str, str, str | None] | None:
    """ "Eva Berg, Kommunstyrelsens ordförande[, Vara kommun]" or "Eva Berg (S)
    – kommunalråd" -> (name, title, organisation). A signed copy's "/Eva Berg, ..." is the same line."""
    line = line.strip().strip("/").strip()
    parts = _NAME_TITLE_SEPARATOR.split(PARTY.sub("", line), maxsplit=1)
    if len(parts) < 2:
        return None
    name, rest = parts
    title, organisation = title_and_org(rest)
    if is_person_name(name, strict=False) and is_title(title):
        return name.strip(), title, organisation
    return None


def _title_then_name(line: str) -> tuple[str, str] | None:
    """ "Kommunstyrelsens ordförande Eva Berg", "Lokalpolisområdeschef Per Ek (tf)": a title
    printed before the name on one line -> (title, name)."""
    tokens = PARTY.sub("", line).split()
    # (three names first: "Lokalpolisområdeschef LPO Motala Anders Gustav Pihl" is Anders Gustav Pihl)
    for size in (3, 2):
        if len(tokens) <= size:
            continue
        name, title = " ".join(tokens[-size:]), " ".join(tokens[:-size])
        if is_person_name(name) and is_title(title) and not is_person_name(title, strict=False):
            return title, name
    return None


def title_and_org(text: str) -> tuple[str, str | None]:
    """ "Kommunstyrelsens ordförande, Ale kommun" -> (title, organisation)."""
    head, _, last = text.rpartition(",")
    if head.strip() and is_org(last):
        return head.strip(), last.strip()
    return text.strip(), None


def looks_like_signature_block(text: str) -> bool:
    """Strong evidence of a signature: a name next to a title, or "Name, title"."""
    lines = [part for line in _join_continuations(text.split("\n")) for part in _for_side(line)]
    lines = [re.sub(r"^\s*/\s*", "", line) for line in lines]  # "/Birgitta Sandahl": signed with a slash
    dated = bool(lines) and is_date_line(lines[0])
    if dated:
        lines = lines[1:]
    if len(lines) > 12:
        return False
    for i, line in enumerate(lines):
        if _split_name_title(line) or ((dated or len(lines) > 1) and _title_then_name(line)):
            return True  # ("Vadstena 2024-12-09" / "Kommunstyrelsens ordförande Karin Lund (KD)")
        columns = [c.strip().lstrip("/").strip() for c in COLUMN_GAP.split(line)]  # ("/Eva Lund     /Per Ek")
        if len(columns) > 1 and all(is_person_name(c, strict=False) for c in columns):
            return True
        if is_person_name(line, strict=False):
            neighbours = lines[max(0, i - 1) : i] + lines[i + 1 : i + 2]
            if any(is_title(n) for n in neighbours):
                return True
    return False


def _columns(lines: list[str]) -> list[list[str]]:
    """Undo side-by-side columns: runs of lines split by wide gaps become
    one line list per column, read left column first."""
    out: list[list[str]] = [[]]
    i = 0
    while i < len(lines):
        parts = [p.strip() for p in COLUMN_GAP.split(lines[i]) if p.strip()]
        if len(parts) < 2:
            out[0].append(lines[i])
            i += 1
            continue
        width = len(parts)
        starts = _column_starts(lines[i])
        run: list[list[str]] = []
        while i < len(lines):
            parts = [p.strip() for p in COLUMN_GAP.split(lines[i]) if p.strip()]
            if len(parts) != width:
                # A title that fills its column leaves a narrow gap: cut where the names' columns begin.
                parts = _cut_at(lines[i], starts) if starts else []
                if len(parts) != width:
                    break
            run.append(parts)
            i += 1
        if all(is_person_name(row[0], strict=False) and is_title(row[1]) for row in run):
            # "Lena Ask     Kommunstyrelsens ordförande     Älmhults kommun": a table of signers,
            # a row each (name, title, organisation), not people side by side
            out.append([line for row in run for line in (f"{row[0]}, {row[1]}", *row[2:])])
            continue
        for col in range(width):
            out.append([row[col] for row in run])
    return [c for c in out if c]


def _column_starts(line: str) -> list[int]:
    """Where the columns of a space-aligned line begin (none for a tab-separated one)."""
    if "\t" in line:
        return []
    return [m.start() for m in re.finditer(r"(?:^|(?<= {3}))\S", line)]


def _cut_at(line: str, starts: list[int]) -> list[str]:
    """``line`` cut at the given column starts, where each cut falls between words; else []."""
    if "\t" in line:
        return []
    for start in starts[1:]:
        if start >= len(line) or line[start - 1] != " " or line[start] == " ":
            return []
    bounds = [*starts, len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(bounds) if line[a:b].strip()]


def _width(line: str) -> int:
    return len([p for p in COLUMN_GAP.split(line.strip()) if p.strip()])


def _merge_column_rows(blocks_lines: list[list[str]]) -> list[list[str]]:
    """Lines that belong together although printed as separate blocks: side-
    by-side rows with a blank line between titles and names, and runs of
    one-line blocks (a name, then its title) in text without blank lines."""
    merged: list[list[str]] = []
    previous_single = False
    for lines in blocks_lines:
        lines = [line for line in lines if line.strip()]
        single = len(lines) == 1
        if (
            merged and single and _width(lines[0]) > 1 and merged[-1] and _width(merged[-1][-1]) == _width(lines[0])
        ) or (merged and single and previous_single and _width(lines[0]) == 1 and not is_date_line(lines[0])):
            merged[-1].append(lines[0])
        else:
            merged.append(list(lines))
        previous_single = single and _width(lines[0]) == 1
    return merged


def _split_in_two(line: str, part_ok: Callable[[str], bool]) -> tuple[str, str] | None:
    """The one place where a line splits into two parts that both pass, the
    second starting with a capital; None when there is none or several."""
    tokens = line.split()
    splits = [
        (" ".join(tokens[:k]), " ".join(tokens[k:]))
        for k in range(1, len(tokens))
        if tokens[k][:1].isupper() and part_ok(" ".join(tokens[:k])) and part_ok(" ".join(tokens[k:]))
    ]
    return splits[0] if len(splits) == 1 else None


def _unglue(lines: list[str]) -> list[str]:
    """Two columns whose gap was lost (HTML collapses white space, a PDF
    reader may too): "Eva Lind Per Ek" over "Kommunstyrelsens ordförande
    Lokalpolisområdeschef" become two columns again."""
    out = list(lines)
    for i in range(len(out) - 1):
        if _width(out[i]) > 1 or _width(out[i + 1]) > 1:
            continue
        names = _split_in_two(out[i].strip(), lambda part: is_person_name(part) and len(part.split()) <= 3)
        titles = _split_in_two(
            out[i + 1].strip(), lambda part: is_title(part) and not is_person_name(part, strict=False)
        )
        if names and titles:
            out[i], out[i + 1] = "     ".join(names), "     ".join(titles)
    return [_name_beside_title(line) for line in out]


def _name_beside_title(line: str) -> str:
    """A name and its title side by side on one row ("Eva Lind    Kommunalråd",
    or with the gap lost) read as "Eva Lind, Kommunalråd"."""
    parts = [p.strip() for p in COLUMN_GAP.split(line.strip()) if p.strip()]
    if len(parts) == 1 and _split_name_title(parts[0]):
        return line  # "Eva Berg Lund (M), kommunalråd": already a name, a comma and its title
    if len(parts) == 1:
        tokens = parts[0].split()
        for k in range(2, min(4, len(tokens) - 1) + 1):
            name, title = " ".join(tokens[:k]), " ".join(tokens[k:])
            if is_person_name(name) and is_title(title) and not TITLE_WORDS.search(name) and tokens[k][:1].isupper():
                return f"{name}, {title}"
        return line
    if (
        len(parts) == 2
        and is_person_name(parts[0], strict=False)
        and is_title(parts[1])
        and not is_person_name(parts[1], strict=False)
    ):
        return f"{parts[0]}, {parts[1]}"
    return line


def _sequence(blocks_lines: list[list[str]]) -> list[str | None]:
    """The signature part's lines in reading order, columns undone, with
    ``None`` where a block (or a column) ends."""
    sequence: list[str | None] = []
    for raw_lines in _merge_column_rows(blocks_lines):
        for index, column in enumerate(_columns(_unglue([line for line in raw_lines if line.strip()]))):
            sequence.append(COLUMN if index else None)
            for line in _join_continuations(column):
                sequence.extend(_for_side(_slashed_name(PARTY.sub("", line).strip())))
    return sequence


def _slashed_name(line: str) -> str:
    """ "/Mona Karlsson", "/Mona Karlsson, kommunchef": a name signed with a slash before it, as
    Swedish letters sign."""
    rest = line[1:].strip() if line.startswith("/") else ""
    # (the name may stand alone, or before its title: "/Eva Berg, kommunchef")
    return rest if rest and (is_person_name(rest, strict=False) or _split_name_title(rest)) else line


FOR_SIDE = re.compile(r"^för\s+(?P<org>[^:]{2,40}):\s*(?P<rest>.*)$", re.IGNORECASE)


def _for_side(line: str) -> list[str]:
    """ "För polisen: Per Ek, lokalpolisområdeschef" -> an organisation line
    ("Polisen") and the rest."""
    m = FOR_SIDE.match(line)
    if not m or not is_org(m.group("org")):
        return [line]
    org = m.group("org").strip()
    return [org[0].upper() + org[1:]] + ([m.group("rest").strip()] if m.group("rest").strip() else [])


# Marks the start of a column printed beside the previous one: what follows
# belongs to another person, so an organisation line never looks past it.
COLUMN = "\x00column"


AREA_COMPASS = re.compile(rf"^{COMPASS} [A-ZÅÄÖ][\wåäö-]+$")


def _is_area_line(line: str, title: str) -> bool:
    """The police area's name printed under a police title, which belongs to the title."""
    if not re.search(r"polisområde|\blpo\b", title, re.IGNORECASE) or re.search(r"\b(19|20)\d\d\b", line):
        return False
    return bool(AREA_COMPASS.match(line)) or known_police_area(line) is not None


def _listed(line: str) -> list[SignatoryDraft]:
    """Several people with their titles on one line."""
    return signers_in_list(line) if line.count(",") + line.count("–") + line.count(" och ") >= 1 else []


_NAME_WITH_ORG = re.compile(r"^(?P<name>[^(),]+?)\s*\((?P<org>[^()]+)\)$")


def _listed_with_orgs(line: str) -> list[SignatoryDraft]:
    """ "Eva Berg (Ydre kommun), Per Ek (Kinda kommun) och Ida Lund (Polisen)": people with their
    organisations in parentheses and no titles; [] unless every part is one."""
    parts = re.split(r"\s*,\s*|\s+(?:och|samt)\s+", line.strip().rstrip("."))
    people = []
    for part in parts:
        m = _NAME_WITH_ORG.match(part)
        if not m or not is_person_name(m.group("name"), strict=False) or not is_org(m.group("org")):
            return []
        people.append(SignatoryDraft(m.group("name").strip(), None, m.group("org").strip(), None))
    return people


class _Reader:
    """The state of one read of a signature part: the people so far, the
    organisation and date lines that apply to the next ones, and the person
    (or the title) still waiting for its other half."""

    def __init__(self) -> None:
        self.people: list[SignatoryDraft] = []
        self.org: str | None = None
        self.date: dt.date | None = None
        self.pending: SignatoryDraft | None = None
        self.pending_title: str | None = None

    def line(self, clean: str, prev: str | None, nxt: str) -> None:
        if is_date_line(clean):
            self.date, self.pending = parse_date(clean), None
        elif listed := _listed(clean) or _listed_with_orgs(clean):
            for person in listed:
                person.organisation, person.date = person.organisation or self.org, self.date
            self.people.extend(listed)
            self.pending = None
        elif split := _split_name_title(clean):
            self._add(SignatoryDraft(split[0], split[1], split[2] or self.org, self.date))
        elif before := _title_then_name(clean):
            self._add(SignatoryDraft(before[1], before[0], self.org, self.date))
        elif is_title(clean) and not is_person_name(clean, strict=False):
            self._title(clean, prev)
        elif is_person_name(clean, strict=False) and (
            is_title(nxt) or self.pending_title or is_person_name(clean) or nxt.startswith("/")
        ):
            self._add(SignatoryDraft(clean, self.pending_title, self.org, self.date))
            self.pending_title = None
        elif self.pending is not None and self.pending.title and _is_area_line(clean, self.pending.title):
            self.pending.title = f"{self.pending.title} {clean}"  # "Lokalpolisområdeschef" over "Östra Fyrbodal"
        elif is_org(clean):
            self._org(clean, nxt)
        else:
            self.pending = None

    def _add(self, person: SignatoryDraft) -> None:
        self.pending = person
        self.people.append(person)

    def _title(self, clean: str, prev: str | None) -> None:
        title, title_org = title_and_org(clean.lstrip("/"))
        pending = self.pending
        if pending is not None and pending.title is None:
            pending.title = title
            pending.organisation = title_org or pending.organisation
        elif (
            pending is not None
            and pending.title is not None
            and prev is not None
            and prev.lstrip("/").strip() == pending.title
        ):
            pending.title = f"{pending.title} {title}"  # a title on two lines of one block
        else:
            self.pending_title, self.pending = title, None

    def _org(self, clean: str, nxt: str) -> None:
        """An organisation line closes the person before it when no one follows, else heads the people after it."""
        heads_next = is_person_name(nxt, strict=False) or is_title(nxt)
        pending = self.pending
        if (
            pending is not None
            and pending.title is not None
            and pending.organisation in (None, self.org)
            and not heads_next
        ):
            pending.organisation = clean
        else:
            self.org = clean


def extract(blocks_lines: list[list[str]]) -> list[SignatoryDraft]:
    """Signatories from the lines of one signature part, one list per block.

    The part is read as one sequence: a title may stand in the block before
    its name, an organisation line heads the people after it (or closes the
    person before it when no one follows), a date line applies to everyone
    after it.
    """
    reader = _Reader()
    sequence = _sequence(blocks_lines)
    for index, clean in enumerate(sequence):
        if clean is None or clean == COLUMN:
            continue
        prev = sequence[index - 1] if index else None  # None (or COLUMN) across a boundary
        nxt = next((x for x in sequence[index + 1 :] if x is not None), "")
        reader.line(clean, None if prev == COLUMN else prev, "" if nxt == COLUMN else nxt)
    for person in reader.people:
        person.side = side_of(person.title, person.organisation)
    return reader.people
