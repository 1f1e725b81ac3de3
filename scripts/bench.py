#!/usr/bin/env python3
"""The benchmark behind `make bench` (not part of the tests).

Two corpora, made with the project's own generator (scripts/make_corpus.py)
into bench-out/ (reused when already there):

* ``short``: N PDFs and N web pages of one to two pages, like most real pledges
  (fixed costs per document show);
* ``long``: N PDFs of 2-5 pages (about a third with UTFÖRARE/ANSVARIG
  tables) and N web pages of two.

For each corpus it

1. times bare text extraction of the PDFs with pdfplumber
   (``page.extract_text()``) and with pypdfium2 (``get_text_range()``),
   with the same number of processes as the pipeline;
2. runs the full pipeline (``pledgeparse.batch.run_batch``) on the PDFs and
   on the web pages, into fresh output folders;
3. runs it again on both with nothing changed;
4. prints documents/s, pages/s, the ratios against the targets, the re-run
   time and the peak RSS of the whole process tree (sampled from /proc
   every 50 ms);

and at the end the table for the README.

usage: python scripts/bench.py [--docs 300] [--jobs N] [--corpus short|long|both] [--out bench-out]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import shutil
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus"] = module
    spec.loader.exec_module(module)
    return module


def _render(args: tuple[int, int, str]) -> None:
    seed, pages, folder = args
    gen = _generator()
    doc = gen.parse_source(gen.synth_source(seed, pages))
    name = f"synth_{seed:05d}"
    if folder.endswith("pdf"):
        (Path(folder) / f"{name}.pdf").write_bytes(gen.render_pdf(doc))
    else:
        (Path(folder) / f"{name}.html").write_bytes(gen.render_html(doc, name))


@dataclass(frozen=True)
class Corpus:
    name: str
    folder: str
    #: First seed of the PDFs and of the web pages, and the pages hint per seed.
    pdf_seeds: int
    html_seeds: int
    pdf_pages: Callable[[int], int]
    html_pages: int


CORPORA = {
    "short": Corpus("short (1-2 pages)", "corpus-short", 20_001, 30_001, lambda seed: 1, 1),
    "long": Corpus("long (2-5 pages)", "corpus", 1, 10_001, lambda seed: 2 + seed % 4, 2),
}


def generate(corpus: Corpus, root: Path, n: int, jobs: int) -> tuple[list[Path], list[Path]]:
    pdf_dir, html_dir = root / corpus.folder / "pdf", root / corpus.folder / "html"
    pdf_dir.mkdir(parents=True, exist_ok=True)
    html_dir.mkdir(parents=True, exist_ok=True)
    pdf_seeds = range(corpus.pdf_seeds, corpus.pdf_seeds + n)
    html_seeds = range(corpus.html_seeds, corpus.html_seeds + n)
    work = [(s, corpus.pdf_pages(s), str(pdf_dir)) for s in pdf_seeds if not (pdf_dir / f"synth_{s:05d}.pdf").exists()]
    work += [
        (s, corpus.html_pages, str(html_dir)) for s in html_seeds if not (html_dir / f"synth_{s:05d}.html").exists()
    ]
    if work:
        with ProcessPoolExecutor(jobs, mp_context=get_context("fork")) as pool:
            list(pool.map(_render, work, chunksize=8))
    pdfs = [pdf_dir / f"synth_{s:05d}.pdf" for s in pdf_seeds]
    htmls = [html_dir / f"synth_{s:05d}.html" for s in html_seeds]
    return pdfs, htmls


def _plumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def _pdfium(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for page in pdf:
            page.get_textpage().get_text_range()
        return len(pdf)
    finally:
        pdf.close()


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children: less moved by a busy machine than wall time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bare(paths: list[Path], jobs: int, fn) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    with ProcessPoolExecutor(jobs, mp_context=get_context("fork")) as pool:
        pages = sum(pool.map(fn, paths, chunksize=4))
    return time.perf_counter() - started, pages


class RssSampler:
    """Peak resident memory of this process and all its descendants."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _tree(self, pid: int) -> list[int]:
        pids = [pid]
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in children:
                pids.extend(self._tree(int(child)))
        return pids

    def _rss(self) -> int:
        total = 0
        for pid in self._tree(os.getpid()):
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            except OSError:
                continue
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            time.sleep(0.05)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Figures:
    corpus: str
    pdfs: int
    pages: int
    htmls: int
    plumber_s: float
    pdfium_s: float
    pdf_s: float
    html_s: float
    rerun_s: float
    peak_rss: int
    failures: int

    @property
    def ratio(self) -> float:
        return self.pdf_s / self.plumber_s

    @property
    def html_rate(self) -> float:
        return self.htmls / self.html_s


def measure(corpus: Corpus, root: Path, n: int, jobs: int) -> Figures:
    from pledgeparse.batch import run_batch

    started = time.perf_counter()
    pdfs, htmls = generate(corpus, root, n, jobs)
    print(
        f"\n== {corpus.name}: {len(pdfs)} PDFs, {len(htmls)} web pages ({time.perf_counter() - started:.1f} s to generate or find)"
    )
    out = root / f"dataset-{corpus.folder}"
    with RssSampler() as rss:
        cpu0 = cpu_seconds()
        plumber_s, pages = bare(pdfs, jobs, _plumber)
        plumber_cpu = cpu_seconds() - cpu0
        pdfium_s, _ = bare(pdfs, jobs, _pdfium)
        for name in ("pdf", "html"):
            shutil.rmtree(out / name, ignore_errors=True)
        t0, cpu0 = time.perf_counter(), cpu_seconds()
        pdf_run = run_batch(pdfs, out / "pdf", jobs=jobs)
        pdf_s, pdf_cpu = time.perf_counter() - t0, cpu_seconds() - cpu0
        t0 = time.perf_counter()
        html_run = run_batch(htmls, out / "html", jobs=jobs)
        html_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = [run_batch(pdfs, out / "pdf", jobs=jobs), run_batch(htmls, out / "html", jobs=jobs)]
        rerun_s = time.perf_counter() - t0
    figures = Figures(
        corpus.name, len(pdfs), pages, len(htmls), plumber_s, pdfium_s, pdf_s, html_s, rerun_s, rss.peak,
        len(pdf_run.failures) + len(html_run.failures),
    )  # fmt: skip
    print(f"bare pdfplumber extract_text: {plumber_s:.2f} s for {len(pdfs)} PDFs, {pages} pages ({jobs} processes)")
    print(f"bare pypdfium2 get_text_range: {pdfium_s:.2f} s ({jobs} processes)")
    print(
        f"pipeline on PDFs: {pdf_s:.2f} s, {len(pdfs) / pdf_s:.1f} documents/s, {pages / pdf_s:.1f} pages/s, "
        f"{pdf_run.documents} documents, {len(pdf_run.failures)} failures"
    )
    print(f"  ratio to pdfplumber: {figures.ratio:.2f}x   (target <= 1.2x); in CPU time {pdf_cpu / plumber_cpu:.2f}x")
    print(f"  ratio to pypdfium2:  {pdf_s / pdfium_s:.2f}x")
    print(
        f"pipeline on web pages: {html_s:.2f} s, {figures.html_rate:.1f} documents/s   (target >= 200/s), "
        f"{html_run.documents} documents, {len(html_run.failures)} failures"
    )
    print(
        f"second run, nothing changed: {rerun_s:.2f} s for {len(pdfs) + len(htmls)} documents "
        f"({sum(r.parsed for r in again)} parsed again)   (target < 2 s)"
    )
    print(f"peak RSS, whole process tree: {rss.peak / 2**20:.0f} MiB")
    return figures


def readme_table(rows: list[Figures], jobs: int) -> str:
    lines = [
        f"Measured on {os.cpu_count()} cores with {jobs} worker processes (`make bench`):",
        "",
        "| corpus | PDF vs bare pdfplumber | PDF documents/s | web pages/s | re-run, nothing changed | peak RSS |",
        "|---|---|---|---|---|---|",
    ]
    for f in rows:
        lines.append(
            f"| {f.corpus}, {f.pdfs} PDFs + {f.htmls} pages | {f.ratio:.2f}x | {f.pdfs / f.pdf_s:.1f} | "
            f"{f.html_rate:.0f} | {f.rerun_s:.2f} s | {f.peak_rss / 2**20:.0f} MiB |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300, help="PDFs and web pages each, per corpus (default 300)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--corpus", choices=("short", "long", "both"), default="both")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    args = parser.parse_args(argv)

    from pledgeparse.startup import skip_pandas_probe

    skip_pandas_probe()  # as `pledgeparse parse` does: the pipeline never hands pyarrow pandas objects
    print(f"machine: {os.cpu_count()} cores; jobs: {args.jobs}")
    names = ("short", "long") if args.corpus == "both" else (args.corpus,)
    rows = [measure(CORPORA[name], args.out, args.docs, args.jobs) for name in names]
    print("\n" + readme_table(rows, args.jobs))
    missed = [f.corpus for f in rows if f.ratio > 1.2 or f.html_rate < 200 or f.rerun_s >= 2]
    if missed:
        print(f"\ntargets missed on: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
