"""The batch, its failures, the CLI and the Parquet contract."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pledgeparse.cli import app
from pledgeparse.pipeline import doc_id_for, extract

GOOD = """Medborgarlöfte för Ydre kommun 2024

Inledning

Ydre kommun och lokalpolisområde Tranås har tecknat ett medborgarlöfte.

Löftet

Polisen lovar att:

- genomföra trafikkontroller varje månad i Österbymo

Ydre den 3 februari 2024

Karin Holm
Kommunstyrelsens ordförande
"""

CONTRACT = {
    "documents": [
        "doc_id",
        "source",
        "format",
        "title",
        "municipalities",
        "municipality_codes",
        "police_area",
        "period_start",
        "period_end",
    ],
    "sections": ["doc_id", "seq", "role", "heading", "text"],
    "promises": ["doc_id", "seq", "text", "theme", "actors", "quantified", "page", "char_start", "char_end"],
    "signatories": ["doc_id", "name", "title", "organisation", "side", "date"],
    "failures": ["source", "stage", "error"],
    "actors": ["doc_id", "promise_seq", "actor", "actor_type"],
}


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "sub" / "broken.pdf").write_bytes(b"%PDF-1.4\n\x00\x01 not really a pdf")
    (folder / "sub" / "notes.txt").write_text("Inköpslista: mjölk, bröd och ost.\n", encoding="utf-8")
    (folder / "sub" / "garbage.html").write_bytes(bytes(range(256)) * 4)
    (folder / "ignored.docx").write_bytes(b"PK\x03\x04")
    return folder


def test_batch_records_every_failure_and_goes_on(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["parse", str(inputs), "--out", str(out)])
    assert result.exit_code == 1, result.output
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [Path(d["source"]).name for d in documents] == ["good.txt"]
    failures = {Path(f["source"]).name: f for f in pq.read_table(out / "failures.parquet").to_pylist()}
    assert set(failures) == {"empty.txt", "broken.pdf", "notes.txt", "garbage.html"}
    assert failures["empty.txt"]["stage"] == "read" and "E101" in failures["empty.txt"]["error"]
    assert failures["notes.txt"]["stage"] == "classify"
    assert failures["broken.pdf"]["stage"] == "read"


def test_exit_code_zero_when_all_good(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["parse", str(tmp_path / "good.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out / "failures.parquet").num_rows == 0


def test_missing_path_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["parse", str(tmp_path / "nope.txt"), "--out", str(out)])
    assert result.exit_code == 1
    failures = pq.read_table(out / "failures.parquet").to_pylist()
    assert failures[0]["stage"] == "read" and "E107" in failures[0]["error"]


def test_output_contract_columns_and_types(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    CliRunner().invoke(app, ["parse", str(tmp_path), "--out", str(out)])
    for table, columns in CONTRACT.items():
        schema = pq.read_schema(out / f"{table}.parquet")
        assert set(columns) <= set(schema.names), (table, set(columns) - set(schema.names))
        assert schema.metadata[b"pledgeparse.schema_version"]
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert docs[0]["format"] == "text"
    assert docs[0]["municipalities"] == ["Ydre"] and docs[0]["municipality_codes"] == ["0512"]
    assert docs[0]["police_area"] == "Tranås"
    assert (docs[0]["period_start"], docs[0]["period_end"]) == (2024, 2024)
    promise = pq.read_table(out / "promises.parquet").to_pylist()[0]
    assert promise["actors"] == ["Polisen"] and promise["quantified"] is True
    text = GOOD
    assert text[promise["char_start"] : promise["char_end"]] == "genomföra trafikkontroller varje månad i Österbymo"
    signatory = pq.read_table(out / "signatories.parquet").to_pylist()[0]
    assert str(signatory["date"]) == "2024-02-03" and signatory["side"] == "kommun"


def test_doc_id_is_stable_and_content_derived() -> None:
    data = GOOD.encode("utf-8")
    assert doc_id_for(data) == doc_id_for(bytes(data))
    assert doc_id_for(data) != doc_id_for(data + b" ")
    assert extract(data, "a.txt").document.doc_id == extract(data, "elsewhere/b.txt").document.doc_id


def test_oversized_input_is_refused() -> None:
    from pledgeparse.settings import Settings

    result = extract(GOOD.encode("utf-8"), "big.txt", Settings(max_file_bytes=100))
    assert result.document is None and result.failures[0].code == "E105"


def test_every_command_has_help_and_is_documented() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert command.callback.__doc__, f"{name} has no help text"
        assert f"pledgeparse {name}" in readme, f"README does not show `pledgeparse {name}`"
        assert runner.invoke(app, [name, "--help"]).exit_code == 0
