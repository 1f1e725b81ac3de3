#!/usr/bin/env python3
"""Render the test corpus of invented *medborgarlöften* to .txt, .html and .pdf.

Usage::

    python scripts/make_corpus.py               # every corpus/<name>/source.md
    python scripts/make_corpus.py --only NAME   # one document
    python scripts/make_corpus.py --synth 7 --pages 3 --out /tmp/x   # a synthetic doc

Every document lives in ``corpus/<name>/source.md`` (the markup is described in
``scripts/corpus_gen/source.py``); the renderings are written next to it as
``<name>.txt``, ``<name>.html`` and ``<name>.pdf``.  The generator itself is the
package ``scripts/corpus_gen/`` (its ``__init__`` lists the modules); this file is
the command, and what the tests and ``scripts/bench.py`` load.

Library use: ``parse_source(text) -> SourceDoc``, ``render_all(doc, outdir,
name)``, ``render_txt``/``render_html``/``render_pdf``, ``synth_source(seed,
pages_hint) -> str`` (a random invented pledge) and ``synth_gold(seed,
pages_hint) -> dict`` (its gold annotation, same format as corpus/*/gold.json).
"""

import argparse
import json
import sys
import time
from pathlib import Path

# the tests and the benchmark load this file by path, so the package next to it is not importable yet
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_gen import (
    CORPUS,
    Block,
    Item,
    SourceDoc,
    build_one,
    html_encoding,
    parse_source,
    render_all,
    render_html,
    render_pdf,
    render_txt,
    strip_inline,
    synth_document,
    synth_gold,
    synth_source,
)

__all__ = [
    "CORPUS",
    "Block",
    "Item",
    "SourceDoc",
    "build_one",
    "html_encoding",
    "main",
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


def _write_synthetic(seed: int, pages: int, out: str) -> Path:
    """Render the synthetic document for (seed, pages) into out, with its gold annotation; return the PDF."""
    doc = parse_source(synth_source(seed, pages))
    name = f"synth_{seed:05d}"
    paths = render_all(doc, out, name)
    gold = json.dumps(synth_gold(seed, pages), ensure_ascii=False, indent=1) + "\n"
    (Path(out) / f"{name}.gold.json").write_text(gold, encoding="utf-8")
    return paths["pdf"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--only", help="render only corpus/NAME")
    ap.add_argument("--synth", type=int, help="render a synthetic document with this seed")
    ap.add_argument("--pages", type=int, default=3)
    ap.add_argument("--out", default="out/synth")
    a = ap.parse_args(argv)
    if a.synth is not None:
        print(_write_synthetic(a.synth, a.pages, a.out))
        return 0
    names = [a.only] if a.only else sorted(p.parent.name for p in CORPUS.glob("*/source.md"))
    for n in names:
        t0 = time.perf_counter()
        build_one(n)
        print(f"{n}: {time.perf_counter() - t0:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
