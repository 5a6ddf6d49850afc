"""SDMX-CSV written 'code: label' in each cell, CRLF, quoted, with CONF_STATUS and ':' cells."""

from __future__ import annotations

from emn.stats.tests.format_support import count, flag_counts, stage, value

TEXT = (
    "DATAFLOW,freq:Time frequency,geo:Geopolitical entity,TIME_PERIOD:Time,OBS_VALUE,"
    "OBS_FLAG,CONF_STATUS\r\n"
    '"ESTAT:MIGR_ASYDCFSTQ(1.0)",A:Annual,"EL: Greece, Hellenic Republic",2020-Q1,"15",p,\r\n'
    "ESTAT:MIGR_ASYDCFSTQ(1.0),A:Annual,DE: Germany,2020-Q2,,,C\r\n"
    "ESTAT:MIGR_ASYDCFSTQ(1.0),A:Annual,DE: Germany,2020-Q3,:,,\r\n"
    "ESTAT:MIGR_ASYDCFSTQ(1.0),A:Annual,DE: Germany,2020-Q4,,,\r\n"
    "ESTAT:MIGR_ASYDCFSTQ(1.0),A:Annual,DE: Germany,2021Q1,12.5,e: estimated,\r\n"
)


def test_it_reads_code_label_cells(tmp_path):
    path = tmp_path / "extract.csv"
    path.write_bytes(TEXT.encode("utf-8"))
    staged, con = stage("sdmx_csv", path)
    assert staged.dataset_code == "migr_asydcfstq"
    assert staged.dimensions == ["freq", "geo"]
    assert staged.dimension_labels == {"freq": "Time frequency", "geo": "Geopolitical entity"}
    assert staged.code_labels["geo"] == {"EL": "Greece, Hellenic Republic", "DE": "Germany"}
    assert value(con, "2020-Q1", geo="EL") == (15.0, "p")
    assert value(con, "2021-Q1", geo="DE") == (12.5, "e")


def test_confidential_status_adds_flag_c_and_empty_rows_are_no_observations(tmp_path):
    path = tmp_path / "extract.csv"
    path.write_bytes(TEXT.encode("utf-8"))
    _staged, con = stage("sdmx_csv", path)
    assert value(con, "2020-Q2", geo="DE") == (None, "c")
    assert count(con) == 3
    assert flag_counts(con) == {"p": 1, "c": 1, "e": 1}
