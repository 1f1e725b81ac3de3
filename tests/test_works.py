"""Works (issue 12): documents that give the same pledges are counted once."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pyarrow.parquet as pq
import pytest

from pledgeparse.batch import run_batch
from pledgeparse.dataset.works import WorkDoc, group_works, periods_overlap, primaries, shingles

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


def _documents(out: Path) -> list[dict[str, object]]:
    return pq.read_table(out / "documents.parquet").to_pylist()


def _works(out: Path) -> dict[str, list[str]]:
    """work_id -> names of its inputs."""
    works: dict[str, list[str]] = defaultdict(list)
    for doc in _documents(out):
        works[str(doc["work_id"])].append(Path(str(doc["source"])).name)
    return {k: sorted(v) for k, v in works.items()}


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


def _render(gen: ModuleType, markup: str, target: Path) -> Path:
    doc = gen.parse_source(markup)
    if target.suffix == ".html":
        target.write_bytes(gen.render_html(doc, target.stem))
    else:
        target.write_text(gen.render_txt(doc), encoding="utf-8")
    return target


def test_the_three_renderings_of_a_corpus_document_are_one_work(tmp_path: Path) -> None:
    paths = [
        p
        for stem in ("horby_2019", "ystad_2023")
        for p in sorted((CORPUS / stem).glob(f"{stem}.*"))
        if p.suffix != ".json"
    ]
    run_batch(paths, tmp_path / "out", jobs=1)
    assert sorted(_works(tmp_path / "out").values()) == [
        ["horby_2019.html", "horby_2019.pdf", "horby_2019.txt"],
        ["ystad_2023.html", "ystad_2023.pdf", "ystad_2023.txt"],
    ]
    documents = _documents(tmp_path / "out")
    for work in {d["work_id"] for d in documents}:
        members = [d for d in documents if d["work_id"] == work]
        assert sum(bool(d["is_primary"]) for d in members) == 1
        assert work == min(str(d["doc_id"]) for d in members)
        best = max(int(d["n_promises"]) for d in members)  # type: ignore[call-overload]
        primary = next(d for d in members if d["is_primary"])
        assert primary["n_promises"] == best
        if all(d["n_promises"] == best and d["n_signatories"] == primary["n_signatories"] for d in members):
            assert primary["format"] == "pdf"


def _years_moved(markup: str, by: int) -> str:
    return re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) + by), markup)


def test_two_years_of_one_municipality_are_two_works(tmp_path: Path, gen: ModuleType) -> None:
    """The same wording two years later is another work, and a copy whose
    years were not found joins one of them without chaining the two."""
    markup = (CORPUS / "horby_2019" / "source.md").read_text(encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    _render(gen, markup, folder / "horby_2019.txt")
    _render(gen, _years_moved(markup, 2), folder / "horby_2021.txt")
    _render(gen, re.sub(r"\s*\b20[12]\d\b(–20[12]\d)?", "", markup), folder / "horby_utan_år.txt")
    run_batch([folder], tmp_path / "out", jobs=1)
    years = {Path(str(d["source"])).name: (d["period_start"], d["period_end"]) for d in _documents(tmp_path / "out")}
    assert years["horby_2019.txt"] == (2019, 2020) and years["horby_2021.txt"] == (2021, 2022)
    assert years["horby_utan_år.txt"] == (None, None)
    works = list(_works(tmp_path / "out").values())
    assert len(works) == 2
    assert not any({"horby_2019.txt", "horby_2021.txt"} <= set(w) for w in works)


NEWS_INTRO = """---
html_style: news
---
# Nytt medborgarlöfte för Hörby

Hörby kommun och lokalpolisområde Mellersta Skåne har kommit överens om ett nytt medborgarlöfte för 2019–2020. Här är vad de lovar.

"""


def test_a_republished_page_and_a_news_copy_join_their_work(tmp_path: Path, gen: ModuleType) -> None:
    markup = (CORPUS / "horby_2019" / "source.md").read_text(encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted((CORPUS / "horby_2019").glob("horby_2019.*")):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "ystad_2023.txt").write_bytes((CORPUS / "ystad_2023" / "ystad_2023.txt").read_bytes())
    _render(gen, markup.replace("html_style: police", "html_style: cms"), folder / "horby_kommun.html")
    pledges = markup.split("## Våra löften", 1)[1].split("## Uppföljning", 1)[0]
    _render(gen, NEWS_INTRO + pledges, folder / "nyhet.html")
    assert (folder / "horby_kommun.html").read_bytes() != (folder / "horby_2019.html").read_bytes()
    run_batch([folder], tmp_path / "out", jobs=1)
    news = next(d for d in _documents(tmp_path / "out") if str(d["source"]).endswith("nyhet.html"))
    assert news["n_promises"] == 9 and news["municipalities"] == ["Hörby"]
    assert sorted(_works(tmp_path / "out").values()) == [
        ["horby_2019.html", "horby_2019.pdf", "horby_2019.txt", "horby_kommun.html", "nyhet.html"],
        ["ystad_2023.txt"],
    ]


def test_work_id_does_not_depend_on_input_order_jobs_or_reuse(tmp_path: Path) -> None:
    paths = [
        p
        for stem in ("gotland_2022", "mjolby_2023", "lekeberg_2018")
        for p in sorted((CORPUS / stem).glob(f"{stem}.*"))
        if p.suffix in (".txt", ".html", ".pdf")
    ]

    def assignment(out: Path) -> dict[str, tuple[object, object]]:
        return {str(d["source"]): (d["work_id"], d["is_primary"]) for d in _documents(out)}

    run_batch(paths, tmp_path / "one", jobs=1)
    run_batch(list(reversed(paths)), tmp_path / "two", jobs=2)
    first = assignment(tmp_path / "one")
    assert first == assignment(tmp_path / "two")
    assert len({w for w, _ in first.values()}) == 3
    summary = run_batch(paths, tmp_path / "one", jobs=2)
    assert summary.reused == len(paths) and assignment(tmp_path / "one") == first


def _doc(
    doc_id: str, municipalities: tuple[str, ...], period: tuple[int | None, int | None], text: str, **extra: object
) -> WorkDoc:
    fields: dict[str, object] = {"source": doc_id, "format": "text", "n_promises": 1, "n_signatories": 0}
    fields.update(extra)
    return WorkDoc(
        doc_id=doc_id,
        municipalities=frozenset(municipalities),
        period=period,
        pledges=shingles([text]),
        text=shingles([text]),
        **fields,  # type: ignore[arg-type]
    )


BOILERPLATE = "genomföra trygghetsvandringar i centrum varje vår och höst tillsammans med invånare och fastighetsägare"


def test_the_same_boilerplate_in_two_municipalities_is_two_works() -> None:
    docs = [_doc("a1", ("Hörby",), (2019, 2020), BOILERPLATE), _doc("b1", ("Höör",), (2019, 2020), BOILERPLATE)]
    assert group_works(docs) == {"a1": "a1", "b1": "b1"}


def test_primary_is_the_most_complete_then_pdf() -> None:
    docs = [
        _doc("c", ("Hörby",), (2019, 2020), BOILERPLATE, format="pdf", n_promises=8),
        _doc("b", ("Hörby",), (2019, 2020), BOILERPLATE, format="html", n_promises=9),
        _doc("a", ("Hörby",), (2019, 2020), BOILERPLATE, format="text", n_promises=9),
    ]
    works = group_works(docs)
    assert set(works.values()) == {"a"}
    assert primaries(docs, works) == {"b"}  # most pledges; then HTML over text
    docs[0] = _doc("c", ("Hörby",), (2019, 2020), BOILERPLATE, format="pdf", n_promises=9)
    assert primaries(docs, group_works(docs)) == {"c"}


def test_periods_overlap() -> None:
    assert periods_overlap((2019, 2020), (2020, 2021))
    assert not periods_overlap((2021, 2021), (2022, 2023))
    assert periods_overlap((None, None), (2022, 2023)) and periods_overlap((2022, None), (2021, 2022))


def _realdev_inputs() -> list[Path]:
    inputs = [SHARED / "realdev" / "docs", SHARED / "realdev" / "html", SHARED / "realdev" / "pdf"]
    inputs += [*sorted((SHARED / "seeds").glob("*.txt")), SHARED / "seeds" / "html", SHARED / "seeds" / "pdf"]
    return inputs


def test_development_documents_in_three_formats_are_one_work_each(tmp_path: Path) -> None:
    """Every work has exactly the three renderings of one document, so no two
    documents of different municipalities or years share a work."""
    if not (SHARED / "realdev" / "index.json").is_file() or not (SHARED / "seeds" / "html").is_dir():
        pytest.skip(f"development documents not found at {SHARED}")
    from test_keys import assert_declared_keys_hold

    out = tmp_path / "out"
    run_batch(_realdev_inputs(), out, jobs=2)
    works = _works(out)
    stems = {Path(name).stem for names in works.values() for name in names}
    assert len(works) == len(stems)
    for names in works.values():
        assert len(names) == 3 and len({Path(n).stem for n in names}) == 1, names
    assert_declared_keys_hold(out)
