"""Works: the documents that give the same pledges, counted once.

One pledge turns up several times: the police site serves it under two
addresses with different chrome, the municipality republishes it as a PDF, a
news item repeats the pledge list. Those documents are one *work*.

Two documents are candidates for one work when they name the same
municipalities. They join when their texts are near-duplicates (the Jaccard
similarity of their word shingles reaches :data:`THRESHOLD`, over the pledge
texts or over the section texts, whichever is higher: :func:`similarity`)
and their periods overlap (an unknown period overlaps anything). Merging is
agglomerative, most similar pairs first, and two groups merge only when every
known period of one overlaps every known period of the other, so a document
whose period was not found cannot chain two years of one municipality into
one work. Different years of one municipality stay different works; so do
two municipalities with the same boilerplate.

``work_id`` is the smallest ``doc_id`` of the work: a pure function of the
set of documents, so it does not depend on input order, worker count or
whether rows were reused by an incremental run. ``is_primary`` marks one
representative per work (:func:`primary_rank`).

This runs once per output folder, after every document is in
(:meth:`pledgeparse.dataset.store.DatasetWriter.commit`), because it needs the whole
batch; it rewrites only the small ``documents`` table.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pledgeparse.dataset.reading import read_parquet

Period = tuple[int | None, int | None]
Shingles = frozenset[tuple[str, ...]]

# Jaccard similarity of 3-word shingles at which two documents are one
# work. Measured on the development documents (../shared/realdev and seeds,
# each parsed as text, HTML and PDF: 252 documents): renderings of one
# document score 0.77 and up, two documents of one municipality (other
# years) at most 0.38, of different municipalities at most 0.23.
THRESHOLD = 0.55
SHINGLE_WORDS = 3
FORMAT_RANK = {"pdf": 0, "html": 1, "text": 2}
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class WorkDoc:
    """What grouping needs to know of one document."""

    doc_id: str
    source: str
    format: str
    municipalities: frozenset[str]
    period: Period
    n_promises: int
    n_signatories: int
    pledges: Shingles
    text: Shingles


def shingles(texts: Iterable[str], k: int = SHINGLE_WORDS) -> Shingles:
    """Word k-shingles of each text (never across two texts), lower-cased."""
    out: set[tuple[str, ...]] = set()
    for text in texts:
        words = WORD.findall(text.lower())
        if len(words) < k:
            if words:
                out.add(tuple(words))
            continue
        out.update(zip(*(words[i:] for i in range(k)), strict=False))  # the k-word windows, as tuples
    return frozenset(out)


def jaccard(a: Shingles, b: Shingles) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(a: WorkDoc, b: WorkDoc) -> float:
    """The larger of the pledge-text and the section-text similarity.

    Pledge text finds a news item that repeats the pledge list; section text
    finds a rendering whose pledges were read differently (a table split
    otherwise in a PDF, no pledges found at all)."""
    return max(jaccard(a.pledges, b.pledges), jaccard(a.text, b.text))


def periods_overlap(a: Period, b: Period) -> bool:
    """Overlapping years; an unknown start or end is open."""
    a_start, a_end = a[0] if a[0] is not None else a[1], a[1] if a[1] is not None else a[0]
    b_start, b_end = b[0] if b[0] is not None else b[1], b[1] if b[1] is not None else b[0]
    if a_start is None or b_start is None or a_end is None or b_end is None:
        return True
    return a_start <= b_end and b_start <= a_end


class _Groups:
    """Union-find whose groups remember their known periods."""

    def __init__(self, docs: Sequence[WorkDoc]) -> None:
        self.parent = {d.doc_id: d.doc_id for d in docs}
        self.periods: dict[str, list[Period]] = {d.doc_id: [d.period] if d.period != (None, None) else [] for d in docs}

    def find(self, doc_id: str) -> str:
        while self.parent[doc_id] != doc_id:
            self.parent[doc_id] = self.parent[self.parent[doc_id]]
            doc_id = self.parent[doc_id]
        return doc_id

    def merge(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return
        if not all(periods_overlap(p, q) for p in self.periods[root_a] for q in self.periods[root_b]):
            return
        keep, gone = sorted((root_a, root_b))
        self.parent[gone] = keep
        self.periods[keep] += self.periods.pop(gone)


def candidate_pairs(docs: Sequence[WorkDoc], threshold: float = THRESHOLD) -> list[tuple[float, str, str]]:
    """Pairs of one municipality set, similar enough, periods overlapping; most similar first."""
    blocks: dict[frozenset[str], list[WorkDoc]] = defaultdict(list)
    for doc in docs:
        blocks[doc.municipalities].append(doc)
    pairs = []
    for members in blocks.values():
        for a, b in combinations(sorted(members, key=lambda d: d.doc_id), 2):
            if not periods_overlap(a.period, b.period):
                continue
            score = similarity(a, b)
            if score >= threshold:
                pairs.append((score, a.doc_id, b.doc_id))
    return sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))


def group_works(docs: Sequence[WorkDoc], threshold: float = THRESHOLD) -> dict[str, str]:
    """doc_id -> work_id (the smallest doc_id of the work)."""
    groups = _Groups(docs)
    for _score, a, b in candidate_pairs(docs, threshold):
        groups.merge(a, b)
    members: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        members[groups.find(doc.doc_id)].append(doc.doc_id)
    return {doc_id: min(ids) for ids in members.values() for doc_id in ids}


def primary_rank(doc: WorkDoc) -> tuple[int, int, int, str, str]:
    """Sort key of a work's representative: the most complete version first
    (most pledges, then most signatories), then PDF over HTML over text, then
    the smallest source name (so the choice is stable)."""
    return (-doc.n_promises, -doc.n_signatories, FORMAT_RANK.get(doc.format, 9), doc.source, doc.doc_id)


def primaries(docs: Sequence[WorkDoc], works: dict[str, str]) -> set[str]:
    best: dict[str, WorkDoc] = {}
    for doc in docs:
        work = works[doc.doc_id]
        if work not in best or primary_rank(doc) < primary_rank(best[work]):
            best[work] = doc
    return {doc.doc_id for doc in best.values()}


def _texts_by_doc(path: Path, filter_role: bool = False) -> dict[str, list[str]]:
    columns = ["doc_id", "text"] + (["role"] if filter_role else [])
    out: dict[str, list[str]] = defaultdict(list)
    if not path.exists():
        return out
    table = read_parquet(path, columns).to_pydict()
    roles = table.get("role") or [None] * len(table["doc_id"])
    for doc_id, text, role in zip(table["doc_id"], table["text"], roles, strict=True):
        if role != "signatures":
            out[doc_id].append(text or "")
    return out


def load_docs(folder: Path) -> list[WorkDoc]:
    """The documents of an output folder (or its staging folder), for grouping.

    Texts are compared only within one set of municipalities
    (:func:`candidate_pairs`): a document alone with its set gets no shingles.
    """
    rows = read_parquet(folder / "documents.parquet").to_pylist()
    pledges = _texts_by_doc(folder / "promises.parquet")
    sections = _texts_by_doc(folder / "sections.parquet", filter_role=True)
    places = [frozenset(row.get("municipalities") or []) for row in rows]
    sharing = Counter(places)
    none: Shingles = frozenset()
    return [
        WorkDoc(
            doc_id=row["doc_id"],
            source=row["source"],
            format=row["format"],
            municipalities=municipalities,
            period=(row.get("period_start"), row.get("period_end")),
            n_promises=row.get("n_promises") or 0,
            n_signatories=row.get("n_signatories") or 0,
            pledges=shingles(pledges.get(row["doc_id"], [])) if sharing[municipalities] > 1 else none,
            text=shingles(sections.get(row["doc_id"], [])) if sharing[municipalities] > 1 else none,
        )
        for row, municipalities in zip(rows, places, strict=True)
    ]


def assign_works(folder: Path, duplicates: dict[str, list[str]] | None = None) -> int:
    """Fill ``work_id`` and ``is_primary`` of ``folder/documents.parquet`` in
    place and add ``duplicates`` (doc_id -> other sources with the same bytes)
    to ``duplicate_sources``; return the number of works."""
    path = folder / "documents.parquet"
    if not path.exists():
        return 0
    docs = load_docs(folder)
    works = group_works(docs)
    primary = primaries(docs, works)
    table = read_parquet(path)
    ids = table.column("doc_id").to_pylist()
    duplicates = duplicates or {}
    known = table.column("duplicate_sources").to_pylist()
    columns: dict[str, list[object]] = {
        "work_id": [works.get(i) for i in ids],
        "is_primary": [i in primary for i in ids],
        "duplicate_sources": [
            sorted({*(names or []), *duplicates.get(i, [])}) for i, names in zip(ids, known, strict=True)
        ],
    }
    for name, values in columns.items():
        index = table.schema.get_field_index(name)
        field = table.schema.field(index)
        table = table.set_column(index, field, pa.array(values, type=field.type))
    pq.write_table(table, path, compression="zstd")
    return len(set(works.values()))
