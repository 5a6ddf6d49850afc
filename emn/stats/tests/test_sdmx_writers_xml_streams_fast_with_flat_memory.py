"""The structure-specific message streams: chunks of 64 KiB, Python memory that does not
grow with the number of observations, and 10,000 observations written in a few ms."""

from __future__ import annotations

import time
import tracemalloc
from datetime import UTC, datetime

import pytest

from emn.stats.sdmx.selection import Selection
from emn.stats.sdmx.write_xml import CHUNK, structure_specific
from emn.stats.testing import ingest_tsv
from emn.stats.tests.sdmx_writers_support import flow_of, wide_tsv

pytestmark = pytest.mark.django_db
NOW = datetime(2024, 1, 1, tzinfo=UTC)


def _peak_and_size(selection: Selection) -> tuple[int, int]:
    """Peak traced memory while streaming the message, and its size in bytes."""
    tracemalloc.start()
    try:
        size = sum(len(chunk) for chunk in structure_specific(selection, NOW))
        return tracemalloc.get_traced_memory()[1], size
    finally:
        tracemalloc.stop()


def test_it_sends_chunks_of_64_kib(tmp_path):
    ingest_tsv(tmp_path, "chunks_x", wide_tsv(400, 50))
    chunks = list(structure_specific(Selection(flow_of("chunks_x")), NOW))
    assert len(chunks) > 10
    assert {len(chunk) for chunk in chunks[:-1]} == {CHUNK}
    assert chunks[-1].endswith(b"</message:StructureSpecificData>\n")


def test_memory_does_not_grow_with_the_answer(tmp_path):
    ingest_tsv(tmp_path, "small_x", wide_tsv(400, 50))
    ingest_tsv(tmp_path, "large_x", wide_tsv(2400, 50))
    small_peak, small_size = _peak_and_size(Selection(flow_of("small_x")))
    large_peak, large_size = _peak_and_size(Selection(flow_of("large_x")))
    assert large_size > 5 * small_size
    assert large_peak < 1.25 * small_peak + 2**19, (small_peak, large_peak)


def test_ten_thousand_observations_take_a_few_ms(tmp_path):
    ingest_tsv(tmp_path, "fast_x", wide_tsv(200, 50))
    selection = Selection(flow_of("fast_x"))
    batches = list(selection.rows())
    assert sum(len(batch) for batch in batches) == 10_000
    selection.rows = lambda batch=0: iter(batches)  # type: ignore[method-assign]
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        body = b"".join(structure_specific(selection, NOW))
        timings.append(time.perf_counter() - start)
    assert body.count(b"<Obs ") == 10_000
    assert min(timings) < 0.05, f"{min(timings) * 1000:.1f} ms"
