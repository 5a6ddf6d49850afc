"""Bad structure queries get an SDMX error message with the right status and code, never a
500: unknown resources (400, 140: outside the REST grammar), resources we do not implement
(501), bad `references`/`detail`/`format`/`compressed` values, malformed path parts, and
unknown agencies, ids or versions (404, 100)."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, NS, main_flow, parse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("dataflows", 400, "140"),
        ("banana/ESTAT", 400, "140"),
        ("categoryscheme", 501, "501"),
        ("provisionagreement/ESTAT/MIGR_STA", 501, "501"),
        ("contentconstraint/ESTAT/MIGR_NONE", 404, "100"),
        ("contentconstraint/ESTAT/MIGR_STA/one", 400, "140"),
        ("agencyscheme/all/all/latest", 501, "501"),
        ("structure/ESTAT/MIGR_STA", 501, "501"),
        ("dataflow?references=cousins", 400, "140"),
        ("dataflow?detail=stubs", 400, "140"),
        ("dataflow?detail=everything", 400, "140"),
        ("dataflow?compressed=maybe", 400, "140"),
        ("dataflow?format=TSV", 406, "406"),
        ("datastructure?format=json", 406, "406"),
        ("dataflow/ESTAT/MIGR_STA/one", 400, "140"),
        ("dataflow/ESTAT/MIGR%20STA", 400, "140"),
        ("dataflow/9ESTAT", 400, "140"),
        ("dataflow/IMF/all/latest", 404, "100"),
        ("dataflow/ESTAT/NO_SUCH_FLOW/latest", 404, "100"),
        ("dataflow/ESTAT/MIGR_STA/2.0", 404, "100"),
        ("datastructure/EMN/MIGR_STA", 404, "100"),
        ("codelist/ESTAT/NO_LIST", 404, "100"),
        ("conceptscheme/ESTAT/MIGR_STA/1.1", 404, "100"),
        ("codelist/all/all/latest?format=TSV", 400, "150"),
    ],
)
def test_it_answers_an_sdmx_error(client, tmp_path, path, status, code):
    main_flow(tmp_path)
    response = client.get(BASE + path)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/xml")
    message = parse(response.content).find("mes:ErrorMessage", NS)
    assert message.get("code") == code
    assert message.findtext("com:Text", namespaces=NS)


def test_it_says_what_was_asked_when_nothing_matches(client, tmp_path):
    main_flow(tmp_path)
    response = client.get(BASE + "dataflow/ESTAT/NO_SUCH_FLOW/2.0")
    text = parse(response.content).findtext(".//com:Text", namespaces=NS)
    assert "No results found" in text
    assert "dataflow/ESTAT/NO_SUCH_FLOW/2.0" in text


def test_a_write_is_refused(client, tmp_path):
    main_flow(tmp_path)
    response = client.post(BASE + "dataflow")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_the_words_are_read_in_any_case(client, tmp_path):
    main_flow(tmp_path)
    response = client.get(BASE + "DataFlow/estat/migr_sta/LATEST?REFERENCES=Children&Detail=Full")
    assert response.status_code == 200
    assert parse(response.content).find(".//str:DataStructure", NS) is not None
