"""One flow with `references=all` (what sdmx1 asks by default) brings its data structure,
its concept scheme and its code lists: dimensions in key order with 1-based positions,
TIME_PERIOD after them, OBS_FLAG and OBS_VALUE; codes sorted and named per language."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, NS, codes, ids, main_flow, name, parse

pytestmark = pytest.mark.django_db
URL = BASE + "dataflow/ESTAT/MIGR_STA/latest?references=all"


@pytest.fixture
def root(client, tmp_path):
    main_flow(tmp_path)
    response = client.get(URL)
    assert response.status_code == 200
    return parse(response.content)


def test_it_holds_the_flow_its_structure_concepts_and_code_lists(root):
    assert ids(root, ".//str:Dataflow") == ["MIGR_STA"]
    assert ids(root, ".//str:DataStructure") == ["MIGR_STA"]
    assert ids(root, ".//str:ConceptScheme") == ["MIGR_STA"]
    assert ids(root, ".//str:Codelist") == ["CITIZEN", "FREQ", "GEO", "OBS_FLAG", "UNIT"]
    sections = [child.tag.split("}")[1] for child in root.find("mes:Structures", NS)]
    assert sections == ["Dataflows", "Codelists", "Concepts", "DataStructures"]


def test_dimensions_have_positions_concepts_and_code_lists(root):
    dims = root.findall(".//str:DimensionList/str:Dimension", NS)
    assert [(d.get("id"), d.get("position")) for d in dims] == [
        ("freq", "1"),
        ("unit", "2"),
        ("citizen", "3"),
        ("geo", "4"),
    ]
    geo = dims[3]
    concept = geo.find("str:ConceptIdentity/Ref", NS)
    assert concept.get("id") == "geo"
    assert concept.get("maintainableParentID") == "MIGR_STA"
    assert concept.get("class") == "Concept"
    enum = geo.find("str:LocalRepresentation/str:Enumeration/Ref", NS)
    assert (enum.get("id"), enum.get("agencyID"), enum.get("version")) == ("GEO", "ESTAT", "1.0")
    time = root.find(".//str:DimensionList/str:TimeDimension", NS)
    assert (time.get("id"), time.get("position")) == ("TIME_PERIOD", "5")
    text = time.find("str:LocalRepresentation/str:TextFormat", NS)
    assert text.get("textType") == "ObservationalTimePeriod"


def test_the_flag_is_an_attribute_of_the_measure(root):
    flag = root.find(".//str:AttributeList/str:Attribute", NS)
    assert flag.get("id") == "OBS_FLAG"
    assert (
        flag.find("str:AttributeRelationship/str:PrimaryMeasure/Ref", NS).get("id") == "OBS_VALUE"
    )
    enum = flag.find("str:LocalRepresentation/str:Enumeration/Ref", NS)
    assert (enum.get("id"), enum.get("agencyID")) == ("OBS_FLAG", "ESTAT")
    assert ids(root, ".//str:MeasureList/str:PrimaryMeasure") == ["OBS_VALUE"]


def test_code_lists_hold_the_codes_named_in_every_language(root):
    assert codes(root, "GEO") == ["DE", "FR"]
    assert codes(root, "CITIZEN") == ["TOTAL", "UA"]
    assert codes(root, "OBS_FLAG") == ["c", "e", "ep", "p"]
    germany = root.find(".//str:Codelist[@id='GEO']/str:Code[@id='DE']", NS)
    assert name(germany, "en") == "Germany"
    assert name(germany, "fr") == "Allemagne"
    assert name(germany, "de") == "Deutschland"
    ep = root.find(".//str:Codelist[@id='OBS_FLAG']/str:Code[@id='ep']", NS)
    assert name(ep, "en") == "estimated, provisional"
    geo_list = root.find(".//str:Codelist[@id='GEO']", NS)
    assert name(geo_list, "en") == "Geopolitical entity (reporting)"
    assert geo_list.get("urn") == "urn:sdmx:org.sdmx.infomodel.codelist.Codelist=ESTAT:GEO(1.0)"
    assert germany.get("urn") == "urn:sdmx:org.sdmx.infomodel.codelist.Code=ESTAT:GEO(1.0).DE"


def test_the_concept_scheme_names_every_component(root):
    scheme = root.find(".//str:ConceptScheme", NS)
    assert ids(scheme, "str:Concept") == [
        "freq",
        "unit",
        "citizen",
        "geo",
        "TIME_PERIOD",
        "OBS_VALUE",
        "OBS_FLAG",
    ]
    geo = scheme.find("str:Concept[@id='geo']", NS)
    assert name(geo, "fr") == "Entité géopolitique (déclarante)"
    assert name(scheme.find("str:Concept[@id='OBS_VALUE']", NS), "en") == "Observation value"
    languages = [
        n.get("{http://www.w3.org/XML/1998/namespace}lang") for n in geo.iterfind("com:Name", NS)
    ]
    assert languages == ["en", "fr", "de", "sl", "lt"]


def test_the_header_is_a_fresh_message(client, root):
    header = root.find("mes:Header", NS)
    assert header.findtext("mes:Test", namespaces=NS) == "false"
    assert header.find("mes:Sender", NS).get("id") == "EMN"
    assert header.findtext("mes:Prepared", namespaces=NS).endswith("Z")
    again = parse(client.get(URL).content)
    assert again.findtext("mes:Header/mes:ID", namespaces=NS) != header.findtext(
        "mes:ID", namespaces=NS
    )
