"""Regression gate for site chrome on the real development set (skipped without it).

Parses ``../shared/realdev`` in txt, html and pdf and counts the gold
``must_not_contain`` strings found in any section's or pledge's text (the
reference scorer's leaks). The limits sit a notch above the counts measured
when the gate was last raised; lower them as the cleaning improves. Chrome
must never swallow a gold pledge either.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from realdev import furniture, gold, index, leaks

# format -> (highest leaks allowed in tune, in all of realdev)
LIMITS: dict[str, tuple[int, int]] = {
    "txt": (1, 10),
    "html": (1, 9),
    "pdf": (1, 8),
}

pytestmark = pytest.mark.slow


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


@pytest.mark.parametrize("fmt", sorted(LIMITS))
def test_chrome_leaks_stay_under_the_gate(fmt: str) -> None:
    splits = {Path(str(e["file"])).stem: e.get("split") for e in index()}
    found = leaks(fmt)
    assert found, f"no {fmt} documents scored"
    tune = sum(len(v) for stem, v in found.items() if splits.get(stem) == "tune")
    total = sum(len(v) for v in found.values())
    tune_limit, total_limit = LIMITS[fmt]
    shown = {stem: v for stem, v in found.items() if v}
    assert tune <= tune_limit, f"{fmt}: {tune} leaks in tune: {shown}"
    assert total <= total_limit, f"{fmt}: {total} leaks in realdev: {shown}"


@pytest.mark.parametrize("fmt", sorted(LIMITS))
def test_chrome_never_holds_a_gold_pledge(fmt: str) -> None:
    swallowed: list[str] = []
    for stem, items in furniture(fmt).items():
        pledges = [_fold(str(p["text"]))[:50] for p in gold(stem)["promises"]]
        for item in items:
            if item["kind"] != "chrome":
                continue
            text = _fold(str(item["text"]))
            swallowed.extend(f"{stem}: {p}" for p in pledges if len(p) >= 20 and p in text)
    assert not swallowed, swallowed
