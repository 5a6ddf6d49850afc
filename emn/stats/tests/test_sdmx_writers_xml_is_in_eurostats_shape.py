"""The structure-specific message has Eurostat's shape: the header that points at the
dataflow and its namespace, Series keyed by the dimension ids in position order, Obs with
values in their shortest form, flags only when there is one; sdmx1 reads it as it reads
Eurostat's own message (the shared NAMA_10_GDP-ss.xml)."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from lxml import etree

from emn.stats.sdmx.selection import Selection
from emn.stats.sdmx.write_xml import number, structure_specific
from emn.stats.testing import SHARED
from emn.stats.tests.sdmx_writers_support import DIMENSIONS, flow_of, migr_x

sdmx = pytest.importorskip("sdmx")
pytestmark = pytest.mark.django_db
M = "{http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message}"
SS = "{http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
URN = "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:MIGR_X(1.0):ObsLevelDim:TIME_PERIOD"


def _body(selection: Selection, prepared: datetime | None = None) -> bytes:
    when = prepared or datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    return b"".join(structure_specific(selection, when))


def test_the_header_names_the_dataflow_and_its_namespace(tmp_path):
    migr_x(tmp_path)
    root = etree.fromstring(_body(Selection(flow_of())))
    assert root.tag == M + "StructureSpecificData"
    assert root.nsmap["ns1"] == URN
    header = root.find(M + "Header")
    assert re.fullmatch(r"[0-9A-F]{32}", header.findtext(M + "ID"))
    assert header.findtext(M + "Test") == "false"
    assert header.findtext(M + "Prepared") == "2024-05-06T07:08:09Z"
    assert header.find(M + "Sender").attrib == {"id": "EMN"}
    structure = header.find(M + "Structure")
    assert structure.attrib == {
        "structureID": "ESTAT_MIGR_X_1_0",
        "namespace": URN,
        "dimensionAtObservation": "TIME_PERIOD",
    }
    ref = structure.find("{*}StructureUsage/Ref")
    assert ref.attrib == {
        "agencyID": "ESTAT",
        "id": "MIGR_X",
        "version": "1.0",
        "class": "Dataflow",
    }
    assert header.findtext(M + "DataSetID") == "MIGR_X"
    data_set = root.find(M + "DataSet")
    assert data_set.get(SS + "structureRef") == "ESTAT_MIGR_X_1_0"
    assert data_set.get(SS + "dataScope") == "DataStructure"
    assert data_set.get(XSI + "type") == "ns1:DataSetType"


def test_each_message_has_its_own_id_and_the_prepared_time_in_utc(tmp_path):
    migr_x(tmp_path)
    paris = datetime(2024, 5, 6, 9, 8, 9, tzinfo=timezone(timedelta(hours=2)))
    first, second = (etree.fromstring(_body(Selection(flow_of()), paris)) for _ in range(2))
    assert first.findtext(f"{M}Header/{M}ID") != second.findtext(f"{M}Header/{M}ID")
    assert first.findtext(f"{M}Header/{M}Prepared") == "2024-05-06T07:08:09Z"


def test_series_and_observations_as_eurostat_writes_them(tmp_path):
    migr_x(tmp_path)
    root = etree.fromstring(_body(Selection(flow_of(), filters={"geo": ["DE"]})))
    series = root.findall(".//Series")
    assert [list(s.attrib) for s in series] == [DIMENSIONS] * 3
    assert dict(series[0].attrib) == {
        "freq": "A",
        "unit": "PC",
        "citizen": "TOTAL",
        "geo": "DE",
    }
    observations = [[dict(o.attrib) for o in s] for s in series]
    assert observations[0] == [
        {"TIME_PERIOD": "2019", "OBS_VALUE": "1.5"},
        {"TIME_PERIOD": "2020", "OBS_VALUE": "2"},
        {"TIME_PERIOD": "2021", "OBS_VALUE": "2.25"},
    ]
    assert observations[1][1] == {"TIME_PERIOD": "2020", "OBS_VALUE": "120", "OBS_FLAG": "p"}


def test_dataonly_drops_flags_and_keys_only_details_drop_observations(tmp_path):
    migr_x(tmp_path)
    flow = flow_of()
    dataonly = etree.fromstring(_body(Selection(flow, detail="dataonly")))
    assert dataonly.findall(".//Obs[@OBS_FLAG]") == []
    assert len(dataonly.findall(".//Obs")) == 13
    for detail in ("serieskeysonly", "nodata"):
        keys = etree.fromstring(_body(Selection(flow, detail=detail)))
        assert [len(s) for s in keys.findall(".//Series")] == [0] * 5


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (3.0, "3"),
        (-0.0, "-0"),
        (14.5, "14.5"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e-05, "1e-05"),
        (1e20, "1e+20"),
        (123456789012, "123456789012"),
        (float("inf"), "INF"),
        (None, None),
        (float("nan"), None),
    ],
)
def test_values_take_their_shortest_form(value, text):
    assert number(value) == text


def test_sdmx1_reads_ours_as_it_reads_eurostats(tmp_path):
    eurostat = sdmx.to_pandas(sdmx.read_sdmx(SHARED / "NAMA_10_GDP-ss.xml"))
    assert eurostat.xs("LU", level="geo").iloc[0] == 46526.2
    migr_x(tmp_path)
    message = sdmx.read_sdmx(io.BytesIO(_body(Selection(flow_of(), filters={"geo": ["DE"]}))))
    ours = sdmx.to_pandas(message).reset_index()
    values = {(row.unit, row.citizen, row.TIME_PERIOD): row.value for row in ours.itertuples()}
    assert values[("PER", "UA", "2021")] == 14.5
    assert values[("PER", "TOTAL", "2020")] == 120
    assert len(values) == 9
