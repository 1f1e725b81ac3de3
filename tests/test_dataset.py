"""Every output folder describes itself (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pledgeparse.batch import run_batch

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    run_batch(sorted(CORPUS.glob("*/*.txt")) + sorted(CORPUS.glob("*/*.html"))[:3], out, jobs=2)
    return out


def test_parquet_key_value_metadata(demo: Path) -> None:
    for path in demo.glob("*.parquet"):
        metadata = pq.read_schema(path).metadata
        for key in (
            b"pledgeparse.schema_version",
            b"pledgeparse.pipeline_version",
            b"pledgeparse.created_at",
            b"pledgeparse.sources",
        ):
            assert key in metadata, (path.name, key)
        assert int(metadata[b"pledgeparse.sources"]) > 0


def test_datapackage_is_valid_and_matches_the_tables(demo: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    descriptor = json.loads((demo / "datapackage.json").read_text(encoding="utf-8"))
    assert not list(frictionless.Package.metadata_validate(descriptor))
    # Validating the data too checks types, primary keys and foreign keys.
    # frictionless reads Parquet list columns as Python lists, which its
    # "array" type (JSON text) rejects: those cells are the only errors allowed.
    report = frictionless.validate(str(demo / "datapackage.json"), type="package")
    array_fields = {f["name"] for r in descriptor["resources"] for f in r["schema"]["fields"] if f["type"] == "array"}
    problems = [
        e.message
        for task in report.tasks
        for e in task.errors
        if not (
            e.type == "type-error"
            and (getattr(e, "field_name", None) in array_fields or str(getattr(e, "cell", "")) == "nan")
        )
    ]  # (frictionless also reads a null integer from Parquet as NaN)
    assert not problems, problems[:5]
    names = {r["name"] for r in descriptor["resources"]}
    assert names == {"documents", "sections", "promises", "actors", "signatories", "furniture", "failures"}
    for resource in descriptor["resources"]:
        columns = pq.read_schema(demo / resource["path"]).names
        assert [f["name"] for f in resource["schema"]["fields"]] == columns, resource["name"]
        assert all(f.get("description") for f in resource["schema"]["fields"]), resource["name"]
        assert resource["x-rows"] == pq.ParquetFile(demo / resource["path"]).metadata.num_rows
    promises = next(r for r in descriptor["resources"] if r["name"] == "promises")
    assert promises["schema"]["primaryKey"] == ["doc_id", "seq"]
    assert promises["schema"]["foreignKeys"][0]["reference"] == {"resource": "documents", "fields": ["doc_id"]}


def test_keys_hold_in_the_data(demo: Path) -> None:
    documents = pq.read_table(demo / "documents.parquet").to_pylist()
    doc_ids = [d["doc_id"] for d in documents]
    assert len(doc_ids) == len(set(doc_ids))
    promises = pq.read_table(demo / "promises.parquet").to_pylist()
    keys = [(p["doc_id"], p["seq"]) for p in promises]
    assert len(keys) == len(set(keys)) and {k[0] for k in keys} <= set(doc_ids)
    actors = pq.read_table(demo / "actors.parquet").to_pylist()
    assert {(a["doc_id"], a["promise_seq"]) for a in actors} <= set(keys)


def test_dataset_card(demo: Path) -> None:
    card = (demo / "README.md").read_text(encoding="utf-8")
    for needle in (
        "## How it was made",
        "## Known limits",
        "## Citing",
        "`promises.parquet`",
        "`quantified`",
        "`narcotics`",
        "## Schema versions",
        "`is_primary`",
        "then a PDF over",
        "most recent pledge block",
    ):
        assert needle in card, needle


def test_readme_one_liners_run(demo: Path) -> None:
    """The README's DuckDB, pandas and polars answers run on a real output folder."""
    import duckdb
    import pandas as pd
    import polars as pl

    os_cwd = Path.cwd()
    try:
        import os

        os.chdir(demo)
        top = duckdb.sql(
            "SELECT topic, count(*) AS n FROM (SELECT unnest(p.topics) AS topic FROM 'promises.parquet' p "
            "JOIN 'documents.parquet' d USING (doc_id) WHERE d.is_primary AND 2023 BETWEEN p.period_start AND p.period_end) "
            "GROUP BY topic ORDER BY n DESC"
        ).fetchall()
        assert top and top[0][1] >= top[-1][1]
        share = duckdb.sql(
            "SELECT p.period_start AS year, avg(p.quantified::INT) AS share FROM 'promises.parquet' p "
            "JOIN 'documents.parquet' d USING (doc_id) WHERE d.is_primary GROUP BY year ORDER BY year"
        ).fetchall()
        assert all(0 <= s <= 1 for _, s in share)
        works = duckdb.sql("SELECT count(*) FROM 'documents.parquet' WHERE is_primary").fetchall()
        assert works[0][0] == len({d["work_id"] for d in pq.read_table("documents.parquet").to_pylist()})
        primary = pd.read_parquet("documents.parquet", columns=["doc_id", "is_primary"])
        frame = pd.read_parquet("promises.parquet").merge(primary[primary.is_primary], on="doc_id")
        pandas_top = (
            frame[(frame.period_start <= 2023) & (frame.period_end >= 2023)].explode("topics").topics.value_counts()
        )
        assert dict(top) == pandas_top.to_dict()
        pandas_share = frame.groupby("period_start").quantified.mean()
        polars_share = (
            pl.read_parquet("promises.parquet")
            .join(pl.read_parquet("documents.parquet").filter(pl.col("is_primary")).select("doc_id"), on="doc_id")
            .group_by("period_start")
            .agg(pl.col("quantified").mean())
            .sort("period_start")
        )
        assert polars_share["quantified"].to_list() == pytest.approx(pandas_share.to_list())
        assert [s for _, s in share] == pytest.approx(pandas_share.to_list())
    finally:
        os.chdir(os_cwd)
