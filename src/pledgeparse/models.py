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

SCHEMA_VERSION = "1.1"


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

    doc_id: str = Field(description="The document (documents.doc_id).")
    seq: int = Field(description="Position of the section in the document, from 0.")
    role: SectionRole = Field(description="What the section is, from its heading (or, for signatures, its layout).")
    heading: str | None = Field(description="The heading as printed; null for the part before the first heading.")
    text: str = Field(description="The section's text; table rows as cells joined by ' | '.")
    page: int | None = Field(default=None, description="Page where the section starts (PDF), else null.")
    char_start: int | None = Field(default=None, description="Start offset in the document's text.")
    char_end: int | None = Field(default=None, description="End offset in the document's text.")


class Promise(BaseModel):
    """One pledge, once, with its theme, actors and provenance."""

    doc_id: str = Field(description="The document (documents.doc_id).")
    seq: int = Field(description="Position of the pledge in the document, from 0.")
    text: str = Field(description="The pledge as printed, without its bullet or actor label.")
    theme: str | None = Field(
        default=None, description="The heading or table header it stands under in the pledge part."
    )
    actors: list[str] = Field(
        default_factory=list,
        description="Who carries it out; the police is 'Polisen', the municipality as a whole 'Kommunen'.",
    )
    quantified: bool = Field(default=False, description="States a number, an amount of time, a frequency or a date.")
    responsible: list[str] = Field(
        default_factory=list, description="Who answers for it (a table's ANSVARIG column, an 'Ansvarig:' line)."
    )
    partners: list[str] = Field(
        default_factory=list,
        description="Other organisations the pledge names that are not its actors ('i samverkan med socialtjänsten').",
    )
    topics: list[str] = Field(
        default_factory=list, description="Topic codes from the taxonomy in pledgeparse.extract.topics."
    )
    has_deadline: bool = Field(
        default=False, description="States a date or a deadline ('senast 30 juni', 'under 2024')."
    )
    names_actor: bool = Field(
        default=False, description="The pledge itself names who does it (subject, label, table column)."
    )
    kind: str = Field(default="action", description="'action' (something done) or 'outcome' (a result promised).")
    layout: str = Field(
        default="list_item",
        description="How the pledge was printed: list_item, table_row or paragraph.",
    )
    section_seq: int | None = Field(default=None, description="The section it stands in (sections.seq).")
    page: int | None = Field(default=None, description="Page where it is printed (PDF), else null.")
    char_start: int | None = Field(default=None, description="Start offset in the document's text.")
    char_end: int | None = Field(default=None, description="End offset in the document's text.")
    period_start: int | None = Field(
        default=None,
        description="First year of the pledge: of the year heading it stands under, else the document's.",
    )
    period_end: int | None = Field(
        default=None,
        description="Last year of the pledge: of the year heading it stands under, else the document's.",
    )


class ActorRecord(BaseModel):
    """One actor of one pledge (long form of Promise.actors)."""

    doc_id: str = Field(description="The document (documents.doc_id).")
    promise_seq: int = Field(description="The pledge (promises.seq).")
    actor: str = Field(description="One actor of the pledge, normalised as in promises.actors.")
    actor_type: ActorType = Field(description="Kind of actor.")


class Signatory(BaseModel):
    doc_id: str = Field(description="The document (documents.doc_id).")
    name: str = Field(description="The signatory's name as printed.")
    title: str | None = Field(default=None, description="The title printed with the name.")
    organisation: str | None = Field(default=None, description="The organisation printed with the name, if any.")
    side: Side = Field(default=Side.other, description="For whom they sign: kommun, polis or other.")
    date: dt.date | None = Field(default=None, description="The date printed with the signature, else null.")
    page: int | None = Field(default=None, description="Page of the signature (PDF), else null.")


class DocumentRecord(BaseModel):
    """One row of documents.parquet."""

    doc_id: str = Field(description="Stable id: first 16 hex digits of the sha256 of the input bytes.")
    source: str = Field(description="The path or URL as given.")
    format: Format = Field(description="Input format.")
    title: str | None = Field(default=None, description="The document's title.")
    municipalities: list[str] = Field(
        default_factory=list, description="Municipalities giving the pledge, official short names."
    )
    municipality_codes: list[str] = Field(
        default_factory=list, description="Their 4-digit kommunkod, in the same order."
    )
    counties: list[str] = Field(default_factory=list, description="Their counties (län).")
    police_area: str | None = Field(
        default=None, description="The local police area (lokalpolisområde), name only; null when not named."
    )
    period_start: int | None = Field(
        default=None,
        description="First year the pledge covers (of its most recent pledge block when it holds several).",
    )
    period_end: int | None = Field(
        default=None, description="Last year the pledge covers (of its most recent pledge block when it holds several)."
    )
    pages: int | None = Field(default=None, description="Number of pages (PDF).")
    n_promises: int = Field(default=0, description="Number of pledges found.")
    n_signatories: int = Field(default=0, description="Number of signatories found.")
    ocr_used: bool = Field(default=False, description="Some pages were read with OCR.")
    ocr_confidence: float | None = Field(default=None, description="Mean OCR word confidence, 0-100.")
    attachments: list[str] = Field(default_factory=list, description="Links to attached PDFs (HTML pages).")
    content_sha256: str = Field(default="", description="sha256 of the input bytes.")
    pipeline_version: str = Field(default="", description="pledgeparse pipeline version that produced the row.")
    source_url: str | None = Field(
        default=None, description="Fetched documents: the URL the bytes came from, after redirects."
    )
    linked_from: str | None = Field(
        default=None, description="Fetched documents: the page whose link led to this document (None for a start URL)."
    )
    duplicate_sources: list[str] = Field(
        default_factory=list, description="Other inputs with the same bytes (same doc_id), parsed once as this row."
    )
    work_id: str | None = Field(
        default=None,
        description="The work: documents giving the same pledges (same text, municipalities and years); "
        "the smallest doc_id among them.",
    )
    is_primary: bool = Field(
        default=False,
        description="The work's representative: most pledges, then most signatories, then PDF over HTML over "
        "text, then the smallest source. Count works with WHERE is_primary.",
    )


class FurnitureRecord(BaseModel):
    doc_id: str = Field(description="The document (documents.doc_id).")
    page: int | None = Field(description="Page it was printed on (PDF), else null.")
    kind: str = Field(description="header, footer, page_number, page_header, or chrome (site furniture of a web page).")
    text: str = Field(description="The furniture's text.")


class Failure(BaseModel):
    """An input that could not be processed, recorded as data."""

    source: str = Field(description="The input (path or URL).")
    stage: str = Field(description="fetch, read, classify, extract, validate or write")
    error: str = Field(description="What went wrong, with its code.")
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
    is_document: bool = Field(
        default=False, description="A document to parse: a PDF, or an HTML page that is not an index page."
    )
    reason: str | None = Field(
        default=None,
        description="Why a fetched page is not a document (an index page: links to pledges, little text of its own).",
    )
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
