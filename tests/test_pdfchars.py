"""The PDF reader's character objects (readers/pdfchars.py) are pdfplumber's own."""

from __future__ import annotations

from pathlib import Path

import pytest

pdfplumber = pytest.importorskip("pdfplumber")

from pledgeparse.readers import pdfchars  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "corpus").glob("*/*.pdf"))


def test_known_pdfplumber() -> None:
    # A new pdfplumber runs its own code (correct, only slower): update the hash after checking the source.
    assert pdfchars.available(), "pdfplumber's Page.process_object changed: review readers/pdfchars.py"


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.parent.name)
def test_same_objects_as_pdfplumber(path: Path) -> None:
    with pdfplumber.open(path) as stock, pdfplumber.open(path) as fast:
        for stock_page, fast_page in zip(stock.pages, fast.pages, strict=True):
            pdfchars.install(fast_page)
            fast_objects, stock_objects = fast_page.objects, stock_page.objects
            assert fast_objects.keys() == stock_objects.keys()
            assert fast_objects.get("char") == stock_objects.get("char")
            for kind in stock_objects:  # streams of images compare by identity: the two files' differ
                assert [_comparable(o) for o in fast_objects[kind]] == [_comparable(o) for o in stock_objects[kind]]
            assert fast_page.extract_words(extra_attrs=["fontname", "size"]) == stock_page.extract_words(
                extra_attrs=["fontname", "size"]
            )


def _comparable(obj: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in obj.items() if key != "stream"}
