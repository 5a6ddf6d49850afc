"""Observations are sliced by dimension codes (repeated or comma-separated) and periods."""

from __future__ import annotations

import pytest

from emn.stats.tests.api_support import returns_dataset

pytestmark = pytest.mark.django_db
URL = "/api/v1/stats/datasets/migr_test/observations/"


def _cells(response) -> list[tuple[str, str, float | None, str]]:
    return [
        (o["key"]["geo"], o["period"], o["value"], o["flag"]) for o in response.json()["results"]
    ]


def test_every_observation_in_key_and_period_order(client, tmp_path):
    returns_dataset(tmp_path)
    response = client.get(URL)
    assert response.status_code == 200
    body = response.json()
    assert body["dataset"] == "migr_test"
    assert body["release"] == 1
    assert body["dimensions"] == ["freq", "unit", "geo"]
    assert body["count"] == 8  # SI 2021 is a bare ':' and no observation
    assert _cells(response)[:3] == [
        ("DE", "2019", 100.0, ""),
        ("DE", "2020", 120.0, ""),
        ("DE", "2021", 130.0, "p"),
    ]
    assert body["results"][0]["key"] == {"freq": "A", "unit": "NR", "geo": "DE"}


def test_a_confidential_value_is_null_with_its_flag(client, tmp_path):
    returns_dataset(tmp_path)
    response = client.get(URL, {"geo": "FR", "startPeriod": "2020", "endPeriod": "2020"})
    assert _cells(response) == [("FR", "2020", None, "c")]


@pytest.mark.parametrize("query", ["geo=DE&geo=SI", "geo=DE,SI", "GEO=DE,SI&unit=NR"])
def test_codes_repeated_or_comma_separated(client, tmp_path, query):
    returns_dataset(tmp_path)
    response = client.get(f"{URL}?{query}&startPeriod=2020")
    assert _cells(response) == [
        ("DE", "2020", 120.0, ""),
        ("DE", "2021", 130.0, "p"),
        ("SI", "2020", 12.0, ""),
    ]


def test_an_unknown_code_matches_nothing(client, tmp_path):
    returns_dataset(tmp_path)
    response = client.get(URL, {"geo": "XX"})
    assert response.status_code == 200
    assert response.json()["count"] == 0
    assert response.json()["results"] == []


def test_an_end_year_takes_in_the_whole_year(client, tmp_path):
    returns_dataset(tmp_path)
    response = client.get(URL, {"geo": "DE", "startPeriod": "2020", "endperiod": "2020"})
    assert _cells(response) == [("DE", "2020", 120.0, "")]


def test_pages_are_capped_and_linked(client, tmp_path):
    returns_dataset(tmp_path)
    first = client.get(URL, {"limit": 3}).json()
    assert len(first["results"]) == 3
    assert first["count"] == 8
    assert first["previous"] is None
    second = client.get(first["next"]).json()
    assert [o["period"] for o in second["results"]] == ["2019", "2020", "2021"]
    assert second["results"][0]["key"]["geo"] == "FR"
    assert client.get(URL, {"limit": 50_000}).json()["count"] == 8
