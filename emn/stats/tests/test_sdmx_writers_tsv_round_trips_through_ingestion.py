"""The TSV we write is read back by our own ingestion to the very observations it came
from (values, flags, a flagged missing value), plain and gzipped; a Eurostat extract we
ingested comes out byte for byte as Eurostat wrote it."""

from __future__ import annotations

import gzip

import pytest

from emn.stats.sdmx.selection import Selection
from emn.stats.sdmx.write_tsv import gzipped, tsv
from emn.stats.testing import SHARED, ingest_file
from emn.stats.tests.sdmx_writers_support import flow_of, migr_x, observations

pytestmark = pytest.mark.django_db
MONTHLY = "migr_asyappctzm__custom_39520_20201006_200227.tsv"
QUARTERLY = "migr_asydcfstq__custom_42121_20201007_150410.tsv"


def _written(code: str, **selected) -> bytes:
    return b"".join(tsv(Selection(flow_of(code), **selected)))


def test_ingestion_reads_our_tsv_back_to_the_same_observations(tmp_path):
    original = observations(migr_x(tmp_path))
    path = tmp_path / "back.tsv"
    path.write_bytes(_written("migr_x"))
    back = observations(ingest_file(path, "migr_x_back"))
    assert back == original
    assert back[("A", "PER", "TOTAL", "FR", "2020")] == (None, "c")
    assert back[("A", "PER", "UA", "FR", "2020")] == (7.0, "ep")


def test_ingestion_reads_our_gzipped_tsv_back(tmp_path):
    original = observations(migr_x(tmp_path))
    plain = _written("migr_x")
    packed = b"".join(gzipped(tsv(Selection(flow_of("migr_x")))))
    assert gzip.decompress(packed) == plain
    path = tmp_path / "back.tsv.gz"
    path.write_bytes(packed)
    assert observations(ingest_file(path, "migr_x_gz")) == original


def test_a_eurostat_extract_comes_out_as_eurostat_wrote_it(tmp_path):
    ingest_file(SHARED / MONTHLY, "migr_asyappctzm")
    assert _written("migr_asyappctzm") == (SHARED / MONTHLY).read_bytes()


def test_a_real_quarterly_table_survives_the_round_trip(tmp_path):
    original = observations(ingest_file(SHARED / QUARTERLY, "migr_asydcfstq"))
    path = tmp_path / "again.tsv"
    path.write_bytes(_written("migr_asydcfstq"))
    assert observations(ingest_file(path, "migr_asydcfstq_back")) == original
    assert len(original) == 10_252
