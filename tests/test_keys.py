"""True keys (issue 12): every declared key holds, the same bytes under
several names are one document, and no input folder entry is skipped in
silence."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pledgeparse.batch import collect_inputs, run_batch

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def assert_declared_keys_hold(folder: Path) -> None:
    """Every primary key in datapackage.json is unique in its table, and every
    foreign key points at an existing row."""
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    tables = {r["name"]: pq.read_table(folder / r["path"]).to_pylist() for r in descriptor["resources"]}
    checked = 0
    for resource in descriptor["resources"]:
        rows = tables[resource["name"]]
        keys = resource["schema"].get("primaryKey")
        if keys:
            values = [tuple(row[k] for k in keys) for row in rows]
            assert all(v is not None for value in values for v in value), resource["name"]
            duplicated = {v for v in values if values.count(v) > 1}
            assert not duplicated, (resource["name"], sorted(duplicated)[:3])
            checked += 1
        for foreign in resource["schema"].get("foreignKeys", []):
            target = foreign["reference"]
            known = {tuple(row[k] for k in target["fields"]) for row in tables[target["resource"]]}
            missing = [tuple(row[k] for k in foreign["fields"]) for row in rows]
            assert set(missing) <= known, (resource["name"], foreign)
    assert checked == 5


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One document under three names (two folders and a second name), two
    more documents in all their formats."""
    root = tmp_path_factory.mktemp("copies")
    source = CORPUS / "horby_2019" / "horby_2019.txt"
    for name in ("a/horby.txt", "b/horby.txt", "b/horby-kopia.txt"):
        (root / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "in" / name).write_bytes(source.read_bytes())
    for stem in ("lekeberg_2018", "gotland_2022"):
        for path in sorted((CORPUS / stem).glob(f"{stem}.*")):
            (root / "in" / "c" / path.name).parent.mkdir(parents=True, exist_ok=True)
            (root / "in" / "c" / path.name).write_bytes(path.read_bytes())
    return root


def test_same_bytes_under_several_names_are_one_document(copies: Path) -> None:
    out = copies / "out"
    summary = run_batch([copies / "in"], out, jobs=1)
    assert summary.inputs == 9 and summary.duplicates == 2 and summary.documents == 7
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    horby = [d for d in documents if d["source"].endswith("horby.txt") or d["source"].endswith("horby-kopia.txt")]
    assert len(horby) == 1
    assert horby[0]["source"] == str(copies / "in" / "a" / "horby.txt")
    assert horby[0]["duplicate_sources"] == sorted(
        [str(copies / "in" / "b" / "horby.txt"), str(copies / "in" / "b" / "horby-kopia.txt")]
    )
    assert_declared_keys_hold(out)

    again = run_batch([copies / "in"], out, jobs=1)  # incremental: the duplicates stay duplicates
    assert again.reused == 7 and again.parsed == 0 and again.duplicates == 2
    assert pq.read_table(out / "documents.parquet").to_pylist() == documents
    assert_declared_keys_hold(out)


def test_the_cli_summary_counts_duplicates_and_works(copies: Path) -> None:
    from typer.testing import CliRunner

    from pledgeparse.cli import app

    result = CliRunner().invoke(app, ["parse", str(copies / "in"), "--out", str(copies / "cli-out"), "--jobs", "1"])
    assert result.exit_code in (0, 1), result.output
    assert "2 duplicates" in result.output and "7 documents in 3 works" in result.output, result.output


def test_a_dangling_symlink_is_a_failure(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "horby.txt").write_bytes((CORPUS / "horby_2019" / "horby_2019.txt").read_bytes())
    (folder / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "notes.md").symlink_to(tmp_path / "nowhere.md")  # not an input: no failure
    summary = run_batch([folder], tmp_path / "out", jobs=1)
    failures = pq.read_table(tmp_path / "out" / "failures.parquet").to_pylist()
    assert {(Path(f["source"]).name, f["code"]) for f in failures} == {("gone.pdf", "E107"), ("loop.txt", "E107")}
    assert "dangling symlink" in failures[0]["error"]
    assert summary.documents == 1 and len(summary.failures) == 2


def test_an_unreadable_entry_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "locked" / "inside.txt").write_text("x", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path) == folder / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root may read anything: refuse the folder by hand
    items = list(collect_inputs([folder]))
    codes = sorted((Path(i.source).name, i.code) for i in items if not isinstance(i, Path))
    assert codes == [("locked", "E108"), ("pipe.txt", "E108")]
    assert not any(isinstance(i, Path) for i in items)


def test_a_name_gone_from_the_inputs_leaves_duplicate_sources(tmp_path: Path) -> None:
    source = (CORPUS / "horby_2019" / "horby_2019.txt").read_bytes()
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_bytes(source)
    run_batch([tmp_path / "in"], tmp_path / "out", jobs=1)
    (tmp_path / "in" / "c.txt").unlink()
    summary = run_batch([tmp_path / "in"], tmp_path / "out", jobs=1)
    assert summary.reused == 1 and summary.duplicates == 1
    (document,) = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert document["duplicate_sources"] == [str(tmp_path / "in" / "b.txt")]


def test_a_fetched_pdf_linked_from_two_pages_is_one_document_with_both_urls(tmp_path: Path) -> None:
    import datetime as dt

    from pledgeparse.dataset.store import write_all
    from pledgeparse.fetch.cache import ObjectCache
    from pledgeparse.fetch.runner import parse_fetched
    from pledgeparse.fetch.visits import CrawlResult
    from pledgeparse.models import ManifestEntry
    from pledgeparse.settings import Settings

    sha = ObjectCache(tmp_path / "cache").put((CORPUS / "horby_2019" / "horby_2019.pdf").read_bytes())
    entries = [
        ManifestEntry(
            url=url, sha256=sha, is_document=True, format="pdf", fetched_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        )
        for url in ("https://kommun.example/a/lofte.pdf", "https://kommun.example/b/lofte.pdf")
    ]
    crawl = CrawlResult(run_id="r", cache_dir=tmp_path / "cache", manifest_path=tmp_path / "m", entries=entries)
    write_all(parse_fetched(crawl, Settings()), tmp_path / "out")
    (document,) = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert document["source"] == entries[0].url and document["duplicate_sources"] == [entries[1].url]
    assert document["is_primary"] and document["work_id"] == document["doc_id"]
