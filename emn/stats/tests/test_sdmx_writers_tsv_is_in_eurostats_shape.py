"""The TSV has Eurostat's shape: `dims\\TIME_PERIOD` header with one column per selected
period (trailing space), `value flag` cells, `: ` where there is nothing, CRLF line ends;
details and period ranges shape the columns; it streams in chunks and gzips as it goes."""

from __future__ import annotations

import gzip

import pytest

from emn.stats.sdmx.selection import Selection
from emn.stats.sdmx.write_tsv import gzipped, header, tsv
from emn.stats.sdmx.write_xml import CHUNK
from emn.stats.testing import ingest_tsv
from emn.stats.tests.sdmx_writers_support import flow_of, migr_x

pytestmark = pytest.mark.django_db
EXPECTED = (
    "freq,unit,citizen,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \r\n"
    "A,PC,TOTAL,DE\t1.5 \t2 \t2.25 \r\n"
    "A,PER,TOTAL,DE\t100 \t120 p\t140 \r\n"
    "A,PER,TOTAL,FR\t200 \t: c\t240 e\r\n"
    "A,PER,UA,DE\t10 \t12 \t14.5 \r\n"
    "A,PER,UA,FR\t: \t7 ep\t: \r\n"
)


def _text(selection: Selection) -> str:
    return b"".join(tsv(selection)).decode()


def test_the_whole_table_as_eurostat_writes_it(tmp_path):
    migr_x(tmp_path)
    assert _text(Selection(flow_of())) == EXPECTED


def test_only_the_selected_periods_become_columns(tmp_path):
    migr_x(tmp_path)
    text = _text(Selection(flow_of(), filters={"geo": ["FR"]}, start="2020", end="2021"))
    assert text == (
        "freq,unit,citizen,geo\\TIME_PERIOD\t2020 \t2021 \r\n"
        "A,PER,TOTAL,FR\t: c\t240 e\r\n"
        "A,PER,UA,FR\t7 ep\t: \r\n"
    )


def test_dataonly_drops_the_flags(tmp_path):
    migr_x(tmp_path)
    lines = _text(Selection(flow_of(), detail="dataonly", filters={"geo": ["FR"]})).split("\r\n")
    assert lines[1:] == ["A,PER,TOTAL,FR\t200 \t: \t240 ", "A,PER,UA,FR\t: \t7 \t: ", ""]


def test_series_keys_only_give_keys_without_columns(tmp_path):
    migr_x(tmp_path)
    text = _text(Selection(flow_of(), detail="serieskeysonly", filters={"unit": ["PC"]}))
    assert text == "freq,unit,citizen,geo\\TIME_PERIOD\r\nA,PC,TOTAL,DE\r\n"


def test_periods_of_every_frequency_in_sdmx_form_ascending(tmp_path):
    ingest_tsv(
        tmp_path,
        "mixed_x",
        "freq,geo\\TIME_PERIOD\t2020-Q2 \t2020 \t2020M01 \t2020-Q1 \nQ,DE\t2 \t: \t: \t1 p\n"
        "A,DE\t: \t9 \t: \t: \nM,DE\t: \t: \t3 \t: \n",
    )
    lines = _text(Selection(flow_of("mixed_x"))).split("\r\n")
    assert lines[0] == "freq,geo\\TIME_PERIOD\t2020 \t2020-01 \t2020-Q1 \t2020-Q2 "
    assert lines[1:4] == ["A,DE\t9 \t: \t: \t: ", "M,DE\t: \t3 \t: \t: ", "Q,DE\t: \t: \t1 p\t2 "]


def test_an_empty_selection_is_a_header_alone(tmp_path):
    migr_x(tmp_path)
    text = _text(Selection(flow_of(), filters={"geo": ["NO_SUCH"]}))
    assert text == header(["freq", "unit", "citizen", "geo"], [])


def test_it_streams_in_chunks_and_gzips_as_it_goes(tmp_path):
    periods = [str(1950 + i) for i in range(60)]
    rows = "".join(
        f"A,C{i},G{i % 30}\t" + "\t".join(f"{i * 3 + j}.25 " for j in range(60)) + "\n"
        for i in range(600)
    )
    ingest_tsv(
        tmp_path,
        "wide_x",
        "freq,citizen,geo\\TIME_PERIOD\t" + "\t".join(f"{p} " for p in periods) + "\n" + rows,
    )
    chunks = list(tsv(Selection(flow_of("wide_x"))))
    assert len(chunks) > 3
    assert all(len(chunk) == CHUNK for chunk in chunks[:-1])
    packed = list(gzipped(iter(chunks)))
    assert len(packed) > 1
    assert gzip.decompress(b"".join(packed)) == b"".join(chunks)
