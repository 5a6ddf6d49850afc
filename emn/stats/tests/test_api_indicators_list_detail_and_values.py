"""Indicators in the API: the definition, and values filtered like observations, JSON or CSV."""

from __future__ import annotations

import csv
import io

import pytest

from emn.stats.indicators.testing import indicator
from emn.stats.testing import ingest_tsv

pytestmark = pytest.mark.django_db
BASE = "/api/v1/stats/indicators/"
NUMERATOR = "".join(
    [
        "freq,citizen,geo\\TIME_PERIOD\t2020 \t2021 \n",
        "A,TOTAL,AT\t10 \t20 p\n",
        "A,TOTAL,BE\t5 e\t: c\n",
    ]
)
DENOMINATOR = "".join(
    [
        "freq,citizen,geo\\TIME_PERIOD\t2020 \t2021 \n",
        "A,TOTAL,AT\t40 \t40 \n",
        "A,TOTAL,BE\t20 \t16 \n",
    ]
)
SPEC = {
    "inputs": {
        "numerator": {"dataset": "tst_num", "filters": {"citizen": "TOTAL"}},
        "denominator": {"dataset": "tst_den", "filters": {"citizen": "TOTAL"}},
    },
    "align": ["geo"],
    "scale": 100,
}


@pytest.fixture
def rate(tmp_path):
    ingest_tsv(tmp_path, "tst_num", NUMERATOR)
    ingest_tsv(tmp_path, "tst_den", DENOMINATOR)
    return indicator(
        "test-rate",
        "ratio",
        SPEC,
        names={"en": "Test rate", "fr": "Taux d'essai"},
        definitions={"en": "Returned over ordered."},
    )


def test_the_list_and_the_detail(client, rate):
    items = client.get(BASE).json()["results"]
    assert [i["key"] for i in items] == ["test-rate"]
    detail = client.get(f"{BASE}test-rate/", {"lang": "fr"}).json()
    assert detail["name"] == "Taux d'essai"
    assert detail["definition"] == "Returned over ordered."  # English fallback
    assert (detail["formula"], detail["unit"]) == ("ratio", "percent")
    assert detail["datasets"] == ["tst_num", "tst_den"]
    assert detail["spec"]["align"] == ["geo"]


def test_values_with_flags_and_inputs(client, rate):
    body = client.get(f"{BASE}test-rate/values/").json()
    assert body["dimensions"] == ["geo"]
    assert [(i["role"], i["dataset"], i["release"]) for i in body["inputs"]] == [
        ("numerator", "tst_num", 1),
        ("denominator", "tst_den", 1),
    ]
    assert body["missing"] == []
    values = {(v["key"]["geo"], v["period"]): (v["value"], v["flag"]) for v in body["results"]}
    assert values == {
        ("AT", "2020"): (25.0, ""),
        ("AT", "2021"): (50.0, "p"),
        ("BE", "2020"): (25.0, "e"),
        ("BE", "2021"): (None, "c"),
    }


def test_values_filtered_by_aligned_dimension_and_period(client, rate):
    body = client.get(f"{BASE}test-rate/values/", {"geo": "AT", "startPeriod": "2021"}).json()
    assert [(v["key"]["geo"], v["period"], v["value"]) for v in body["results"]] == [
        ("AT", "2021", 50.0)
    ]
    assert body["count"] == 1


def test_a_dimension_not_aligned_is_refused(client, rate):
    response = client.get(f"{BASE}test-rate/values/", {"citizen": "TOTAL"})
    assert response.status_code == 400
    assert "citizen" in response.json()


def test_values_as_csv(client, rate):
    response = client.get(f"{BASE}test-rate/values/", {"format": "csv", "geo": "BE"})
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="test-rate.csv"'
    text = response.content.decode()
    assert list(csv.reader(io.StringIO(text))) == [
        ["geo", "time_period", "obs_value", "obs_flag"],
        ["BE", "2020", "25", "e"],
        ["BE", "2021", "", "c"],
    ]


def test_an_input_the_reader_may_not_see_leaves_no_values(client, rate):
    from emn.stats.models import Dataset

    Dataset.objects.filter(code="tst_den").update(dissemination="emn")
    body = client.get(f"{BASE}test-rate/values/").json()
    assert body["missing"] == ["denominator"]
    assert body["results"] == []


def test_a_definition_that_does_not_fit_is_a_conflict(client, rate):
    rate.spec = {**SPEC, "align": ["country"]}
    rate.save()
    response = client.get(f"{BASE}test-rate/values/")
    assert response.status_code == 409
    assert "country" in response.json()["detail"]


def test_a_missing_indicator_is_404(client, db):
    assert client.get(f"{BASE}nothing/").status_code == 404
    assert client.get(f"{BASE}nothing/values/").status_code == 404
