"""SDMX-CSV 2.0 whose flag column is headed 'Observation status (Flag) V2 structure', gzip."""

from __future__ import annotations

import gzip

from emn.stats.testing import SHARED
from emn.stats.tests.format_support import count, flag_counts, stage, value

TEXT = (
    "STRUCTURE,STRUCTURE_ID,ACTION,citizen,geo,TIME_PERIOD,OBS_VALUE,"
    "Observation status (Flag) V2 structure,CONF_STATUS\n"
    "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,UA,PL,2022-03,24.5,p,\n"
    "dataflow,ESTAT:MIGR_ASYAPPCTZM(1.0),I,UA,PL,2022-04,7,ep,F\n"
)


def test_the_v2_flag_header_names_the_flag_column(tmp_path):
    path = tmp_path / "v2.csv"
    path.write_text(TEXT, encoding="utf-8")
    staged, con = stage("sdmx_csv", path)
    assert staged.dimensions == ["citizen", "geo"]
    assert staged.dataset_code == "migr_asyappctzm"
    assert value(con, "2022-03", geo="PL") == (24.5, "p")
    assert value(con, "2022-04", geo="PL") == (7.0, "ep")


def test_a_gzip_file_is_read_whatever_its_name(tmp_path):
    path = tmp_path / "asylum.bin"
    path.write_bytes(gzip.compress(SHARED.joinpath("asylum_applicants_total.csv").read_bytes()))
    _staged, con = stage("sdmx_csv", path)
    assert count(con) == 1080
    assert flag_counts(con) == {}
