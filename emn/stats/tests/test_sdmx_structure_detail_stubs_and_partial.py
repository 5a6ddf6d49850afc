"""`detail`: stubs are external references with names and no children, complete stubs add
descriptions, annotations and isFinal, and `referencepartial` (what the `eurostat` package
asks) gives code lists holding only the codes of the queried flow."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, NS, codes, name, parse
from emn.stats.tests.sdmx_structure_support import everything as load

pytestmark = pytest.mark.django_db
FLOW = BASE + "dataflow/ESTAT/MIGR_STA/latest"


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return parse(response.content)


def _is_stub(element):
    return element.get("isExternalReference") == "true" and not [
        child
        for child in element
        if not child.tag.endswith(("}Name", "}Description", "}Annotations"))
    ]


def test_allstubs_gives_names_and_where_the_full_artefact_is(client, tmp_path):
    load(tmp_path)
    root = _get(client, FLOW + "?references=descendants&detail=allstubs")
    artefacts = root.find("mes:Structures", NS).findall("*/*")
    assert len(artefacts) == 8  # flow, structure, scheme, five code lists
    assert all(_is_stub(a) for a in artefacts)
    flow = root.find(".//str:Dataflow", NS)
    assert name(flow, "fr") == "Demandeurs d'asile (test de structure)"
    assert flow.find("com:Annotations", NS) is None
    assert flow.get("isFinal") is None
    assert flow.get("structureURL") == "http://testserver/sdmx/2.1/dataflow/ESTAT/MIGR_STA/1.0"
    geo = root.find(".//str:Codelist[@id='GEO']", NS)
    assert geo.get("structureURL") == "http://testserver/sdmx/2.1/codelist/ESTAT/GEO/1.0"
    assert name(geo, "en") == "Geopolitical entity (reporting)"


def test_referencestubs_keeps_the_queried_artefact_whole(client, tmp_path):
    load(tmp_path)
    root = _get(client, FLOW + "?references=descendants&detail=referencestubs")
    flow = root.find(".//str:Dataflow", NS)
    assert flow.get("isExternalReference") is None
    assert flow.find("str:Structure/Ref", NS) is not None
    others = [a for a in root.find("mes:Structures", NS).findall("*/*") if a is not flow]
    assert len(others) == 7
    assert all(_is_stub(a) for a in others)


def test_complete_stubs_add_annotations_and_finality(client, tmp_path):
    load(tmp_path)
    root = _get(client, BASE + "dataflow/ESTAT/all/latest?detail=allcompletestubs")
    flow = root.find(".//str:Dataflow[@id='MIGR_STA']", NS)
    assert _is_stub(flow)
    assert flow.get("isFinal") == "true"
    assert flow.find("com:Annotations", NS) is not None
    root = _get(client, FLOW + "?references=children&detail=referencecompletestubs")
    structure = root.find(".//str:DataStructure", NS)
    assert _is_stub(structure)
    assert structure.get("isFinal") == "true"


def test_referencepartial_keeps_the_codes_the_flow_uses(client, tmp_path):
    load(tmp_path)
    full = _get(client, FLOW + "?references=descendants")
    assert codes(full, "GEO") == ["AT", "DE", "FR", "IT", "SI"]
    assert full.find(".//str:Codelist[@id='GEO']", NS).get("isPartial") is None
    partial = _get(client, FLOW + "?references=descendants&detail=referencepartial")
    geo = partial.find(".//str:Codelist[@id='GEO']", NS)
    assert codes(partial, "GEO") == ["DE", "FR"]
    assert geo.get("isPartial") == "true"
    assert codes(partial, "CITIZEN") == ["TOTAL", "UA"]
    # UNIT is used by this flow only: the list is whole, so not marked partial
    assert partial.find(".//str:Codelist[@id='UNIT']", NS).get("isPartial") is None


def test_a_queried_code_list_stays_whole_under_referencepartial(client, tmp_path):
    load(tmp_path)
    root = _get(client, BASE + "codelist/ESTAT/GEO?detail=referencepartial")
    assert codes(root, "GEO") == ["AT", "DE", "FR", "IT", "SI"]
