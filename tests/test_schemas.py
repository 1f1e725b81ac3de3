from __future__ import annotations

from pathlib import Path

from pledgeparse.dataset.schema import render, schemas

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def test_schemas_folder_is_up_to_date() -> None:
    """Fails when a model changed and `make schemas` was not run."""
    expected = {f"{name}.schema.json": render(schema) for name, schema in schemas().items()}
    present = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.schema.json")}
    assert set(present) == set(expected), "schemas/ is stale: run `make schemas`"
    for name, text in expected.items():
        assert present[name] == text, f"schemas/{name} is stale: run `make schemas`"
