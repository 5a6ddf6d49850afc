"""Bad SDMX-CSV: a clear message with the file, the line and the column; nothing staged."""

from __future__ import annotations

import pytest

from emn.stats.formats.common import SourceError
from emn.stats.tests.format_support import stage

HEADER = "DATAFLOW,LAST UPDATE,freq,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n"
GOOD = "ESTAT:X(1.0),,A,EL,2020,15,,\n"


def _error(tmp_path, text: str) -> SourceError:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        stage("sdmx_csv", path, name="upload.csv")
    return caught.value


def test_it_rejects_a_row_with_the_wrong_number_of_cells(tmp_path):
    error = _error(tmp_path, HEADER + GOOD + "ESTAT:X(1.0),,A,EL,2021,15\n")
    assert (error.source, error.line, error.column) == ("upload.csv", 3, 7)
    assert "6 cells where the header has 8" in error.message


def test_it_rejects_a_value_that_is_not_a_number(tmp_path):
    error = _error(tmp_path, HEADER + GOOD + "ESTAT:X(1.0),,A,EL,2021,12x,,\n")
    assert (error.line, error.column) == (3, "OBS_VALUE")
    assert "'12x' is not a number" in str(error)


def test_it_rejects_an_unknown_flag(tmp_path):
    error = _error(tmp_path, HEADER + GOOD + "ESTAT:X(1.0),,A,EL,2021,12,q,\n")
    assert (error.line, error.column) == (3, "OBS_FLAG")
    assert "unknown flag 'q'" in error.message


def test_it_rejects_a_period_it_cannot_read(tmp_path):
    error = _error(tmp_path, HEADER + GOOD + "ESTAT:X(1.0),,A,EL,20/21,12,,\n")
    assert (error.line, error.column) == (3, "TIME_PERIOD")


def test_it_rejects_an_empty_file(tmp_path):
    error = _error(tmp_path, "")
    assert error.message == "the file is empty"


def test_it_rejects_a_file_cut_inside_a_quoted_cell(tmp_path):
    error = _error(tmp_path, HEADER + GOOD + 'ESTAT:X(1.0),,A,"EL')
    assert error.line == 3
