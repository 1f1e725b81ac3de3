"""Score extraction results against gold annotations (GOLD.md format).

The definitions follow ``shared/GOLD.md`` and must agree with the reference
scorer (``shared/tools/score.py``; a test checks that they do):

* pledges are matched one-to-one to gold by difflib ratio >= 0.85 on
  normalised text (lower case, folded white space and dashes, no bullet, no
  trailing full stop), best pairs first; precision, recall and F1 are
  pooled over all documents;
* among matched pledges: theme accuracy, actor-set accuracy (police and
  municipality names folded), quantified accuracy;
* signatories are matched by name (ratio >= 0.9); among matched: side,
  title (ratio >= 0.85) and date accuracy;
* per document: municipalities (as a set), police area and period exact;
* sections: share of gold sections found (heading ratio >= 0.9) with the
  right role; leaks: ``must_not_contain`` strings found in any section's or
  pledge's text.

Gold files may carry ``topics`` per pledge (corpus/ gold does); then
per-topic precision and recall are reported too.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Row = dict[str, Any]

_BULLETS = re.compile(r"^[\s\-\u2022\u25cf\u25aa\u00b7*•–·▪o]+")


def norm(text: object) -> str:
    if text is None:
        return ""
    s = unicodedata.normalize("NFC", str(text)).lower()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = _BULLETS.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s.rstrip(" .;:")


def similarity(a: object, b: object) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def canon_actor(actor: str) -> str:
    n = norm(actor)
    if "polis" in n:
        return "polisen"
    if re.fullmatch(r"(\w+s? )?kommun(en|erna)?", n):
        return "kommunen"
    return n


def canon_municipality(name: str) -> str:
    return re.sub(r"\s+(kommun|stad)$", "", norm(name))


def canon_area(name: object) -> str:
    return re.sub(r"^(lokalpolisområde|lpo)\s+", "", norm(name))


def match(
    gold: Sequence[Row], system: Sequence[Row], key: Callable[[Row], object], threshold: float
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, most similar pairs first."""
    pairs = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            ratio = similarity(key(g), key(s))
            if ratio >= threshold:
                pairs.append((ratio, i, j))
    pairs.sort(reverse=True)
    used_gold: set[int] = set()
    used_sys: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_gold or j in used_sys:
            continue
        used_gold.add(i)
        used_sys.add(j)
        out.append((i, j))
    return out


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Counts:
    p_tp: int = 0
    p_sys: int = 0
    p_gold: int = 0
    p_matched: int = 0
    theme_ok: int = 0
    actors_ok: int = 0
    quant_ok: int = 0
    s_tp: int = 0
    s_sys: int = 0
    s_gold: int = 0
    s_matched: int = 0
    side_ok: int = 0
    title_ok: int = 0
    date_ok: int = 0
    muni_ok: int = 0
    area_ok: int = 0
    period_ok: int = 0
    docs: int = 0
    missing_docs: int = 0
    sec_ok: int = 0
    sec_gold: int = 0
    leaks: int = 0
    topic_tp: dict[str, int] = field(default_factory=dict)
    topic_sys: dict[str, int] = field(default_factory=dict)
    topic_gold: dict[str, int] = field(default_factory=dict)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


@dataclass
class Tables:
    documents: list[Row]
    promises: list[Row]
    signatories: list[Row]
    sections: list[Row]

    @classmethod
    def load(cls, out_dir: Path) -> Tables:
        import pyarrow.parquet as pq

        def rows(name: str) -> list[Row]:
            path = out_dir / f"{name}.parquet"
            return pq.read_table(path).to_pylist() if path.exists() else []

        return cls(rows("documents"), rows("promises"), rows("signatories"), rows("sections"))


def score(tables: Tables, golds: dict[str, Row]) -> dict[str, Any]:
    """Per-document details and the summary, keyed like the reference scorer."""
    by_stem: dict[str, Row] = {}
    for doc in tables.documents:
        by_stem.setdefault(Path(str(doc.get("source", ""))).stem, doc)
    c = Counts()
    per_doc: dict[str, Any] = {}
    for stem, gold in golds.items():
        c.docs += 1
        found = by_stem.get(stem)
        per_doc[stem] = _score_missing(c, gold) if found is None else _score_document(c, gold, found, tables)
    topics, topics_micro = _topic_figures(c)
    return {"summary": _summary(c), "per_doc": per_doc, "topics": topics, "topics_micro": topics_micro}


def _rows_of(items: list[Row], doc_id: str) -> list[Row]:
    return [r for r in items if r.get("doc_id") == doc_id]


def _score_missing(c: Counts, gold: Row) -> dict[str, Any]:
    """A gold document the system did not produce: everything in it is missed."""
    c.missing_docs += 1
    c.p_gold += len(gold["promises"])
    c.s_gold += len(gold["signatories"])
    c.sec_gold += len(gold.get("sections", []))
    return {"missing": True}


def _score_document(c: Counts, gold: Row, doc: Row, tables: Tables) -> dict[str, Any]:
    """Count one document's pledges, signatories, metadata and sections; return its details."""
    doc_id = doc["doc_id"]
    promises = sorted(_rows_of(tables.promises, doc_id), key=lambda r: r.get("seq") or 0)
    matched, bad_actors, bad_themes = _score_promises(c, gold["promises"], promises)
    signatories = _rows_of(tables.signatories, doc_id)
    sig_matched = _score_signatories(c, gold["signatories"], signatories)
    munis, period = _score_metadata(c, gold, doc)
    leaks = _score_sections(c, gold, _rows_of(tables.sections, doc_id), promises)
    matched_gold = {i for i, _ in matched}
    matched_sys = {j for _, j in matched}
    return {
        "promises": f"{len(matched)}/{len(gold['promises'])} gold, {len(promises)} sys",
        "missed": [g["text"][:70] for i, g in enumerate(gold["promises"]) if i not in matched_gold],
        "extra": [s["text"][:70] for j, s in enumerate(promises) if j not in matched_sys],
        "bad_actors": bad_actors,
        "bad_themes": bad_themes,
        "signatories": f"{len(sig_matched)}/{len(gold['signatories'])} gold, {len(signatories)} sys",
        "muni": munis,
        "area": [gold.get("police_area"), doc.get("police_area")],
        "period": period,
        "leaks": leaks,
    }


def _score_promises(
    c: Counts, gold: list[Row], promises: list[Row]
) -> tuple[list[tuple[int, int]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Match the pledges and count theme, actors, quantified and topics among the matched ones.

    Returns the matched (gold, system) index pairs, the actor mismatches and the theme mismatches.
    """
    matched = match(gold, promises, lambda x: x["text"], 0.85)
    c.p_tp += len(matched)
    c.p_sys += len(promises)
    c.p_gold += len(gold)
    bad_actors: list[tuple[Any, ...]] = []
    bad_themes: list[tuple[Any, ...]] = []
    for i, j in matched:
        g, s = gold[i], promises[j]
        c.p_matched += 1
        if norm(g.get("theme")) == norm(s.get("theme")):
            c.theme_ok += 1
        else:
            bad_themes.append((g.get("theme"), s.get("theme")))
        gold_actors = {canon_actor(a) for a in g["actors"]}
        sys_actors = {canon_actor(a) for a in (s.get("actors") or [])}
        if gold_actors == sys_actors:
            c.actors_ok += 1
        else:
            bad_actors.append((g["text"][:40], sorted(gold_actors), sorted(sys_actors)))
        if bool(s.get("quantified")) == bool(g.get("quantified")):
            c.quant_ok += 1
        if "topics" in g:
            _count_topics(c, set(g["topics"]), set(s.get("topics") or []))
    return matched, bad_actors, bad_themes


def _score_signatories(c: Counts, gold: list[Row], signatories: list[Row]) -> list[tuple[int, int]]:
    """Match the signatories by name and count side, title and date among the matched ones."""
    matched = match(gold, signatories, lambda x: x["name"], 0.9)
    c.s_tp += len(matched)
    c.s_sys += len(signatories)
    c.s_gold += len(gold)
    for i, j in matched:
        g, s = gold[i], signatories[j]
        c.s_matched += 1
        c.side_ok += norm(g["side"]) == norm(s.get("side"))
        c.title_ok += similarity(g["title"], s.get("title") or "") >= 0.85
        date = s.get("date")
        c.date_ok += (str(date) if date is not None else None) == g.get("date")
    return matched


def _score_metadata(c: Counts, gold: Row, doc: Row) -> tuple[list[list[str]], list[list[Any]]]:
    """Count municipalities, police area and period; return [gold, system] municipalities and periods."""
    gold_munis = {canon_municipality(m) for m in gold["municipalities"]}
    sys_munis = {canon_municipality(m) for m in (doc.get("municipalities") or [])}
    c.muni_ok += gold_munis == sys_munis
    c.area_ok += canon_area(gold.get("police_area")) == canon_area(doc.get("police_area"))
    gold_period = (gold.get("period_start"), gold.get("period_end"))
    sys_period = (doc.get("period_start"), doc.get("period_end"))
    c.period_ok += gold_period == sys_period
    return [sorted(gold_munis), sorted(sys_munis)], [list(gold_period), list(sys_period)]


def _score_sections(c: Counts, gold: Row, sections: list[Row], promises: list[Row]) -> list[str]:
    """Count the gold sections found with their role; return the must_not_contain strings that leaked."""
    for gs in gold.get("sections", []):
        c.sec_gold += 1
        hits = [s for s in sections if similarity(gs["heading"], s.get("heading") or "") >= 0.9]
        if any(norm(s.get("role")) == norm(gs["role"]) for s in hits):
            c.sec_ok += 1
    texts = [str(s.get("text") or "") for s in sections] + [str(p.get("text") or "") for p in promises]
    leaks = [x for x in gold.get("must_not_contain", []) if any(x in t for t in texts)]
    c.leaks += len(leaks)
    return leaks


def _summary(c: Counts) -> dict[str, Any]:
    """The pooled figures, keyed like the reference scorer's summary."""
    promise_prf = prf(c.p_tp, c.p_sys, c.p_gold)
    signatory_prf = prf(c.s_tp, c.s_sys, c.s_gold)
    return {
        "docs": c.docs,
        "missing_docs": c.missing_docs,
        "promise_p": round(promise_prf[0], 3),
        "promise_r": round(promise_prf[1], 3),
        "promise_f1": round(promise_prf[2], 3),
        "theme_acc": _ratio(c.theme_ok, c.p_matched),
        "actors_acc": _ratio(c.actors_ok, c.p_matched),
        "quantified_acc": _ratio(c.quant_ok, c.p_matched),
        "signatory_p": round(signatory_prf[0], 3),
        "signatory_r": round(signatory_prf[1], 3),
        "signatory_f1": round(signatory_prf[2], 3),
        "sig_side_acc": _ratio(c.side_ok, c.s_matched),
        "sig_title_acc": _ratio(c.title_ok, c.s_matched),
        "sig_date_acc": _ratio(c.date_ok, c.s_matched),
        "municipality_acc": _ratio(c.muni_ok, c.docs),
        "police_area_acc": _ratio(c.area_ok, c.docs),
        "period_acc": _ratio(c.period_ok, c.docs),
        "section_recall": _ratio(c.sec_ok, c.sec_gold),
        "noise_leaks": c.leaks,
    }


def _topic_figures(c: Counts) -> tuple[dict[str, Any], dict[str, float] | None]:
    """Precision, recall and F1 per topic, and micro-averaged over pledges (None without gold topics)."""
    topics = {}
    for topic in sorted(set(c.topic_gold) | set(c.topic_sys)):
        tp = c.topic_tp.get(topic, 0)
        p, r, f = prf(tp, c.topic_sys.get(topic, 0), c.topic_gold.get(topic, 0))
        topics[topic] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "gold": c.topic_gold.get(topic, 0),
        }
    if not c.topic_gold:
        return topics, None
    micro = prf(sum(c.topic_tp.values()), sum(c.topic_sys.values()), sum(c.topic_gold.values()))
    return topics, {"precision": round(micro[0], 3), "recall": round(micro[1], 3), "f1": round(micro[2], 3)}


def _count_topics(c: Counts, gold: set[str], system: set[str]) -> None:
    for t in gold:
        c.topic_gold[t] = c.topic_gold.get(t, 0) + 1
    for t in system:
        c.topic_sys[t] = c.topic_sys.get(t, 0) + 1
    for t in gold & system:
        c.topic_tp[t] = c.topic_tp.get(t, 0) + 1


def load_golds(gold_dir: Path) -> dict[str, Row]:
    """Gold files by document stem: ``gold/NAME.json`` or ``corpus/NAME/gold.json``."""
    golds: dict[str, Row] = {}
    for path in sorted(gold_dir.rglob("*.json")):
        if path.name in {"expected.json"}:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if not isinstance(data, dict) or "promises" not in data or "document" not in data:
            continue
        golds[Path(str(data["document"])).stem] = data
    return golds


def overlay_topics(golds: dict[str, Row], topics_file: Path) -> dict[str, Row]:
    """Add hand-labelled topics kept apart from the gold files (by document
    stem, in the order of each gold file's promises)."""
    labels = json.loads(topics_file.read_text(encoding="utf-8")).get("documents", {})
    for stem, per_promise in labels.items():
        gold = golds.get(stem)
        if gold is None or len(per_promise) != len(gold["promises"]):
            continue
        for promise, topics in zip(gold["promises"], per_promise, strict=True):
            promise["topics"] = list(topics)
    return golds
