"""Named exceptions. Each carries a stable code so one grep finds where it is
raised and which test covers it. The library raises these; the batch runner
turns them into ``failures`` rows and only the CLI turns them into messages.
An exception that is *not* a :class:`PledgeparseError` is a bug in pledgeparse,
not bad input; the batch still records it (stage and code ``E999``).
"""

from __future__ import annotations


class PledgeparseError(Exception):
    """Base class: an input that cannot be processed, as opposed to a bug."""

    code = "E000"
    stage = "extract"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ReadError(PledgeparseError):
    """The bytes cannot be turned into blocks (unreadable, corrupt, empty)."""

    code = "E100"
    stage = "read"


class EmptyDocumentError(ReadError):
    code = "E101"


class UnsupportedFormatError(ReadError):
    code = "E102"


class CorruptFileError(ReadError):
    code = "E103"


class EncryptedPdfError(ReadError):
    code = "E104"


class TooLargeError(ReadError):
    code = "E105"


class OcrUnavailableError(ReadError):
    """A scanned PDF needs OCR and tesseract is missing."""

    code = "E106"


class NotAPledgeError(PledgeparseError):
    """The document was read but is not a medborgarlöfte."""

    code = "E200"
    stage = "classify"


class FetchError(PledgeparseError):
    code = "E300"
    stage = "fetch"
