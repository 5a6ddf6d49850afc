"""Eurostat's query parameters slice the dataset: dimension filters in any case, `time`,
`sinceTimePeriod`/`untilTimePeriod` and `lastTimePeriod`."""

from __future__ import annotations

import pytest

from emn.stats.tests.jsonstat_support import URL, returns

pytestmark = pytest.mark.django_db


def _get(client, query: str) -> dict:
    response = client.get(URL + "migr_js?" + query)
    assert response.status_code == 200, response.content
    return response.json()


def _categories(body: dict, dim: str) -> list[str]:
    return list(body["dimension"][dim]["category"]["index"])


def test_dimension_filters_repeat_and_ignore_case(client, tmp_path):
    returns(tmp_path)
    body = _get(client, "GEO=fr&unit=NR&unit=pc")
    assert body["size"] == [1, 1, 1, 3]
    assert _categories(body, "geo") == ["FR"]
    assert _categories(body, "unit") == ["NR"]
    assert body["value"] == {"0": 20.0, "2": 24.0}
    assert body["status"] == {"1": "c", "2": "e"}


def test_two_countries_keep_code_order(client, tmp_path):
    returns(tmp_path)
    body = _get(client, "geo=FR&geo=DE&unit=NR")
    assert _categories(body, "geo") == ["DE", "FR"]


def test_time_is_repeatable(client, tmp_path):
    returns(tmp_path)
    body = _get(client, "time=2021&time=2019&unit=NR&geo=DE")
    assert _categories(body, "time") == ["2019", "2021"]
    assert body["value"] == {"0": 10.0, "1": 14.0}


def test_since_and_until_bound_the_periods(client, tmp_path):
    returns(tmp_path)
    body = _get(client, "sinceTimePeriod=2020&untilTimePeriod=2020")
    assert _categories(body, "time") == ["2020"]
    body = _get(client, "sinceTimePeriod=2020")
    assert _categories(body, "time") == ["2020", "2021"]


def test_last_time_period_keeps_the_most_recent(client, tmp_path):
    returns(tmp_path)
    body = _get(client, "lastTimePeriod=2&geo=DE&unit=NR")
    assert _categories(body, "time") == ["2020", "2021"]
    assert body["value"] == {"0": 12.0, "1": 14.0}
    assert body["status"] == {"0": "p"}
    assert _categories(_get(client, "lastTimePeriod=1"), "time") == ["2021"]


def test_no_matching_data_is_a_json_404(client, tmp_path):
    returns(tmp_path)
    response = client.get(URL + "migr_js?geo=FR&unit=PC")
    assert response.status_code == 404
    assert response.json()["error"][0]["status"] == 404
