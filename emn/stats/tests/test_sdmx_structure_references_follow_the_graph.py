"""`references` walks dataflow -> data structure -> code lists and concept scheme, as SDMX
REST defines it: parents, parentsandsiblings, children, descendants, all, or a resource name."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, NS, codes, parse
from emn.stats.tests.sdmx_structure_support import everything as load

pytestmark = pytest.mark.django_db
MAIN_LISTS = ["CITIZEN", "FREQ", "GEO", "OBS_FLAG", "UNIT"]


def _contents(client, path):
    response = client.get(BASE + path)
    assert response.status_code == 200, response.content
    root = parse(response.content)
    found = {}
    for tag in ("Dataflow", "DataStructure", "ConceptScheme", "Codelist"):
        found[tag] = sorted(e.get("id") for e in root.iterfind(f".//str:{tag}", NS))
    return found


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("dataflow/ESTAT/MIGR_STA", {"Dataflow": ["MIGR_STA"]}),
        (
            "dataflow/ESTAT/MIGR_STA?references=children",
            {"Dataflow": ["MIGR_STA"], "DataStructure": ["MIGR_STA"]},
        ),
        (
            "dataflow/ESTAT/MIGR_STA?references=descendants",
            {
                "Dataflow": ["MIGR_STA"],
                "DataStructure": ["MIGR_STA"],
                "ConceptScheme": ["MIGR_STA"],
                "Codelist": MAIN_LISTS,
            },
        ),
        (
            "dataflow/ESTAT/MIGR_STA?references=codelist",
            {"Dataflow": ["MIGR_STA"], "Codelist": MAIN_LISTS},
        ),
        (
            "datastructure/ESTAT/MIGR_STA?references=children",
            {"DataStructure": ["MIGR_STA"], "ConceptScheme": ["MIGR_STA"], "Codelist": MAIN_LISTS},
        ),
        (
            "datastructure/ESTAT/MIGR_STA?references=parents",
            {"Dataflow": ["MIGR_STA"], "DataStructure": ["MIGR_STA"]},
        ),
        (
            "datastructure/ESTAT/MIGR_STA?references=all",
            {
                "Dataflow": ["MIGR_STA"],
                "DataStructure": ["MIGR_STA"],
                "ConceptScheme": ["MIGR_STA"],
                "Codelist": MAIN_LISTS,
            },
        ),
        (
            "conceptscheme/ESTAT/MIGR_STA?references=parents",
            {"DataStructure": ["MIGR_STA"], "ConceptScheme": ["MIGR_STA"]},
        ),
        (
            "codelist/ESTAT/UNIT?references=parents",
            {"DataStructure": ["MIGR_STA"], "Codelist": ["UNIT"]},
        ),
        (
            "codelist/ESTAT/UNIT?references=parentsandsiblings",
            {"DataStructure": ["MIGR_STA"], "ConceptScheme": ["MIGR_STA"], "Codelist": MAIN_LISTS},
        ),
        (
            "codelist/ESTAT/UNIT?references=dataflow",
            {"Dataflow": ["MIGR_STA"], "Codelist": ["UNIT"]},
        ),
        ("codelist/ESTAT/UNIT?references=children", {"Codelist": ["UNIT"]}),
        (
            "codelist/ESTAT/CITIZEN?references=datastructure",
            {
                "DataStructure": ["MIGR_STA", "MIGR_STB", "MIGR_STDEN", "MIGR_STNUM"],
                "Codelist": ["CITIZEN"],
            },
        ),
        ("codelist/ESTAT/UNIT?references=categoryscheme", {"Codelist": ["UNIT"]}),
    ],
)
def test_references_bring_the_related_artefacts(client, tmp_path, path, expected):
    load(tmp_path)
    found = _contents(client, path)
    assert {k: v for k, v in found.items() if v} == expected


def test_a_code_list_is_the_union_over_the_agencys_flows(client, tmp_path):
    load(tmp_path)
    root = parse(client.get(BASE + "codelist/ESTAT/GEO/latest").content)
    assert codes(root, "GEO") == ["AT", "DE", "FR", "IT", "SI"]
    national = parse(client.get(BASE + "codelist/EMN/GEO/latest").content)
    assert codes(national, "GEO", "EMN") == ["AT", "SI"]


def test_every_code_list_of_every_agency(client, tmp_path):
    load(tmp_path)
    root = parse(client.get(BASE + "codelist/all/all/latest").content)
    lists = sorted((e.get("agencyID"), e.get("id")) for e in root.iterfind(".//str:Codelist", NS))
    assert lists == [
        ("EMN", "FREQ"),
        ("EMN", "GEO"),
        ("EMN", "OBS_FLAG"),
        ("ESTAT", "CITIZEN"),
        ("ESTAT", "FREQ"),
        ("ESTAT", "GEO"),
        ("ESTAT", "OBS_FLAG"),
        ("ESTAT", "UNIT"),
    ]


def test_an_indicator_has_a_structure_of_its_aligned_dimensions(client, tmp_path):
    load(tmp_path)
    root = parse(client.get(BASE + "dataflow/EMN/st-rate/latest?references=all").content)
    dims = root.findall(".//str:DimensionList/*", NS)
    assert [(d.get("id"), d.get("position")) for d in dims] == [("geo", "1"), ("TIME_PERIOD", "2")]
    assert codes(root, "GEO", "EMN") == ["AT", "SI"]
