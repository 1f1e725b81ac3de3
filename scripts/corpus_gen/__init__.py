"""The corpus generator behind ``scripts/make_corpus.py`` (see there for the command).

It renders the invented *medborgarlöften* of ``corpus/<name>/source.md`` to .txt, .html and .pdf,
and invents synthetic documents (with their gold annotation) for the tests and the benchmark.

Modules
=======

``source``          the source markup (documented there) and its parser: ``parse_source(text) -> SourceDoc``
``render_txt``      ``render_txt(doc) -> str``
``render_html``     ``render_html(doc, name) -> bytes``, ``html_encoding(doc)``; the page templates
                    (site chrome around the content) are in ``html_pages``
``render_pdf``      ``render_pdf(doc) -> bytes`` with reportlab; the ``scan`` flag rasterises it
``build``           ``render_all(doc, outdir, name)``, ``build_one(name)``: the three renderings on disk
``synth``           ``synth_source(seed, pages_hint) -> str`` and ``synth_gold(seed, pages_hint) -> dict``
``synth_doc``       the synthetic document being written (its facts, source lines and gold)
``synth_pledges``   the pledge section of a synthetic document, in one of eight layouts
``data``            the vocabulary: municipalities, names, background and situation sentences
``pledge_phrases``  the pledge phrases by theme, each in three grammatical forms

Output is deterministic: the same source gives byte-identical files (reportlab runs with
``invariant=1``; the scanned variant uses fixed dates and a seeded noise generator).
"""

from .build import CORPUS, build_one, render_all
from .render_html import html_encoding, render_html
from .render_pdf import render_pdf
from .render_txt import render_txt
from .source import Block, Item, SourceDoc, parse_source, strip_inline
from .synth import synth_document, synth_gold, synth_source

__all__ = [
    "CORPUS",
    "Block",
    "Item",
    "SourceDoc",
    "build_one",
    "html_encoding",
    "parse_source",
    "render_all",
    "render_html",
    "render_pdf",
    "render_txt",
    "strip_inline",
    "synth_document",
    "synth_gold",
    "synth_source",
]
