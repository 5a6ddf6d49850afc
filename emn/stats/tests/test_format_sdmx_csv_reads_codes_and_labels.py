"""SDMX-CSV 2.0 with a label column after every code column (asylum_applicants_total.csv)."""

from __future__ import annotations

from emn.stats.testing import SHARED
from emn.stats.tests.format_support import codes, count, flag_counts, stage, value

FILE = SHARED / "asylum_applicants_total.csv"


def test_it_stages_every_row_with_the_counts_of_provenance():
    staged, con = stage("sdmx_csv", FILE)
    assert count(con) == 1080
    assert flag_counts(con) == {}
    assert staged.format == "sdmx-csv"
    assert staged.dimensions == ["freq", "citizen", "sex", "unit", "age", "asyl_app", "geo"]


def test_it_takes_the_dataset_code_title_and_labels_from_the_content():
    staged, _con = stage("sdmx_csv", FILE, name="upload.csv")
    assert staged.dataset_code == "migr_asyappctza"
    assert staged.title == (
        "Asylum applicants by type, citizenship, age and sex - annual aggregated data"
    )
    assert staged.dimension_labels["geo"] == "Geopolitical entity (reporting)"
    assert staged.dimension_labels["citizen"] == "Country of citizenship"
    assert staged.code_labels["geo"]["EL"] == "Greece"
    assert staged.code_labels["citizen"]["UA"] == "Ukraine"
    assert staged.warnings == []


def test_its_values_match_the_file():
    _staged, con = stage("sdmx_csv", FILE)
    # Lines 2, 111 and 709 of the file.
    assert value(con, "2008", citizen="TOTAL", geo="AT") == (12750.0, "")
    assert value(con, "2015", citizen="TOTAL", geo="DE") == (476620.0, "")
    assert value(con, "2022", citizen="UA", geo="EL") == (160.0, "")
    line = con.execute(
        "SELECT src_line FROM staged WHERE geo = 'DE' AND citizen = 'TOTAL' "
        "AND time_period = '2015'"
    ).fetchone()[0]
    assert line == 111
    assert codes(con, "citizen") == {"TOTAL", "UA"}
    assert len(codes(con, "geo")) == 33
