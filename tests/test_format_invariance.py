"""The same document gives the same pledges, actors and signatories whatever
its format (issue 4): each corpus document is parsed as .txt, .html and .pdf."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pledgeparse.pipeline import extract

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCS = sorted(p for p in CORPUS.iterdir() if p.is_dir() and (p / f"{p.name}.txt").exists()) if CORPUS.is_dir() else []


def _fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u2013", "-")).strip().rstrip(".").lower()


def _view(path: Path) -> dict[str, object]:
    result = extract(path.read_bytes(), path.name)
    assert result.document is not None, result.failures
    return {
        "promises": [(_fold(p.text), _fold(p.theme), tuple(p.actors), p.quantified) for p in result.promises],
        "signatories": sorted((s.name, _fold(s.title), s.side.value, s.date) for s in result.signatories),
        "municipalities": result.document.municipalities,
        "police_area": result.document.police_area,
        "period": (result.document.period_start, result.document.period_end),
    }


@pytest.mark.parametrize("folder", DOCS, ids=[d.name for d in DOCS])
def test_every_format_gives_the_same_answer(folder: Path) -> None:
    reference = _view(folder / f"{folder.name}.txt")
    for fmt in ("html", "pdf"):
        path = folder / f"{folder.name}.{fmt}"
        if not path.exists():
            continue
        if fmt == "pdf" and shutil.which("tesseract") is None and "scan: true" in (folder / "source.md").read_text():
            continue  # the scanned rendering needs OCR; test_pdf_reader covers its absence
        view = _view(path)
        for key, value in reference.items():
            assert view[key] == value, f"{folder.name}.{fmt}: {key} differs from the .txt"
