"""Regression test: each corpus document, in every format it exists in, gives
the output stored next to it in ``expected.json``.

``PLEDGEPARSE_REGEN=1 make regen-golden`` (or ``PLEDGEPARSE_REGEN=1 pytest
tests/test_golden.py``) rewrites the files on purpose; review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from pledgeparse.models import ExtractionResult
from pledgeparse.pipeline import extract

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
REGEN = os.environ.get("PLEDGEPARSE_REGEN") == "1"
FORMATS = ("txt", "html", "pdf")
DOCS = sorted(p for p in CORPUS.iterdir() if p.is_dir() and (p / f"{p.name}.txt").exists()) if CORPUS.is_dir() else []


def summarise(result: ExtractionResult) -> dict[str, Any]:
    """The parts of a result that a change should not move by accident."""
    if result.document is None:
        return {"failures": [f.code for f in result.failures]}
    d = result.document
    return {
        "title": d.title,
        "municipalities": d.municipalities,
        "municipality_codes": d.municipality_codes,
        "police_area": d.police_area,
        "period": [d.period_start, d.period_end],
        "sections": [[s.role.value, s.heading] for s in result.sections],
        "promises": [
            {"text": p.text, "theme": p.theme, "actors": p.actors, "quantified": p.quantified} for p in result.promises
        ],
        "signatories": [
            {"name": s.name, "title": s.title, "side": s.side.value, "date": str(s.date) if s.date else None}
            for s in result.signatories
        ],
        "failures": [f.code for f in result.failures],
    }


def actual_for(folder: Path) -> dict[str, Any]:
    out = {}
    for fmt in FORMATS:
        path = folder / f"{folder.name}.{fmt}"
        if path.exists():
            out[fmt] = summarise(extract(path.read_bytes(), path.name))
    return out


@pytest.mark.parametrize("folder", DOCS, ids=[d.name for d in DOCS])
def test_corpus_document_matches_expected(folder: Path) -> None:
    expected_path = folder / "expected.json"
    actual = actual_for(folder)
    if REGEN:
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert expected_path.exists(), f"no {expected_path}: run `make regen-golden`"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    for fmt, summary in actual.items():
        assert fmt in expected, f"{folder.name}.{fmt} has no expected output: run `make regen-golden`"
        assert summary == expected[fmt], f"{folder.name}.{fmt} differs from expected.json"


def test_corpus_is_there() -> None:
    assert len(DOCS) >= 8, "corpus/ must hold at least 8 sample documents"


def test_regen_flag_is_off_in_ci() -> None:
    """Golden files are rewritten only on request, never by CI."""
    assert not (REGEN and os.environ.get("CI")), "PLEDGEPARSE_REGEN must not be set in CI"
