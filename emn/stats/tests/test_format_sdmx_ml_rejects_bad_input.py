"""Bad SDMX-ML: truncated or broken XML, an unknown flag, a non-number, a changing key."""

from __future__ import annotations

import gzip

import pytest

from emn.stats.formats.common import SourceError
from emn.stats.testing import SHARED
from emn.stats.tests.format_support import FILES, stage


def _error(path, name="data.xml") -> SourceError:
    with pytest.raises(SourceError) as caught:
        stage("sdmx_ml", path, name=name)
    return caught.value


def test_it_rejects_truncated_xml_with_line_and_column():
    error = _error(FILES / "truncated-ss.xml")
    assert (error.line, error.column) == (13, 1)
    assert "not well-formed or ends early" in error.message


def test_it_rejects_a_file_cut_between_elements(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_bytes(
        b"\n".join(SHARED.joinpath("NAMA_10_GDP-ss.xml").read_bytes().split(b"\n")[:19])
    )
    error = _error(path)
    assert error.line == 19


def test_it_rejects_a_truncated_gzip(tmp_path):
    path = tmp_path / "cut.xml.gz"
    path.write_bytes(gzip.compress(SHARED.joinpath("NAMA_10_GDP-ss.xml").read_bytes())[:400])
    error = _error(path, "cut.xml.gz")
    assert error.source == "cut.xml.gz"


def test_it_rejects_an_unknown_flag():
    error = _error(FILES / "bad_flag-ss.xml", "bad_flag-ss.xml")
    assert (error.line, error.column) == (12, "OBS_FLAG")
    assert "unknown flag 'x'" in error.message


def test_it_rejects_a_value_that_is_not_a_number(tmp_path):
    path = tmp_path / "text.xml"
    text = SHARED.joinpath("NAMA_10_GDP-ss.xml").read_text(encoding="utf-8")
    path.write_text(text.replace('OBS_VALUE="49094.5"', 'OBS_VALUE="49.094,5"'), encoding="utf-8")
    error = _error(path)
    assert (error.line, error.column) == (19, "OBS_VALUE")


def test_it_rejects_a_series_with_other_dimensions(tmp_path):
    path = tmp_path / "keys.xml"
    text = SHARED.joinpath("NAMA_10_GDP-ss.xml").read_text(encoding="utf-8")
    extra = (
        '<Series geo="BE" unit="CP_MEUR" freq="A"><Obs TIME_PERIOD="2012" OBS_VALUE="1"/></Series>'
    )
    path.write_text(text.replace("</u:DataSet>", extra + "</u:DataSet>"), encoding="utf-8")
    error = _error(path)
    assert "the key has freq, geo, unit where the first series has" in error.message


def test_it_rejects_a_structure_message():
    error = _error(SHARED / "apro_mk_cola-structure.xml")
    assert "'Structure' is not an SDMX-ML 2.1 data message" in error.message
