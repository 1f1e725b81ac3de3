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


# Fetch errors (E30x). The crawler records them in the manifest and ``run``
# turns them into ``failures`` rows with stage ``fetch``; none stops a crawl.


class UnsupportedSchemeError(FetchError):
    """Only http and https are fetched: a link must never make the crawler
    read local files (``file:``) or talk other protocols (``ftp:``, ``data:``)."""

    code = "E301"


class HttpStatusError(FetchError):
    """The server answered with an error status (after any retries)."""

    code = "E302"


class ResponseTooLargeError(FetchError):
    """The body (declared or streamed) exceeds ``fetch_max_bytes``; the
    download was aborted, nothing was cached."""

    code = "E303"


class RedirectError(FetchError):
    """A redirect loop, too many redirects, or a redirect without a usable Location."""

    code = "E304"


class RobotsDisallowedError(FetchError):
    """robots.txt disallows the URL (or robots.txt was unreachable: RFC 9309
    says to assume a complete disallow then)."""

    code = "E305"


class FetchTimeoutError(FetchError):
    """Connect or read timeout (after retries), or the whole download took too long."""

    code = "E306"


class ConnectionFailedError(FetchError):
    """The connection failed or broke (after retries)."""

    code = "E307"


class SoftNotFoundError(FetchError):
    """An error page served with status 200 ("Sidan kunde inte hittas"):
    very short, an error phrase, no pledge vocabulary. Not a pledge."""

    code = "E308"


class NotADocumentError(FetchError):
    """A link that promised a PDF gave something else that is no pledge either."""

    code = "E309"


class PrivateAddressError(FetchError):
    """A link or redirect to a loopback, private, link-local or multicast
    address (by the resolved IP), on a host no start URL named: the crawler
    is not to be pointed at the machine or network it runs in."""

    code = "E310"
