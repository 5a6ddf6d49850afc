"""Bad Data Explorer CSV: a clear message with the file, the line and the column."""

from __future__ import annotations

import pytest

from emn.stats.formats.common import SourceError
from emn.stats.tests.format_support import count, stage

HEADER = '"TIME","GEO","UNIT","Value","Flag and Footnotes"\n'
GOOD = '"2012","Greece","Person","1,205",""\n'


def _error(tmp_path, text: str) -> SourceError:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        stage("legacy_csv", path, name="export.csv")
    return caught.value


def test_it_rejects_a_row_with_the_wrong_number_of_cells(tmp_path):
    error = _error(tmp_path, HEADER + GOOD + '"2013","Greece","Person","1,205"\n')
    assert (error.source, error.line, error.column) == ("export.csv", 3, 5)


def test_it_rejects_a_value_that_is_not_a_number(tmp_path):
    error = _error(tmp_path, HEADER + GOOD + '"2013","Greece","Person","12,05",""\n')
    assert (error.line, error.column) == (3, "Value")
    assert "'12,05' is not a number" in error.message


def test_it_rejects_an_unknown_flag(tmp_path):
    error = _error(tmp_path, HEADER + GOOD + '"2013","Greece","Person","12","x"\n')
    assert (error.line, error.column) == (3, "Flag and Footnotes")
    assert "unknown flag 'x'" in error.message


def test_it_rejects_a_period_it_cannot_read(tmp_path):
    error = _error(tmp_path, HEADER + GOOD + '"2013 Jan","Greece","Person","12",""\n')
    assert (error.line, error.column) == (3, "TIME")


def test_it_rejects_an_empty_file(tmp_path):
    assert _error(tmp_path, "").message == "the file is empty"


def test_a_missing_value_counts_only_with_a_flag(tmp_path):
    path = tmp_path / "ok.csv"
    path.write_text(
        HEADER + GOOD + '"2013","Greece","Person",":",""\n' + '"2014","Greece","Person",":","c"\n',
        encoding="utf-8",
    )
    _staged, con = stage("legacy_csv", path)
    assert count(con) == 2
    assert con.execute(
        "SELECT obs_value, obs_flag FROM staged WHERE time_period = '2014'"
    ).fetchone() == (None, "c")
