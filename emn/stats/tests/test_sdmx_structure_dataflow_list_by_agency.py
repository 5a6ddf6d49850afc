"""`dataflow/{agency}/all/latest` lists the flows the reader may see: every agency, ESTAT
(re-published Eurostat tables) only, or EMN (national collections and indicators) only,
each named in every site language, annotated, and pointing at its data structure."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, NS, ids, name, parse
from emn.stats.tests.sdmx_structure_support import everything as load

pytestmark = pytest.mark.django_db

ESTAT = ["MIGR_STA", "MIGR_STB", "MIGR_STDEN", "MIGR_STNUM"]
EMN = ["EMN_STN", "ST-RATE"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("dataflow/all/all/latest", sorted(ESTAT + EMN)),
        ("dataflow", sorted(ESTAT + EMN)),
        ("dataflow/*/*/*", sorted(ESTAT + EMN)),
        ("dataflow/ESTAT/all/latest", ESTAT),
        ("dataflow/estat", ESTAT),
        ("dataflow/EMN/all/latest", EMN),
        ("dataflow/ESTAT+EMN/all/1.0", sorted(ESTAT + EMN)),
    ],
)
def test_it_lists_the_public_flows_of_the_agency(client, tmp_path, path, expected):
    load(tmp_path)
    response = client.get(BASE + path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.sdmx.structure+xml; version=2.1"
    root = parse(response.content)
    flows = root.findall(".//str:Dataflow", NS)
    assert sorted(f.get("id") for f in flows) == expected
    # a list names the flows only: no structures, code lists or concepts come with it
    assert ids(root, ".//str:DataStructure") == ids(root, ".//str:Codelist") == []


def test_a_flow_carries_names_annotations_and_its_structure(client, tmp_path):
    load(tmp_path)
    root = parse(client.get(BASE + "dataflow/ESTAT/all/latest").content)
    flow = root.find(".//str:Dataflow[@id='MIGR_STA']", NS)
    assert flow.get("agencyID") == "ESTAT"
    assert flow.get("version") == "1.0"
    assert flow.get("isFinal") == "true"
    assert (
        flow.get("urn") == "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:MIGR_STA(1.0)"
    )
    assert name(flow, "en") == "Asylum applicants (structure test)"
    assert name(flow, "fr") == "Demandeurs d'asile (test de structure)"
    assert name(flow, "de") == "Asylum applicants (structure test)"  # English when untitled
    annotations = {
        a.findtext("com:AnnotationType", namespaces=NS): a.findtext(
            "com:AnnotationTitle", namespaces=NS
        )
        for a in flow.iterfind("com:Annotations/com:Annotation", NS)
    }
    assert annotations["OBS_COUNT"] == "9"  # the confidential ": c" counts
    assert annotations["OBS_PERIOD_OVERALL_OLDEST"] == "2019"
    assert annotations["OBS_PERIOD_OVERALL_LATEST"] == "2021"
    ref = flow.find("str:Structure/Ref", NS)
    assert dict(ref.attrib) == {
        "id": "MIGR_STA",
        "version": "1.0",
        "agencyID": "ESTAT",
        "package": "datastructure",
        "class": "DataStructure",
    }


def test_an_indicator_is_a_flow_of_our_agency(client, tmp_path):
    load(tmp_path)
    root = parse(client.get(BASE + "dataflow/EMN/ST-RATE/latest").content)
    flow = root.find(".//str:Dataflow", NS)
    assert (flow.get("id"), flow.get("agencyID")) == ("ST-RATE", "EMN")
    assert name(flow, "fr") == "Taux de test"
    types = [t.text for t in flow.iterfind(".//com:AnnotationType", NS)]
    assert "EMN_FORMULA" in types
    assert "EMN_INPUTS" in types


def test_ids_are_found_in_any_case(client, tmp_path):
    load(tmp_path)
    for flow_id in ("migr_sta", "MIGR_STA", "Migr_Sta"):
        root = parse(client.get(BASE + f"dataflow/ESTAT/{flow_id}/latest").content)
        assert ids(root, ".//str:Dataflow") == ["MIGR_STA"]
