"""Sanity checks for the gazetteer files shipped in ``pledgeparse/data``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

_FALLBACK_DIR = Path(__file__).parents[1] / "src/pledgeparse/data"


def _read_text(name: str) -> str:
    try:
        from importlib.resources import files

        return (files("pledgeparse") / "data" / name).read_text(encoding="utf-8")
    except (ImportError, ModuleNotFoundError, FileNotFoundError, TypeError):
        return (_FALLBACK_DIR / name).read_text(encoding="utf-8")


def _read_csv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_read_text(name), newline="")))


@pytest.fixture(scope="module")
def municipalities() -> list[dict[str, str]]:
    return _read_csv("municipalities.csv")


@pytest.fixture(scope="module")
def police_areas() -> list[dict[str, str]]:
    return _read_csv("police_areas.csv")


def test_municipality_header(municipalities):
    assert list(municipalities[0].keys()) == ["code", "name", "county", "county_code", "kind"]


def test_municipality_count(municipalities):
    assert len(municipalities) == 290


def test_codes_unique_and_four_digits(municipalities):
    codes = [row["code"] for row in municipalities]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == 4 and code.isdigit(), code


def test_codes_sorted(municipalities):
    codes = [row["code"] for row in municipalities]
    assert codes == sorted(codes)


def test_code_prefix_matches_county_code(municipalities):
    for row in municipalities:
        assert len(row["county_code"]) == 2 and row["county_code"].isdigit(), row
        assert row["code"][:2] == row["county_code"], row


def test_counties(municipalities):
    counties = {row["county"] for row in municipalities}
    assert len(counties) == 21
    assert len({row["county_code"] for row in municipalities}) == 21
    # each county name maps to exactly one county code
    pairs = {(row["county"], row["county_code"]) for row in municipalities}
    assert len(pairs) == 21


def test_names_unique_and_nonempty(municipalities):
    names = [row["name"] for row in municipalities]
    assert all(n.strip() == n and n for n in names)
    assert len(set(names)) == len(names)


def test_kind_values(municipalities):
    kinds = {row["code"]: row["kind"] for row in municipalities}
    assert set(kinds.values()) <= {"kommun", "stad", "region"}
    assert kinds["0980"] == "region"
    assert [c for c, k in kinds.items() if k == "region"] == ["0980"]
    for code in ("0180", "1480", "1280"):
        assert kinds[code] == "stad"


def test_known_codes(municipalities):
    by_code = {row["code"]: row["name"] for row in municipalities}
    expected = {
        "0114": "Upplands Väsby",
        "0139": "Upplands-Bro",
        "0180": "Stockholm",
        "0980": "Gotland",
        "1480": "Göteborg",
        "1280": "Malmö",
        "0764": "Alvesta",
        "0781": "Ljungby",
        "0765": "Älmhult",
        "1814": "Lekeberg",
        "0586": "Mjölby",
        "1257": "Örkelljunga",
        "2023": "Malung-Sälen",
        "1438": "Dals-Ed",
    }
    for code, name in expected.items():
        assert by_code.get(code) == name, code


def test_police_areas(police_areas, municipalities):
    assert police_areas, "police_areas.csv is empty"
    assert list(police_areas[0].keys()) == ["police_area", "region", "municipalities"]
    known = {row["name"] for row in municipalities}
    regions = {"Syd", "Väst", "Öst", "Stockholm", "Mitt", "Bergslagen", "Nord"}
    names = [row["police_area"] for row in police_areas]
    assert len(set(names)) == len(names)
    for row in police_areas:
        assert row["police_area"].strip(), row
        assert row["region"] in regions, row
        members = [m for m in (row["municipalities"] or "").split(";") if m]
        for m in members:
            assert m in known, (row["police_area"], m)


def test_first_names():
    names = [line.strip() for line in _read_text("first_names.txt").splitlines() if line.strip()]
    assert 500 <= len(names) <= 800
    assert len(set(names)) == len(names)
    for n in names:
        assert " " not in n and n[0].isupper(), n


def test_districts_lie_in_known_municipalities_and_are_no_municipality_themselves(municipalities):
    names = {row["name"] for row in municipalities}
    rows = _read_csv("districts.csv")
    assert rows and all(row["municipality"] in names for row in rows)
    assert not {row["district"] for row in rows} & names
    assert len({row["district"] for row in rows}) == len(rows)
