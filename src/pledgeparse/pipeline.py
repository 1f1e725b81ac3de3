"""One document's bytes -> :class:`ExtractionResult`: the stages in order.

read -> clean -> segment -> pledges, signatories, metadata -> records.
Parsing is a pure function of the bytes, the source name and the settings;
nothing here touches the network or the file system, which is what lets a
batch run it in parallel processes (or on a cluster: map :func:`extract`).
A document that fails gives a result with ``failures`` and no records; the
batch goes on.
"""

from __future__ import annotations

import hashlib
import logging
import re

from pydantic import ValidationError

from pledgeparse import PIPELINE_VERSION
from pledgeparse.errors import EmptyDocumentError, NotAPledgeError, PledgeparseError, TooLargeError
from pledgeparse.extract.actors import MUNICIPALITY, actor_type, normalise
from pledgeparse.extract.clean import clean_blocks, descriptive_chrome
from pledgeparse.extract.metadata import extract_metadata
from pledgeparse.extract.pledge_items import PledgeDraft
from pledgeparse.extract.pledge_periods import assign_periods
from pledgeparse.extract.pledges import extract_pledges, lead_in_parts, pledge_part
from pledgeparse.extract.prose_signatures import signers_in_prose
from pledgeparse.extract.segment import SectionSpan, masthead_entries, section_text, segment
from pledgeparse.extract.signatories import extract as extract_signatories
from pledgeparse.extract.signature_words import SignatoryDraft, balance_sides
from pledgeparse.extract.topics import analyse
from pledgeparse.models import (
    ActorRecord,
    Block,
    BlockKind,
    DocumentRecord,
    ExtractionResult,
    Failure,
    FurnitureRecord,
    Promise,
    ReadDocument,
    Section,
    SectionRole,
    Signatory,
)
from pledgeparse.readers import read
from pledgeparse.settings import Settings

log = logging.getLogger(__name__)

PLEDGE_GENRE = re.compile(r"medborgarl[öo]ft", re.IGNORECASE)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def doc_id_for(data: bytes) -> str:
    """Stable document id: the first 16 hex digits of the content's sha256."""
    return content_hash(data)[:16]


def extract(data: bytes, source: str, settings: Settings | None = None) -> ExtractionResult:
    """Run the whole pipeline on one document; never raises for bad input."""
    settings = settings or Settings()
    try:
        if len(data) > settings.max_file_bytes:
            raise TooLargeError(f"{source}: {len(data)} bytes exceeds the limit of {settings.max_file_bytes}")
        document = read(data, source, settings)
        return build_result(document, data)
    except PledgeparseError as error:
        return ExtractionResult(failures=[Failure(source=source, stage=error.stage, error=str(error), code=error.code)])
    except ValidationError as error:
        return ExtractionResult(
            failures=[Failure(source=source, stage="validate", error=f"[E400] {error}", code="E400")]
        )
    except Exception as error:  # a bug, not bad input: still recorded, the batch goes on
        log.exception("unexpected error on %s", source)
        return ExtractionResult(
            failures=[
                Failure(source=source, stage="extract", error=f"[E999] {type(error).__name__}: {error}", code="E999")
            ]
        )


def _offsets(draft: PledgeDraft) -> tuple[int, int]:
    block = draft.block
    if draft.layout != "paragraph":
        return block.char_start, block.char_end
    head = re.escape(draft.text[:30]).replace(r"\ ", r"\s+")
    m = re.search(head, block.text)
    if not m:
        return block.char_start, block.char_end
    start = block.char_start + m.start()
    return start, min(block.char_end, start + len(draft.text))


def build_result(document: ReadDocument, data: bytes) -> ExtractionResult:
    """Read blocks -> the validated records of one document: clean, segment,
    pledges, signatories, metadata, then the rows."""
    sha = content_hash(data)
    doc_id = sha[:16]
    blocks, furniture = clean_blocks(document.blocks)
    if not blocks:
        raise EmptyDocumentError(f"{document.source}: no text left after removing chrome and page furniture")
    full_text = "\n\n".join(b.text for b in blocks)
    if not PLEDGE_GENRE.search(full_text) and not PLEDGE_GENRE.search(document.title_hint or ""):
        raise NotAPledgeError(f"{document.source}: the text never mentions a medborgarlöfte")
    title, spans = segment(blocks, document.title_hint)
    drafts = extract_pledges(spans, pledge_part(spans), lead_in_parts(spans))
    all_furniture = [*document.furniture, *furniture]
    # Captions and attachment titles are chrome, yet may name the police area,
    # and a caption that says they signed names the signatories.
    captions = descriptive_chrome(all_furniture)
    stamps = [f.text for f in document.furniture if f.kind == "chrome"]
    people, signature_text = _signatories(spans, captions, full_text, document.text, stamps)
    headings = [b.text for b in blocks if b.kind is BlockKind.heading]
    meta = extract_metadata(title, headings, "\n\n".join(t for t in (full_text, captions) if t), signature_text)
    if meta.municipalities == ["Gotland"]:
        _regional_municipality(drafts)
    all_furniture.extend(masthead_entries(spans, title))
    promises, actors = _promises(doc_id, drafts)
    period_start, period_end = assign_periods(blocks, promises, (meta.period_start, meta.period_end))
    signatories = _signatory_rows(doc_id, people)
    record = DocumentRecord(
        doc_id=doc_id,
        source=document.source,
        format=document.format,
        title=title,
        municipalities=meta.municipalities,
        municipality_codes=meta.municipality_codes,
        counties=meta.counties,
        police_area=meta.police_area,
        period_start=period_start,
        period_end=period_end,
        pages=document.pages,
        n_promises=len(promises),
        n_signatories=len(signatories),
        ocr_used=document.ocr_used,
        ocr_confidence=document.ocr_confidence,
        attachments=document.attachments,
        content_sha256=sha,
        pipeline_version=PIPELINE_VERSION,
    )
    result = ExtractionResult(
        document=record,
        sections=_section_rows(doc_id, spans),
        promises=promises,
        actors=actors,
        signatories=signatories,
        furniture=[FurnitureRecord(doc_id=doc_id, page=f.page, kind=f.kind, text=f.text) for f in all_furniture],
    )
    if not promises:
        # Kept (never silently lost) but flagged: a pledge document whose
        # pledges we could not find needs a person to look at it.
        result.failures.append(
            Failure(
                source=document.source,
                stage="extract",
                error=f"[E201] {document.source}: no pledges found in a document that mentions medborgarlöften",
                code="E201",
            )
        )
    return result


def _signatories(
    spans: list[SectionSpan], captions: str, full_text: str, raw_text: str, stamps: list[str]
) -> tuple[list[SignatoryDraft], str]:
    """The signing people, from each signature part and from running text, and
    the signature parts' text (it names the parties' municipalities)."""
    # Each signature part is read on its own: an organisation or date line
    # of one paper's signatures says nothing about another's.
    signature_lines: list[list[str]] = []
    people: list[SignatoryDraft] = []
    prose: list[str] = []
    for span in spans:
        if span.role is SectionRole.signatures:
            lines = [block.text.split("\n") for block in ([span.heading] if span.heading else []) + span.blocks]
            signature_lines.extend(lines)
            found = extract_signatories(lines)
            # A sentence that says who signed, wrapped over lines in a PDF, is read as the sentence it is,
            # dated by the part's place-and-date line.
            sentences = [b.text for b in span.blocks if b.kind is BlockKind.paragraph and len(b.text.split()) >= 12]
            dated = next((p.date for p in found if p.date), None)
            for person in signers_in_prose(sentences, full_text, raw_text, stamps) if sentences else []:
                person.date = person.date or dated
                found.append(person)
            people.extend(found)
        else:
            # A news page's dashed quotation is read as a list item: "– ..., säger X, som undertecknade ..."
            prose.extend(b.text for b in span.blocks if b.kind in (BlockKind.paragraph, BlockKind.list_item))
    # News pages say who signed in running text; the page's dateline gives
    # the year of a "den 2 september".
    people.extend(signers_in_prose([*prose, *captions.split("\n\n")], full_text, raw_text, stamps))
    balance_sides(people)
    return people, "\n".join("\n".join(lines) for lines in signature_lines)


def _section_rows(doc_id: str, spans: list[SectionSpan]) -> list[Section]:
    rows = []
    for seq, span in enumerate(spans):
        blocks = ([span.heading] if span.heading else []) + span.blocks
        rows.append(
            Section(
                doc_id=doc_id,
                seq=seq,
                role=span.role,
                heading=span.heading_text,
                text=section_text(span),
                page=_first_page(blocks),
                char_start=blocks[0].char_start if blocks else None,
                char_end=blocks[-1].char_end if blocks else None,
            )
        )
    return rows


def _regional_municipality(drafts: list[PledgeDraft]) -> None:
    """On Gotland the municipality is a region: "Regionen" (GOLD.md: "Region Gotland" ->
    "Kommunen") is the municipality as a whole, not a body of its own."""
    for draft in drafts:
        if "Regionen" in draft.actors:
            named = [MUNICIPALITY if a == "Regionen" else a for a in draft.actors]
            draft.actors = list(dict.fromkeys(named))


# A theme's label in front of its name: "Tema: Trafik" (a numbered "Fokusområde 2 – Unga" is the name).
THEME_LABEL = re.compile(r"^(?:tema|fokusområde|insatsområde|problemområde|område)\s*:\s*(?=\S)", re.IGNORECASE)


def theme_name(theme: str | None) -> str | None:
    """The theme as its name, without a label ("Tema: Trafik" -> "Trafik")."""
    return THEME_LABEL.sub("", theme) if theme else theme


def _promises(doc_id: str, drafts: list[PledgeDraft]) -> tuple[list[Promise], list[ActorRecord]]:
    """Promise rows with their topics and partners, and one actor row per actor."""
    promises: list[Promise] = []
    actors: list[ActorRecord] = []
    analysed = analyse([d.text for d in drafts], [d.theme for d in drafts]) if drafts else []
    for seq, (draft, (topics, mentions)) in enumerate(zip(drafts, analysed, strict=True)):
        start, end = _offsets(draft)
        promises.append(
            Promise(
                doc_id=doc_id,
                seq=seq,
                text=draft.text,
                theme=theme_name(draft.theme),
                actors=draft.actors,
                quantified=draft.quantified,
                responsible=draft.responsible,
                partners=_partners(mentions, draft.actors),
                topics=topics,
                has_deadline=draft.has_deadline,
                names_actor=draft.own_actors,
                kind=draft.kind,
                layout=draft.layout,
                section_seq=draft.section_index,
                page=draft.block.page,
                char_start=start,
                char_end=end,
            )
        )
        actors.extend(
            ActorRecord(doc_id=doc_id, promise_seq=seq, actor=name, actor_type=actor_type(name))
            for name in draft.actors
        )
    return promises, actors


def _signatory_rows(doc_id: str, people: list[SignatoryDraft]) -> list[Signatory]:
    """One row per person: a name found twice (a block and a caption) is merged."""
    signatories: list[Signatory] = []
    seen_names: dict[str, Signatory] = {}
    for person in people:
        key = person.name.lower()
        if key in seen_names:
            known = seen_names[key]
            known.title = known.title or person.title
            known.date = known.date or person.date
            continue
        signatory = Signatory(
            doc_id=doc_id,
            name=person.name,
            title=person.title,
            organisation=person.organisation,
            side=person.side,
            date=person.date,
        )
        seen_names[key] = signatory
        signatories.append(signatory)
    return signatories


def _partners(mentions: list[tuple[str, str]], actors: list[str]) -> list[str]:
    """Organisations named in a pledge besides its actors, normalised like actors."""
    out: list[str] = []
    for text, _label in mentions:
        name = normalise(text)
        if name not in actors and name not in out:
            out.append(name)
    return out


def _first_page(blocks: list[Block]) -> int | None:
    return next((b.page for b in blocks if b.page is not None), None)
