#!/usr/bin/env python3
"""The benchmark behind `make bench` (not part of the tests).

One run:

1. generates a corpus with the project's own generator (scripts/make_corpus.py):
   N PDFs of 2-5 pages (about a third with UTFÖRARE/ANSVARIG tables) and N
   HTML pages, into bench-out/corpus (reused when already there);
2. times bare text extraction of the PDFs with pdfplumber
   (``page.extract_text()``) and with pypdfium2 (``get_text_range()``),
   with the same number of processes as the pipeline;
3. runs the full pipeline (``pledgeparse.batch.run_batch``) on the PDFs and
   on the HTML pages, into fresh output folders;
4. runs it again on all of them with nothing changed;
5. prints documents/s, pages/s, the ratios, the re-run time and the peak RSS
   of the whole process tree (sampled from /proc every 50 ms).

usage: python scripts/bench.py [--docs 300] [--jobs N] [--out bench-out]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
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


def generate(corpus: Path, n: int, jobs: int) -> tuple[list[Path], list[Path]]:
    pdf_dir, html_dir = corpus / "pdf", corpus / "html"
    pdf_dir.mkdir(parents=True, exist_ok=True)
    html_dir.mkdir(parents=True, exist_ok=True)
    work = [(seed, 2 + seed % 4, str(pdf_dir)) for seed in range(1, n + 1) if not (pdf_dir / f"synth_{seed:05d}.pdf").exists()]
    work += [(seed, 2, str(html_dir)) for seed in range(10_001, 10_001 + n) if not (html_dir / f"synth_{seed:05d}.html").exists()]
    if work:
        with ProcessPoolExecutor(jobs, mp_context=get_context("fork")) as pool:
            list(pool.map(_render, work, chunksize=8))
    pdfs = sorted(pdf_dir.glob("*.pdf"))[:n]
    htmls = sorted(html_dir.glob("*.html"))[:n]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300, help="PDFs and HTML pages each (default 300)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-out")
    args = parser.parse_args(argv)

    from pledgeparse.batch import run_batch

    print(f"machine: {os.cpu_count()} cores; jobs: {args.jobs}")
    started = time.perf_counter()
    pdfs, htmls = generate(args.out / "corpus", args.docs, args.jobs)
    print(f"corpus: {len(pdfs)} PDFs, {len(htmls)} HTML pages ({time.perf_counter() - started:.1f} s to generate or find)")

    with RssSampler() as rss:
        plumber_s, pages = bare(pdfs, args.jobs, _plumber)
        pdfium_s, _ = bare(pdfs, args.jobs, _pdfium)
        for name in ("pdf", "html"):
            shutil.rmtree(args.out / f"dataset-{name}", ignore_errors=True)
        t0 = time.perf_counter()
        pdf_run = run_batch(pdfs, args.out / "dataset-pdf", jobs=args.jobs)
        pdf_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        html_run = run_batch(htmls, args.out / "dataset-html", jobs=args.jobs)
        html_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        again_pdf = run_batch(pdfs, args.out / "dataset-pdf", jobs=args.jobs)
        again_html = run_batch(htmls, args.out / "dataset-html", jobs=args.jobs)
        rerun_s = time.perf_counter() - t0

    print(f"bare pdfplumber extract_text: {plumber_s:.2f} s for {len(pdfs)} PDFs, {pages} pages ({args.jobs} processes)")
    print(f"bare pypdfium2 get_text_range: {pdfium_s:.2f} s ({args.jobs} processes)")
    print(
        f"pipeline on PDFs: {pdf_s:.2f} s, {len(pdfs) / pdf_s:.1f} documents/s, {pages / pdf_s:.1f} pages/s, "
        f"{pdf_run.documents} documents, {len(pdf_run.failures)} failures"
    )
    print(f"  ratio to pdfplumber: {pdf_s / plumber_s:.2f}x   (target <= 1.2x)")
    print(f"  ratio to pypdfium2:  {pdf_s / pdfium_s:.2f}x")
    print(
        f"pipeline on HTML: {html_s:.2f} s, {len(htmls) / html_s:.1f} documents/s   (target >= 100/s), "
        f"{html_run.documents} documents, {len(html_run.failures)} failures"
    )
    print(
        f"second run, nothing changed: {rerun_s:.2f} s for {len(pdfs) + len(htmls)} documents "
        f"({again_pdf.parsed + again_html.parsed} parsed again)   (target < 5 s)"
    )
    print(f"peak RSS, whole process tree: {rss.peak / 2**20:.0f} MiB   (target < 1024 MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
