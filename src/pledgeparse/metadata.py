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
from collections import Counter
from dataclasses import dataclass

from pledgeparse.gazetteer import municipalities, municipality_pattern, police_areas, resolve_municipality

_CAPWORD = r"[A-ZÅÄÖ][\wåäöéÅÄÖ\-]*"
POLICE_AREA_RE = re.compile(
    rf"(?i:lokalpolisområde(?:t|schef)?|\blpo|lokalpolisen[ \t]+i|polisen[ \t]+i[ \t]+lokalpolisområde)[ \t]+"
    rf"(?P<name>(?!(?i:lokalpolisområde|polismyndigheten|polisen)\b){_CAPWORD}(?:[ /\-]{_CAPWORD})?)",
)
POLICE_IN_PLACE_RE = re.compile(rf"\b[Pp]olisen[ \t]+i[ \t]+(?P<name>{_CAPWORD}(?:[ \-]{_CAPWORD})?)\b")
AREA_PREFIX = re.compile(r"(lokalpolisområde(?:t|schef)?|\blpo|lokalpolisen\s+i|polisområde)\s+$", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(20[0-4]\d|199\d)(?!\d)")
PLEDGE_WORD = re.compile(r"medborgarlöft|löfte|löften", re.IGNORECASE)
PERIOD_WORD = re.compile(r"\b(gäller|period|perioden|avser|löper|under|för|fram till|till och med|tom|t\.o\.m\.)\b", re.IGNORECASE)
UNTIL = re.compile(r"fram till(?: och med)?\s+(?:\d{1,2}\s+)?(?:[a-zåäö]+\s+)?(?P<y>20\d\d)", re.IGNORECASE)
ENUMERATION = re.compile(
    rf"(?:kommunerna|de (?:två|tre|fyra|fem) kommunerna)\s+(?P<a>{_CAPWORD}(?:\s*,\s*{_CAPWORD})*\s+(?:och|samt)\s+{_CAPWORD})"
    rf"|(?P<b>{_CAPWORD}s?(?:\s*,\s*{_CAPWORD}s?)*\s+(?:och|samt)\s+{_CAPWORD}s?)\s+kommuner",
)
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass
class Metadata:
    municipalities: list[str]
    municipality_codes: list[str]
    counties: list[str]
    police_area: str | None
    period_start: int | None
    period_end: int | None


def _police_area_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in POLICE_AREA_RE.finditer(text)]


def find_police_area(text: str) -> str | None:
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for m in POLICE_AREA_RE.finditer(text):
        name = m.group("name").strip(" -/")
        if name.lower() in {"och", "i", "samt", "polisen"}:
            continue
        counts[name] += 1
        first_seen.setdefault(name, m.start())
    if not counts:
        # "Polisen i Ljungby" names the local police only when X is a known
        # police area or municipality ("polisen i samverkan med" is not).
        known = set(police_areas()) | set(municipalities())
        for m in POLICE_IN_PLACE_RE.finditer(text):
            if m.group("name") in known:
                counts[m.group("name")] += 1
                first_seen.setdefault(m.group("name"), m.start())
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first_seen[n]))


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

    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in area_spans):
            continue  # "lokalpolisområde Ljungby" names the police area
        if AREA_PREFIX.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        tail = text[m.end() : m.end() + 12]
        if suffix.match(tail):
            note(resolve_municipality(m.group(0)), 1.0, m.start())
    if re.search(r"region gotland", text, re.IGNORECASE):
        note("Gotland", 1.0, 0)
    for m in ENUMERATION.finditer(text):
        listed = m.group("a") or m.group("b")
        for part in re.split(r"\s*,\s*|\s+(?:och|samt)\s+", listed):
            note(resolve_municipality(part), 2.0, m.start())
    if title:
        for m in pattern.finditer(title):
            if AREA_PREFIX.search(title[max(0, m.start() - 40) : m.start()]):
                continue  # "Mjölby kommun och LPO Motala": Motala is the police area
            note(resolve_municipality(m.group(0)), 3.0, -1)
    for m in pattern.finditer(signature_text):
        if suffix.match(signature_text[m.end() : m.end() + 12]):
            note(resolve_municipality(m.group(0)), 2.0, 10**9)
    if not scores:
        return []
    top = max(scores.values())
    chosen = [n for n in scores if scores[n] >= 0.34 * top and scores[n] >= 2.0] or [max(scores, key=lambda n: scores[n])]
    return sorted(chosen, key=lambda n: order[n])


SHORT_RANGE = re.compile(r"\b(20\d\d)[-–—/](\d\d)\b(?![-/.]\d)")


def _expand_short_range(m: re.Match[str]) -> str:
    start, end = int(m.group(1)), int(m.group(1)[:2] + m.group(2))
    return f"{start}-{end}" if 0 < end - start <= 5 else m.group(0)


def _years(text: str) -> list[int]:
    """Years in a text; "2022/23" and "2023–24" count as both years."""
    return [int(y) for y in YEAR.findall(SHORT_RANGE.sub(_expand_short_range, text))]


def find_period(title: str | None, headings: list[str], text: str) -> tuple[int | None, int | None]:
    votes: dict[tuple[int, int], float] = {}

    def vote(snippet: str, weight: float) -> None:
        years = [y for y in _years(snippet) if 2000 <= y <= 2049]
        if not years:
            return
        start, end = min(years), max(years)
        if end - start > 5:
            return
        votes[(start, end)] = votes.get((start, end), 0.0) + weight

    if title:
        vote(title, 5)
    for heading in headings:
        if PLEDGE_WORD.search(heading):
            vote(heading, 4)
    until_end: int | None = None
    for sentence in SENTENCE.split(text):
        if not PLEDGE_WORD.search(sentence) and not re.search(r"aktivitet|arbetet|perioden", sentence, re.IGNORECASE):
            continue
        until = UNTIL.search(sentence)
        if until and PLEDGE_WORD.search(sentence):
            until_end = int(until.group("y"))
        if PERIOD_WORD.search(sentence):
            weight = 3 if PLEDGE_WORD.search(sentence) else 1
            vote(sentence, weight)
    if not votes:
        if until_end is not None:
            return until_end, until_end
        return None, None
    (start, end), _ = max(votes.items(), key=lambda kv: (kv[1], kv[0][1] - kv[0][0]))
    if until_end is not None and until_end > end and until_end - start <= 5:
        end = until_end
    return start, end


def extract_metadata(title: str | None, headings: list[str], text: str, signature_text: str = "") -> Metadata:
    names = find_municipalities(title, text, signature_text)
    gazetteer = municipalities()
    # The police-area gazetteer is a hint of uneven quality: an area the
    # document does not name stays null rather than guessed.
    area = find_police_area(text)
    start, end = find_period(title, headings, text)
    return Metadata(
        municipalities=names,
        municipality_codes=[gazetteer[n].code for n in names],
        counties=sorted({gazetteer[n].county for n in names}),
        police_area=area,
        period_start=start,
        period_end=end,
    )
