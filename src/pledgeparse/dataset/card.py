"""An output folder describes itself: ``datapackage.json`` and ``README.md``.

``datapackage.json`` is a Frictionless Data Package: one tabular resource
per Parquet table, with each field's type and description (taken from the
pydantic models, so they cannot drift), primary keys and foreign keys.
``README.md`` is a dataset card: what the data is, how it was made, every
field, the topic taxonomy, known limits, how to load and cite it.

Schema version policy (``pledgeparse.models.SCHEMA_VERSION``): the major
number changes when a column is renamed or removed or its meaning changes;
the minor number when columns are added. Readers that use only the columns
they know keep working across minor versions.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from pledgeparse import PIPELINE_VERSION, __version__
from pledgeparse.models import OUTPUT_MODELS, SCHEMA_VERSION

TABLE_DESCRIPTIONS = {
    "documents": "One row per parsed document: its source, format, title, municipalities, police area and period.",
    "sections": "The top-level sections of each document with their role (intro, background, situation, promises, goals, follow_up, signatures, other).",
    "promises": "Each pledge once, with its theme, actors, topics and specificity (quantified, deadline, named actor, action or outcome).",
    "actors": "One row per actor of a pledge, with the actor's type (long form of promises.actors).",
    "signatories": "The people who sign each document, with title, organisation, side and date.",
    "furniture": "Page furniture (running headers, footers, page numbers, council-minute page headers) kept out of the text.",
    "failures": "Every input that could not be processed, or that was processed but needs a person's look.",
}
PRIMARY_KEYS = {
    "documents": ["doc_id"],
    "sections": ["doc_id", "seq"],
    "promises": ["doc_id", "seq"],
    "actors": ["doc_id", "promise_seq", "actor"],
    "signatories": ["doc_id", "name"],
}
FOREIGN_KEYS = {
    "sections": [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}],
    "promises": [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}],
    "signatories": [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}],
    "furniture": [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}],
    "actors": [
        {"fields": ["doc_id", "promise_seq"], "reference": {"resource": "promises", "fields": ["doc_id", "seq"]}}
    ],
}


def _field_type(annotation: object) -> str:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (list, tuple):
        return "array"
    if args and origin is not None and origin not in (list, tuple):
        return _field_type(args[0])
    if isinstance(annotation, type):
        if annotation is bool:
            return "boolean"
        if annotation is int:
            return "integer"
        if annotation is float:
            return "number"
        if annotation is dt.date:
            return "date"
        if issubclass(annotation, enum.Enum) or annotation is str:
            return "string"
    return "any"


def _fields(model: type[BaseModel]) -> list[dict[str, Any]]:
    fields = []
    for name, info in model.model_fields.items():
        field: dict[str, Any] = {"name": name, "type": _field_type(info.annotation)}
        if info.description:
            field["description"] = info.description
        annotation = info.annotation
        enum_type = next(
            (a for a in (annotation, *typing.get_args(annotation)) if isinstance(a, type) and issubclass(a, enum.Enum)),
            None,
        )
        if enum_type is not None:
            field["constraints"] = {"enum": [m.value for m in enum_type]}
        fields.append(field)
    return fields


def datapackage(rows: dict[str, int], created_at: str) -> dict[str, Any]:
    resources = []
    for name, model in OUTPUT_MODELS.items():
        schema: dict[str, Any] = {"fields": _fields(model)}
        if name in PRIMARY_KEYS:
            schema["primaryKey"] = PRIMARY_KEYS[name]
        if name in FOREIGN_KEYS:
            schema["foreignKeys"] = FOREIGN_KEYS[name]
        resources.append(
            {
                "name": name,
                "path": f"{name}.parquet",
                "profile": "tabular-data-resource",
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "description": TABLE_DESCRIPTIONS[name],
                "schema": schema,
                "x-rows": rows.get(name, 0),
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "medborgarloften",
        "title": "Medborgarlöften: Swedish citizen pledges of municipalities and police, as structured data",
        "description": "Pledges, actors, signatories, municipalities, police areas and periods extracted by pledgeparse.",
        "version": SCHEMA_VERSION,
        "created": created_at,
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ],
        "sources": [{"title": "Medborgarlöften published by the Swedish Police and Swedish municipalities"}],
        "contributors": [{"title": f"pledgeparse {__version__} (pipeline {PIPELINE_VERSION})", "role": "author"}],
        "resources": resources,
    }


def dataset_card(rows: dict[str, int], created_at: str, works: int | None = None) -> str:
    """The folder's README.md: what the data is, how it was made, every table and field, limits, loading, citing."""
    lines = [
        *_about_part(created_at),
        *_works_part(rows.get("documents", 0), works),
        *_tables_part(rows),
        *_topics_part(),
        *_limits_part(),
        *_loading_part(),
        *_versions_and_citing_part(created_at),
    ]
    return "\n".join(lines)


def _about_part(created_at: str) -> list[str]:
    return [
        "# Medborgarlöften dataset",
        "",
        f"Created {created_at} by pledgeparse {__version__} (pipeline {PIPELINE_VERSION}), "
        f"schema version {SCHEMA_VERSION}.",
        "",
        "## What this is",
        "",
        "Swedish *medborgarlöften* (citizen pledges) are short public commitments that a municipality",
        "and its local police area make together, usually for one or two years. This folder holds them",
        "as tables: every pledge once, with its theme, the actors who carry it out, its topics and how",
        "concrete it is; the people who sign; each document's municipalities, police area and period.",
        "",
        "## How it was made",
        "",
        "Documents (police web pages, municipal PDFs, council minutes; text, HTML or PDF, scanned",
        "pages through OCR) were read into typed text blocks, cleaned of site chrome and page",
        "furniture, split into sections by the genre's headings, and the pledges, actors, signatories",
        "and metadata were extracted by rules written for the genre and a spaCy pipeline built from",
        "gazetteers. Nothing was typed in by hand. Documents that could not be processed are listed",
        "in `failures.parquet`.",
        "",
    ]


def _tables_part(rows: dict[str, int]) -> list[str]:
    """The tables with their row counts, then every table's fields."""
    lines = ["## Tables", "", "| table | rows | what |", "|---|---|---|"]
    for name in OUTPUT_MODELS:
        lines.append(f"| `{name}.parquet` | {rows.get(name, 0)} | {TABLE_DESCRIPTIONS[name]} |")
    for name, model in OUTPUT_MODELS.items():
        lines += ["", f"### {name}", "", "| field | type | description |", "|---|---|---|"]
        for field in _fields(model):
            description = field.get("description", "")
            if "constraints" in field:
                description = (description + " One of: " + ", ".join(field["constraints"]["enum"]) + ".").strip()
            lines.append(f"| `{field['name']}` | {field['type']} | {description} |")
        keys = PRIMARY_KEYS.get(name)
        if keys:
            lines.append(f"\nPrimary key: {', '.join(keys)}.")
    return lines


def _topics_part() -> list[str]:
    from pledgeparse.extract.topics import TAXONOMY

    lines = ["", "## Topics", "", "| code | topic |", "|---|---|"]
    lines += [f"| `{t.code}` | {t.label} |" for t in TAXONOMY]
    lines += ["| `other` | none of the above |"]
    return lines


def _limits_part() -> list[str]:
    return [
        "",
        "## Known limits",
        "",
        "- Extraction is automatic. On the project's annotated documents it finds nearly every pledge,",
        "  but real documents vary: check `failures.parquet` (code E201 marks pledge documents in which",
        "  no pledges were found) and read the source when a figure matters.",
        "- `police_area` is null when the document does not name the local police area; it is never",
        "  guessed.",
        "- Actors follow the pledge's subject; partners named after the verb are in `partners`. A pledge",
        "  without a subject inherits the actors of its lead-in, else both parties.",
        "- Topics come from word rules, not from reading; a pledge can have several.",
        "- Periods are years; a pledge for part of a year counts the whole year. A page that holds",
        '  several years ("Medborgarlöfte X 2022-2023" above "Medborgarlöfte X 2021") gives each',
        "  pledge the years of the heading it stands under (`promises.period_start`/`period_end`);",
        "  the document's period is that of its most recent pledge block.",
        "",
    ]


def _loading_part() -> list[str]:
    return [
        "## Loading",
        "",
        "```python",
        "import duckdb",
        "duckdb.sql(\"SELECT * FROM 'promises.parquet' p JOIN 'documents.parquet' d USING (doc_id) WHERE d.is_primary\")",
        "import pandas as pd",
        "promises = pd.read_parquet('promises.parquet')",
        "import polars as pl",
        "promises = pl.read_parquet('promises.parquet')",
        "```",
        "",
        "`datapackage.json` describes the same tables as a Frictionless Data Package, with primary",
        "and foreign keys (`doc_id` links every table to `documents`; `actors` links to `promises`",
        "by `doc_id` and `promise_seq`).",
        "",
    ]


def _versions_and_citing_part(created_at: str) -> list[str]:
    return [
        "## Schema versions",
        "",
        "The major version changes when a column is renamed, removed or changes meaning; the minor",
        "version when columns are added. Each Parquet file carries `pledgeparse.schema_version`,",
        "`pledgeparse.pipeline_version`, `pledgeparse.created_at` and `pledgeparse.sources` in its",
        "key-value metadata.",
        "",
        "## Citing",
        "",
        f"Medborgarlöften dataset, made with pledgeparse {__version__} (pipeline {PIPELINE_VERSION}),",
        f"{created_at[:10]}. Please cite the source documents (`documents.source`) as well.",
        "",
    ]


def _works_part(documents: int, works: int | None) -> list[str]:
    from pledgeparse.dataset.works import THRESHOLD

    counted = f"The {documents} documents here are {works} works. " if works is not None else ""
    return [
        "## Works: one pledge counted once",
        "",
        "The same pledge is often published several times: under two addresses of the police site,",
        "as the municipality's PDF, in a news item. Inputs with the same bytes are one document (its",
        "other names are in `duplicate_sources`). Documents that give the same pledges are one",
        "*work* (`work_id`): same municipalities, overlapping periods and near-identical text (Jaccard",
        f"similarity of word 3-shingles of at least {THRESHOLD} over the pledge texts or over the section",
        "texts). Different years of one municipality are different works. In each work one document",
        "has `is_primary`: the one with the most pledges, then the most signatories, then a PDF over",
        "an HTML page over a text file, then the smallest source name. " + counted + "Nothing is",
        "dropped: every document keeps its rows, so count pledges, municipalities and years over",
        "`WHERE is_primary` (`documents` joined on `doc_id`).",
        "",
    ]


def _count_works(folder: Path) -> int | None:
    import pyarrow.parquet as pq

    from pledgeparse.dataset.reading import read_parquet

    path = folder / "documents.parquet"
    if not path.exists() or "is_primary" not in pq.read_schema(path).names:
        return None
    return sum(bool(v) for v in read_parquet(path, ["is_primary"]).column("is_primary").to_pylist())


def write_dataset_files(folder: Path, rows: dict[str, int] | None = None, created_at: str | None = None) -> None:
    """Write ``datapackage.json`` and ``README.md`` next to the tables."""
    import pyarrow.parquet as pq

    if rows is None:
        rows = {}
        for name in OUTPUT_MODELS:
            path = folder / f"{name}.parquet"
            rows[name] = pq.ParquetFile(path).metadata.num_rows if path.exists() else 0
    created_at = created_at or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    (folder / "datapackage.json").write_text(
        json.dumps(datapackage(rows, created_at), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (folder / "README.md").write_text(dataset_card(rows, created_at, _count_works(folder)), encoding="utf-8")
