"""Property tests: arbitrary bytes and text never crash a reader, an
extractor or the batch; bad input becomes a failure, not an exception."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgeparse.batch import run_batch
from pledgeparse.errors import PledgeparseError
from pledgeparse.extract.pledges import extract_pledges
from pledgeparse.extract.segment import segment
from pledgeparse.extract.signatories import extract as extract_signatories
from pledgeparse.models import Block, BlockKind, Format
from pledgeparse.pipeline import extract
from pledgeparse.readers import read

GENRE_WORDS = [
    "Medborgarlöfte", "Polisen", "lovar", "att:", "Kommunen", "ska", "•", "-", "1.", "\t", "UTFÖRARE",
    "ANSVARIG", "Lägesbild", "Uppföljning", "2024", "lokalpolisområde", "Ljungby", "kommun", "den",
    "12", "mars", "/", "Kommunstyrelsens", "ordförande", "\n", "\n\n", "§", "Tjänsteskrivelse", "(", ")",
]  # fmt: skip
genre_text = st.lists(st.sampled_from(GENRE_WORDS) | st.text(max_size=12), max_size=80).map(" ".join)
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(data=st.binary(max_size=4000), fmt=st.sampled_from(list(Format)))
def test_readers_raise_only_named_errors(data: bytes, fmt: Format) -> None:
    try:
        document = read(data, f"x.{fmt.value}", fmt=fmt)
    except PledgeparseError:
        return
    for block in document.blocks:
        assert 0 <= block.char_start <= block.char_end <= len(document.text)


@FUZZ
@given(text=genre_text | st.text(max_size=2000))
def test_extract_never_fails_with_a_bug(text: str) -> None:
    result = extract(text.encode("utf-8"), "fuzz.txt")
    assert all(f.code != "E999" for f in result.failures), result.failures
    assert result.document is not None or result.failures


@FUZZ
@given(
    blocks=st.lists(
        st.builds(
            Block,
            kind=st.sampled_from(list(BlockKind)),
            text=genre_text,
            level=st.integers(0, 3),
            cells=st.none() | st.lists(genre_text, max_size=4),
        ),
        max_size=30,
    )
)
def test_stages_accept_any_blocks(blocks: list[Block]) -> None:
    _title, sections = segment(blocks)
    extract_pledges(sections, list(range(len(sections))), list(range(len(sections))))
    extract_signatories([b.text.split("\n") for b in blocks])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.binary(max_size=600), min_size=1, max_size=4))
def test_batch_turns_bad_files_into_failure_rows(files: list[bytes], tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("in")
    for index, data in enumerate(files):
        (folder / f"f{index}.{['txt', 'html', 'pdf'][index % 3]}").write_bytes(data)
    out = tmp_path_factory.mktemp("out") / "dataset"
    summary = run_batch([folder], out, jobs=1)
    documents = pq.read_table(out / "documents.parquet").num_rows
    failed_sources = {f["source"] for f in pq.read_table(out / "failures.parquet").to_pylist()}
    assert summary.inputs == len(files)
    # every input is accounted for: a document or a failure row (or both, when flagged)
    assert documents + len({Path(s).name for s in failed_sources} - set()) >= len(files)
    assert all("E999" not in f.error for f in summary.failures)
