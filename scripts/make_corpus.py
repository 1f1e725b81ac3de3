#!/usr/bin/env python3
"""Render the test corpus of invented *medborgarlöften* to .txt, .html and .pdf.

Usage::

    python scripts/make_corpus.py               # every corpus/<name>/source.md
    python scripts/make_corpus.py --only NAME   # one document
    python scripts/make_corpus.py --synth 7 --pages 3 --out /tmp/x   # a synthetic doc

Every document lives in ``corpus/<name>/source.md``; the renderings are written
next to it as ``<name>.txt``, ``<name>.html`` and ``<name>.pdf``.  Output is
deterministic: the same source gives byte-identical files (reportlab runs with
``invariant=1``; the scanned variant uses fixed dates and a seeded noise
generator).

Source markup
=============

Front matter (optional) between two ``---`` lines at the very top, one
``key: value`` per line:

``running_header``  text printed at the top of every PDF page
``footer``          PDF footer, ``{page}`` and ``{pages}`` are substituted
                    (default ``{page}``)
``html_style``      ``police`` (``<main><article>``), ``cms`` (SiteVision-like
                    ``<div id="content" class="sv-layout">``, no ``<main>``) or
                    ``news`` (``<div class="article-body">`` + news boxes)
``html_encoding``   ``utf-8`` (default) or ``windows-1252``
``html_meta``       ``false`` omits the ``<meta charset>`` element
``html_site``       name of the publishing site (default: derived from style)
``txt_bullet``      ``•`` (default, printed as ``"  • "``) or ``-`` (``"- "``)
``txt_wrap``        ``true``: hard-wrap paragraphs and items at ~90 characters
``hyphenate``       ``true``: PDF may break long words at line ends with "-"
``scan``            ``true``: the PDF is rasterised (200 dpi) and rebuilt as an
                    image-only PDF without a text layer

Body:

``# Title``           document title (h1)
``## Heading``        section heading (h2)
``### Subheading``    theme heading inside a section (h3)
paragraphs            separated by blank lines; a single newline inside a
                      paragraph is a hard line break
``- item``            bullet; ``1. item`` numbered item; two spaces of indent
                      per nesting level.  An indented line without a marker
                      directly below an item continues that item on a new line
                      (e.g. ``Ansvarig: Fritidsförvaltningen``)
``| a | b | c |``     table row; a row ``|---|---|`` after the first row makes
                      the first row a header row; a row whose later cells are
                      all empty is a theme row
``::: sign`` … ``:::``  signature block; ``||`` splits a line into two columns
                      printed side by side; blank lines give signing space
``::: furniture`` … ``:::``  page furniture of council minutes ("§ 112 forts.",
                      "Diarienummer …"): in the PDF it starts a new page and is
                      printed in small grey type; in .txt/.html it is printed
                      as plain lines where it stands
``**bold**``          inline bold (dropped in .txt)

Library use: ``parse_source(text) -> SourceDoc``, ``render_all(doc, outdir,
name)``, ``synth_source(seed, pages_hint) -> str`` (a random invented pledge)
and ``synth_gold(seed, pages_hint) -> dict`` (its gold annotation, same format
as corpus/*/gold.json).
"""

import argparse
import copy
import functools
import hashlib
import html as _html
import io
import random
import re
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------


@dataclass
class Item:
    text: str
    ordered: bool
    number: int
    level: int
    extra: list[str] = field(default_factory=list)  # continuation lines
    children: list["Item"] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # title | h2 | h3 | para | list | table | sign | furniture
    text: str = ""
    lines: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    header: bool = False


@dataclass
class SourceDoc:
    meta: dict
    blocks: list[Block]

    @property
    def title(self) -> str:
        for b in self.blocks:
            if b.kind == "title":
                return strip_inline(b.text)
        return "Medborgarlöfte"

    def flag(self, key: str) -> bool:
        return str(self.meta.get(key, "")).strip().lower() in ("true", "yes", "1")


_LIST_RE = re.compile(r"^( *)(-|\*|•|\d+[.)])\s+(.*)$")
_SEP_RE = re.compile(r"^\|\s*:?-{2,}")


def _split_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse_source(text: str) -> SourceDoc:
    text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    meta: dict = {}
    i = 0
    if lines and lines[0].strip() == "---":
        i = 1
        while i < len(lines) and lines[i].strip() != "---":
            if ":" in lines[i]:
                k, v = lines[i].split(":", 1)
                meta[k.strip()] = v.strip()
            i += 1
        i += 1
    blocks: list[Block] = []
    n = len(lines)
    while i < n:
        line = lines[i]
        s = line.strip()
        if not s:
            i += 1
            continue
        if s.startswith(":::"):
            kind = s[3:].strip() or "sign"
            body = []
            i += 1
            while i < n and lines[i].strip() != ":::":
                body.append(lines[i].rstrip())
                i += 1
            i += 1
            # trim leading/trailing blank lines
            while body and not body[0].strip():
                body.pop(0)
            while body and not body[-1].strip():
                body.pop()
            if kind == "furniture":
                blocks.append(Block("furniture", lines=[b.strip() for b in body if b.strip()]))
            else:
                rows = [[c.strip() for c in b.split("||")] if b.strip() else [] for b in body]
                blocks.append(Block("sign", rows=rows))
            continue
        if s.startswith("### "):
            blocks.append(Block("h3", text=s[4:].strip()))
            i += 1
            continue
        if s.startswith("## "):
            blocks.append(Block("h2", text=s[3:].strip()))
            i += 1
            continue
        if s.startswith("# "):
            blocks.append(Block("title", text=s[2:].strip()))
            i += 1
            continue
        if s.startswith("|"):
            rows = []
            header = False
            while i < n and lines[i].strip().startswith("|"):
                if _SEP_RE.match(lines[i].strip()):
                    if len(rows) == 1:
                        header = True
                else:
                    rows.append(_split_row(lines[i]))
                i += 1
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            blocks.append(Block("table", rows=rows, header=header))
            continue
        m = _LIST_RE.match(line)
        if m:
            top: list[Item] = []
            stack: list[Item] = []
            while i < n and lines[i].strip():
                m = _LIST_RE.match(lines[i])
                if m:
                    level = len(m.group(1)) // 2
                    marker = m.group(2)
                    ordered = marker[0].isdigit()
                    it = Item(m.group(3).strip(), ordered, int(marker[:-1]) if ordered else 0, level)
                    while stack and stack[-1].level >= level:
                        stack.pop()
                    if stack:
                        it.level = stack[-1].level + 1
                        stack[-1].children.append(it)
                    else:
                        it.level = 0
                        top.append(it)
                    stack.append(it)
                elif lines[i].startswith(" ") and stack:
                    stack[-1].extra.append(lines[i].strip())
                else:
                    break
                i += 1
            blocks.append(Block("list", items=top))
            continue
        para = []
        while i < n and lines[i].strip():
            t = lines[i].strip()
            if para and (t.startswith("#") or t.startswith("|") or t.startswith(":::") or _LIST_RE.match(lines[i])):
                break
            para.append(t)
            i += 1
        blocks.append(Block("para", lines=para))
    return SourceDoc(meta, blocks)


_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def strip_inline(s: str) -> str:
    return _BOLD_RE.sub(r"\1", s)


def _xml_inline(s: str, bold_tag: str = "b") -> str:
    out = []
    pos = 0
    for m in _BOLD_RE.finditer(s):
        out.append(_html.escape(s[pos:m.start()], quote=False))
        out.append(f"<{bold_tag}>{_html.escape(m.group(1), quote=False)}</{bold_tag}>")
        pos = m.end()
    out.append(_html.escape(s[pos:], quote=False))
    return "".join(out)


# --------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------


def render_txt(doc: SourceDoc) -> str:
    bullet = doc.meta.get("txt_bullet", "•").strip() or "•"
    bmark = "- " if bullet == "-" else "  • "
    wrap = doc.flag("txt_wrap")
    width = 90

    def wrapped(text: str, first: str, rest: str) -> list[str]:
        if not wrap:
            return [first + text]
        return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                             break_long_words=False, break_on_hyphens=False) or [first]

    out: list[str] = []

    def blank():
        if out and out[-1] != "":
            out.append("")

    def emit_items(items: list[Item]):
        for it in items:
            pad = " " * (4 * it.level)
            marker = f"{it.number}. " if it.ordered else bmark
            first = pad + marker
            rest = " " * len(first)
            out.extend(wrapped(strip_inline(it.text), first, rest))
            for e in it.extra:
                out.extend(wrapped(strip_inline(e), rest, rest))
            emit_items(it.children)

    for b in doc.blocks:
        if b.kind in ("title", "h2", "h3"):
            blank()
            out.append(strip_inline(b.text))
            out.append("")
        elif b.kind == "para":
            blank()
            for ln in b.lines:
                out.extend(wrapped(strip_inline(ln), "", ""))
            out.append("")
        elif b.kind == "list":
            blank()
            emit_items(b.items)
            out.append("")
        elif b.kind == "table":
            blank()
            for r in b.rows:
                cells = [strip_inline(c) for c in r]
                while len(cells) > 1 and not cells[-1]:
                    cells.pop()
                out.append("\t".join(cells))
            out.append("")
        elif b.kind == "sign":
            blank()
            lw = max((len(strip_inline(r[0])) for r in b.rows if len(r) > 1), default=0)
            for r in b.rows:
                if not r:
                    out.append("")
                elif len(r) == 1:
                    out.append(strip_inline(r[0]))
                else:
                    left = strip_inline(r[0])
                    out.append((left.ljust(lw + 6) + strip_inline(r[1])).rstrip())
            out.append("")
        elif b.kind == "furniture":
            blank()
            out.extend(b.lines)
            out.append("")
    while out and out[-1] == "":
        out.pop()
    # collapse runs of blank lines
    res: list[str] = []
    for ln in out:
        if ln == "" and res and res[-1] == "":
            continue
        res.append(ln)
    return "\n".join(res) + "\n"


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------


def _slug(s: str) -> str:
    s = s.lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _hnum(s: str, mod: int) -> int:
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:8], 16) % mod


def _content_html(doc: SourceDoc, style: str) -> str:
    h: list[str] = []
    e = _xml_inline

    def items_html(items: list[Item], depth: int) -> None:
        groups: list[list[Item]] = []
        for it in items:
            if groups and groups[-1][0].ordered == it.ordered:
                groups[-1].append(it)
            else:
                groups.append([it])
        ind = "  " * depth
        for g in groups:
            if g[0].ordered:
                start = f' start="{g[0].number}"' if g[0].number != 1 else ""
                h.append(f"{ind}<ol{start}>")
            else:
                h.append(f"{ind}<ul>")
            for it in g:
                body = e(it.text) + "".join("<br>" + e(x) for x in it.extra)
                if it.children:
                    h.append(f"{ind}  <li>{body}")
                    items_html(it.children, depth + 2)
                    h.append(f"{ind}  </li>")
                else:
                    h.append(f"{ind}  <li>{body}</li>")
            h.append(f"{ind}</{'ol' if g[0].ordered else 'ul'}>")

    for b in doc.blocks:
        if b.kind == "title":
            h.append(f"<h1>{e(b.text)}</h1>")
        elif b.kind == "h2":
            h.append(f"<h2>{e(b.text)}</h2>")
        elif b.kind == "h3":
            h.append(f"<h3>{e(b.text)}</h3>")
        elif b.kind == "para":
            h.append("<p>" + "<br>\n".join(e(x) for x in b.lines) + "</p>")
        elif b.kind == "list":
            items_html(b.items, 0)
        elif b.kind == "table":
            ncol = len(b.rows[0])
            h.append('<table class="table">')
            rows = b.rows
            if b.header:
                h.append("<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead>")
                rows = rows[1:]
            h.append("<tbody>")
            for r in rows:
                theme = ncol > 1 and r[0] and not any(r[1:])
                if theme and style == "police":
                    h.append(f'<tr class="theme"><td colspan="{ncol}"><strong>{e(r[0])}</strong></td></tr>')
                elif theme:
                    h.append("<tr><td><strong>" + e(r[0]) + "</strong></td>" + "<td></td>" * (ncol - 1) + "</tr>")
                else:
                    h.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            h.append("</tbody></table>")
        elif b.kind == "sign":
            two = any(len(r) > 1 for r in b.rows)
            if not two:
                h.append('<p class="signatures">' + "<br>\n".join(e(r[0]) if r else "" for r in b.rows) + "</p>")
            elif style == "cms":
                pre = []
                left, right = [], []
                for r in b.rows:
                    if len(r) == 1 and not left:
                        pre.append(e(r[0]))
                    elif len(r) >= 2:
                        left.append(e(r[0]))
                        right.append(e(r[1]))
                    elif r:
                        left.append(e(r[0]))
                if pre:
                    h.append("<p>" + "<br>".join(pre) + "</p>")
                h.append('<div class="sv-row signatures">')
                h.append('  <div class="sv-column-6"><p>' + "<br>\n".join(x for x in left if x) + "</p></div>")
                h.append('  <div class="sv-column-6"><p>' + "<br>\n".join(x for x in right if x) + "</p></div>")
                h.append("</div>")
            else:
                h.append('<table class="signatures" role="presentation">')
                for r in b.rows:
                    if not r:
                        continue
                    if len(r) == 1:
                        h.append(f'<tr><td colspan="2">{e(r[0])}</td></tr>')
                    else:
                        h.append(f"<tr><td>{e(r[0])}</td><td>{e(r[1])}</td></tr>")
                h.append("</table>")
        elif b.kind == "furniture":
            h.append('<p class="sidhuvud">' + "<br>\n".join(e(x) for x in b.lines) + "</p>")
    return "\n".join(h)


def _attachments(doc: SourceDoc, name: str) -> list[tuple[str, str]]:
    slug = _slug(doc.title)[:60]
    kb = 90 + _hnum(name, 400)
    atts = [(f"/download/18.{_hnum(name, 99999):x}/{slug}.pdf", f"{doc.title} (pdf, {kb} kB)")]
    if _hnum(name + "x", 2):
        atts.append((f"/download/18.{_hnum(name + 'y', 99999):x}/overenskommelse-om-samverkan.pdf",
                     f"Samverkansöverenskommelse (pdf, {kb + 57} kB)"))
    return atts


_COMMON_SCRIPT = """<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
<script src="/static/js/vendor.min.js" defer></script>"""


def _html_police(doc, content, name, site, meta_tag):
    atts = "\n".join(f'      <li><a href="{u}">{_html.escape(t)}</a></li>' for u, t in _attachments(doc, name))
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
{meta_tag}<title>{_html.escape(doc.title)} | Polismyndigheten</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.css">
{_COMMON_SCRIPT}
</head>
<body class="page-local">
<noscript><div class="js-warning">Javascript är inte påslaget i din webbläsare. Vissa funktioner fungerar inte.</div></noscript>
<div id="cookie-consent" class="consent-banner" role="dialog" aria-label="Kakor">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. Läs mer om hur vi använder kakor.</p>
  <button type="button" class="btn-accept">Godkänn alla kakor</button>
  <button type="button" class="btn-necessary">Endast nödvändiga kakor</button>
</div>
<a class="skip-link" href="#main-content">Gå direkt till innehållet</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/static/img/polisen-logo.svg" alt="Polisen"></a>
  <form class="search" action="/sok/" role="search">
    <label for="q">Sök på polisen.se</label>
    <input id="q" name="q" type="search" placeholder="Sök på polisen.se">
    <button type="submit">Sök</button>
  </form>
  <ul class="service-links"><li><a href="/kontakta-polisen/">Kontakta Polisen</a></li><li><a href="/other-languages/">Other languages</a></li><li><a href="/lattlast/">Lättläst</a></li></ul>
</header>
<nav class="main-nav" aria-label="Huvudmeny">
  <ul>
    <li><a href="/aktuellt/">Aktuellt</a></li>
    <li><a href="/utsatt-for-brott/">Utsatt för brott</a></li>
    <li><a href="/tjanster-tillstand/">Tjänster och tillstånd</a></li>
    <li><a href="/om-polisen/">Om Polisen</a></li>
    <li><a href="/jobba-hos-oss/">Jobba hos oss</a></li>
  </ul>
</nav>
<main id="main-content">
  <nav class="breadcrumbs" aria-label="Brödsmulor"><span>Du är här:</span> <a href="/">Startsida</a> › <a href="/om-polisen/">Om Polisen</a> › <a href="/om-polisen/medborgarloften/">Medborgarlöften</a></nav>
  <div class="page-tools"><button class="listen">Lyssna på sidan</button> <button class="share">Dela sidan</button> <button class="print">Skriv ut sidan</button></div>
  <article class="article-content">
{content}
    <section class="documents">
      <h2 class="documents-title">Dokument</h2>
      <ul>
{atts}
      </ul>
    </section>
  </article>
  <aside class="related">
    <h2>Relaterat</h2>
    <ul>
      <li><a href="/om-polisen/medborgarloften/">Så arbetar vi med medborgarlöften</a></li>
      <li><a href="/om-polisen/lokal-polis/">Hitta din lokala polis</a></li>
      <li><a href="/utsatt-for-brott/polisanmalan/">Gör en polisanmälan</a></li>
    </ul>
  </aside>
  <p class="updated">Senast ändrad på polisen.se</p>
</main>
<footer class="site-footer">
  <a href="#top" class="to-top">Till toppen</a>
  <div class="footer-cols">
    <p>Polismyndigheten<br>Box 12256<br>102 26 Stockholm</p>
    <p>Telefon 114 14<br>Vid akut nödsituation ring 112</p>
    <ul><li><a href="/om-webbplatsen/">Om webbplatsen</a></li><li><a href="/tillganglighet/">Tillgänglighetsredogörelse</a></li><li><a href="/kakor/">Om kakor</a></li></ul>
  </div>
</footer>
<script src="/static/js/main.js"></script>
<script>document.querySelector('.btn-accept').addEventListener('click',function(){{document.getElementById('cookie-consent').remove();}});</script>
</body>
</html>
"""


def _html_cms(doc, content, name, site, meta_tag):
    atts = "\n".join(f'        <li><a class="sv-link" href="{u}">{_html.escape(t)}</a></li>' for u, t in _attachments(doc, name))
    return f"""<!DOCTYPE html>
<html lang="sv" class="sv-no-js">
<head>
{meta_tag}<title>{_html.escape(doc.title)} - {_html.escape(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="/sitevision/system-resource/css/sv-bundle.css">
{_COMMON_SCRIPT}
<script src="/sitevision/system-resource/js/envision.js"></script>
</head>
<body>
<div class="sv-layout" id="svid10_cookie">
  <div class="cookie-bar" role="region" aria-label="Kakor">
    <p>Den här webbplatsen använder kakor för att ge dig en bättre upplevelse.</p>
    <button class="sv-cookie-accept">Acceptera kakor</button>
    <a href="/om-webbplatsen/kakor">Inställningar för kakor</a>
  </div>
</div>
<div class="sv-layout" id="svid10_header">
  <div class="header-top"><a href="/"><img src="/images/logotyp.svg" alt="{_html.escape(site)}, till startsidan"></a>
    <ul class="tools"><li><a href="/lyssna">Lyssna</a></li><li><a href="/languages">Languages</a></li><li><a href="/e-tjanster">E-tjänster</a></li></ul>
  </div>
  <form class="sv-searchform" action="/sok" method="get">
    <label for="search">Vad letar du efter?</label>
    <input type="text" name="query" id="search"><button type="submit">Sök</button>
  </form>
  <div class="sv-layout main-menu">
    <ul>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/bo-bygga-och-miljo">Bo, bygga och miljö</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </div>
</div>
<div class="sv-layout breadcrumb-wrap"><ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li><li><a href="/kommun-och-politik/trygghet-och-sakerhet">Trygghet och säkerhet</a></li></ol></div>
<div id="content" class="sv-layout">
  <div class="sv-row">
    <div class="sv-column-8">
      <div class="sv-text-portlet page-actions"><a href="#" class="print">Skriv ut</a> <a href="#" class="readspeaker">Lyssna på sidan</a></div>
      <div class="sv-text-portlet sv-use-margins">
{content}
      </div>
      <div class="sv-text-portlet files">
        <h3 class="subheading">Filer</h3>
        <ul>
{atts}
        </ul>
      </div>
      <div class="sv-text-portlet page-info"><p>Senast uppdaterad: {_html.escape(doc.meta.get("html_date", "2024-02-14"))}</p><p>Sidansvarig: Kommunikationsenheten</p></div>
      <div class="feedback"><p>Var den här sidan till hjälp?</p><button>Ja</button><button>Nej</button></div>
    </div>
    <div class="sv-column-4">
      <aside class="related-links"><h2>Relaterat</h2>
        <ul><li><a href="/brottsforebyggande-radet">Brottsförebyggande rådet</a></li><li><a href="/trygghetsvandringar">Trygghetsvandringar</a></li><li><a href="/krisberedskap">Krisberedskap</a></li></ul>
      </aside>
    </div>
  </div>
</div>
<div class="sv-layout" id="svid10_footer">
  <footer>
    <p>{_html.escape(site)} · Kontaktcenter 0000-00 00 00 · kommun@example.se</p>
    <p>Följ oss: <a href="#">Facebook</a> <a href="#">Instagram</a></p>
    <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/personuppgifter">Behandling av personuppgifter</a></li></ul>
    <a href="#top" class="to-top">Till toppen</a>
  </footer>
</div>
<script src="/sitevision/system-resource/js/sv-bundle.js"></script>
</body>
</html>
"""


def _html_news(doc, content, name, site, meta_tag):
    atts = _attachments(doc, name)
    att_links = " ".join(f'<a href="{u}" class="file">{_html.escape(t)}</a>' for u, t in atts)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
{meta_tag}<title>{_html.escape(doc.title)} – Nyheter – {_html.escape(site)}</title>
<link rel="stylesheet" href="/assets/styles.css">
{_COMMON_SCRIPT}
</head>
<body>
<div class="cookie-notice"><p>Vi använder cookies för statistik och för att sidan ska fungera.</p><button>Jag förstår</button> <a href="/cookies">Läs mer om cookies</a></div>
<div class="topbar"><a href="/">{_html.escape(site)}</a>
  <form action="/sok"><input type="search" name="q" aria-label="Sök"><button>Sök</button></form>
</div>
<nav class="menu"><a href="/nyheter">Nyheter</a> | <a href="/evenemang">Evenemang</a> | <a href="/kontakt">Kontakta oss</a> | <a href="/om-oss">Om oss</a></nav>
<div class="crumbs"><a href="/">Hem</a> / <a href="/nyheter">Nyheter</a> / Trygghet</div>
<div class="wrapper">
  <div class="news-meta"><span class="date">Publicerad {_html.escape(doc.meta.get("html_date", "2024-03-05"))}</span> <span class="cat">Trygghet och säkerhet</span></div>
  <div class="readspeaker"><a href="#">Lyssna på sidan</a></div>
  <div class="article-body">
{content}
    <p class="attachments">Bilagor: {att_links}</p>
  </div>
  <div class="share-box"><span>Dela:</span> <a href="#">Dela på Facebook</a> <a href="#">Dela på LinkedIn</a> <a href="#">Kopiera länk</a></div>
  <div class="related-news">
    <h2>Fler nyheter</h2>
    <div class="news-card"><h3><a href="/nyheter/1">Nytt nummer till kundtjänst från och med måndag</a></h3><p>Kort notis om ändrade öppettider under helgdagarna. <a href="/nyheter/1">Läs mer</a></p></div>
    <div class="news-card"><h3><a href="/nyheter/2">Återvinningscentralen håller stängt på annandagen</a></h3><p>Planera ditt besök. <a href="/nyheter/2">Läs mer</a></p></div>
  </div>
  <aside class="sidebar"><h2>Relaterat</h2><ul><li><a href="/trygghet">Trygghet i vardagen</a></li><li><a href="/nyhetsbrev">Prenumerera på nyheter</a></li></ul></aside>
</div>
<footer class="page-footer"><p>© {_html.escape(site)}</p><p><a href="/tillganglighet">Tillgänglighet</a> · <a href="/cookies">Cookies</a></p><p><a href="#top">Till toppen</a></p></footer>
<script src="/assets/app.js"></script>
</body>
</html>
"""


_STYLES = {"police": _html_police, "cms": _html_cms, "news": _html_news}


def html_encoding(doc: SourceDoc) -> str:
    enc = doc.meta.get("html_encoding", "utf-8").strip().lower()
    return "windows-1252" if enc in ("windows-1252", "cp1252") else "utf-8"


def render_html(doc: SourceDoc, name: str) -> bytes:
    style = doc.meta.get("html_style", "police").strip()
    if style not in _STYLES:
        style = "police"
    enc = html_encoding(doc)
    site = doc.meta.get("html_site") or {"police": "Polisen", "cms": "Kommunen", "news": "Kommunen"}[style]
    meta_tag = "" if str(doc.meta.get("html_meta", "")).lower() == "false" else f'<meta charset="{enc}">\n'
    content = _content_html(doc, style)
    page = _STYLES[style](doc, content, name, site, meta_tag)
    if enc == "windows-1252":
        return page.encode("cp1252", errors="xmlcharrefreplace")
    return page.encode("utf-8")


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

_FONTS_DONE = False


def _fonts() -> None:
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("Vera-Bold", "VeraBd.ttf"))
    pdfmetrics.registerFont(TTFont("Vera-Italic", "VeraIt.ttf"))
    pdfmetrics.registerFont(TTFont("Vera-BoldItalic", "VeraBI.ttf"))
    addMapping("Vera", 0, 0, "Vera")
    addMapping("Vera", 1, 0, "Vera-Bold")
    addMapping("Vera", 0, 1, "Vera-Italic")
    addMapping("Vera", 1, 1, "Vera-BoldItalic")
    _FONTS_DONE = True


_VOW = set("aeiouyåäöé")


def _shy_word(w: str) -> str:
    """Insert soft hyphens at plausible Swedish syllable breaks (V-CV)."""
    if len(w) < 11 or not w.isalpha():
        return w
    cuts = []
    for k in range(4, len(w) - 3):
        a, b, c = w[k - 1].lower(), w[k].lower(), w[k + 1].lower()
        if (a in _VOW and b not in _VOW and c in _VOW) or (a not in _VOW and b not in _VOW and c in _VOW and w[k - 2].lower() in _VOW):
            cuts.append(k)
    if not cuts:
        return w
    out, prev = [], 0
    for k in cuts:
        if k - prev >= 3:
            out.append(w[prev:k])
            prev = k
    out.append(w[prev:])
    return "\xad".join(out)


def _shy(text: str) -> str:
    return re.sub(r"[A-Za-zÅÄÖåäöé]{11,}", lambda m: _shy_word(m.group(0)), text)


def _make_canvas_class(header: str, footer: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total):
            w, h = A4
            self.saveState()
            self.setFillGray(0.35)
            if header:
                self.setFont("Vera", 8)
                self.drawString(20 * mm, h - 12 * mm, header)
                self.setStrokeGray(0.6)
                self.setLineWidth(0.4)
                self.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
            self.setFont("Vera", 8)
            self.drawCentredString(w / 2, 10 * mm, footer.replace("{page}", str(self._pageNumber)).replace("{pages}", str(total)))
            self.restoreState()

    return NumberedCanvas


def _pdf_story(doc: SourceDoc):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

    hyph = doc.flag("hyphenate")
    base = dict(fontName="Vera", fontSize=10, leading=13.2, spaceAfter=5)
    if hyph:
        base.update(embeddedHyphenation=1, hyphenationLang="")
    body = ParagraphStyle("body", **base)
    title = ParagraphStyle("title", fontName="Vera-Bold", fontSize=17, leading=21, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName="Vera-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=5, keepWithNext=1)
    h3 = ParagraphStyle("h3", fontName="Vera-Bold", fontSize=11, leading=14, spaceBefore=5, spaceAfter=3, keepWithNext=1)
    cell = ParagraphStyle("cell", fontName="Vera", fontSize=9, leading=11.5)
    cellb = ParagraphStyle("cellb", fontName="Vera-Bold", fontSize=9, leading=11.5)
    furn = ParagraphStyle("furn", fontName="Vera", fontSize=8, leading=10, textColor=colors.Color(0.4, 0.4, 0.4))
    sign = ParagraphStyle("sign", fontName="Vera", fontSize=10, leading=13)
    avail = 170 * mm
    list_styles: dict = {}

    def lst(level: int):
        if level not in list_styles:
            list_styles[level] = ParagraphStyle(
                f"li{level}", parent=body, leftIndent=16 + 16 * level, bulletIndent=4 + 16 * level,
                bulletFontName="Vera", spaceAfter=2.5)
        return list_styles[level]

    def P(text, style):
        t = _xml_inline(text)
        if hyph:
            t = _shy(t)
        return Paragraph(t, style)

    story = []

    def items(its: list[Item]):
        for it in its:
            bullet = f"{it.number}." if it.ordered else ("•" if it.level == 0 else "–")
            txt = _xml_inline(it.text) + "".join("<br/>" + _xml_inline(x) for x in it.extra)
            if hyph:
                txt = _shy(txt)
            story.append(Paragraph(txt, lst(it.level), bulletText=bullet))
            items(it.children)

    for b in doc.blocks:
        if b.kind == "title":
            story.append(P(b.text, title))
        elif b.kind == "h2":
            story.append(P(b.text, h2))
        elif b.kind == "h3":
            story.append(P(b.text, h3))
        elif b.kind == "para":
            t = "<br/>".join(_xml_inline(x) for x in b.lines)
            story.append(Paragraph(_shy(t) if hyph else t, body))
        elif b.kind == "list":
            items(b.items)
            story.append(Spacer(1, 4))
        elif b.kind == "table":
            ncol = len(b.rows[0])
            lens = [max(len(r[c]) for r in b.rows) for c in range(ncol)]
            wts = [min(max(x, 10), 70) for x in lens]
            # never narrower than the longest word (bold) in the column
            mins = [max(stringWidth(w, "Vera-Bold", 9) for r in b.rows for w in (strip_inline(r[c]).split() or [""])) + 14
                    for c in range(ncol)]
            widths = [avail * x / sum(wts) for x in wts]
            for _ in range(3):
                short = [k for k in range(ncol) if widths[k] < mins[k]]
                if not short:
                    break
                fixed = sum(max(widths[k], mins[k]) for k in short)
                rest = [k for k in range(ncol) if k not in short]
                for k in short:
                    widths[k] = max(widths[k], mins[k])
                rw = sum(wts[k] for k in rest)
                for k in rest:
                    widths[k] = (avail - fixed) * wts[k] / rw
            data, ts = [], [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.45, 0.45, 0.45)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
            for ri, r in enumerate(b.rows):
                is_head = b.header and ri == 0
                is_theme = not is_head and ncol > 1 and r[0] and not any(r[1:])
                st = cellb if (is_head or is_theme) else cell
                data.append([Paragraph(_xml_inline(c), st) for c in r])
                if is_head:
                    ts.append(("BACKGROUND", (0, ri), (-1, ri), colors.Color(0.85, 0.87, 0.9)))
                if is_theme:
                    ts.append(("SPAN", (0, ri), (-1, ri)))
                    ts.append(("BACKGROUND", (0, ri), (-1, ri), colors.Color(0.94, 0.94, 0.94)))
            t = Table(data, colWidths=widths, repeatRows=1 if b.header else 0, hAlign="LEFT")
            t.setStyle(TableStyle(ts))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 8))
        elif b.kind == "sign":
            two = any(len(r) > 1 for r in b.rows)
            if not two:
                lines = []
                for r in b.rows:
                    lines.append(_xml_inline(r[0]) if r else "")
                # blank rows become signing space
                chunks, cur = [], []
                for ln in lines:
                    if ln == "":
                        if cur:
                            chunks.append(cur)
                        cur = []
                    else:
                        cur.append(ln)
                if cur:
                    chunks.append(cur)
                flow = [Spacer(1, 10)]
                for ch in chunks:
                    flow.append(Paragraph("<br/>".join(ch), sign))
                    flow.append(Spacer(1, 16))
                story.append(KeepTogether(flow))
            else:
                data, ts = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
                for r in b.rows:
                    if not r:
                        data.append(["", ""])
                        ts.append(("TOPPADDING", (0, len(data) - 1), (-1, len(data) - 1), 14))
                    elif len(r) == 1:
                        data.append([Paragraph(_xml_inline(r[0]), sign), ""])
                        ts.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
                    else:
                        data.append([Paragraph(_xml_inline(r[0]), sign), Paragraph(_xml_inline(r[1]), sign)])
                t = Table(data, colWidths=[avail / 2, avail / 2], hAlign="LEFT")
                t.setStyle(TableStyle(ts))
                story.append(Spacer(1, 6))
                story.append(t)
                story.append(Spacer(1, 8))
        elif b.kind == "furniture":
            story.append(PageBreak())
            story.append(Paragraph("<br/>".join(_xml_inline(x) for x in b.lines), furn))
            story.append(Spacer(1, 8))
    return story


def render_pdf(doc: SourceDoc) -> bytes:
    _fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    buf = io.BytesIO()
    header = doc.meta.get("running_header", "")
    footer = doc.meta.get("footer", "{page}")
    tpl = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
        title=doc.title, author=doc.meta.get("pdf_author", ""), creator="pledgeparse corpus generator",
        producer="ReportLab", invariant=1, subject="Medborgarlöfte")
    tpl.build(_pdf_story(doc), canvasmaker=_make_canvas_class(header, footer))
    data = buf.getvalue()
    if doc.flag("scan"):
        data = _rasterise(data)
    return data


def _rasterise(pdf: bytes, dpi: int = 200) -> bytes:
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(1729)
    src = pdfium.PdfDocument(pdf)
    pages = []
    for i in range(len(src)):
        img = src[i].render(scale=dpi / 72).to_pil().convert("L")
        # a little scanner character: slight skew, blur and speckle
        img = img.rotate(0.35 if i % 2 == 0 else -0.25, resample=Image.BICUBIC, fillcolor=255, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        px = img.load()
        w, h = img.size
        for _ in range(1500):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.randrange(120, 220)
        pages.append(img)
    src.close()
    out = io.BytesIO()
    fixed = time.struct_time((2020, 1, 1, 0, 0, 0, 2, 1, 0))
    pages[0].save(out, format="PDF", resolution=float(dpi), save_all=True, append_images=pages[1:],
                  creationDate=fixed, modDate=fixed, title="Skannad handling", producer="Scanner")
    return out.getvalue()


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------


def render_all(doc: SourceDoc, outdir, name: str) -> dict:
    """Write <name>.txt, <name>.html and <name>.pdf into outdir; return their paths."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = {"txt": outdir / f"{name}.txt", "html": outdir / f"{name}.html", "pdf": outdir / f"{name}.pdf"}
    paths["txt"].write_bytes(render_txt(doc).encode("utf-8"))
    paths["html"].write_bytes(render_html(doc, name))
    paths["pdf"].write_bytes(render_pdf(doc))
    return paths


def build_one(name: str, corpus: Path = CORPUS) -> dict:
    src = (corpus / name / "source.md").read_text(encoding="utf-8")
    return render_all(parse_source(src), corpus / name, name)


# --------------------------------------------------------------------------
# Synthetic documents
# --------------------------------------------------------------------------
# Everything below invents text from small phrase pools.  synth_document()
# returns (source markup, gold annotation); the gold is exact by construction.

_MUNIS = [
    # short name, official name, police area, seat/main town
    ("Ljungby", "Ljungby kommun", "Ljungby", "Ljungby"), ("Växjö", "Växjö kommun", "Växjö", "Växjö"),
    ("Lekeberg", "Lekebergs kommun", "Örebro", "Fjugesta"), ("Mjölby", "Mjölby kommun", "Motala", "Mjölby"),
    ("Motala", "Motala kommun", "Motala", "Motala"), ("Linköping", "Linköpings kommun", "Linköping", "Linköping"),
    ("Norrköping", "Norrköpings kommun", "Norrköping", "Norrköping"), ("Eslöv", "Eslövs kommun", "Mellersta Skåne", "Eslöv"),
    ("Höör", "Höörs kommun", "Mellersta Skåne", "Höör"), ("Ängelholm", "Ängelholms kommun", "Ängelholm", "Ängelholm"),
    ("Kungsbacka", "Kungsbacka kommun", "Kungsbacka", "Kungsbacka"), ("Varberg", "Varbergs kommun", "Varberg", "Varberg"),
    ("Falkenberg", "Falkenbergs kommun", "Falkenberg", "Falkenberg"), ("Halmstad", "Halmstads kommun", "Halmstad", "Halmstad"),
    ("Skellefteå", "Skellefteå kommun", "Skellefteå", "Skellefteå"), ("Luleå", "Luleå kommun", "Luleå", "Luleå"),
    ("Östersund", "Östersunds kommun", "Östersund", "Östersund"), ("Gävle", "Gävle kommun", "Gävle", "Gävle"),
    ("Enköping", "Enköpings kommun", "Enköping", "Enköping"), ("Västerås", "Västerås stad", "Västerås", "Västerås"),
    ("Eskilstuna", "Eskilstuna kommun", "Eskilstuna", "Eskilstuna"), ("Nyköping", "Nyköpings kommun", "Nyköping", "Nyköping"),
    ("Karlstad", "Karlstads kommun", "Karlstad", "Karlstad"), ("Borås", "Borås stad", "Borås", "Borås"),
    ("Trollhättan", "Trollhättans stad", "Trollhättan", "Trollhättan"), ("Kalmar", "Kalmar kommun", "Kalmar", "Kalmar"),
    ("Jönköping", "Jönköpings kommun", "Jönköping", "Jönköping"), ("Värnamo", "Värnamo kommun", "Värnamo", "Värnamo"),
    ("Kristianstad", "Kristianstads kommun", "Kristianstad", "Kristianstad"), ("Trelleborg", "Trelleborgs kommun", "Trelleborg", "Trelleborg"),
    ("Landskrona", "Landskrona stad", "Landskrona", "Landskrona"), ("Falun", "Falu kommun", "Falun", "Falun"),
    ("Borlänge", "Borlänge kommun", "Borlänge", "Borlänge"), ("Norrtälje", "Norrtälje kommun", "Norrtälje", "Norrtälje"),
    ("Södertälje", "Södertälje kommun", "Södertälje", "Södertälje"), ("Piteå", "Piteå kommun", "Piteå", "Piteå"),
    ("Örnsköldsvik", "Örnsköldsviks kommun", "Örnsköldsvik", "Örnsköldsvik"), ("Sandviken", "Sandvikens kommun", "Sandviken", "Sandviken"),
    ("Vetlanda", "Vetlanda kommun", "Vetlanda", "Vetlanda"), ("Västervik", "Västerviks kommun", "Västervik", "Västervik"),
    ("Lidköping", "Lidköpings kommun", "Lidköping", "Lidköping"), ("Skövde", "Skövde kommun", "Skövde", "Skövde"),
]
_JOINT = [
    ([("Stenungsund", "Stenungsunds kommun"), ("Orust", "Orust kommun"), ("Tjörn", "Tjörns kommun")], "Södra Fyrbodal", "Stenungsund"),
    ([("Eslöv", "Eslövs kommun"), ("Höör", "Höörs kommun"), ("Hörby", "Hörby kommun")], "Mellersta Skåne", "Eslöv"),
    ([("Vadstena", "Vadstena kommun"), ("Motala", "Motala kommun")], "Motala", "Motala"),
]
_FIRST = ["Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Eva", "Anders", "Sara", "Peter", "Lena", "Mikael", "Helena",
          "Fredrik", "Ulla", "Jonas", "Malin", "Per", "Cecilia", "Henrik", "Sofia", "Mats", "Emma", "Tobias", "Ingrid",
          "Oskar", "Linda", "Stefan", "Åsa", "Björn", "Camilla", "Göran", "Therese", "Daniel", "Maja", "Nils"]
_LAST = ["Lindqvist", "Berglöf", "Åkesson", "Nordin", "Hedlund", "Sandberg", "Falk", "Ekström", "Holmgren", "Wikström",
         "Lundgren", "Björklund", "Dahlberg", "Engström", "Forsell", "Granqvist", "Hellman", "Isaksson", "Jonsson",
         "Kvist", "Lagerlund", "Mårtensson", "Nyberg", "Olofsson", "Persson", "Rosén", "Strömberg", "Törnqvist",
         "Vallin", "Östman"]
_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
_NUM = {2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 8: "åtta", 10: "tio", 12: "tolv", 20: "tjugo"}

# (infinitive phrase, present-tense phrase, nominal phrase, quantified, who, topics)
# who: P police, K municipality, B both, or the name of a body.
_T = {
    "traffic": [
        ("genomföra minst {n} hastighetskontroller per {per} vid skolor och förskolor",
         "genomför minst {n} hastighetskontroller per {per} vid skolor och förskolor",
         "minst {n} hastighetskontroller per {per} vid skolor och förskolor", True, "P", ["traffic"]),
        ("kontrollera mopeder och A-traktorer i centrum och vid fritidsgården",
         "kontrollerar mopeder och A-traktorer i centrum och vid fritidsgården",
         "kontroller av mopeder och A-traktorer i centrum och vid fritidsgården", False, "P", ["traffic", "youth"]),
        ("se över trafikmiljön vid skolornas hämtnings- och lämningsplatser",
         "ser över trafikmiljön vid skolornas hämtnings- och lämningsplatser",
         "översyn av trafikmiljön vid skolornas hämtnings- och lämningsplatser", False, "K", ["traffic"]),
        ("informera vårdnadshavare om regler för EPA- och A-traktorer inför varje läsårsstart",
         "informerar vårdnadshavare om regler för EPA- och A-traktorer inför varje läsårsstart",
         "information till vårdnadshavare om regler för EPA- och A-traktorer inför varje läsårsstart", True, "B", ["traffic", "youth"]),
        ("genomföra nykterhetskontroller vid infarterna till {ort} minst en gång i månaden",
         "genomför nykterhetskontroller vid infarterna till {ort} minst en gång i månaden",
         "nykterhetskontroller vid infarterna till {ort} minst en gång i månaden", True, "P", ["traffic", "public_order_alcohol"]),
        ("sätta upp hastighetsdisplayer på de sträckor som invånarna har pekat ut",
         "sätter upp hastighetsdisplayer på de sträckor som invånarna har pekat ut",
         "hastighetsdisplayer på de sträckor som invånarna har pekat ut", False, "K", ["traffic"]),
    ],
    "narcotics": [
        ("genomföra riktade insatser mot narkotikaförsäljning i anslutning till skolor och busstationen",
         "genomför riktade insatser mot narkotikaförsäljning i anslutning till skolor och busstationen",
         "riktade insatser mot narkotikaförsäljning i anslutning till skolor och busstationen", False, "P", ["narcotics"]),
        ("erbjuda föräldrautbildning om droger och tidiga tecken på missbruk",
         "erbjuder föräldrautbildning om droger och tidiga tecken på missbruk",
         "föräldrautbildning om droger och tidiga tecken på missbruk", False, "K", ["narcotics", "youth"]),
        ("kalla unga som påträffas med narkotika och deras vårdnadshavare till samtal inom {d} dagar",
         "kallar unga som påträffas med narkotika och deras vårdnadshavare till samtal inom {d} dagar",
         "samtal inom {d} dagar med unga som påträffas med narkotika och deras vårdnadshavare", True, "B", ["narcotics", "youth"]),
        ("besöka föräldramöten på högstadiet minst en gång per läsår och berätta om narkotikaläget",
         "besöker föräldramöten på högstadiet minst en gång per läsår och berättar om narkotikaläget",
         "information om narkotikaläget på högstadiets föräldramöten minst en gång per läsår", True, "P", ["narcotics", "youth"]),
        ("motverka langning av alkohol och narkotika till ungdomar vid större evenemang",
         "motverkar langning av alkohol och narkotika till ungdomar vid större evenemang",
         "insatser mot langning av alkohol och narkotika till ungdomar vid större evenemang", False, "P", ["narcotics", "public_order_alcohol", "youth"]),
    ],
    "unsafe_places": [
        ("genomföra trygghetsvandringar i {omr} {n} gånger per år",
         "genomför trygghetsvandringar i {omr} {n} gånger per år",
         "trygghetsvandringar i {omr} {n} gånger per år", True, "B", ["unsafe_places"]),
        ("åtgärda trasig belysning och klotter som rapporteras vid trygghetsvandringarna",
         "åtgärdar trasig belysning och klotter som rapporteras vid trygghetsvandringarna",
         "åtgärder mot trasig belysning och klotter som rapporteras vid trygghetsvandringarna", False, "K", ["unsafe_places", "vandalism"]),
        ("öka den synliga närvaron på torget och vid resecentrum",
         "ökar den synliga närvaron på torget och vid resecentrum",
         "ökad närvaro på torget och vid resecentrum", False, "B", ["police_presence", "unsafe_places"]),
        ("kartlägga de platser som invånarna upplever som otrygga och redovisa resultatet senast den 30 november",
         "kartlägger de platser som invånarna upplever som otrygga och redovisar resultatet senast den 30 november",
         "kartläggning av platser som upplevs som otrygga, redovisad senast den 30 november", True, "B", ["unsafe_places"]),
        ("sanera klotter på kommunala byggnader inom {k} dygn från anmälan",
         "sanerar klotter på kommunala byggnader inom {k} dygn från anmälan",
         "sanering av klotter på kommunala byggnader inom {k} dygn från anmälan", True, "K", ["vandalism"]),
    ],
    "burglary_theft": [
        ("starta grannsamverkan i ytterligare {n} bostadsområden",
         "startar grannsamverkan i ytterligare {n} bostadsområden",
         "grannsamverkan i ytterligare {n} bostadsområden", True, "B", ["neighbourhood_watch", "burglary_theft"]),
        ("informera om inbrottsskydd i villaområden och fritidshusområden",
         "informerar om inbrottsskydd i villaområden och fritidshusområden",
         "information om inbrottsskydd i villaområden och fritidshusområden", False, "P", ["burglary_theft"]),
        ("byta lås och förbättra belysningen i källare och cykelrum i {n} bostadsområden",
         "byter lås och förbättrar belysningen i källare och cykelrum i {n} bostadsområden",
         "nya lås och bättre belysning i källare och cykelrum i {n} bostadsområden", True, "Bostadsbolaget AB", ["burglary_theft", "unsafe_places"]),
    ],
    "fraud": [
        ("hålla minst {n} informationsträffar per år om bedrägerier riktade mot äldre",
         "håller minst {n} informationsträffar per år om bedrägerier riktade mot äldre",
         "minst {n} informationsträffar per år om bedrägerier riktade mot äldre", True, "B", ["fraud"]),
        ("utbilda personal inom hemtjänsten i att känna igen bedrägeriförsök mot äldre",
         "utbildar personal inom hemtjänsten i att känna igen bedrägeriförsök mot äldre",
         "utbildning för personal inom hemtjänsten om bedrägeriförsök mot äldre", False, "K", ["fraud"]),
    ],
    "youth": [
        ("hålla fritidsgården öppen till kl. 23 varje fredag under skolterminerna",
         "håller fritidsgården öppen till kl. 23 varje fredag under skolterminerna",
         "fritidsgården öppen till kl. 23 varje fredag under skolterminerna", True, "Fritidsförvaltningen", ["youth"]),
        ("erbjuda sommarjobb och lovaktiviteter till unga i de mest utsatta områdena",
         "erbjuder sommarjobb och lovaktiviteter till unga i de mest utsatta områdena",
         "sommarjobb och lovaktiviteter för unga i de mest utsatta områdena", False, "K", ["youth"]),
        ("utveckla samverkan mellan skola, socialtjänst och polis kring unga i riskzon",
         "utvecklar samverkan mellan skola, socialtjänst och polis kring unga i riskzon",
         "utvecklad samverkan mellan skola, socialtjänst och polis kring unga i riskzon", False, "B", ["youth", "cooperation"]),
        ("göra uppsökande arbete bland unga i centrum varje fredag och lördag kväll",
         "gör uppsökande arbete bland unga i centrum varje fredag och lördag kväll",
         "uppsökande arbete bland unga i centrum varje fredag och lördag kväll", True, "Socialtjänsten", ["youth"]),
        ("informera i skolorna om anlagda bränder och deras konsekvenser",
         "informerar i skolorna om anlagda bränder och deras konsekvenser",
         "information i skolorna om anlagda bränder och deras konsekvenser", False, "Räddningstjänsten", ["vandalism", "youth"]),
    ],
    "domestic_violence": [
        ("utbilda personal i förskola och skola i att upptäcka våld i nära relationer",
         "utbildar personal i förskola och skola i att upptäcka våld i nära relationer",
         "utbildning om våld i nära relationer för personal i förskola och skola", False, "K", ["domestic_violence"]),
        ("informera om stöd till brottsutsatta vid minst {n} tillfällen per år",
         "informerar om stöd till brottsutsatta vid minst {n} tillfällen per år",
         "information om stöd till brottsutsatta vid minst {n} tillfällen per år", True, "P", ["domestic_violence"]),
    ],
    "public_order_alcohol": [
        ("genomföra gemensam tillsyn av serveringsställen",
         "genomför gemensam tillsyn av serveringsställen",
         "gemensam tillsyn av serveringsställen", False, "B", ["public_order_alcohol"]),
        ("samordna ordningsvakter och polispatruller i krogområdet fredagar och lördagar mellan kl. 22 och 03",
         "samordnar ordningsvakter och polispatruller i krogområdet fredagar och lördagar mellan kl. 22 och 03",
         "samordnade ordningsvakter och polispatruller i krogområdet fredagar och lördagar mellan kl. 22 och 03", True, "B", ["public_order_alcohol", "police_presence"]),
    ],
    "organised_crime": [
        ("genomföra minst {n} gemensamma myndighetskontroller per år mot verksamheter med kopplingar till kriminella nätverk",
         "genomför minst {n} gemensamma myndighetskontroller per år mot verksamheter med kopplingar till kriminella nätverk",
         "minst {n} gemensamma myndighetskontroller per år mot verksamheter med kopplingar till kriminella nätverk", True, "B", ["organised_crime"]),
        ("erbjuda stöd till unga som vill lämna kriminella miljöer",
         "erbjuder stöd till unga som vill lämna kriminella miljöer",
         "stöd till unga som vill lämna kriminella miljöer", False, "Socialtjänsten", ["organised_crime", "youth"]),
    ],
}
_THEME_NAMES = {
    "traffic": ["Trafik", "Trafiksäkerhet", "Trafik och buskörning"],
    "narcotics": ["Narkotika", "ANDT", "Droger bland unga"],
    "unsafe_places": ["Trygghet i centrum", "Otrygga platser", "Trygga offentliga miljöer"],
    "burglary_theft": ["Inbrott", "Tryggt boende", "Trygghet i bostadsområden"],
    "fraud": ["Bedrägerier", "Bedrägerier mot äldre"],
    "youth": ["Unga", "Ungas trygghet", "Barn och unga"],
    "domestic_violence": ["Våld i nära relationer"],
    "public_order_alcohol": ["Alkohol och ordning", "Krogar och nöjesliv"],
    "organised_crime": ["Organiserad brottslighet", "Kriminella nätverk"],
}
_GOALS = {
    "traffic": "lägre hastigheter och färre olyckor nära skolor",
    "narcotics": "färre unga som uppger att de har erbjudits narkotika",
    "unsafe_places": "fler invånare som känner sig trygga i centrum kvällstid",
    "burglary_theft": "färre inbrott i bostäder och förråd",
    "fraud": "färre äldre som drabbas av bedrägerier",
    "youth": "fler unga med en meningsfull fritid",
    "domestic_violence": "fler utsatta som söker stöd",
    "public_order_alcohol": "färre ordningsstörningar i nöjeslivet",
    "organised_crime": "färre unga som rekryteras till kriminella nätverk",
}
_BG = [
    "{kl} och lokalpolisområde {lpo} har sedan flera år en samverkansöverenskommelse som beskriver hur vi gemensamt ska arbeta mot brott och otrygghet.",
    "Medborgarlöftet är den del av överenskommelsen som vänder sig direkt till invånarna och beskriver vad vi konkret ska göra.",
    "Löftet bygger på en gemensam lägesbild och på det som invånarna har berättat för oss i dialoger och enkäter.",
    "Arbetet leds av det lokala brottsförebyggande rådet, där kommunens förvaltningar, polisen, räddningstjänsten och civilsamhället ingår.",
    "Vi vill att det ska vara tydligt vem som gör vad, och att resultatet går att följa upp.",
    "Ett medborgarlöfte ska vara konkret och möjligt att genomföra inom den tid som löftet gäller.",
    "Polisen och kommunen har olika uppdrag, men vi delar målet att alla ska kunna känna sig trygga i sin vardag.",
    "Under arbetet har kommunpolisen och kommunens trygghetssamordnare träffat elevråd, föreningar, företagare och pensionärsorganisationer.",
    "Samverkan mellan kommun och polis har utvecklats steg för steg sedan de första löftena, och flera arbetssätt har blivit en del av det ordinarie arbetet.",
    "Den som vill lämna synpunkter på löftet är välkommen att kontakta kommunens trygghetssamordnare eller kommunpolisen.",
    "Det brottsförebyggande arbetet bygger på kunskap om var, när och varför brott begås och vilka som drabbas.",
    "Kommunen har ett ansvar för bland annat skola, socialtjänst, fritid och den fysiska miljön, medan polisen ansvarar för att ingripa mot och utreda brott.",
    "Genom att samordna våra resurser kan vi göra mer nytta än om vi arbetar var för sig.",
    "Tidigare löften har följts upp och erfarenheterna har tagits tillvara när det här löftet togs fram.",
    "Invånarna har också kunnat lämna förslag via kommunens webbplats och i samband med polisens öppna hus.",
    "Löftet ersätter inte det ordinarie arbetet utan är ett tillägg som riktar sig mot några utvalda problem.",
]
_SIT = [
    "I den senaste trygghetsmätningen uppgav många att de undviker vissa platser i {ort} efter mörkrets inbrott.",
    "Den anmälda brottsligheten har legat på en jämn nivå de senaste åren, men invånarnas oro har ökat.",
    "Polisen ser att narkotika blivit mer lättillgängligt och att försäljning sker via sociala medier.",
    "Skolorna rapporterar att fler elever berättar om otrygghet på vägen till och från skolan.",
    "Invånarna i de mindre tätorterna lyfter fram trafiken och höga hastigheter som det största problemet.",
    "Äldre invånare har i flera dialoger beskrivit oro för bedrägerier via telefon och sms.",
    "Flera fastighetsägare har rapporterat skadegörelse och inbrott i källarförråd.",
    "Socialtjänsten och fältassistenterna ser att unga rör sig ute sent på helgerna och att alkohol ofta förekommer.",
    "Antalet anmälda brott i nära relationer har ökat, vilket delvis kan förklaras av att fler vågar anmäla.",
    "Näringsidkare i centrum beskriver stök och ordningsstörningar i samband med krogarnas stängning.",
    "I medborgardialogerna beskrev flera föräldrar en oro för att deras barn ska komma i kontakt med kriminella.",
    "Trafiksituationen vid skolorna är ansträngd vid lämning och hämtning, och många kör för fort.",
    "Anmälningarna om skadegörelse har ökat, framför allt på skolor och i kollektivtrafiken.",
    "Polisen har under året sett en ökning av bostadsinbrott i villaområdena i kommunens norra del.",
    "Enkäten visar att kvinnor i högre grad än män känner sig otrygga när de är ute ensamma på kvällen.",
    "Många lyfter fram att belysningen längs gång- och cykelvägar är bristfällig.",
    "I centrala {ort} samlas grupper av unga på kvällar och helger, vilket vissa upplever som otryggt.",
    "Den lokala lägesbilden visar att en stor del av de anmälda brotten begås av ett fåtal personer.",
]
_SIT_TOPIC = {
    "traffic": ["Hastigheterna i tätorterna är ett av de problem som invånarna oftast tar upp.",
                "Vid flera skolor parkerar föräldrar i korsningar och på gångbanor vid lämning.",
                "Buskörning med mopeder och A-traktorer skapar oro i bostadsområdena på kvällstid."],
    "narcotics": ["Polisen har beslagtagit mer cannabis än tidigare år, ofta hos personer under 20 år.",
                  "Skolorna rapporterar att elever blir erbjudna narkotika via sociala medier.",
                  "Föräldrar efterfrågar mer kunskap om hur de kan upptäcka att barnen använder droger."],
    "unsafe_places": ["Trygghetsvandringarna har pekat ut mörka passager och igenvuxna buskage nära stationen.",
                      "Många undviker parkerna och torget efter klockan 21 på helgerna.",
                      "Klotter och nedskräpning bidrar till att vissa platser upplevs som övergivna."],
    "burglary_theft": ["Bostadsinbrotten har ökat i villaområdena, ofta dagtid när ingen är hemma.",
                       "Förrådsinbrott i flerbostadshus anmäls i stor utsträckning till bostadsbolagen.",
                       "Fritidshusområdena står tomma stora delar av året och är utsatta för stölder."],
    "fraud": ["Bedragare ringer äldre och utger sig för att vara från banken eller polisen.",
              "Flera äldre har förlorat stora belopp efter att ha lämnat ut koder till bank-id.",
              "Anhöriga och hemtjänstpersonal är ofta de första som märker att någon blivit lurad."],
    "youth": ["Fritidsgårdarna når många unga, men inte de som rör sig ute sent på helgerna.",
              "Skolan och socialtjänsten ser att några unga har kontakter med kriminella äldre.",
              "Unga efterfrågar fler mötesplatser och aktiviteter på kvällar och lov."],
    "domestic_violence": ["Våld i nära relationer är ofta dolt och mörkertalet är stort.",
                          "Barn som lever med våld i hemmet behöver uppmärksammas tidigt av skola och förskola.",
                          "Äldre som utsätts för våld av närstående har särskilt svårt att söka hjälp."],
    "public_order_alcohol": ["Ordningsstörningarna är koncentrerade till krogområdet mellan midnatt och klockan tre.",
                             "Polisen ser ett samband mellan berusning och våldsbrott i centrum på helgnätter.",
                             "Näringsidkare efterfrågar bättre samordning mellan ordningsvakter och polis."],
    "organised_crime": ["Kriminella nätverk försöker rekrytera unga till narkotikahandel och andra brott.",
                        "Polisen ser att vissa verksamheter används för att tvätta pengar.",
                        "Myndigheterna behöver dela information för att kunna agera tidigt."],
}
_PROBLEMS = ["buskörning med mopeder och A-traktorer", "öppen narkotikahandel vid busstationen", "nedskräpning och klotter i parker",
             "inbrott i förråd och källare", "telefonbedrägerier mot äldre", "bråk och stök kring krogarna nattetid",
             "otrygga gångtunnlar och dåligt upplysta passager", "anlagda bränder på skolgårdar"]
_FOLLOW = [
    "Löftet följs upp i det lokala brottsförebyggande rådet två gånger per år.",
    "En gemensam redovisning publiceras på kommunens webbplats och på polisen.se när löftesperioden är slut.",
    "Kommunpolisen och trygghetssamordnaren stämmer av arbetet varje månad.",
    "Resultatet redovisas för kommunstyrelsen och används när nästa löfte tas fram.",
]


def _synth_parts(rng: random.Random, pages_hint: int):
    """Pick the facts of one synthetic document."""
    if rng.random() < 0.1:
        members, lpo, ort = rng.choice(_JOINT)
        munis = [m[0] for m in members]
        kshort = " och ".join([", ".join(munis[:-1]), munis[-1]])
        kl = kshort + " kommuner"
    else:
        short, long_, lpo, ort = rng.choice(_MUNIS)
        members = [(short, long_)]
        munis, kl, kshort = [short], long_, short
    y1 = rng.randint(2016, 2025)
    y2 = min(2026, y1 + rng.choice([0, 1, 1, 2]))
    return members, munis, kl, kshort, lpo, ort, y1, y2


def _person(rng: random.Random, used: set) -> str:
    while True:
        n = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if n not in used:
            used.add(n)
            return n


@functools.lru_cache(maxsize=256)
def synth_document(seed: int, pages_hint: int = 3):
    """Return (source markup, gold dict) for a random invented pledge.

    The amount of background text is grown until the PDF rendering has at
    least ``pages_hint`` pages (1–5; a hint of 1 gives the shortest pledges,
    one page or two); the result is cached per (seed, hint).
    """
    import pypdfium2 as pdfium

    hint = max(1, min(5, int(pages_hint)))
    best = None
    for extra in (0, 3, 6, 10, 14, 19, 25):
        src, gold = _synth_once(seed, hint, extra)
        n = len(pdfium.PdfDocument(render_pdf(parse_source(src))))
        if n > 5:
            break
        best = (src, gold)
        if n >= hint:
            break
    return best


def _synth_once(seed: int, pages_hint: int, extra: int):
    rng = random.Random(seed * 7919 + pages_hint)
    members, munis, kl, kshort, lpo, ort, y1, y2 = _synth_parts(rng, pages_hint)
    bg_pool, sit_pool = [], []

    def draw(pool, src, k):
        out = []
        for _ in range(k):
            if not pool:
                pool.extend(rng.sample(src, len(src)))
            out.append(pool.pop())
        return out

    joint = len(munis) > 1
    per_txt = f"{y1}" if y1 == y2 else f"{y1}–{y2}"
    style = rng.choice(["police", "cms", "news"])
    fm = {"html_style": style}
    hdr = rng.choice([f"{kl} · Lokalpolisområde {lpo}", f"Medborgarlöfte {per_txt}", f"{kshort.upper()} – MEDBORGARLÖFTE", ""])
    if hdr:
        fm["running_header"] = hdr
    fm["footer"] = rng.choice(["Sida {page} av {pages}", "Sida {page} av {pages}", "{page} ({pages})", "{page}"])
    if rng.random() < 0.15:
        fm["html_encoding"] = "windows-1252"
        if rng.random() < 0.4:
            fm["html_meta"] = "false"
    if rng.random() < 0.3:
        fm["txt_bullet"] = "-"
    if rng.random() < 0.2:
        fm["txt_wrap"] = "true"
    if rng.random() < 0.25:
        fm["hyphenate"] = "true"
    fm["html_site"] = "Polisen" if style == "police" else kl
    fm["html_date"] = f"{y1}-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"

    lpo_forms = [f"lokalpolisområde {lpo}", f"LPO {lpo}", f"Lokalpolisen i {lpo}"]
    lpo_txt = rng.choice(lpo_forms)
    title = rng.choice([
        f"Medborgarlöfte {kl} {per_txt}", f"Medborgarlöften {per_txt} – {kshort}", f"{kshort} – medborgarlöfte {per_txt}",
        f"Medborgarlöfte för {kshort} och lokalpolisområde {lpo} {per_txt}"])
    B: list[str] = []  # source lines
    sections = []
    promises = []
    signatories = []

    def para(text: str):
        B.append(text)
        B.append("")

    def h2(text: str, role: str):
        B.append(f"## {text}")
        B.append("")
        sections.append({"heading": text, "role": role})

    def fill(text: str) -> str:
        return text.format(kl=kl, lpo=lpo, ort=ort)

    B.append(f"# {title}")
    B.append("")
    # --- intro / background
    budget = {1: 0, 2: 3, 3: 6, 4: 10, 5: 14}[pages_hint] + rng.randint(0, 1) + extra  # background paragraphs overall
    n_themes = {1: 2, 2: 2, 3: 3, 4: 4, 5: 5}[pages_hint]
    h2(rng.choice(["Inledning", "Bakgrund", "Varför ett medborgarlöfte?", "Om medborgarlöftet"]), "intro")
    period_forms = [f"Löftet gäller {per_txt}." if y1 != y2 else f"Löftet gäller under {y1}.",
                    f"Medborgarlöftet gäller 1 januari {y1} - 31 december {y2}.",
                    f"Löftet gäller {y1}-01-01—{y2}-12-31.",
                    f"Löftet gäller från januari {y1} fram till december {y2}."]
    bg = draw(bg_pool, _BG, 4)
    para(" ".join([fill(bg[0]), fill(bg[1]), rng.choice(period_forms)]))
    para(" ".join(fill(s) for s in bg[2:4]))
    budget -= 2
    if rng.random() < 0.3:
        B.append("Syftet är att:")
        B.append("")
        for s in ["öka tryggheten för dem som bor och vistas i kommunen", "minska brottsligheten på de platser invånarna pekat ut",
                  "göra samverkan mellan kommun och polis synlig"]:
            B.append(f"- {s}")
        B.append("")
    topics = rng.sample(list(_T), n_themes)
    themes = [(t, rng.choice(_THEME_NAMES[t])) for t in topics]
    # --- situation
    h2(rng.choice(["Lägesbild", "Så ser det ut", "Vad invånarna har berättat"]), "situation")
    subsections = rng.random() < 0.45
    if subsections:
        budget -= len(themes)
    while budget > 0:
        sents = draw(sit_pool, _SIT, rng.randint(3, 4))
        para(" ".join(fill(s) for s in sents))
        budget -= 1
        if budget > 0 and rng.random() < 0.35:
            para(" ".join(fill(s) for s in draw(bg_pool, _BG, 3)))
            budget -= 1
    if subsections:
        for topic, name in themes:
            B.append(f"### {name}")
            B.append("")
            para(" ".join(fill(x) for x in rng.sample(_SIT_TOPIC[topic], 2)))
    if rng.random() < 0.4:
        para("De problem som oftast nämndes var:")
        B.pop()
        B.append("")
        for p in rng.sample(_PROBLEMS, 4):
            B.append(f"- {p}")
        B.append("")
    if rng.random() < 0.35:
        para(rng.choice(["Arbetet har därför bedrivits med inriktning på:", "Prioriterade områden:"]))
        B.pop()
        B.append("")
        for t, name in themes:
            B.append(f"- {name.lower() if name != 'ANDT' else name}")
        B.append("")
    # --- pledges
    h2(rng.choice(["Medborgarlöften", f"Medborgarlöfte {per_txt}", "Våra löften", "Det här ska vi göra", "Löftet"]), "promises")
    layout = rng.choice(["leadin_themes", "subject_themes", "table", "nested", "att_flat", "nominal_flat", "paren_themes", "labels"])
    per_theme = {1: 2, 2: 3, 3: 3, 4: 3, 5: 3}[pages_hint]

    def slots(s: str) -> str:
        return s.format(n=_NUM[rng.choice([2, 3, 4, 5, 6])], per=rng.choice(["år", "termin", "halvår"]), ort=ort,
                        omr=rng.choice(["centrum", "stationsområdet", "de större bostadsområdena"]),
                        d=_NUM[rng.choice([3, 5, 10])], k=_NUM[rng.choice([2, 3])])

    used_tpl: dict = {}

    def pick(topic: str, k: int):
        pool = [x for x in _T[topic] if id(x) not in used_tpl]
        rng.shuffle(pool)
        out = []
        for tpl in pool[:k]:
            used_tpl[id(tpl)] = True
            inf, pres, nom, q, who, tps = tpl
            # fill slots identically in all three forms
            state = rng.getstate()
            inf_f = slots(inf)
            rng.setstate(state)
            pres_f = slots(pres)
            rng.setstate(state)
            nom_f = slots(nom)
            out.append((inf_f, pres_f, nom_f, q, who, tps))
        return out

    def actors_of(who: str) -> list[str]:
        return {"P": ["Polisen"], "K": ["Kommunen"], "B": ["Kommunen", "Polisen"]}.get(who, [who])

    def add(text, theme, actors, q, tps):
        promises.append({"text": text, "theme": theme, "actors": actors, "quantified": q, "topics": tps})

    def cap(s: str) -> str:
        return s[0].upper() + s[1:]

    if layout in ("att_flat", "nominal_flat"):
        if layout == "att_flat":
            para(f"{kl} och {lpo_txt} åtar sig att:" if not joint else f"Kommunerna och {lpo_txt} åtar sig att:")
        else:
            para(f"{kl} och lokalpolisområde {lpo} avger härmed löfte om:")
        B.pop()
        B.append("")
        for topic, name in themes:
            for inf, pres, nom, q, who, tps in pick(topic, per_theme - 1):
                t = f"att {inf}" if layout == "att_flat" else cap(nom)
                B.append(f"- {t}")
                add(t, None, ["Kommunen", "Polisen"], q, tps)
        B.append("")
    elif layout == "table":
        para(f"{kl} och {lpo_txt} lovar att genomföra följande aktiviteter under {per_txt}.")
        first = True
        for topic, name in themes:
            if first:
                B.append(f"| {name} | UTFÖRARE | ANSVARIG |")
                B.append("|---|---|---|")
                first = False
            else:
                B.append(f"| {name} | | |")
            for inf, pres, nom, q, who, tps in pick(topic, per_theme):
                if who == "P":
                    u, acts = "Polis", ["Polisen"]
                elif who == "K":
                    u, acts = "Kommun", ["Kommunen"]
                elif who == "B":
                    u, acts = rng.choice(["Polis/kommun", "Polis/ kommun", "Kommun/polis"]), ["Polisen", "Kommunen"]
                else:
                    u, acts = who, [who]
                a = rng.choice(["Polis", "Kommun"]) if who == "B" else ("Polis" if who == "P" else "Kommun")
                B.append(f"| {cap(nom)} | {u} | {a} |")
                add(cap(nom), name, acts, q, tps)
        B.append("")
    elif layout == "nested":
        para(f"{kl} och {lpo_txt} lovar gemensamt att arbeta med följande:")
        for i, (topic, name) in enumerate(themes, 1):
            B.append(f"{i}. {name}:")
            for inf, pres, nom, q, who, tps in pick(topic, per_theme):
                B.append(f"  - {inf}")
                add(inf, name, ["Kommunen", "Polisen"], q, tps)
        B.append("")
    else:
        for topic, name in themes:
            B.append(f"### {name}")
            B.append("")
            items = pick(topic, per_theme)
            if layout == "leadin_themes":
                groups = {}
                for it in items:
                    key = "K" if it[4] not in ("P", "B") and it[4] != "K" else it[4]
                    groups.setdefault(key, []).append(it)
                for key in ("P", "K", "B"):
                    if key not in groups:
                        continue
                    lead = {"P": rng.choice(["Polisen lovar att:", "Polisen ska:", "Polisen åtar sig att:"]),
                            "K": rng.choice(["Kommunen lovar att:", "Kommunen ska:", f"{kl} åtar sig att:" if not joint else "Kommunerna ska:"]),
                            "B": rng.choice(["Kommunen och polisen ska tillsammans:", "Vi lovar att:", "Detta gör vi genom att:"])}[key]
                    para(lead)
                    B.pop()
                    B.append("")
                    for inf, pres, nom, q, who, tps in groups[key]:
                        t = cap(inf) if lead.endswith("ska:") or lead.endswith("tillsammans:") else inf
                        B.append(f"- {t}")
                        acts = actors_of(key)
                        if who not in ("P", "K", "B") and rng.random() < 0.5:
                            B.append(f"  Ansvarig: {who}")
                            acts = [who]
                        add(t, name, acts, q, tps)
                    B.append("")
            elif layout == "subject_themes":
                numbered = rng.random() < 0.5
                for j, (inf, pres, nom, q, who, tps) in enumerate(items, 1):
                    r = rng.random()
                    if who == "P":
                        t, acts = (f"Polisen {pres}.", ["Polisen"]) if r < 0.6 else (f"Polisen ska i samverkan med kommunen {inf}.", ["Polisen"])
                    elif who == "K":
                        t, acts = (f"Kommunen {pres}.", ["Kommunen"]) if r < 0.6 else (f"Kommunen ska tillsammans med polisen {inf}.", ["Kommunen"])
                    elif who == "B":
                        t = rng.choice([f"Polisen och kommunen {pres}.", f"Vi {pres}.", f"Parterna {pres}.",
                                        f"Kommunen och polisen ska gemensamt {inf}."])
                        acts = ["Kommunen", "Polisen"]
                    else:
                        t, acts = (f"{who} {pres}.", [who]) if r < 0.7 else (f"{who} och polisen {pres}.", [who, "Polisen"])
                    B.append(f"{j}. {t}" if numbered else f"- {t}")
                    add(t, name, acts, q, tps)
                B.append("")
            elif layout == "paren_themes":
                para("Detta gör vi genom att:") if rng.random() < 0.5 else None
                for inf, pres, nom, q, who, tps in items:
                    tag = {"P": "Polis", "K": "Kommun", "B": rng.choice(["Polis, kommun", "Polis/kommun", "Kommun, polis"])}.get(who, who)
                    B.append(f"- {cap(inf)} ({tag})")
                    add(cap(inf), name, actors_of(who), q, tps)
                B.append("")
            else:  # labels
                for inf, pres, nom, q, who, tps in items:
                    tag = {"P": "Polis", "K": "Kommun", "B": "Polis och kommun"}.get(who, who)
                    B.append(f"- {tag}: {cap(inf)}.")
                    add(f"{cap(inf)}.", name, actors_of(who), q, tps)
                B.append("")
        if rng.random() < 0.5:
            topic, name = themes[0]
            extra = pick(topic, 1)
            if extra:
                inf, pres, nom, q, who, tps = extra[0]
                t = f"Polisen kommer under året att {inf}." if who == "P" else f"Kommunen kommer under löftesperioden att {inf}."
                para(t)
                add(t, None, ["Polisen"] if who == "P" else ["Kommunen"], q, tps)
    # --- goals / follow-up
    if rng.random() < 0.5:
        h2(rng.choice(["Mål och effekter", "Förväntade effekter"]), "goals")
        for topic, name in themes:
            B.append(f"- {name}: {_GOALS[topic]}")
        B.append("")
    h2(rng.choice(["Uppföljning", "Så följer vi upp löftet"]), "follow_up")
    para(" ".join(rng.sample(_FOLLOW, 2)))
    # --- signatures
    used: set = set()
    m = rng.choice([12, 1, 2, 3])
    sy = y1 - 1 if m == 12 else y1
    d = rng.randint(1, 28)
    iso = f"{sy}-{m:02d}-{d:02d}"
    place = ort
    dline = rng.choice([f"{place} den {d} {_MONTHS[m - 1]} {sy}", f"{place} {iso}", f"{place} den {d}/{m} {sy}"])
    ktitle = rng.choice(["Kommunstyrelsens ordförande", "Kommundirektör", "Kommunchef", "Biträdande kommundirektör"])
    ptitle = rng.choice(["Lokalpolisområdeschef", "Tf. lokalpolisområdeschef", f"Lokalpolisområdeschef {lpo}", "Kommunpolis"])
    kn, pn = _person(rng, used), _person(rng, used)
    sig = rng.choice(["side", "blocks", "comma", "slash"])
    B.append("::: sign")
    B.append(dline)
    B.append("")
    if sig == "side":
        B.append(f"{kn} || {pn}")
        B.append(f"{ktitle} || {ptitle}")
    elif sig == "slash":
        B.append(f"{kn} || {pn}")
        B.append(f"/{ktitle} || /{ptitle}")
    elif sig == "comma":
        B.append(f"{kn}, {ktitle.lower() if ktitle.startswith('Kommunstyrelsens') else ktitle}")
        B.append("")
        B.append(f"{pn}, {ptitle.lower() if ptitle.startswith('Lokal') else ptitle}")
    else:
        B.extend([kn, ktitle, members[0][1], "", pn, ptitle, f"Lokalpolisområde {lpo}"])
    B.append(":::")
    B.append("")
    kt = ktitle.lower() if sig == "comma" and ktitle.startswith("Kommunstyrelsens") else ktitle
    pt = ptitle.lower() if sig == "comma" and ptitle.startswith("Lokal") else ptitle
    signatories.append({"name": kn, "title": kt, "side": "kommun", "date": iso})
    signatories.append({"name": pn, "title": pt, "side": "polis", "date": iso})

    front = ["---"] + [f"{k}: {v}" for k, v in fm.items()] + ["---"]
    src = "\n".join(front + B).rstrip() + "\n"
    chrome = {
        "police": ["Javascript är inte påslaget", "Godkänn alla kakor", "Sök på polisen.se", "Lyssna på sidan", "Till toppen", "Relaterat"],
        "cms": ["Acceptera kakor", "Vad letar du efter?", "Lyssna på sidan", "Sidansvarig", "Till toppen", "Relaterat"],
        "news": ["Jag förstår", "Lyssna på sidan", "Dela på Facebook", "Fler nyheter", "Till toppen", "Relaterat"],
    }[style]
    txt = render_txt(parse_source(src))
    mnc = [c for c in chrome + ([hdr] if hdr else []) if c not in txt]
    if fm["footer"].startswith("Sida"):
        mnc.append("Sida 1 av ")
    gold = {
        "document": f"synth_{seed:05d}.txt",
        "title_any": [title],
        "municipalities": munis,
        "police_area": lpo,
        "period_start": y1,
        "period_end": y2,
        "sections": sections,
        "promises": promises,
        "signatories": signatories,
        "must_not_contain": mnc,
        "notes": f"synthetic; layout={layout}; signatures={sig}",
    }
    return src, gold



def synth_source(seed: int, pages_hint: int = 3) -> str:
    """Source markup for a random invented pledge (2–5 PDF pages)."""
    return synth_document(seed, pages_hint)[0]


def synth_gold(seed: int, pages_hint: int = 3) -> dict:
    """Gold annotation (corpus gold.json format) for synth_source(seed, pages_hint)."""
    return copy.deepcopy(synth_document(seed, pages_hint)[1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="render only corpus/NAME")
    ap.add_argument("--synth", type=int, help="render a synthetic document with this seed")
    ap.add_argument("--pages", type=int, default=3)
    ap.add_argument("--out", default="out/synth")
    a = ap.parse_args(argv)
    if a.synth is not None:
        import json
        doc = parse_source(synth_source(a.synth, a.pages))
        name = f"synth_{a.synth:05d}"
        paths = render_all(doc, a.out, name)
        (Path(a.out) / f"{name}.gold.json").write_text(
            json.dumps(synth_gold(a.synth, a.pages), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(paths["pdf"])
        return 0
    names = [a.only] if a.only else sorted(p.parent.name for p in CORPUS.glob("*/source.md"))
    for n in names:
        t0 = time.perf_counter()
        build_one(n)
        print(f"{n}: {time.perf_counter() - t0:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
