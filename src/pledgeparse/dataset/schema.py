"""JSON Schema for every output table, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from pledgeparse.models import OUTPUT_MODELS, SCHEMA_VERSION


def schemas() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for name, model in OUTPUT_MODELS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"pledgeparse/{name}.schema.json"
        schema["x-schema-version"] = SCHEMA_VERSION
        out[name] = schema
    return out


def render(schema: dict[str, object]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written
