"""Pledges in their own years (issue 12): a page that holds several years."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pledgeparse.batch import run_batch
from pledgeparse.dataset.report import figures
from pledgeparse.extract.pledge_periods import assign_periods, block_period
from pledgeparse.models import Block, BlockKind, Promise
from pledgeparse.pipeline import extract
from test_keys import assert_declared_keys_hold

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TWO_YEARS = [CORPUS / "eskilstuna_2022", CORPUS / "kalix_2023"]  # pages holding two years


def _blocks(*parts: tuple[BlockKind, str]) -> list[Block]:
    blocks, offset = [], 0
    for kind, text in parts:
        blocks.append(Block(kind=kind, text=text, char_start=offset, char_end=offset + len(text)))
        offset += len(text) + 2
    return blocks


def _promises(blocks: list[Block]) -> list[Promise]:
    items = [b for b in blocks if b.kind is BlockKind.list_item]
    return [
        Promise(doc_id="d", seq=i, text=b.text, char_start=b.char_start, char_end=b.char_end)
        for i, b in enumerate(items)
    ]


@pytest.mark.parametrize("kind", [BlockKind.heading, BlockKind.paragraph])
def test_each_pledge_takes_the_years_of_its_block(kind: BlockKind) -> None:
    blocks = _blocks(
        (BlockKind.paragraph, "Här är våra löften till dig som bor i kommunen."),
        (BlockKind.list_item, "informera om löftet på kommunens webbplats"),
        (kind, "Medborgarlöfte Eskilstuna 2022-2023"),
        (BlockKind.list_item, "patrullera vid resecentrum"),
        (BlockKind.list_item, "föräldramöten varje läsår"),
        (kind, "Medborgarlöfte 2021"),
        (BlockKind.list_item, "hastighetskontroller"),
    )
    promises = _promises(blocks)
    assert assign_periods(blocks, promises, (2021, 2023)) == (2022, 2023)
    assert [(p.period_start, p.period_end) for p in promises] == [
        (2022, 2023),
        (2022, 2023),
        (2022, 2023),
        (2021, 2021),
    ]


def test_one_year_heading_keeps_the_documents_period() -> None:
    blocks = _blocks(
        (BlockKind.heading, "Medborgarlöfte för Lekebergs kommun 2018"),
        (BlockKind.list_item, "trygghetsvandringar"),
        (BlockKind.paragraph, "I en enkät 2017 svarade många att de var oroliga, och vi har lyssnat på vad de sa."),
    )
    promises = _promises(blocks)
    assert assign_periods(blocks, promises, (2018, 2020)) == (2018, 2020)
    assert (promises[0].period_start, promises[0].period_end) == (2018, 2020)


def test_block_period() -> None:
    assert block_period("Medborgarlöfte Eskilstuna 2022–2023") == (2022, 2023)
    assert block_period("Medborgarlöfte 2023/24") == (2023, 2024)
    assert block_period("Medborgarlöfte 2021") == (2021, 2021)
    assert block_period("Medborgarlöften") is None
    assert block_period("Samverkan 2010 till 2021") is None


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
@pytest.mark.parametrize("folder", TWO_YEARS, ids=[f.name for f in TWO_YEARS])
def test_a_two_year_page_gives_each_pledge_its_own_years(folder: Path, fmt: str) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    path = folder / f"{folder.name}.{fmt}"
    result = extract(path.read_bytes(), path.name)
    assert result.document is not None
    assert (result.document.period_start, result.document.period_end) == (gold["period_start"], gold["period_end"])
    found = {p.text: (p.period_start, p.period_end) for p in result.promises}
    wanted = {p["text"]: (p["period_start"], p["period_end"]) for p in gold["promises"]}
    assert {text: found.get(text) for text in wanted} == wanted


def _gold_pledges_per_year(golds: list[dict[str, Any]]) -> Counter[int]:
    per_year: Counter[int] = Counter()
    for gold in golds:
        for promise in gold["promises"]:
            per_year[promise.get("period_start", gold["period_start"])] += 1
    return per_year


def test_the_corpus_in_three_formats_is_reported_once(tmp_path: Path) -> None:
    """`make demo` then `pledgeparse report`: each corpus document once, its
    pledges in their own years."""
    inputs = [p for p in sorted(CORPUS.glob("*/*")) if p.suffix in (".txt", ".html", ".pdf")]
    run_batch(inputs, tmp_path / "out", jobs=2)
    assert_declared_keys_hold(tmp_path / "out")
    data = figures(tmp_path / "out")
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*/gold.json"))]
    assert data["summary"]["documents"] == len(inputs) and data["summary"]["works"] == len(golds)
    per_municipality = Counter(name for gold in golds for name in gold["municipalities"])
    assert {m["name"]: m["works"] for m in data["municipalities"]} == dict(per_municipality)
    reported = {int(y["label"]): y["value"] for y in data["pledges_per_year"]}
    gold = _gold_pledges_per_year(golds)
    assert set(reported) == set(gold)
    # Extraction finds nearly every pledge (an OCR-read scan may miss one): counted three times, a year would be off by far more.
    assert all(abs(reported[year] - gold[year]) <= max(1, gold[year] // 10) for year in gold), (reported, dict(gold))


def test_a_start_and_a_length_give_the_end() -> None:
    from pledgeparse.extract.period import find_period

    text = "Kommunen och polisen har tagit fram ett medborgarlöfte.\n\n"
    assert find_period(None, [], text + "Löftet gäller i två år från och med 2024.") == (2024, 2025)
    assert find_period(None, [], text + "Medborgarlöftet gäller under tre år från januari 2023.") == (2023, 2025)
    assert find_period(None, [], text + "Medborgarlöftet gäller från 2022.") == (2022, None)
    seasons = "Medborgarlöftet gäller från hösten 2023 till våren 2025."
    assert find_period(None, [], text + seasons) == (2023, 2025)
    survey = "Trygghetsmätningen gjordes hösten 2022. Medborgarlöftet gäller 2024."
    assert find_period(None, [], text + survey) == (2024, 2024)
