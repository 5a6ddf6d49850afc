"""A parameter the dataset cannot answer is a 400 that names it."""

from __future__ import annotations

import pytest

from emn.stats.tests.api_support import returns_dataset

pytestmark = pytest.mark.django_db
URL = "/api/v1/stats/datasets/migr_test/observations/"


def test_an_unknown_dimension_is_named(client, tmp_path):
    returns_dataset(tmp_path)
    response = client.get(URL, {"citizen": "TOTAL"})
    assert response.status_code == 400
    message = response.json()["citizen"][0]
    assert "citizen" in message
    assert "freq, unit, geo" in message


def test_an_unknown_dimension_is_named_in_json_when_csv_was_asked(client, tmp_path):
    returns_dataset(tmp_path)
    response = client.get(URL, {"citizen": "TOTAL", "format": "csv"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "citizen" in response.json()


@pytest.mark.parametrize("name", ["startPeriod", "endPeriod"])
def test_a_period_that_is_not_one(client, tmp_path, name):
    returns_dataset(tmp_path)
    response = client.get(URL, {name: "last year"})
    assert response.status_code == 400
    assert name in response.json()


def test_a_release_that_is_not_a_number(client, tmp_path):
    returns_dataset(tmp_path)
    assert client.get(URL, {"release": "latest"}).status_code == 400


def test_a_release_the_dataset_lacks_is_missing(client, tmp_path):
    returns_dataset(tmp_path)
    assert client.get(URL, {"release": "7"}).status_code == 404


def test_a_dataset_that_does_not_exist_is_missing(client, db):
    assert client.get("/api/v1/stats/datasets/nothing/observations/").status_code == 404
