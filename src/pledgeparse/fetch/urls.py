"""URL helpers: which URLs may be fetched at all, and one spelling per URL.

Only ``http`` and ``https`` are ever fetched. A page can link anything
(``file:///etc/passwd``, ``ftp:``, ``data:``, ``smb:``); such a link must never
make the crawler read local files or talk another protocol, so every URL,
start URLs and redirect targets included, passes :func:`check_scheme` first.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

from pledgeparse.errors import UnsupportedSchemeError

#: The police site's index of all medborgarlöften: one page per municipality.
POLICE_INDEX = "https://polisen.se/om-polisen/polisens-arbete/medborgarloften/"

FETCHABLE_SCHEMES = frozenset({"http", "https"})
#: Schemes of links that are obviously not documents: ignored without a record.
IGNORED_SCHEMES = frozenset({"mailto", "tel", "javascript", "sms", "callto"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


def scheme_of(url: str) -> str:
    return urlsplit(url).scheme.lower()


def check_scheme(url: str) -> None:
    """Raise :class:`UnsupportedSchemeError` unless the URL is http(s) with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in FETCHABLE_SCHEMES:
        raise UnsupportedSchemeError(
            f"{url}: only http and https URLs are fetched, not {parts.scheme or 'a bare path'}:"
        )
    if not parts.hostname:
        raise UnsupportedSchemeError(f"{url}: no host")


def normalize(url: str) -> str:
    """One spelling per URL: no fragment, lower-case scheme and host, no default port.

    Path and query stay as written: servers may treat them case-sensitively.
    """
    url, _ = urldefrag(url.strip())
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in FETCHABLE_SCHEMES or not parts.hostname:
        return url
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def resolve(base: str, href: str) -> str:
    return normalize(urljoin(base, href.strip()))


def host_of(url: str) -> str:
    """``host[:port]`` as used for politeness and robots.txt (one per origin)."""
    parts = urlsplit(url)
    return parts.netloc.lower().rsplit("@", 1)[-1]


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{host_of(url)}"


def path_of(url: str) -> str:
    return urlsplit(url).path or "/"


def read_url_file(path: Path) -> list[str]:
    """Start URLs from a file: one per line; blank lines and ``#`` comments skipped."""
    urls = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            urls.append(line)
    return urls
