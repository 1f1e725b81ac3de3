"""The words of a signature, shared by signature blocks (:mod:`pledgeparse.extract.signatories`)
and signatures in running text (:mod:`pledgeparse.extract.prose_signatures`): dates and
place-and-date lines, title words, party letters, the side a title speaks for,
and the draft record both build."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pledgeparse.models import Side

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

DATE_PATTERNS = [
    re.compile(r"(?P<y>(19|20)\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)"),
    re.compile(rf"(?P<d>\d{{1,2}})(:e|:a)?\s+(?P<mon>{_MONTH_ALT})\.?\s+(?P<y>(19|20)\d\d)", re.IGNORECASE),
    re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})[\s\-]*(?P<y>(19|20)\d\d)"),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(19|20)\d\d)"),
]

# One or more places ("Stenungsund, Orust och Tjörn den 28 januari 2020").
_PLACE_WORD = r"[A-ZÅÄÖ][\wåäöé\-]+"

_PLACE = rf"(?:{_PLACE_WORD}(?:(?:\s*,\s*|\s+och\s+|\s+){_PLACE_WORD}){{0,4}}\s*,?\s+)?"

DATE_LINE = re.compile(
    rf"^\s*(?:(?:undertecknat|undertecknad|undertecknades|ort och datum|datum)\s*:?\s*(?:i\s+)?)?{_PLACE}(?:den\s+)?(?:"
    rf"(19|20)\d\d-\d\d?-\d\d?|\d{{1,2}}(:e|:a)?\s+(?:{_MONTH_ALT})\.?\s+(19|20)\d\d|"
    rf"\d{{1,2}}/\d{{1,2}}[\s\-]*(19|20)\d\d|\d{{1,2}}\.\d{{1,2}}\.(19|20)\d\d)\s*$",
    re.IGNORECASE,
)

TITLE_WORDS = re.compile(
    r"(ordförande|chef\b|chef\s|chefen|direktör|kommunalråd|oppositionsråd|kommunpolis|polismästare|"
    r"samordnare|handläggare|sekreterare|ansvarig|strateg|kommissarie|inspektör|ledamot|"
    r"lokalpolisområdeschef|polisområdeschef|områdeschef|gruppchef|förvaltningschef|säkerhetschef|"
    r"kommunchef|kommundirektör|stadsdirektör|regiondirektör|stadsdelsdirektör|vice\s|^tf\.?\s|"
    r"biträdande|t\.f\.|ställföreträdande|kontaktperson|utvecklare|koordinator|rektor|verksamhetschef|"
    r"socialchef|borgmästare|polisinspektör|poliskommissarie|^vd\b|\bvd\b|verkställande|kommunalråd)",
    re.IGNORECASE,
)


@dataclass
class SignatoryDraft:
    name: str
    title: str | None = None
    organisation: str | None = None
    date: dt.date | None = None
    side: Side = Side.other


def parse_date(text: str) -> dt.date | None:
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        parts = m.groupdict()
        month = MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["m"])
        try:
            return dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            continue
    return None


def is_date_line(text: str) -> bool:
    """ "Vimmerby den 4/2 2022", or such lines side by side in a signature block's columns
    ("Kävlinge den 20 januari 2025          Lomma den 20 januari 2025")."""
    if "\n" in text.strip():
        return False
    if DATE_LINE.match(text):
        return True
    columns = [c for c in COLUMN_GAP.split(text.strip()) if c]
    return len(columns) >= 2 and all(DATE_LINE.match(c) for c in columns)


# Between the columns of a signature block laid out with spaces (or tabs).
COLUMN_GAP = re.compile(r"\t+| {3,}")


PARTY = re.compile(r"\s*\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{1,2})\)")

THIRD_PARTY = re.compile(
    r"förening|\bab\b|bolag|kyrka|församling|stiftelse|länsstyrelse|trafikverket|tullverket|"
    r"räddningstjänst|förbund|\bvd\b|verkställande direktör|företag|näringsliv(?!s(?:chef|strateg|utvecklare|ansvarig|samordnare|direktör))|"
    r"universitet|högskola",
    re.IGNORECASE,
)


# Words of a title or organisation that name the side it signs for.
POLICE_SIDE = re.compile(r"polis|\blpo\b|kommissarie", re.IGNORECASE)
MUNICIPAL_SIDE = re.compile(r"kommun|stad\b|stads|region|förvaltning|nämnd|kommunalråd", re.IGNORECASE)


def side_of(title: str | None, organisation: str | None) -> Side:
    """Which side signs: police words win, then a named third party; anyone
    else who signs a medborgarlöfte (a chair, a strategist, a secretary)
    does so for the municipality."""
    texts = [t for t in (title, organisation) if t]
    if any(POLICE_SIDE.search(t) for t in texts):
        return Side.polis
    if any(MUNICIPAL_SIDE.search(t) for t in texts):
        return Side.kommun
    if any(THIRD_PARTY.search(t) for t in texts):
        return Side.other
    return Side.kommun if texts else Side.other


def side_is_explicit(title: str | None, organisation: str | None) -> bool:
    """The title or organisation names a side ("Kommundirektör", "LPO-chef", "vd för X AB",
    a chair), rather than leaving it to :func:`side_of`'s default ("Områdeschef", no title)."""
    return any(
        POLICE_SIDE.search(t) or MUNICIPAL_SIDE.search(t) or THIRD_PARTY.search(t) or "ordförande" in t.lower()
        for t in (title, organisation)
        if t
    )


def balance_sides(people: list[SignatoryDraft]) -> None:
    """A medborgarlöfte is signed for the municipality and for the police: when no
    one signs for the police and exactly one signer's side is only a default,
    that signer signs for the police (a bare "Områdeschef" beside "Kommunchef")."""
    if len(people) < 2 or any(p.side is Side.polis for p in people):
        return
    unsure = [p for p in people if not side_is_explicit(p.title, p.organisation)]
    if len(unsure) == 1:
        unsure[0].side = Side.polis
