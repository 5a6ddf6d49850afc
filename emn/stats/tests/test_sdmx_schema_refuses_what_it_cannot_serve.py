"""The schema resource answers with SDMX errors: 404 for an unknown flow and, exactly the
same, for an `emn` flow the reader may not see; 400 for an unknown context; 501 for what
is not implemented; 405 for anything but GET/HEAD. Never a 500."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_writers_support import migr_x

pytestmark = pytest.mark.django_db
URL = "/sdmx/2.1/schema/"


def _code(response) -> str:
    return response.content.decode().split('code="')[1].split('"')[0]


def test_an_emn_flow_is_hidden_like_a_missing_one(client, personas, tmp_path):
    migr_x(tmp_path, "migr_hidden", emn=True)
    hidden = client.get(URL + "dataflow/ESTAT/MIGR_HIDDEN/1.0")
    missing = client.get(URL + "dataflow/ESTAT/MIGR_HIDDEN/1.0".replace("HIDDEN", "NONE"))
    assert hidden.status_code == missing.status_code == 404
    assert _code(hidden) == "100"
    assert hidden.content.replace(b"HIDDEN", b"NONE") == missing.content
    client.force_login(personas.reader)
    assert client.get(URL + "dataflow/ESTAT/MIGR_HIDDEN/1.0").status_code == 200


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("dataflow/EMN/MIGR_X/1.0", 404, "100"),
        ("dataflow/ESTAT/MIGR_X/2.0", 404, "100"),
        ("cube/ESTAT/MIGR_X/1.0", 400, "140"),
        ("provisionagreement/ESTAT/MIGR_X/1.0", 501, "501"),
        ("dataflow/ESTAT/MIGR_X/1.0?dimensionAtObservation=geo", 501, "501"),
        ("dataflow/ESTAT/MIGR_X/1.0?explicitMeasure=true", 501, "501"),
    ],
)
def test_bad_requests_get_sdmx_errors(client, tmp_path, path, status, code):
    migr_x(tmp_path)
    response = client.get(URL + path)
    assert response.status_code == status
    assert _code(response) == code


def test_only_get_and_head(client, tmp_path):
    migr_x(tmp_path)
    assert client.post(URL + "dataflow/ESTAT/MIGR_X").status_code == 405
    assert client.head(URL + "dataflow/ESTAT/MIGR_X").status_code == 200
