"""SDMX-ML 2.1 generic data: SeriesKey values, ObsDimension, ObsValue, attribute values."""

from __future__ import annotations

from emn.stats.tests.format_support import FILES, count, flag_counts, stage, value

FILE = FILES / "nama_10_gdp_generic.xml"


def test_it_stages_the_observations_with_their_flags():
    staged, con = stage("sdmx_ml", FILE)
    assert staged.dimensions == ["freq", "unit", "na_item", "geo"]
    assert staged.dataset_code == "nama_10_gdp"
    assert count(con) == 7  # the NaN observation without a flag is none
    assert flag_counts(con) == {"p": 2, "e": 1, "c": 1}


def test_its_values_match_the_file():
    _staged, con = stage("sdmx_ml", FILE)
    assert value(con, "2022", geo="EL") == (206620.4, "p")
    assert value(con, "2020", geo="EU27_2020") == (13450000.0, "e")
    assert value(con, "2023", geo="EU27_2020") == (None, "c")  # CONF_STATUS C, value NaN
    line = con.execute(
        "SELECT src_line FROM staged WHERE geo = 'EL' AND time_period = '2021'"
    ).fetchone()[0]
    assert line == 25
    assert "UNIT_MULT" not in str(con.execute("DESCRIBE staged").fetchall()).upper()
