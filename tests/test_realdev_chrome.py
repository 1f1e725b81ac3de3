"""Regression gate for site chrome on the real development set (skipped without it).

Parses ``../shared/realdev`` in txt, html and pdf and counts the gold
``must_not_contain`` strings found in any section's or pledge's text (the
reference scorer's leaks). The limits sit a notch above the counts measured
when the gate was last raised; lower them as the cleaning improves. Chrome
must never swallow a gold pledge either.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pledgeparse.models import ExtractionResult
from pledgeparse.pipeline import extract

REALDEV = Path(__file__).resolve().parents[2] / "shared" / "realdev"
# format -> (where its files are, highest leaks allowed in tune, in all of realdev)
LIMITS: dict[str, tuple[str, int, int]] = {
    "txt": ("docs", 1, 11),
    "html": ("html", 1, 10),
    "pdf": ("pdf", 1, 9),
}

pytestmark = pytest.mark.slow


def _index() -> list[dict[str, object]]:
    if not (REALDEV / "index.json").is_file() or not (REALDEV / "gold").is_dir():
        pytest.skip(f"real development set not found at {REALDEV}")
    entries: list[dict[str, object]] = json.loads((REALDEV / "index.json").read_text(encoding="utf-8"))
    return entries


@cache
def _results(fmt: str) -> dict[str, ExtractionResult]:
    folder = REALDEV / LIMITS[fmt][0]
    results: dict[str, ExtractionResult] = {}
    for entry in _index():
        stem = Path(str(entry["file"])).stem
        path = folder / f"{stem}.{fmt}"
        if path.is_file():
            results[stem] = extract(path.read_bytes(), str(path))
    return results


def _gold(stem: str) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((REALDEV / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    return gold


def _leaks(result: ExtractionResult, gold: dict[str, Any]) -> list[str]:
    texts = [s.text or "" for s in result.sections] + [p.text for p in result.promises]
    strings = [str(x) for x in gold.get("must_not_contain") or []]
    return [x for x in strings if any(x in t for t in texts)]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


@pytest.mark.parametrize("fmt", sorted(LIMITS))
def test_chrome_leaks_stay_under_the_gate(fmt: str) -> None:
    splits = {Path(str(e["file"])).stem: e.get("split") for e in _index()}
    results = _results(fmt)
    assert results, f"no {fmt} files in {REALDEV}"
    leaks = {stem: _leaks(result, _gold(stem)) for stem, result in results.items()}
    tune = sum(len(v) for stem, v in leaks.items() if splits.get(stem) == "tune")
    total = sum(len(v) for v in leaks.values())
    _, tune_limit, total_limit = LIMITS[fmt]
    shown = {stem: v for stem, v in leaks.items() if v}
    assert tune <= tune_limit, f"{fmt}: {tune} leaks in tune: {shown}"
    assert total <= total_limit, f"{fmt}: {total} leaks in realdev: {shown}"


@pytest.mark.parametrize("fmt", sorted(LIMITS))
def test_chrome_never_holds_a_gold_pledge(fmt: str) -> None:
    swallowed: list[str] = []
    for stem, result in _results(fmt).items():
        pledges = [_fold(str(p["text"]))[:50] for p in _gold(stem)["promises"]]
        for item in result.furniture:
            if item.kind != "chrome":
                continue
            text = _fold(item.text)
            swallowed.extend(f"{stem}: {p}" for p in pledges if len(p) >= 20 and p in text)
    assert not swallowed, swallowed
