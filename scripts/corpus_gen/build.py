"""The three renderings of a document on disk: ``<name>.txt``, ``<name>.html`` and ``<name>.pdf``."""

from pathlib import Path

from .render_html import render_html
from .render_pdf import render_pdf
from .render_txt import render_txt
from .source import SourceDoc, parse_source

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def render_all(doc: SourceDoc, outdir: str | Path, name: str) -> dict[str, Path]:
    """Write <name>.txt, <name>.html and <name>.pdf into outdir; return their paths."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = {"txt": outdir / f"{name}.txt", "html": outdir / f"{name}.html", "pdf": outdir / f"{name}.pdf"}
    paths["txt"].write_bytes(render_txt(doc).encode("utf-8"))
    paths["html"].write_bytes(render_html(doc, name))
    paths["pdf"].write_bytes(render_pdf(doc))
    return paths


def build_one(name: str, corpus: Path = CORPUS) -> dict[str, Path]:
    """Render corpus/<name>/source.md next to it."""
    src = (corpus / name / "source.md").read_text(encoding="utf-8")
    return render_all(parse_source(src), corpus / name, name)
