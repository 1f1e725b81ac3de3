"""The data contract of pledgeparse, as pydantic models.

Two layers live here:

* the intermediate representation every reader produces (:class:`Block`,
  :class:`ReadDocument`). Nothing downstream of the readers knows whether a
  document was text, HTML or PDF: it only sees blocks with provenance;
* the output records (:class:`DocumentRecord`, :class:`Section`,
  :class:`Promise`, :class:`Signatory`, :class:`ActorRecord`,
  :class:`Failure`) that are validated here and written to Parquet.

Column names of the output records are a public contract (other tools read
them). Add fields freely; never rename one. JSON Schemas in ``schemas/`` are
generated from these classes (``make schemas``).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Format(str, Enum):
    """Input formats a reader exists for."""

    text = "text"
    html = "html"
    pdf = "pdf"


class BlockKind(str, Enum):
    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    table_row = "table_row"


class Block(BaseModel):
    """One typed piece of text with its provenance.

    ``char_start``/``char_end`` index into :attr:`ReadDocument.text`. ``level``
    is the heading level (1 = document title level) for headings and the
    nesting depth (0 = top) for list items. Table rows carry their ``cells``;
    ``header`` is true when the source marked the row as a header (``<th>``,
    a bold first PDF table row); readers that cannot know leave it false and
    the pipeline decides from the words.
    """

    model_config = ConfigDict(frozen=False)

    kind: BlockKind
    text: str
    level: int = 0
    cells: list[str] | None = None
    header: bool = False
    ordered: bool = False
    page: int | None = None
    char_start: int = 0
    char_end: int = 0
    bbox: tuple[float, float, float, float] | None = None


class Furniture(BaseModel):
    """Page furniture kept out of the text: running headers, footers, page numbers."""

    text: str
    page: int | None = None
    kind: str = "header"


class ReadDocument(BaseModel):
    """What every reader returns: the document as blocks over one text."""

    source: str
    format: Format
    text: str
    blocks: list[Block]
    furniture: list[Furniture] = Field(default_factory=list)
    attachments: list[str] = Field(default_factory=list)
    title_hint: str | None = None
    pages: int | None = None
    ocr_used: bool = False
    ocr_confidence: float | None = None
    encoding: str | None = None


class SectionRole(str, Enum):
    intro = "intro"
    background = "background"
    situation = "situation"
    promises = "promises"
    goals = "goals"
    follow_up = "follow_up"
    signatures = "signatures"
    other = "other"


class Side(str, Enum):
    kommun = "kommun"
    polis = "polis"
    other = "other"


class ActorType(str, Enum):
    police = "police"
    municipality = "municipality"
    municipal_body = "municipal_body"
    company = "company"
    civil_society = "civil_society"
    other = "other"


class Section(BaseModel):
    """A top-level section of a document with its role."""

    doc_id: str
    seq: int
    role: SectionRole
    heading: str | None
    text: str
    page: int | None = None
    char_start: int | None = None
    char_end: int | None = None


class Promise(BaseModel):
    """One pledge, once, with its theme, actors and provenance."""

    doc_id: str
    seq: int
    text: str
    theme: str | None = None
    actors: list[str] = Field(default_factory=list)
    quantified: bool = False
    responsible: list[str] = Field(default_factory=list, description="Who answers for it (a table's ANSVARIG column, an 'Ansvarig:' line).")
    partners: list[str] = Field(
        default_factory=list,
        description="Other organisations the pledge names that are not its actors ('i samverkan med socialtjänsten').",
    )
    topics: list[str] = Field(default_factory=list, description="Topic codes from the taxonomy in pledgeparse.topics.")
    has_deadline: bool = Field(default=False, description="States a date or a deadline ('senast 30 juni', 'under 2024').")
    names_actor: bool = Field(default=False, description="The pledge itself names who does it (subject, label, table column).")
    kind: str = Field(default="action", description="'action' (something done) or 'outcome' (a result promised).")
    layout: str = Field(
        default="list_item",
        description="How the pledge was printed: list_item, table_row or paragraph.",
    )
    section_seq: int | None = None
    page: int | None = None
    char_start: int | None = None
    char_end: int | None = None


class ActorRecord(BaseModel):
    """One actor of one pledge (long form of Promise.actors)."""

    doc_id: str
    promise_seq: int
    actor: str
    actor_type: ActorType


class Signatory(BaseModel):
    doc_id: str
    name: str
    title: str | None = None
    organisation: str | None = None
    side: Side = Side.other
    date: dt.date | None = None
    page: int | None = None


class DocumentRecord(BaseModel):
    """One row of documents.parquet."""

    doc_id: str = Field(description="Stable id: first 16 hex digits of the sha256 of the input bytes.")
    source: str
    format: Format
    title: str | None = None
    municipalities: list[str] = Field(default_factory=list)
    municipality_codes: list[str] = Field(default_factory=list)
    counties: list[str] = Field(default_factory=list)
    police_area: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    pages: int | None = None
    n_promises: int = 0
    n_signatories: int = 0
    ocr_used: bool = False
    ocr_confidence: float | None = None
    attachments: list[str] = Field(default_factory=list)
    content_sha256: str = ""
    pipeline_version: str = ""
    source_url: str | None = Field(
        default=None, description="Fetched documents: the URL the bytes came from, after redirects."
    )
    linked_from: str | None = Field(
        default=None, description="Fetched documents: the page whose link led to this document (None for a start URL)."
    )


class FurnitureRecord(BaseModel):
    doc_id: str
    page: int | None
    kind: str
    text: str


class Failure(BaseModel):
    """An input that could not be processed, recorded as data."""

    source: str
    stage: str = Field(description="read, classify, extract, validate or write")
    error: str
    code: str = Field(default="", description="Stable error code, e.g. E101")


class ExtractionResult(BaseModel):
    """Everything the pipeline produced for one input."""

    document: DocumentRecord | None = None
    sections: list[Section] = Field(default_factory=list)
    promises: list[Promise] = Field(default_factory=list)
    actors: list[ActorRecord] = Field(default_factory=list)
    signatories: list[Signatory] = Field(default_factory=list)
    furniture: list[FurnitureRecord] = Field(default_factory=list)
    failures: list[Failure] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.document is not None and not self.failures


class ManifestEntry(BaseModel):
    """One line of the fetch manifest (``cache/manifest.jsonl``): one request outcome.

    The manifest is append-only: a URL fetched again gets a new line and the
    last line per URL is its current state. A 304 line carries over the
    sha256 (and size) of the cached body it confirmed. ``error`` is the
    coded message of a :class:`~pledgeparse.errors.FetchError`; such a URL has
    no usable body.
    """

    url: str = Field(description="The URL as requested (as linked, fragment removed).")
    final_url: str | None = Field(default=None, description="The URL after redirects.")
    status: int | None = Field(default=None, description="HTTP status of the last response (None: no response).")
    content_type: str | None = Field(default=None, description="Content-Type as served.")
    format: str | None = Field(default=None, description="Sniffed from the bytes: pdf, html or other.")
    is_document: bool = Field(default=False, description="A pledge to parse: a PDF, or an HTML page holding a pledge.")
    sha256: str | None = None
    size: int | None = None
    fetched_at: dt.datetime
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = Field(default=False, description="A conditional request got 304: no body was transferred.")
    error: str | None = None
    error_code: str | None = None
    linked_from: str | None = None
    depth: int = 0
    attempts: int = 0
    run_id: str = ""


# The tables of an output folder and the model that describes one row of each.
OUTPUT_MODELS: dict[str, type[BaseModel]] = {
    "documents": DocumentRecord,
    "sections": Section,
    "promises": Promise,
    "actors": ActorRecord,
    "signatories": Signatory,
    "furniture": FurnitureRecord,
    "failures": Failure,
}
