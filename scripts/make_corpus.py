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
from __future__ import annotations

import argparse
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
        if a in _VOW and b not in _VOW and c in _VOW:
            cuts.append(k)
        elif a not in _VOW and b not in _VOW and c in _VOW and w[k - 2].lower() in _VOW:
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
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

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

# SYNTH-SECTION


def synth_source(seed: int, pages_hint: int = 3) -> str:
    """Source markup for a random invented pledge (2–5 PDF pages)."""
    return synth_document(seed, pages_hint)[0]


def synth_gold(seed: int, pages_hint: int = 3) -> dict:
    """Gold annotation (corpus gold.json format) for synth_source(seed, pages_hint)."""
    return synth_document(seed, pages_hint)[1]


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
