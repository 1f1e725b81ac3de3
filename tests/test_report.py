"""The static HTML report draws its charts in a real browser (headless Chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pledgeparse.batch import run_batch
from pledgeparse.dataset.report import figures, write_report

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report")
    (root / "in").mkdir()
    for path in sorted(CORPUS.glob("*/*.txt")):
        (root / "in" / path.name).write_bytes(path.read_bytes())
    (root / "in" / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    run_batch([root / "in"], root / "out", jobs=1)
    return write_report(root / "out", root / "report.html")


def test_report_is_one_self_contained_file(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"https?://", page), "the report must not load anything"
    assert "broken.pdf" in page  # the failures table
    data = figures(report.parent / "out")
    assert data["summary"]["documents"] == len(list(CORPUS.glob("*/*.txt")))
    assert data["per_year_topic"]["years"] and data["actor_types"] and data["quantified"]
    assert all(0 <= q["value"] <= 1 for q in data["quantified"])


def test_charts_are_drawn_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        pytest.skip("chromium not installed (Debian packages chromium and chromium-driver; `make system-deps`)")
    result = subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    dom = result.stdout
    assert 'data-charts-drawn="4"' in dom, result.stderr[-2000:]
    for chart in ("chart-year-topic", "chart-actor-types", "chart-top-actors", "chart-quantified"):
        section = dom.split(f'id="{chart}"', 1)[1].split("</div>", 1)[0]
        assert section.count('class="bar"') >= 1, chart
