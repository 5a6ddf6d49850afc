"""Every SDMX answer, data, structure or error, may be read by a page of another origin
(`Access-Control-Allow-Origin: *`), and such a request without the session sees public data
only."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, HIDDEN, MAIN, everything

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "status"),
    [
        (f"data/{MAIN}/A.PER.TOTAL.DE", 200),
        (f"dataflow/ESTAT/{MAIN}/latest", 200),
        (f"contentconstraint/ESTAT/{MAIN}", 200),
        (f"schema/dataflow/ESTAT/{MAIN}", 200),
        (f"data/{MAIN}/A.PER", 400),
        (f"data/{HIDDEN}", 404),
    ],
)
def test_answers_allow_any_origin(client, tmp_path, path, status):
    everything(tmp_path)
    response = client.get(BASE + path, headers={"Origin": "https://elsewhere.example"})
    assert response.status_code == status
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
