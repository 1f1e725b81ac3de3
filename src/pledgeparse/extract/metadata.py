"""Document metadata: municipalities, police area and period.

Traps (DOMAIN.md): genitive names ("Lekebergs kommun" is Lekeberg); a police
area named after a municipality ("lokalpolisområde Ljungby") is not a
mention of that municipality; the police area's name can differ from the
municipality's (Lekeberg is in lokalpolisområde Örebro); joint pledges name
several municipalities; council minutes mention other periods (the
cooperation agreement's 2023-2026) next to the pledge's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgeparse.extract.gazetteer import (
    COMPASS,
    district_municipality,
    first_names,
    known_police_area,
    municipalities,
    municipality_pattern,
    resolve_municipality,
)
from pledgeparse.extract.period import find_period

_CAPWORD = r"[A-ZÅÄÖ][\wåäöéÅÄÖ\-]*"
# A police area's name: one or two capitalised words, or a slash pair
# ("Luleå/Boden"), optionally after a compass word ("Södra Ångermanland",
# "södra Ångermanland"); a lower-case second word ("Piteå älvdal") is taken
# only when the gazetteer knows the whole name.
# Words of a name are one or two spaces apart: a wider gap, or a tab, is the next column
# of a side-by-side signature ("Lokalpolisområdeschef        Vd Vara Bostäder AB").
_AREA_NAME = rf"(?P<name>(?:{COMPASS} {{1,2}})?{_CAPWORD}(?:(?: ?/ ?| {{1,2}}){_CAPWORD})?)(?P<tail> {{1,2}}[a-zåäö]+)?"
# Explicit cues, strongest first: "lokalpolisområde X", "LPO X", "chef för
# lokalpolisområde X", "lokalpolisen (i) X"; the name may stand on the next
# line (a hard-wrapped PDF line, a signer's title over the area's name).
POLICE_AREA_RE = re.compile(
    r"(?i:\blokalpolisområde(?:t|ts|schef(?:en)?)?(?:[ \t]+i)?|\blpo|\blokalpolisen(?:[ \t]+i)?)"
    rf"(?:[ \t]*\n[ \t]*| {{1,2}})(?!(?i:lokalpolisområde|lpo|polismyndigheten|polisen|och|samt)\b){_AREA_NAME}",
)
# "Skellefteås lokalpolisområdeschef", "Trelleborgs lokalpolisområde".
AREA_BEFORE_CUE_RE = re.compile(
    rf"(?P<name>(?:{COMPASS}[ \t]+)?{_CAPWORD})[ \t]+(?i:lokalpolisområde(?:t|schef(?:en)?)?)\b"
)
POLICE_IN_PLACE_RE = re.compile(rf"\b[Pp]olisen[ \t]+i[ \t]+(?P<name>{_CAPWORD}(?:[ \-]{_CAPWORD})?)\b")
# "chef polisen Södra Ångermanland": a compass name is an area, never a town or a person.
POLICE_COMPASS_RE = re.compile(rf"\b[Pp]olisen[ \t]+(?:i[ \t]+)?(?P<name>{COMPASS}[ \t]+{_CAPWORD})\b")
AREA_PREFIX = re.compile(r"(lokalpolisområde(?:t|schef)?|\blpo|lokalpolisen\s+i|polisområde)\s+$", re.IGNORECASE)
NOT_AREA = re.compile(
    r"(gatan|vägen|torget|gränd|allén|parken|stigen|backen|huset|skolan|borna)$"
    r"|(?:^|\s)(plan|torg|centrum|kommun|kommuns|stad|län|region|polisen|polis)$",
    re.IGNORECASE,
)
_AREA_STOPWORDS = {
    "och",
    "i",
    "samt",
    "polisen",
    "som",
    "har",
    "med",
    "för",
    "kommer",
    "ska",
    "är",
    "den",
    "det",
    "en",
    "ett",
}
# "Medborgarlöftet för Töreboda", "medborgarlöften i Hjo": the place the pledge is for.
PLEDGE_OF_PLACE = re.compile(r"\bmedborgarlöft\w*[ \t]+(?:för|i)[ \t]+$", re.IGNORECASE)
_IN = r"(?:(?:på|i)\s+)?"
ENUMERATION = re.compile(
    # "kommunerna Tibro, Hjo och Karlsborg", "kommunerna på Orust, Tjörn och i Stenungsund"
    rf"(?:\bkommunerna|\bde (?:två|tre|fyra|fem) kommunerna)\s+(?P<a>{_IN}{_CAPWORD}(?:\s*,\s*{_IN}{_CAPWORD})*\s+(?:och|samt)\s+{_IN}{_CAPWORD})"
    rf"|(?P<b>{_CAPWORD}s?(?:\s*,\s*{_CAPWORD}s?)*\s+(?:och|samt)\s+{_CAPWORD}s?)\s+kommuner"
    # "Vännäs och Bjurholm har ett gemensamt medborgarlöfte": places that give one pledge together
    rf"|(?P<c>{_CAPWORD}(?:\s*,\s*{_CAPWORD})*\s+(?:och|samt)\s+{_CAPWORD})\s+(?:har|ger|tecknar|står\s+bakom)\s+"
    r"(?:\w+\s+){0,4}?gemensam(?:t|ma)?\s+(?:medborgar)?löfte"
    # "Kalix, Haparanda, Överkalix och Övertorneå ska tillsammans med polisen ...": places acting with the police
    rf"|(?P<d>{_CAPWORD}(?:\s*,\s*{_CAPWORD})*\s+(?:och|samt)\s+{_CAPWORD})\s+(?:ska|lovar|kommer\s+att)\s+"
    r"(?:\w+\s+){0,2}?tillsammans\s+med\s+(?:lokal)?polisen",
)


@dataclass
class Metadata:
    municipalities: list[str]
    municipality_codes: list[str]
    counties: list[str]
    police_area: str | None
    period_start: int | None
    period_end: int | None


def _police_area_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in POLICE_AREA_RE.finditer(text)]
    return spans + [m.span() for m in AREA_BEFORE_CUE_RE.finditer(text)]


def _clean_area(name: str, tail: str | None, following: str) -> str | None:
    """A well-formed police-area name, or None: not a person's name, a street
    or a common word; genitive stripped; the gazetteer's spelling preferred."""
    name = re.sub(r"[ \t]*/[ \t]*", "/", re.sub(r"[ \t]+", " ", name)).strip(" -/")
    if tail and known_police_area(f"{name} {tail.strip()}"):
        return known_police_area(f"{name} {tail.strip()}")
    if tail and re.fullmatch(r"kommuns?|stads?", tail.strip()):
        return None  # "Lokalpolisområdeschef / Mariestads kommun": a column beside it, not the area
    tokens = name.split(" ")
    if tokens[0].lower() in _AREA_STOPWORDS or NOT_AREA.search(name):
        return None
    if len(tokens) == 2 and known_police_area(tokens[0]) and not known_police_area(name):
        name, tokens = tokens[0], tokens[:1]  # "Lokalpolisområde Karlstad Polisen ..." (a heading run-in)
    first = tokens[0]
    person = len(tokens) > 1 or re.match(r"\s+[A-ZÅÄÖ][a-zåäö]", following)
    if first in first_names() and not known_police_area(name) and person:
        return None  # "lokalpolisområdeschef Mats Scherp" is a person
    known = known_police_area(name)
    if known:
        return known
    if name.endswith("s") and (known_police_area(name[:-1]) or name[:-1] in municipalities()):
        return known_police_area(name[:-1]) or name[:-1]
    return name[0].upper() + name[1:]


_GENITIVE_NOT_AREA = frozenset({"kommunens", "polisens", "stadens", "regionens", "länets", "landets", "sveriges"})


def _genitive_area(m: re.Match[str], text: str) -> bool:
    """A proper name in the genitive before "lokalpolisområde", not a person's ("Anna Bergs")."""
    raw = m.group("name").strip()
    before = re.search(r"([A-ZÅÄÖ][a-zåäö]+)\s+$", text[max(0, m.start() - 30) : m.start()])
    if before and before.group(1) in first_names():
        return False
    return raw.endswith("s") and not raw.endswith("ss") and raw.lower() not in _GENITIVE_NOT_AREA


def find_police_area(text: str, parties: tuple[str, ...] = ()) -> str | None:
    """The lokalpolisområde the text names, or None.

    Explicit cues decide ("lokalpolisområde X", "LPO X", "lokalpolisen X",
    "Xs lokalpolisområdeschef"); the gazetteer is a prior that breaks ties
    and spells names, not a whitelist. "polisen i X" names an area only when X
    is a known area other than the document's own municipality ("polisen i
    Halmstad" on a Halmstad page is the town's police).
    """
    scores: dict[str, float] = {}
    first_seen: dict[str, int] = {}

    def note(name: str | None, weight: float, pos: int) -> None:
        if name:
            scores[name] = scores.get(name, 0.0) + weight + (0.5 if known_police_area(name) else 0.0)
            first_seen.setdefault(name, pos)

    for m in POLICE_AREA_RE.finditer(text):
        note(_clean_area(m.group("name"), m.group("tail"), text[m.end("name") :]), 2.0, m.start())
    # "Malmfältens lokalpolisområde": an area the gazetteer lacks, named in the genitive before the
    # cue, counts when nothing surer names one (a bare "Kommunens lokalpolisområde" names none)
    genitives: list[tuple[str, int]] = []
    for m in AREA_BEFORE_CUE_RE.finditer(text):
        name = _clean_area(m.group("name"), None, "")
        if name and (known_police_area(name) or name in municipalities()):
            note(name, 2.0, m.start())
        elif _genitive_area(m, text):
            genitives.append((m.group("name").strip()[:-1], m.start()))
    for m in POLICE_COMPASS_RE.finditer(text):
        note(_clean_area(m.group("name"), None, ""), 1.5, m.start())
    if not scores:
        for raw, pos in genitives:
            note(_clean_area(raw, None, ""), 1.0, pos)
    if not scores:
        for m in POLICE_IN_PLACE_RE.finditer(text):
            name = known_police_area(m.group("name"))
            if name and name not in parties:
                note(name, 1.0, m.start())
    if not scores:
        return None
    return max(scores, key=lambda n: (scores[n], -first_seen[n]))


COUNTY = re.compile(r"\s+län\b")


def find_municipalities(title: str | None, text: str, signature_text: str = "") -> list[str]:
    """Municipalities giving the pledge, by official short name."""
    scores: dict[str, float] = {}
    order: dict[str, int] = {}
    area_spans = _police_area_spans(text)
    pattern = municipality_pattern()
    suffix = re.compile(r"\s+(kommuns?|stads?|Stads?)\b")

    def note(name: str | None, weight: float, pos: int) -> None:
        if name:
            scores[name] = scores.get(name, 0.0) + weight
            order.setdefault(name, pos)

    mentions: dict[str, int] = {}  # every mention outside the police area's name, for the last resort
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in area_spans):
            continue  # "lokalpolisområde Ljungby" names the police area
        if COUNTY.match(text, m.end()):
            continue  # "Medborgarlöften i Örebro län": the county, not a municipality
        name = resolve_municipality(m.group(0))
        if name:
            mentions[name] = mentions.get(name, 0) + 1
        if AREA_PREFIX.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        tail = text[m.end() : m.end() + 12]
        if suffix.match(tail):
            note(resolve_municipality(m.group(0)), 1.0, m.start())
        elif PLEDGE_OF_PLACE.search(text[max(0, m.start() - 30) : m.start()]):
            note(resolve_municipality(m.group(0)), 2.0, m.start())  # "medborgarlöftet för Töreboda"
    if re.search(r"region gotland", text, re.IGNORECASE):
        note("Gotland", 1.0, 0)
    for m in ENUMERATION.finditer(text):
        listed = m.group("a") or m.group("b") or m.group("c") or m.group("d")
        for part in re.split(r"\s*,\s*|\s+(?:och|samt)\s+", listed):
            note(resolve_municipality(re.sub(r"^(?:på|i)\s+", "", part)), 2.0, m.start())
    if title:
        for m in pattern.finditer(title):
            if AREA_PREFIX.search(title[max(0, m.start() - 40) : m.start()]) or COUNTY.match(title, m.end()):
                continue  # "Mjölby kommun och LPO Motala": Motala is the police area
            note(resolve_municipality(m.group(0)), 3.0, -1)
    for m in pattern.finditer(signature_text):
        if suffix.match(signature_text[m.end() : m.end() + 12]):
            note(resolve_municipality(m.group(0)), 2.0, 10**9)
    if not scores:
        # No cue at all ("Fotpatruller i Gällivare centrum"): the municipality
        # the text names most often, if it names it twice or names no other.
        ranked = sorted(mentions.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or (ranked[0][1] >= 2 and ranked[1][1] < ranked[0][1])):
            return [ranked[0][0]]
        # A district's own pledge ("Medborgarlöfte för Kungsholmen") names no municipality.
        district = district_municipality(title or "") or (None if mentions else district_municipality(text))
        return [district] if district else []
    top = max(scores.values())
    chosen = [n for n in scores if scores[n] >= 0.34 * top and scores[n] >= 2.0] or [
        max(scores, key=lambda n: scores[n])
    ]
    return sorted(chosen, key=lambda n: order[n])


def extract_metadata(title: str | None, headings: list[str], text: str, signature_text: str = "") -> Metadata:
    names = find_municipalities(title, text, signature_text)
    gazetteer = municipalities()
    # The police-area gazetteer is a hint of uneven quality: an area the
    # document does not name stays null rather than guessed.
    area = find_police_area(text, tuple(names))
    if not names and area and re.search(r"\bkommun", text, re.IGNORECASE):
        # "kommunstyrelsens ordförande ... chef för lokalpolisområde Skellefteå": the municipality is
        # named only in the police area's name, which it gives its name to
        own = resolve_municipality(area)
        names = [own] if own else names
    start, end = find_period(title, headings, text)
    return Metadata(
        municipalities=names,
        municipality_codes=[gazetteer[n].code for n in names],
        counties=sorted({gazetteer[n].county for n in names}),
        police_area=area,
        period_start=start,
        period_end=end,
    )
