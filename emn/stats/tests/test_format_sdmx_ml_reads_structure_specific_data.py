"""SDMX-ML 2.1 structure-specific data: the series key from Series attributes, whatever prefix."""

from __future__ import annotations

from emn.stats.testing import SHARED
from emn.stats.tests.format_support import FILES, count, flag_counts, stage, value

FILE = SHARED / "NAMA_10_GDP-ss.xml"


def test_it_stages_the_four_observations_of_the_eurostat_response():
    staged, con = stage("sdmx_ml", FILE)
    assert count(con) == 4
    assert flag_counts(con) == {}
    assert staged.format == "sdmx-ml"
    assert sorted(staged.dimensions) == ["freq", "geo", "na_item", "unit"]
    assert staged.dataset_code == "nama_10_gdp"


def test_its_values_and_lines_match_the_file():
    _staged, con = stage("sdmx_ml", FILE)
    key = {"geo": "LU", "na_item": "B1GQ", "unit": "CP_MEUR", "freq": "A"}
    assert value(con, "2012", **key) == (46526.2, "")
    assert value(con, "2015", **key) == (54142.3, "")
    lines = con.execute("SELECT src_line FROM staged ORDER BY time_period").fetchall()
    assert [line for (line,) in lines] == [18, 19, 20, 21]


def test_it_reads_flags_on_the_observations_with_other_prefixes():
    staged, con = stage("sdmx_ml", FILES / "nama_10_gdp_flags-ss.xml")
    assert staged.dimensions == ["freq", "unit", "na_item", "geo"]
    assert count(con) == 3
    assert flag_counts(con) == {"b": 1, "p": 1}
    assert value(con, "2018", geo="UK") == (2385000.5, "b")
    assert staged.dataset_code == "nama_10_gdp"
