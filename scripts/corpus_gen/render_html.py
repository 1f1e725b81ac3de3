"""HTML rendering (``<name>.html``): the document's content inside one of three site templates."""

from .html_pages import PAGES
from .source import Block, Item, SourceDoc
from .source import xml_inline as e


def _items_html(h: list[str], items: list[Item], depth: int) -> None:
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
                _items_html(h, it.children, depth + 2)
                h.append(f"{ind}  </li>")
            else:
                h.append(f"{ind}  <li>{body}</li>")
        h.append(f"{ind}</{'ol' if g[0].ordered else 'ul'}>")


def _table_html(b: Block, style: str) -> list[str]:
    ncol = len(b.rows[0])
    h = ['<table class="table">']
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
    return h


def _sign_columns_html(b: Block) -> list[str]:
    """Two signature columns as SiteVision columns (the cms style)."""
    h = []
    pre: list[str] = []
    left: list[str] = []
    right: list[str] = []
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
    return h


def _sign_table_html(b: Block) -> list[str]:
    h = ['<table class="signatures" role="presentation">']
    for r in b.rows:
        if not r:
            continue
        if len(r) == 1:
            h.append(f'<tr><td colspan="2">{e(r[0])}</td></tr>')
        else:
            h.append(f"<tr><td>{e(r[0])}</td><td>{e(r[1])}</td></tr>")
    h.append("</table>")
    return h


def _sign_html(b: Block, style: str) -> list[str]:
    if not any(len(r) > 1 for r in b.rows):
        return ['<p class="signatures">' + "<br>\n".join(e(r[0]) if r else "" for r in b.rows) + "</p>"]
    if style == "cms":
        return _sign_columns_html(b)
    return _sign_table_html(b)


_HEADING_TAGS = {"title": "h1", "h2": "h2", "h3": "h3"}


def _content_html(doc: SourceDoc, style: str) -> str:
    h: list[str] = []
    for b in doc.blocks:
        if b.kind in _HEADING_TAGS:
            tag = _HEADING_TAGS[b.kind]
            h.append(f"<{tag}>{e(b.text)}</{tag}>")
        elif b.kind == "para":
            h.append("<p>" + "<br>\n".join(e(x) for x in b.lines) + "</p>")
        elif b.kind == "list":
            _items_html(h, b.items, 0)
        elif b.kind == "table":
            h.extend(_table_html(b, style))
        elif b.kind == "sign":
            h.extend(_sign_html(b, style))
        elif b.kind == "furniture":
            h.append('<p class="sidhuvud">' + "<br>\n".join(e(x) for x in b.lines) + "</p>")
    return "\n".join(h)


def html_encoding(doc: SourceDoc) -> str:
    enc = doc.meta.get("html_encoding", "utf-8").strip().lower()
    return "windows-1252" if enc in ("windows-1252", "cp1252") else "utf-8"


def render_html(doc: SourceDoc, name: str) -> bytes:
    style = doc.meta.get("html_style", "police").strip()
    if style not in PAGES:
        style = "police"
    enc = html_encoding(doc)
    site = doc.meta.get("html_site") or {"police": "Polisen", "cms": "Kommunen", "news": "Kommunen"}[style]
    meta_tag = "" if str(doc.meta.get("html_meta", "")).lower() == "false" else f'<meta charset="{enc}">\n'
    content = _content_html(doc, style)
    page = PAGES[style](doc, content, name, site, meta_tag)
    if enc == "windows-1252":
        return page.encode("cp1252", errors="xmlcharrefreplace")
    return page.encode("utf-8")
