"""Gazetteers shipped as package data: municipalities, police areas, names.

Municipality names occur inflected in the documents (DOMAIN.md): genitive
"Lekebergs kommun", "Örkelljunga kommuns", the official "Stockholms stad",
"Göteborgs Stad" and "Region Gotland". :func:`resolve_municipality` maps all
of those to the official short name, and :data:`MUNICIPALITY_RE` finds them
in running text.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

DATA = files("pledgeparse") / "data"


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    county: str
    county_code: str
    kind: str  # kommun, stad or region


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of a data file; none when the file is missing."""
    path = DATA / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@cache
def municipalities() -> dict[str, Municipality]:
    """All 290 municipalities by official short name."""
    rows = _rows("municipalities.csv")
    return {r["name"]: Municipality(r["code"], r["name"], r["county"], r["county_code"], r["kind"]) for r in rows}


def _genitive(name: str) -> set[str]:
    """Genitive forms: Lekeberg -> Lekebergs; Örkelljunga -> Örkelljungas;
    names ending in s, x or z take no extra s (Hultsfred -> Hultsfreds, but
    Borås -> Borås)."""
    forms = {name}
    if name[-1].lower() not in "sxz":
        forms.add(name + "s")
    return forms


# Genitives that do not follow the rule ("Falu kommun" is Falun).
IRREGULAR_FORMS = {"Falu": "Falun"}


@cache
def _name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for name in municipalities():
        for form in _genitive(name):
            index[form.lower()] = name
    for form, name in IRREGULAR_FORMS.items():
        index[form.lower()] = name
    return index


def resolve_municipality(text: str) -> str | None:
    """Official short name for a mention, or None.

    Accepts "Ljungby", "Ljungbys", "Ljungby kommun", "Lekebergs kommun",
    "Örkelljunga kommuns", "Stockholms stad", "Göteborgs Stad", "Region Gotland".
    """
    mention = re.sub(r"\s+", " ", text).strip(" .,:;")
    mention = re.sub(r"^region\s+", "", mention, flags=re.IGNORECASE)
    mention = re.sub(r"\s+(kommuns?|stads?|kommunerna|kommuner)$", "", mention, flags=re.IGNORECASE)
    return _name_index().get(mention.lower())


@cache
def municipality_pattern() -> re.Pattern[str]:
    """Alternation of every name and genitive, longest first, as whole words."""
    forms = sorted({f for n in municipalities() for f in _genitive(n)} | set(IRREGULAR_FORMS), key=len, reverse=True)
    alternation = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\wÅÄÖåäö-])(?:{alternation})(?![\wÅÄÖåäö-])")


@cache
def police_areas() -> dict[str, tuple[str, ...]]:
    """Known local police areas -> the municipalities they cover (a hint only)."""
    return {
        r["police_area"]: tuple(m for m in (r.get("municipalities") or "").split(";") if m)
        for r in _rows("police_areas.csv")
    }


# The compass words of police-area names ("Södra Ångermanland", "Östra Fyrbodal").
COMPASS = r"(?:[Ss]ödra|[Nn]orra|[Öö]stra|[Vv]ästra|[Mm]ellersta|[Nn]ordvästra|[Nn]ordöstra|[Ss]ydvästra|[Ss]ydöstra)"


@cache
def _areas_by_folded_name() -> dict[str, str]:
    return {area.lower(): area for area in police_areas()}


def known_police_area(name: str) -> str | None:
    """The gazetteer's spelling of a police area, matched without case, or None."""
    return _areas_by_folded_name().get(name.lower())


@cache
def districts() -> dict[str, str]:
    """City districts that give pledges of their own -> their municipality (data/districts.csv)."""
    return {row["district"]: row["municipality"] for row in _rows("districts.csv")}


@cache
def _district_pattern() -> re.Pattern[str]:
    names = sorted(districts(), key=len, reverse=True)
    return re.compile(rf"(?<![\wÅÄÖåäö-])(?:{'|'.join(map(re.escape, names))})(?![\wÅÄÖåäö-])")


def district_municipality(text: str) -> str | None:
    """The municipality of the districts a text names ("Medborgarlöfte för
    Kungsholmen" -> Stockholm), when they all lie in one; else None."""
    if not districts():
        return None
    found = {districts()[m.group(0)] for m in _district_pattern().finditer(text)}
    return found.pop() if len(found) == 1 else None


@cache
def first_names() -> frozenset[str]:
    path = DATA / "first_names.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.open(encoding="utf-8") if line.strip())
