"""Command line: a thin layer over the library. Each command parses its
arguments, calls one library function and reports; errors become exit codes.

Exit codes: 0 everything worked; 1 some input failed (see failures.parquet);
2 usage error; 130 stopped by Ctrl-C (SIGINT), 143 by SIGTERM
(:mod:`pledgeparse.stopping`), after one line saying what was not done.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pledgeparse import PIPELINE_VERSION, __version__

if TYPE_CHECKING:
    from pledgeparse.settings import Settings
    from pledgeparse.stopping import Interrupted

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Swedish medborgarlöften (citizen pledges) into a structured Parquet dataset.",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pledgeparse {__version__} (pipeline {PIPELINE_VERSION})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log more.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    from pledgeparse.startup import freeze_at_exit

    freeze_at_exit()


def _stopped(stop: Interrupted, fallback: str) -> typer.Exit:
    """Ctrl-C or SIGTERM: say what was not done, exit with 128 + the signal number."""
    typer.echo(stop.detail or fallback, err=True)
    return typer.Exit(stop.exit_code)


@app.command()
def parse(
    paths: Annotated[
        list[Path], typer.Argument(help="Files (.txt, .html, .htm, .pdf) and folders, walked recursively.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for the Parquet tables.")] = Path("out"),
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Parse every input again, even if unchanged.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")] = False,
) -> None:
    """Parse documents into Parquet tables.

    Inputs unchanged since the last run into the same folder (same bytes,
    same pipeline version) are not parsed again.

    Example: pledgeparse parse corpus/ downloads/*.pdf --out out --jobs 2
    """
    from pledgeparse.batch import run_batch
    from pledgeparse.errors import PledgeparseError
    from pledgeparse.settings import Settings
    from pledgeparse.startup import skip_pandas_probe
    from pledgeparse.stopping import Interrupted, dataset_kept, stop_on_signals

    skip_pandas_probe()
    try:
        with stop_on_signals():
            summary = run_batch(paths, out, Settings.from_env(), jobs=jobs, force=force, quiet=quiet)
    except PledgeparseError as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2) from None
    except Interrupted as stop:
        raise _stopped(stop, f"interrupted; {dataset_kept(out)}") from None
    counts = ", ".join(f"{n} {k}" for k, n in summary.counts.items())
    if not quiet:
        typer.echo(
            f"{summary.inputs} inputs ({summary.parsed} parsed, {summary.reused} unchanged, "
            f"{summary.duplicates} duplicates), {summary.documents} documents in {summary.works} works -> {out}: {counts}"
        )
    if summary.failures:
        typer.echo(f"{len(summary.failures)} failure(s); see {out / 'failures.parquet'}", err=True)
        raise typer.Exit(1)


@app.command("eval")
def eval_command(
    paths: Annotated[list[Path], typer.Argument(help="Documents to parse and score (files or folders).")],
    gold: Annotated[Path, typer.Option("--gold", "-g", help="Folder of gold JSON files (searched recursively).")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Keep the parsed tables here (default: a temporary folder).")
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the full report as JSON.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the summary line.")] = False,
    topics: Annotated[
        Path | None, typer.Option("--topics", help="Hand-labelled topics kept apart from the gold files (JSON).")
    ] = None,
) -> None:
    """Parse documents and score them against gold annotations (GOLD.md definitions).

    Prints one line per document and the summary as JSON, with the same keys
    and values as shared/tools/score.py.

    Example: pledgeparse eval --gold ../shared/gold ../shared/seeds/*.txt
    """
    import json
    import tempfile

    from pledgeparse.batch import run_batch
    from pledgeparse.evaluate import Tables, load_golds, overlay_topics, score
    from pledgeparse.settings import Settings

    golds = load_golds(gold)
    if topics is not None:
        golds = overlay_topics(golds, topics)
    if not golds:
        typer.echo(f"no gold files in {gold}", err=True)
        raise typer.Exit(2)
    with tempfile.TemporaryDirectory(prefix="pledgeparse-eval-") as tmp:
        target = out or Path(tmp)
        run_batch(paths, target, Settings.from_env())
        report = score(Tables.load(target), golds)
    if json_out:
        json_out.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    if not quiet:
        for stem, detail in report["per_doc"].items():
            typer.echo(f"{stem} {json.dumps(detail, ensure_ascii=False)[:1500]}")
        for topic, figures in report["topics"].items():
            typer.echo(f"topic {topic}: {json.dumps(figures)}")
        if report["topics_micro"]:
            typer.echo(f"topics (micro-averaged over pledges): {json.dumps(report['topics_micro'])}")
    typer.echo(json.dumps(report["summary"]))


# Options shared by `fetch` and `run`, defined once.
StartUrls = Annotated[
    list[str] | None,
    typer.Argument(help="Index or document URLs to start from (default: the police site's medborgarlöften index)."),
]
UrlsFile = Annotated[
    Path | None,
    typer.Option("--urls", exists=True, dir_okay=False, help="File of start URLs, one per line (# starts a comment)."),
]
CacheDir = Annotated[
    Path | None, typer.Option("--cache", help="Cache folder (objects/ and manifest.jsonl); default: cache.")
]
Contact = Annotated[
    str | None, typer.Option("--contact", help="Your e-mail, sent in the User-Agent so site owners can reach you.")
]
Delay = Annotated[
    float | None, typer.Option("--delay", min=0, help="Seconds between requests to one host; default: 1.0.")
]
MaxDepth = Annotated[int | None, typer.Option("--max-depth", min=0, help="Link hops from a start URL; default: 3.")]
MaxPages = Annotated[int | None, typer.Option("--max-pages", min=1, help="URLs per crawl at most; default: 5000.")]
Fresh = Annotated[bool, typer.Option("--fresh", help="Start a new crawl even if the last one was interrupted.")]
Concurrency = Annotated[
    int | None,
    typer.Option("--concurrency", min=1, help="Requests at once, to different hosts (one per host); default: 8."),
]
AllowPrivate = Annotated[
    bool,
    typer.Option(
        "--allow-private-hosts",
        help="Follow links and redirects to loopback, private and link-local addresses too (E310 otherwise).",
    ),
]


def _fetch_settings(
    cache: Path | None,
    contact: str | None,
    delay: float | None,
    max_depth: int | None,
    max_pages: int | None,
    fresh: bool,
    concurrency: int | None = None,
    allow_private: bool = False,
) -> Settings:
    from pledgeparse.settings import Settings

    overrides = {
        "cache_dir": cache,
        "fetch_contact": contact,
        "fetch_delay": delay,
        "fetch_max_depth": max_depth,
        "fetch_max_pages": max_pages,
        "fetch_resume": False if fresh else None,
        "fetch_concurrency": concurrency,
        "fetch_allow_private_hosts": True if allow_private else None,
    }
    return Settings.from_env().model_copy(update={k: v for k, v in overrides.items() if v is not None})


@app.command()
def fetch(
    urls: StartUrls = None,
    urls_file: UrlsFile = None,
    cache: CacheDir = None,
    contact: Contact = None,
    delay: Delay = None,
    max_depth: MaxDepth = None,
    max_pages: MaxPages = None,
    fresh: Fresh = False,
    concurrency: Concurrency = None,
    allow_private_hosts: AllowPrivate = False,
) -> None:
    """Download medborgarlöften (pages and PDFs) into the cache, politely and resumably.

    Example: pledgeparse fetch --contact you@example.org --cache cache
    """
    from pledgeparse.fetch import crawl, start_urls
    from pledgeparse.fetch.runner import interrupted_crawl
    from pledgeparse.stopping import Interrupted, stop_on_signals

    settings = _fetch_settings(cache, contact, delay, max_depth, max_pages, fresh, concurrency, allow_private_hosts)
    try:
        with stop_on_signals():
            result = crawl(start_urls(urls, urls_file), settings)
    except Interrupted as stop:
        raise _stopped(stop, interrupted_crawl(settings.cache_dir)) from None
    typer.echo(f"{result.describe()} -> {result.manifest_path}")
    if result.errors:
        typer.echo(f"{len(result.errors)} URL(s) failed; see the error column of {result.manifest_path}", err=True)
        raise typer.Exit(1)


@app.command()
def run(
    urls: StartUrls = None,
    urls_file: UrlsFile = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for the Parquet tables.")] = Path("out"),
    cache: CacheDir = None,
    contact: Contact = None,
    delay: Delay = None,
    max_depth: MaxDepth = None,
    max_pages: MaxPages = None,
    fresh: Fresh = False,
    concurrency: Concurrency = None,
    allow_private_hosts: AllowPrivate = False,
) -> None:
    """Fetch (as `fetch` does), then parse every fetched document into the Parquet tables.

    Example: pledgeparse run --contact you@example.org --cache cache --out out
    """
    from pledgeparse.fetch import run as fetch_and_parse
    from pledgeparse.fetch import start_urls
    from pledgeparse.stopping import Interrupted, dataset_kept, stop_on_signals

    settings = _fetch_settings(cache, contact, delay, max_depth, max_pages, fresh, concurrency, allow_private_hosts)
    try:
        with stop_on_signals():
            summary = fetch_and_parse(start_urls(urls, urls_file), out, settings)
    except Interrupted as stop:
        raise _stopped(stop, f"interrupted; {dataset_kept(out)}") from None
    counts = ", ".join(f"{n} {k}" for k, n in summary.batch.counts.items())
    typer.echo(f"{summary.crawl.describe()}\n{summary.batch.documents} documents -> {out}: {counts}")
    if summary.batch.failures:
        typer.echo(f"{len(summary.batch.failures)} failure(s); see {out / 'failures.parquet'}", err=True)
        raise typer.Exit(1)


@app.command()
def report(
    out: Annotated[Path, typer.Argument(help="An output folder of `pledgeparse parse`.")],
    html_path: Annotated[Path, typer.Option("--html", help="Where to write the report.")] = Path("report.html"),
) -> None:
    """Write one static HTML report (charts and tables; no server, no internet).

    Example: pledgeparse report out --html report.html
    """
    from pledgeparse.dataset.report import write_report

    typer.echo(f"wrote {write_report(out, html_path)}")


@app.command("gold-draft")
def gold_draft(
    out: Annotated[Path, typer.Argument(help="An output folder of `pledgeparse parse`.")],
    target: Annotated[Path, typer.Argument(help="Folder for the gold JSON drafts.")],
) -> None:
    """Write gold annotation drafts (shared/GOLD.md format) for a person to correct.

    Example: pledgeparse gold-draft out drafts/
    """
    from pledgeparse.dataset.export import gold_drafts

    typer.echo(f"wrote {len(gold_drafts(out, target))} drafts to {target}")


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="An output folder of `pledgeparse parse`.")],
    target: Annotated[Path, typer.Option("--out", "-o", help="The tasks file to write.")] = Path("tasks.json"),
    fmt: Annotated[str, typer.Option("--format", help="Export format: label-studio.")] = "label-studio",
) -> None:
    """Export pre-annotated tasks for an annotation tool (Label Studio).

    Writes the tasks and, next to them, the labeling config to paste into the project.

    Example: pledgeparse export out --format label-studio --out tasks.json
    """
    from pledgeparse.dataset.export import write_label_studio

    if fmt != "label-studio":
        typer.echo(f"unknown format {fmt!r}; supported: label-studio", err=True)
        raise typer.Exit(2)
    tasks, config = write_label_studio(out, target)
    typer.echo(f"wrote {tasks} and {config}")


@app.command()
def schema(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the JSON Schema files.")] = Path("schemas"),
) -> None:
    """Write the JSON Schema of every output table.

    Example: pledgeparse schema --out schemas
    """
    from pledgeparse.dataset.schema import write_schemas

    written = write_schemas(out)
    typer.echo(f"wrote {len(written)} schemas to {out}")


if __name__ == "__main__":  # pragma: no cover
    app()
