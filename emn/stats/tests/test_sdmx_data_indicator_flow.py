"""An indicator is a dataflow of agency EMN: its values (and flags) are served like a
dataset's, with keys over its aligned dimensions, periods and every format."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client
from lxml import etree

from emn.stats.indicators.models import Indicator
from emn.stats.indicators.testing import values_of
from emn.stats.tests.sdmx_support import csv_rows, csv_values, fetch, return_rate

pytestmark = pytest.mark.django_db


def test_values_equal_the_computed_indicator(client: Client, tmp_path: Path) -> None:
    return_rate(tmp_path)
    response, body = fetch(client, "EMN,RETURN-RATE/SI+AT?format=SDMX-CSV")
    assert response.status_code == 200, body
    assert csv_rows(body)[0]["DATAFLOW"] == "EMN:RETURN-RATE(1.0)"
    expected = values_of(Indicator.objects.get(key="return-rate"))
    assert csv_values(body) == expected
    assert csv_values(body) == {
        ("AT", "2021"): (25.0, ""),
        ("AT", "2022"): (30.0, ""),
        ("SI", "2021"): (50.0, ""),
        ("SI", "2022"): (50.0, "p"),
    }


def test_key_period_and_last_n(client: Client, tmp_path: Path) -> None:
    return_rate(tmp_path)
    _, body = fetch(client, "emn,return-rate,1.0/si?format=csv&lastNObservations=1")
    assert csv_values(body) == {("SI", "2022"): (50.0, "p")}
    _, body = fetch(client, "RETURN-RATE/?format=csv&startPeriod=2022")
    assert set(csv_values(body)) == {("AT", "2022"), ("SI", "2022")}


def test_sdmx_ml_and_tsv(client: Client, tmp_path: Path) -> None:
    return_rate(tmp_path)
    response, body = fetch(client, "EMN,RETURN-RATE/SI")
    assert response.status_code == 200
    observations = list(etree.fromstring(body).iter("Obs"))
    assert [(o.get("TIME_PERIOD"), o.get("OBS_VALUE")) for o in observations] == [
        ("2021", "50"),
        ("2022", "50"),
    ]
    _, body = fetch(client, "EMN,RETURN-RATE?format=TSV")
    assert body.decode().splitlines()[0] == "geo\\TIME_PERIOD\t2021 \t2022 "


def test_an_indicator_is_not_an_estat_flow(client: Client, tmp_path: Path) -> None:
    return_rate(tmp_path)
    response, _ = fetch(client, "ESTAT,RETURN-RATE")
    assert response.status_code == 404


def test_updated_after_compares_the_indicator_date(client: Client, tmp_path: Path) -> None:
    return_rate(tmp_path)
    assert fetch(client, "EMN,RETURN-RATE?updatedAfter=2000-01-01")[0].status_code == 200
    response, body = fetch(client, "EMN,RETURN-RATE?updatedAfter=2999-01-01T00:00:00Z")
    assert response.status_code == 404 and b"changed after" in body
