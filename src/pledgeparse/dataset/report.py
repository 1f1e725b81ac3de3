"""One static HTML report of an output folder: no server, no internet.

The figures are computed here from the Parquet tables and embedded as JSON;
a few dozen lines of inline JavaScript draw them as SVG when the page opens
(no library, no CDN). Charts: pledges per year and topic, actors' shares,
share of quantified pledges per year; tables: municipalities with links to
their sources, failures. Figures count works, not documents: one document
per work (``documents.is_primary``, see :mod:`pledgeparse.dataset.works`), each
pledge in its own first year.
"""

from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from pledgeparse import PIPELINE_VERSION, __version__
from pledgeparse.extract.topics import TAXONOMY

TOPIC_LABELS = {t.code: t.label for t in TAXONOMY} | {"other": "Övrigt"}


def _rows(out_dir: Path, name: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    path = out_dir / f"{name}.parquet"
    return pq.read_table(path).to_pylist() if path.exists() else []


def primary_rows(out_dir: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Documents, and the pledges and actors of one document per work (``is_primary``).

    A folder written before works existed has no ``is_primary``: each of its
    documents counts."""
    documents = _rows(out_dir, "documents")
    primary = {d["doc_id"] for d in documents if d.get("is_primary", True)}
    promises = [p for p in _rows(out_dir, "promises") if p["doc_id"] in primary]
    actors = [a for a in _rows(out_dir, "actors") if a["doc_id"] in primary]
    return documents, promises, actors


def figures(out_dir: Path) -> dict[str, Any]:
    """Everything the report shows, as plain data (also handy for tests).

    Every figure counts works, not documents: the same pledge published as a
    web page and a PDF counts once, and each pledge counts in its own first
    year (``promises.period_start``, else its document's)."""
    documents, promises, actors = primary_rows(out_dir)
    failures = _rows(out_dir, "failures")
    year_of = {d["doc_id"]: d.get("period_start") for d in documents}

    per_year_topic: dict[int, Counter[str]] = defaultdict(Counter)
    quantified: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    per_year: Counter[int] = Counter()
    for promise in promises:
        year = promise.get("period_start") or year_of.get(promise["doc_id"])
        if year is None:
            continue
        per_year[year] += 1
        for topic in promise.get("topics") or ["other"]:
            per_year_topic[year][topic] += 1
        quantified[year][0] += bool(promise.get("quantified"))
        quantified[year][1] += 1
    years = sorted(per_year_topic)
    topics = [t for t in TOPIC_LABELS if any(per_year_topic[y][t] for y in years)]

    actor_types = Counter(a["actor_type"] for a in actors)
    top_actors = Counter(a["actor"] for a in actors).most_common(12)

    municipalities = _municipalities(documents, Counter(p["doc_id"] for p in promises))
    works = sum(1 for d in documents if d.get("is_primary", True))
    return {
        "summary": {
            "documents": len(documents),
            "works": works,
            "pledges": len(promises),
            "municipalities": len([m for m in municipalities if m["name"] != "(okänd)"]),
            "failures": len(failures),
        },
        "pledges_per_year": [{"label": str(y), "value": per_year[y]} for y in sorted(per_year)],
        "per_year_topic": {
            "years": years,
            "series": [
                {"key": t, "label": TOPIC_LABELS[t], "values": [per_year_topic[y][t] for y in years]} for t in topics
            ],
        },
        "actor_types": [{"label": k, "value": v} for k, v in actor_types.most_common()],
        "top_actors": [{"label": k, "value": v} for k, v in top_actors],
        "quantified": [
            {"label": str(y), "value": round(quantified[y][0] / quantified[y][1], 3) if quantified[y][1] else 0}
            for y in sorted(quantified)
        ],
        "municipalities": municipalities,
        "failures": [{"source": f["source"], "stage": f["stage"], "error": f["error"]} for f in failures],
    }


def _municipalities(documents: list[dict[str, Any]], pledges_per_doc: Counter[str]) -> list[dict[str, Any]]:
    """One line per municipality: its works, their pledges, and every document of them as a source."""
    by_work: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in documents:
        by_work[doc.get("work_id") or doc["doc_id"]].append(doc)
    out: dict[str, dict[str, Any]] = {}
    for doc in documents:
        if not doc.get("is_primary", True):
            continue
        for name in doc.get("municipalities") or ["(okänd)"]:
            entry = out.setdefault(name, {"name": name, "works": 0, "pledges": 0, "sources": []})
            entry["works"] += 1
            entry["pledges"] += pledges_per_doc[doc["doc_id"]]
            period = f"{doc.get('period_start') or '?'}–{doc.get('period_end') or '?'}"
            for member in by_work[doc.get("work_id") or doc["doc_id"]]:
                href = member.get("source_url") or member["source"]
                entry["sources"].append({"href": href, "label": f"{period} ({member['format']})"})
    return sorted(out.values(), key=lambda m: m["name"])


SCRIPT = """
const data = JSON.parse(document.getElementById('figures').textContent);
const NS = 'http://www.w3.org/2000/svg';
const PALETTE = ['#1b6ca8','#e07a1f','#3a9d5d','#c4314b','#7b5ea7','#8c6d31','#d45fa0','#6b7b8c',
                 '#b5b82e','#2bb3c0','#a0522d','#556b2f','#9467bd','#999999'];
function el(name, attrs, parent) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}
function svgIn(id, width, height) {
  const svg = el('svg', {viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'chart'});
  document.getElementById(id).appendChild(svg);
  return svg;
}
function text(svg, x, y, s, extra) {
  const t = el('text', Object.assign({x, y, 'font-size': 11}, extra || {}), svg); t.textContent = s; return t;
}
function stacked(id, years, series) {
  const W = 760, H = 300, L = 40, B = 30, T = 10, R = 230;
  const svg = svgIn(id, W, H);
  const totals = years.map((_, i) => series.reduce((s, se) => s + se.values[i], 0));
  const max = Math.max(1, ...totals);
  const bw = (W - L - R) / Math.max(1, years.length);
  years.forEach((year, i) => {
    let y = H - B;
    series.forEach((se, k) => {
      const h = (H - B - T) * se.values[i] / max;
      if (h > 0) {
        const r = el('rect', {x: L + i * bw + 4, y: y - h, width: bw - 8, height: h, fill: PALETTE[k % PALETTE.length], class: 'bar'}, svg);
        el('title', {}, r).textContent = `${year} ${se.label}: ${se.values[i]}`;
      }
      y -= h;
    });
    text(svg, L + i * bw + bw / 2, H - B + 14, year, {'text-anchor': 'middle'});
  });
  text(svg, L - 6, T + 8, max, {'text-anchor': 'end'});
  series.forEach((se, k) => {
    el('rect', {x: W - R + 10, y: T + k * 16, width: 10, height: 10, fill: PALETTE[k % PALETTE.length]}, svg);
    text(svg, W - R + 26, T + k * 16 + 9, se.label);
  });
}
function bars(id, items, format) {
  const W = 720, row = 22, L = 220, H = Math.max(row, items.length * row + 10);
  const svg = svgIn(id, W, H);
  const max = Math.max(1e-9, ...items.map(d => d.value));
  items.forEach((d, i) => {
    const w = (W - L - 70) * d.value / max;
    const r = el('rect', {x: L, y: i * row + 4, width: Math.max(w, 1), height: row - 8, fill: PALETTE[0], class: 'bar'}, svg);
    el('title', {}, r).textContent = `${d.label}: ${format(d.value)}`;
    text(svg, L - 6, i * row + 15, d.label, {'text-anchor': 'end'});
    text(svg, L + w + 6, i * row + 15, format(d.value));
  });
}
stacked('chart-year-topic', data.per_year_topic.years, data.per_year_topic.series);
const total = data.actor_types.reduce((s, d) => s + d.value, 0) || 1;
bars('chart-actor-types', data.actor_types, v => `${Math.round(100 * v / total)} %`);
bars('chart-top-actors', data.top_actors, v => `${v}`);
bars('chart-quantified', data.quantified, v => `${Math.round(100 * v)} %`);
document.body.dataset.chartsDrawn = document.querySelectorAll('svg.chart').length;
"""

STYLE = """
body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 2rem auto; max-width: 960px;
       color: #1d232a; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; font-size: 1.2rem; }
.meta { color: #5b6570; font-size: .9rem; }
.cards { display: flex; gap: 1rem; margin: 1.2rem 0; }
.card { flex: 1; background: #f2f5f8; border-radius: 8px; padding: .8rem 1rem; }
.card b { display: block; font-size: 1.6rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #dde3e8; vertical-align: top; }
th { background: #f2f5f8; } svg.chart text { fill: #1d232a; } .empty { color: #5b6570; }
"""


def render(out_dir: Path) -> str:
    data = figures(out_dir)
    esc = html.escape
    summary = data["summary"]
    cards = "".join(
        f'<div class="card"><b>{summary[k]}</b>{label}</div>'
        for k, label in (
            ("works", "löftesdokument"),
            ("documents", "filer och sidor"),
            ("pledges", "löften"),
            ("municipalities", "kommuner"),
            ("failures", "fel"),
        )
    )
    municipality_rows = "".join(
        f"<tr><td>{esc(m['name'])}</td><td>{m['works']}</td><td>{m['pledges']}</td><td>"
        + ", ".join(f'<a href="{esc(s["href"], quote=True)}">{esc(s["label"])}</a>' for s in m["sources"])
        + "</td></tr>"
        for m in data["municipalities"]
    )
    year_rows = "".join(f"<tr><td>{y['label']}</td><td>{y['value']}</td></tr>" for y in data["pledges_per_year"])
    failure_rows = (
        "".join(
            f"<tr><td>{esc(f['source'])}</td><td>{esc(f['stage'])}</td><td>{esc(f['error'])}</td></tr>"
            for f in data["failures"]
        )
        or '<tr><td colspan="3" class="empty">Inga fel.</td></tr>'
    )
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Medborgarlöften – rapport</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>
<body>
<h1>Medborgarlöften</h1>
<p class="meta">{esc(str(out_dir))} · pledgeparse {__version__} (pipeline {PIPELINE_VERSION})</p>
<div class="cards">{cards}</div>
<h2>Löften per år</h2>
<table><thead><tr><th>År</th><th>Löften</th></tr></thead><tbody>{year_rows}</tbody></table>
<h2>Löften per år och ämne</h2><div id="chart-year-topic"></div>
<h2>Aktörer: andel per typ</h2><div id="chart-actor-types"></div>
<h2>Vanligaste aktörerna</h2><div id="chart-top-actors"></div>
<h2>Andel kvantifierade löften per år</h2><div id="chart-quantified"></div>
<h2>Kommuner</h2>
<table><thead><tr><th>Kommun</th><th>Löftesdokument</th><th>Löften</th><th>Källor</th></tr></thead><tbody>{municipality_rows}</tbody></table>
<h2>Fel</h2>
<table><thead><tr><th>Källa</th><th>Steg</th><th>Fel</th></tr></thead><tbody>{failure_rows}</tbody></table>
<script type="application/json" id="figures">{payload}</script>
<script>{SCRIPT}</script>
</body></html>
"""


def write_report(out_dir: Path, target: Path) -> Path:
    target.write_text(render(out_dir), encoding="utf-8")
    return target
