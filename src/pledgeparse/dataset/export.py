"""Growing the gold set: gold drafts and Label Studio tasks from an output folder.

``gold_drafts`` writes one JSON file per document in the format of
``shared/GOLD.md`` (plus ``topics`` per pledge), for a person to correct:
cheaper than annotating from nothing, and the corrected files feed
``pledgeparse eval --gold``. ``label_studio_tasks`` writes pre-annotated
tasks: each document's sections as one text, each pledge a labelled span
with its theme, actors and topics as per-region fields.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

LABEL_CONFIG = """<View>
  <Header value="$title"/>
  <Labels name="label" toName="text">
    <Label value="Pledge" background="#1b6ca8"/>
    <Label value="Signatory" background="#e07a1f"/>
  </Labels>
  <Text name="text" value="$text"/>
  <TextArea name="theme" toName="text" perRegion="true" placeholder="Theme" editable="true"/>
  <TextArea name="actors" toName="text" perRegion="true" placeholder="Actors, one per line" editable="true"/>
  <Choices name="quantified" toName="text" perRegion="true" choice="single">
    <Choice value="quantified"/>
    <Choice value="not quantified"/>
  </Choices>
</View>
"""


def _tables(out_dir: Path) -> dict[str, list[dict[str, Any]]]:
    import pyarrow.parquet as pq

    tables = {}
    for name in ("documents", "sections", "promises", "signatories"):
        path = out_dir / f"{name}.parquet"
        tables[name] = pq.read_table(path).to_pylist() if path.exists() else []
    return tables


def _by_doc(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


def gold_drafts(out_dir: Path, target: Path) -> list[Path]:
    """One GOLD.md-format draft per document; returns the files written."""
    tables = _tables(out_dir)
    sections, promises, signatories = (_by_doc(tables[n]) for n in ("sections", "promises", "signatories"))
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for doc in tables["documents"]:
        name = Path(str(doc["source"])).name
        draft = {
            "document": name,
            "title_any": [doc["title"]] if doc.get("title") else [],
            "municipalities": list(doc.get("municipalities") or []),
            "police_area": doc.get("police_area"),
            "period_start": doc.get("period_start"),
            "period_end": doc.get("period_end"),
            "sections": [
                {"heading": s["heading"], "role": s["role"]}
                for s in sorted(sections[doc["doc_id"]], key=lambda s: s["seq"])
                if s.get("heading") and s["role"] != "signatures"
            ],
            "promises": [
                {
                    "text": p["text"],
                    "theme": p.get("theme"),
                    "actors": list(p.get("actors") or []),
                    "quantified": bool(p.get("quantified")),
                    "topics": list(p.get("topics") or []),
                }
                for p in sorted(promises[doc["doc_id"]], key=lambda p: p["seq"])
            ],
            "signatories": [
                {
                    "name": s["name"],
                    "title": s.get("title"),
                    "side": s.get("side"),
                    "date": str(s["date"]) if s.get("date") else None,
                }
                for s in signatories[doc["doc_id"]]
            ],
            "must_not_contain": [],
            "notes": f"Draft written by pledgeparse from {doc['source']}; correct it before using it as gold.",
        }
        path = target / f"{Path(name).stem}.json"
        path.write_text(json.dumps(draft, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written


def label_studio_tasks(out_dir: Path) -> list[dict[str, Any]]:
    """Label Studio import tasks with the pipeline's pledges as predictions."""
    tables = _tables(out_dir)
    sections, promises = _by_doc(tables["sections"]), _by_doc(tables["promises"])
    tasks = []
    for doc in tables["documents"]:
        parts: list[str] = []
        for section in sorted(sections[doc["doc_id"]], key=lambda s: s["seq"]):
            if section.get("heading"):
                parts.append(section["heading"])
            if section.get("text"):
                parts.append(section["text"])
        text = "\n\n".join(parts)
        results: list[dict[str, Any]] = []
        cursor = 0
        for promise in sorted(promises[doc["doc_id"]], key=lambda p: p["seq"]):
            start = text.find(promise["text"], cursor)
            if start < 0:
                start = text.find(promise["text"])
            if start < 0:
                continue
            end = start + len(promise["text"])
            cursor = end
            region = f"p{promise['seq']}"
            value = {"start": start, "end": end, "text": promise["text"]}
            common = {"id": region, "from_name": "", "to_name": "text", "type": ""}
            results.append({**common, "from_name": "label", "type": "labels", "value": {**value, "labels": ["Pledge"]}})
            results.append(
                {
                    **common,
                    "from_name": "theme",
                    "type": "textarea",
                    "value": {**value, "text": [promise.get("theme") or ""]},
                }
            )
            results.append(
                {
                    **common,
                    "from_name": "actors",
                    "type": "textarea",
                    "value": {**value, "text": ["\n".join(promise.get("actors") or [])]},
                }
            )
            choice = "quantified" if promise.get("quantified") else "not quantified"
            results.append(
                {**common, "from_name": "quantified", "type": "choices", "value": {**value, "choices": [choice]}}
            )
        tasks.append(
            {
                "data": {
                    "text": text,
                    "title": doc.get("title") or doc["source"],
                    "source": doc["source"],
                    "doc_id": doc["doc_id"],
                },
                "predictions": [{"model_version": "pledgeparse", "result": results}],
            }
        )
    return tasks


def write_label_studio(out_dir: Path, target: Path, config: Path | None = None) -> tuple[Path, Path]:
    target.write_text(json.dumps(label_studio_tasks(out_dir), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    config = config or target.with_name(target.stem + ".config.xml")
    config.write_text(LABEL_CONFIG, encoding="utf-8")
    return target, config
