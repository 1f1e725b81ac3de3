"""Readers: bytes of one format in, :class:`~pledgeparse.models.ReadDocument` out.

A table maps each :class:`~pledgeparse.models.Format` to its reader, so adding
a format means adding one entry, not another ``if``. The format comes from the
file name and is checked against the bytes (a PDF served or saved under the
wrong name is still a PDF).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import PurePath

from pledgeparse.errors import EmptyDocumentError, UnsupportedFormatError
from pledgeparse.models import Format, ReadDocument
from pledgeparse.settings import Settings

Reader = Callable[[bytes, str, Settings], ReadDocument]

# Format -> module whose ``read`` handles it. Imported on first use, so that a
# batch of text files never pays for importing pdfplumber.
READERS: dict[Format, str] = {
    Format.text: "pledgeparse.readers.text",
    Format.html: "pledgeparse.readers.html",
    Format.pdf: "pledgeparse.readers.pdf",
}


def reader_for(fmt: Format) -> Reader:
    module = importlib.import_module(READERS[fmt])
    reader: Reader = module.read
    return reader


def prepare(formats: Iterable[Format]) -> None:
    """Import the readers of ``formats`` and the libraries they load on first use."""
    for fmt in formats:
        module = importlib.import_module(READERS[fmt])
        warm_up = getattr(module, "warm_up", None)
        if warm_up is not None:
            warm_up()


EXTENSIONS: dict[str, Format] = {
    ".txt": Format.text,
    ".text": Format.text,
    ".html": Format.html,
    ".htm": Format.html,
    ".xhtml": Format.html,
    ".pdf": Format.pdf,
}


def sniff_format(data: bytes, name: str = "") -> Format:
    """Decide the format from the bytes first, the file name second."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return Format.pdf
    lowered = head[:1024].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in lowered or b"<body" in lowered:
        return Format.html
    suffix = PurePath(name).suffix.lower()
    if suffix in EXTENSIONS:
        # A file named .pdf without the PDF signature goes to the PDF reader,
        # which reports it as corrupt: that is the clearer message.
        return EXTENSIONS[suffix]
    if not name or suffix == "":
        return Format.text
    raise UnsupportedFormatError(f"unsupported file type {suffix!r} for {name}")


def read(data: bytes, source: str, settings: Settings | None = None, fmt: Format | None = None) -> ReadDocument:
    """Read one document's bytes with the reader its format calls for."""
    settings = settings or Settings()
    if not data or not data.strip():
        raise EmptyDocumentError(f"{source}: the file is empty")
    fmt = fmt or sniff_format(data, source)
    return reader_for(fmt)(data, source, settings)


__all__ = ["EXTENSIONS", "READERS", "prepare", "read", "reader_for", "sniff_format"]
