"""Bad requests get Eurostat's JSON error body with the right status, never a page or a 500;
an `emn` dataset is missing to the public and readable by an EMN member."""

from __future__ import annotations

import pytest

from emn.stats.tests.jsonstat_support import URL, returns

pytestmark = pytest.mark.django_db


def _error(response, status: int) -> dict:
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    error = response.json()["error"][0]
    assert error["status"] == status and error["id"] and error["label"]
    return error


@pytest.mark.parametrize(
    "query",
    [
        "colour=red",
        "geo=XX",
        "time=twenty",
        "sinceTimePeriod=2020-13x",
        "sinceTimePeriod=2021&untilTimePeriod=2019",
        "lastTimePeriod=0",
        "lastTimePeriod=-1",
        "lastTimePeriod=many",
    ],
)
def test_bad_parameters_are_400(client, tmp_path, query):
    returns(tmp_path)
    _error(client.get(URL + "migr_js?" + query), 400)


def test_unknown_dataset_is_404(client, tmp_path):
    returns(tmp_path)
    assert "no_such" in _error(client.get(URL + "no_such"), 404)["label"]


def test_emn_dataset_is_missing_to_the_public(client, tmp_path):
    returns(tmp_path, "restricted_js", emn=True)
    hidden = client.get(URL + "restricted_js")
    missing = client.get(URL + "restricted_jt")
    _error(hidden, 404)
    assert hidden.json()["error"][0]["id"] == missing.json()["error"][0]["id"]


def test_emn_dataset_is_read_by_a_member(client, personas, tmp_path):
    returns(tmp_path, "restricted_js", emn=True)
    client.force_login(personas.reader)
    response = client.get(URL + "RESTRICTED_JS")
    assert response.status_code == 200
    assert response.json()["extension"]["datasetId"] == "restricted_js"


def test_only_reads_are_allowed(client, tmp_path):
    returns(tmp_path)
    assert client.post(URL + "migr_js").status_code == 405


def test_a_query_too_large_is_a_413_saying_so(client, db, tmp_path, monkeypatch):
    from emn.stats.jsonstat import build

    returns(tmp_path)
    monkeypatch.setattr(build, "MAX_OBSERVATIONS", 3)
    response = client.get("/statistics/1.0/data/migr_js")
    assert response.status_code == 413
    error = response.json()["error"][0]
    assert error["status"] == 413 and error["id"] == "TOO_LARGE"
    assert "at most 3" in error["label"]
