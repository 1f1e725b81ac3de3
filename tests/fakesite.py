"""A fake publishing site on 127.0.0.1 for the fetch tests: index -> municipality
pages -> PDFs, the same shape as the police site, with faults on purpose.

The server is the stdlib ``ThreadingHTTPServer`` on port 0 in a daemon thread;
nothing leaves the machine. Each resource can carry a fault (fail the first
requests with 500 or 429 + Retry-After, answer slowly, redirect, stream an
oversized body). The server answers conditional requests (ETag /
Last-Modified -> 304) and counts, per path, requests and transferred bodies,
which is how the tests see that a second crawl downloads nothing.

The documents are invented pledges in the genre's style, rendered to PDF
with reportlab on the fly (deterministic: ``invariant=1``).
"""

from __future__ import annotations

import hashlib
import io
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LAST_MODIFIED = "Mon, 15 Jan 2024 08:00:00 GMT"

MUNICIPALITIES = [
    "Alingsås", "Borås", "Eskilstuna", "Falun", "Gävle", "Halmstad", "Jönköping", "Kalmar",
    "Karlstad", "Kiruna", "Kristianstad", "Linköping", "Luleå", "Lund", "Mora", "Norrköping",
    "Nyköping", "Skövde", "Sundsvall", "Trollhättan", "Uddevalla", "Umeå", "Uppsala", "Varberg",
    "Västerås", "Växjö", "Ystad", "Örebro", "Östersund", "Motala", "Ljungby", "Laxå",
    "Mjölby", "Lekeberg",
]  # fmt: skip

POLICE_PLEDGES = [
    "genomföra trafikkontroller vid skolor minst en gång i månaden",
    "delta i två trygghetsvandringar per år tillsammans med kommunen",
    "vara synliga i centrum på fredags- och lördagskvällar",
    "genomföra riktade insatser mot narkotikaförsäljning",
    "informera äldre om bedrägerier vid fyra träffar per år",
    "arbeta med grannsamverkan i minst två nya områden",
]
MUNICIPAL_PLEDGES = [
    "utöka fältarbetet med fritidsledare under helger",
    "förbättra belysningen i gång- och cykeltunnlar",
    "erbjuda föräldrautbildning om ANDT",
    "samordna en medborgardialog om trygghet varje höst",
]
SIGNERS = [
    ("Anna Lindqvist", "Kommunstyrelsens ordförande"),
    ("Erik Johansson", "Kommundirektör"),
    ("Maria Berg", "Lokalpolisområdeschef"),
    ("Johan Nilsson", "Tf Lokalpolisområdeschef"),
]


def slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return folded.lower().replace(" ", "-")


def pledge_parts(index: int, name: str) -> dict[str, Any]:
    police = [POLICE_PLEDGES[(index + k) % len(POLICE_PLEDGES)] for k in range(2 + index % 2)]
    municipal = [MUNICIPAL_PLEDGES[(index + k) % len(MUNICIPAL_PLEDGES)] for k in range(1 + index % 2)]
    return {
        "title": f"Medborgarlöfte 2024 för {name} kommun",
        "intro": (
            f"{name} kommun och lokalpolisområde {name} avger härmed följande medborgarlöfte för 2024. "
            "Löftet bygger på medborgardialoger, trygghetsmätningar och polisens lägesbild."
        ),
        "police": police,
        "municipal": municipal,
        "place_date": f"{name} 2024-01-{10 + index % 18:02d}",
        "signers": [SIGNERS[index % 2], SIGNERS[2 + index % 2]],
    }


def render_pdf(parts: dict[str, Any]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, title=parts["title"])

    def bullets(items: list[str]) -> ListFlowable:
        return ListFlowable([ListItem(Paragraph(text, styles["Normal"])) for text in items], bulletType="bullet")

    story = [
        Paragraph(parts["title"], styles["Title"]),
        Paragraph(parts["intro"], styles["Normal"]),
        Paragraph("Löftet", styles["Heading2"]),
        Paragraph("Polisen lovar att:", styles["Normal"]),
        bullets(parts["police"]),
        Paragraph("Kommunen lovar att:", styles["Normal"]),
        bullets(parts["municipal"]),
        Paragraph("Underskrifter", styles["Heading2"]),
        Paragraph(parts["place_date"], styles["Normal"]),
    ]
    story += [Paragraph(f"{name}<br/>{title}", styles["Normal"]) for name, title in parts["signers"]]
    doc.build(story)
    return buffer.getvalue()


def _chrome(body: str, title: str) -> bytes:
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title} | Fakepolisen</title></head>
<body>
<header><nav><a href="/">Start</a> <a href="/om-oss/">Om oss</a> <a href="/kontakt/">Kontakt</a>
<a href="/medborgarloften/">Medborgarlöften</a></nav>
<p>Javascript är inte påslaget.</p><form><input name="q"> Sök på polisen.se</form></header>
<main><article>
{body}
</article></main>
<footer><a href="/om-oss/">Om webbplatsen</a> <a href="mailto:registrator@example.invalid">E-post</a>
<a href="#top">Till toppen</a></footer>
</body></html>""".encode()


def render_pledge_page(parts: dict[str, Any], pdf_href: str) -> bytes:
    items = "".join(f"<li>{p}</li>" for p in parts["police"])
    municipal = "".join(f"<li>{p}</li>" for p in parts["municipal"])
    signers = "".join(f"<p>{n}<br>{t}</p>" for n, t in parts["signers"])
    body = f"""<h1>{parts["title"]}</h1>
<p>{parts["intro"]}</p>
<h2>Löftet</h2>
<p>Polisen lovar att:</p><ul>{items}</ul>
<p>Kommunen lovar att:</p><ul>{municipal}</ul>
<h2>Underskrifter</h2>
<p>{parts["place_date"]}</p>{signers}
<h2>Dokument</h2>
<p><a href="{pdf_href}">{parts["title"]} (pdf)</a></p>"""
    return _chrome(body, parts["title"])


def render_landing_page(name: str, pdf_href: str, pdf_text: str, extra_links: str = "") -> bytes:
    body = f"""<h1>Medborgarlöfte {name}</h1>
<p>Här hittar du medborgarlöftet för {name} kommun och lokalpolisområde {name}.</p>
<p><a href="{pdf_href}">{pdf_text}</a></p>
{extra_links}"""
    return _chrome(body, f"Medborgarlöfte {name}")


ERROR_PAGE = _chrome(
    "<h1>Sidan kunde inte hittas</h1><p>Felkod 404. Kontrollera adressen.</p>", "Sidan kunde inte hittas"
)


@dataclass
class Resource:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    #: Part of the real site (index, pages, PDFs) rather than a planted fault.
    document: bool = True
    validators: bool = True
    fail_first: int = 0
    fail_status: int = 500
    fail_headers: dict[str, str] = field(default_factory=dict)
    slow_first: int = 0
    slow_always: bool = False
    slow_seconds: float = 1.0
    redirect_to: str | None = None
    #: Stream this many bytes without a Content-Length (oversized, not declared).
    stream_bytes: int = 0
    status: int = 200

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@dataclass
class Expected:
    """What a complete crawl of the site must give."""

    #: path -> municipality of every pledge document (PDFs and pledge pages).
    documents: dict[str, str] = field(default_factory=dict)
    #: path or URL -> error code the manifest must record.
    faults: dict[str, str] = field(default_factory=dict)
    #: paths that must never be requested.
    never: set[str] = field(default_factory=set)


class FakeSite:
    """Build with :meth:`build`, then ``with site: ...`` serves it."""

    def __init__(self) -> None:
        self.routes: dict[str, Resource] = {}
        self.expected = Expected()
        self.lock = threading.Lock()
        self.served: Counter[str] = Counter()  # never reset: drives the faults
        self.requests: Counter[str] = Counter()
        self.bodies: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.log: list[tuple[float, str, str, dict[str, str]]] = []
        self.stop_event = threading.Event()
        #: The loopback address served on (127.0.0.2, ... are other hosts to a crawler).
        self.address = "127.0.0.1"
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    # -- serving ---------------------------------------------------------------

    def __enter__(self) -> FakeSite:
        site = self

        class Handler(_Handler):
            pass

        Handler.site = site
        self.server = ThreadingHTTPServer((self.address, 0), Handler)
        self.server.daemon_threads = True
        self.bind_hosts()
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_event.set()
        assert self.server is not None
        self.server.shutdown()
        self.server.server_close()

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.server_address[1]

    @property
    def base(self) -> str:
        return f"http://{self.address}:{self.port}"

    @property
    def other_host(self) -> str:
        """The same server under another host name: another host to the crawler."""
        return f"http://localhost:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def reset_counts(self) -> None:
        with self.lock:
            self.requests.clear()
            self.bodies.clear()
            self.not_modified.clear()
            self.log.clear()

    def document_bodies(self) -> int:
        """Bodies sent for the real site's resources (planted faults excluded)."""
        return sum(n for path, n in self.bodies.items() if path in self.routes and self.routes[path].document)

    # -- building --------------------------------------------------------------

    @classmethod
    def build(cls, municipalities: int = 32) -> FakeSite:
        """The index, one page per municipality with its PDF, and the faults.

        Every fourth municipality page holds the pledge itself (an HTML
        document); the others are landing pages that only link the PDF.
        """
        site = cls()
        routes, expected = site.routes, site.expected
        routes["/robots.txt"] = Resource(b"User-agent: *\nDisallow: /privat/\n", "text/plain", document=False)
        links = []
        names = MUNICIPALITIES[:municipalities]
        for i, name in enumerate(names):
            s = slug(name)
            parts = pledge_parts(i, name)
            pdf = _pdf_cached(i, name)
            page_path = f"/medborgarloften/{s}/"
            pdf_path = f"/filer/{s}-medborgarlofte-2024.pdf"
            href, link_text = pdf_path, f"Medborgarlöfte {name} 2024 (pdf, 120 kB)"
            resource = Resource(pdf, "application/pdf")
            if i % 8 == 1:  # no .pdf in the URL, served as application/octet-stream
                pdf_path = href = f"/dokument?id={1000 + i}"
                link_text = "Ladda ner medborgarlöftet (pdf)"
                resource.content_type = "application/octet-stream"
            elif i % 8 == 2:  # an old address that redirects
                href = f"/gamla-filer/{s}.pdf"
                routes[href] = Resource(redirect_to=pdf_path)
            elif i % 8 == 3:  # a PDF on another host: followed
                href = f"{{other}}{pdf_path}"
            if i == 0:
                resource.fail_first, resource.fail_status = 1, 500
            elif i == 4:
                resource.fail_first, resource.fail_status = 1, 429
                resource.fail_headers = {"Retry-After": "1"}
            elif i == 5:
                resource.slow_first = 1
            routes[pdf_path] = resource
            expected.documents[pdf_path] = name
            extra = FAULT_LINKS.get(i, "")
            if i % 4 == 0:
                routes[page_path] = Resource(render_pledge_page(parts, href))
                expected.documents[page_path] = name
            else:
                routes[page_path] = Resource(render_landing_page(name, href, link_text, extra))
            if i % 4 == 0 and extra:
                routes[page_path].body = routes[page_path].body.replace(b"</article>", extra.encode() + b"</article>")
            links.append(f'<li><a href="{page_path}">{name}</a></li>')

        # Faults linked from the pages above (FAULT_LINKS) ...
        routes["/filer/langsam.pdf"] = Resource(
            _pdf_cached(90, "Mora"), "application/pdf", document=False, slow_always=True
        )
        routes["/filer/loop-a.pdf"] = Resource(redirect_to="/filer/loop-b.pdf", document=False)
        routes["/filer/loop-b.pdf"] = Resource(redirect_to="/filer/loop-a.pdf", document=False)
        routes["/filer/borttagen.pdf"] = Resource(ERROR_PAGE, document=False)
        routes["/privat/utkast.pdf"] = Resource(_pdf_cached(91, "Laxå"), "application/pdf", document=False)
        routes["/filer/jattestor.pdf"] = Resource(b"", "application/pdf", document=False, stream_bytes=400_000)
        routes["/filer/stor.pdf"] = Resource(b"%PDF-1.4\n" + b"0" * 400_000, "application/pdf", document=False)
        routes["/filer/till-fil.pdf"] = Resource(redirect_to="file:///etc/passwd", document=False)
        # ... and from the index: an error page served with 200, pages to leave alone.
        routes["/medborgarloften/gammal-kommun/"] = Resource(ERROR_PAGE, document=False)
        routes["/om-oss/"] = Resource(_chrome("<h1>Om oss</h1><p>Om webbplatsen.</p>", "Om oss"), document=False)
        routes["/kontakt/"] = Resource(_chrome("<h1>Kontakt</h1>", "Kontakt"), document=False)
        routes["/medborgarloften/extern/"] = Resource(_chrome("<h1>Extern</h1>", "Extern"), document=False)
        links.append('<li><a href="/medborgarloften/gammal-kommun/">Gammal kommun</a></li>')
        links.append('<li><a href="{other}/medborgarloften/extern/">Medborgarlöften i grannlänet</a></li>')
        routes["/medborgarloften/"] = Resource(
            _chrome(
                "<h1>Medborgarlöften</h1><p>Här finns kommunernas medborgarlöften.</p><ul>" + "".join(links) + "</ul>",
                "Medborgarlöften",
            )
        )
        expected.faults.update(
            {
                "/filer/saknas.pdf": "E302",
                "/filer/langsam.pdf": "E306",
                "/filer/loop-a.pdf": "E304",
                "/filer/borttagen.pdf": "E308",
                "/privat/utkast.pdf": "E305",
                "/filer/jattestor.pdf": "E303",
                "/filer/stor.pdf": "E303",
                "/filer/till-fil.pdf": "E301",
                "/medborgarloften/gammal-kommun/": "E308",
                "file:///etc/passwd": "E301",
                "ftp://ftp.example.invalid/medborgarlofte.pdf": "E301",
                "data:application/pdf;base64,JVBERi0xLjQK": "E301",
            }
        )
        expected.never = {"/om-oss/", "/kontakt/", "/medborgarloften/extern/", "/privat/utkast.pdf", "/"}
        return site

    def bind_hosts(self) -> None:
        """Fill in the other host's address (known once the server listens)."""
        for resource in self.routes.values():
            resource.body = resource.body.replace(b"{other}", self.other_host.encode())


def small_host(address: str, docs: int, think: float) -> FakeSite:
    """A site on its own loopback address (127.0.0.2, ...): robots.txt, an index
    linking ``docs`` small PDFs, every answer taking ``think`` seconds."""
    site = FakeSite()
    site.address = address
    slow = {"slow_always": True, "slow_seconds": think}
    links = "".join(f'<li><a href="/filer/{n}.pdf">Medborgarlöfte {n} (pdf)</a></li>' for n in range(docs))
    page = f"<html><head><title>Medborgarlöften</title></head><body><ul>{links}</ul></body></html>"
    site.routes["/robots.txt"] = Resource(b"User-agent: *\nDisallow:\n", "text/plain", **slow)
    site.routes["/medborgarloften/"] = Resource(page.encode(), **slow)
    for n in range(docs):
        site.routes[f"/filer/{n}.pdf"] = Resource(f"%PDF-1.4 {address} doc {n}".encode(), "application/pdf", **slow)
    return site


FAULT_LINKS = {
    6: '<p><a href="/filer/saknas.pdf">Medborgarlöfte 2019 (pdf)</a></p>',
    7: '<p><a href="/filer/langsam.pdf">Uppföljning (pdf)</a></p>',
    9: '<p><a href="/filer/loop-a.pdf">Medborgarlöfte 2022 (pdf)</a></p>',
    10: '<p><a href="/filer/borttagen.pdf">Medborgarlöfte 2021 (pdf)</a></p>',
    11: '<p><a href="/privat/utkast.pdf">Utkast (pdf)</a></p>',
    12: '<p><a href="/filer/jattestor.pdf">Bilaga (pdf)</a> <a href="/filer/stor.pdf">Bilaga 2 (pdf)</a></p>',
    13: (
        '<p><a href="file:///etc/passwd">Medborgarlöfte 2024 (pdf)</a> '
        '<a href="ftp://ftp.example.invalid/medborgarlofte.pdf">Arkiv</a> '
        '<a href="data:application/pdf;base64,JVBERi0xLjQK">Ladda ner (pdf)</a> '
        '<a href="javascript:print()">Skriv ut medborgarlöftet</a> '
        '<a href="/filer/till-fil.pdf">Äldre medborgarlöfte (pdf)</a></p>'
    ),
}

_PDFS: dict[tuple[int, str], bytes] = {}


def _pdf_cached(index: int, name: str) -> bytes:
    key = (index, name)
    if key not in _PDFS:
        _PDFS[key] = render_pdf(pledge_parts(index, name))
    return _PDFS[key]


class _Handler(BaseHTTPRequestHandler):
    site: FakeSite
    server_version = "FakeSite/1.0"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        site = self.site
        path = self.path
        headers = {k.lower(): v for k, v in self.headers.items()}
        with site.lock:
            site.served[path] += 1
            site.requests[path] += 1
            site.log.append((time.monotonic(), headers.get("host", ""), path, headers))
            served = site.served[path]
        resource = site.routes.get(path)
        try:
            if resource is None:
                self._send(404, ERROR_PAGE, "text/html; charset=utf-8", path, count=False)
                return
            if resource.redirect_to:
                self.send_response(301)
                self.send_header("Location", resource.redirect_to)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if served <= resource.fail_first:
                self.send_response(resource.fail_status)
                for name, value in resource.fail_headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if resource.slow_always or served <= resource.slow_first:
                site.stop_event.wait(resource.slow_seconds)
            if resource.validators and self._not_modified(resource, headers):
                with site.lock:
                    site.not_modified[path] += 1
                self.send_response(304)
                self.send_header("ETag", resource.etag)
                self.end_headers()
                return
            if resource.stream_bytes:
                self.send_response(200)
                self.send_header("Content-Type", resource.content_type)
                self.end_headers()
                with site.lock:
                    site.bodies[path] += 1
                chunk = b"%PDF-1.4\n" + b"x" * 8183
                sent = 0
                while sent < resource.stream_bytes and not site.stop_event.is_set():
                    self.wfile.write(chunk)
                    sent += len(chunk)
                return
            self._send(resource.status, resource.body, resource.content_type, path, resource=resource)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _not_modified(self, resource: Resource, headers: dict[str, str]) -> bool:
        if "if-none-match" in headers:
            tags = [t.strip() for t in headers["if-none-match"].split(",")]
            return resource.etag in tags or "*" in tags
        if "if-modified-since" in headers:
            try:
                return parsedate_to_datetime(headers["if-modified-since"]) >= parsedate_to_datetime(LAST_MODIFIED)
            except (TypeError, ValueError):
                return False
        return False

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        path: str,
        *,
        count: bool = True,
        resource: Resource | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Date", formatdate(usegmt=True))
        if resource is not None and resource.validators:
            self.send_header("ETag", resource.etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
        self.end_headers()
        if count:
            with self.site.lock:
                self.site.bodies[path] += 1
        self.wfile.write(body)
