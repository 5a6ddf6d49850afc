"""startPeriod/endPeriod keep an observation when the time its period covers overlaps the
range: 2020-Q2 keeps the year 2020 and the months April and June; Eurostat's own period forms
(2020Q3, 2020M07) and days and weeks read too."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from emn.stats.tests.sdmx_support import ESTAT_VALUES, csv_values, estat_dataset, fetch

pytestmark = pytest.mark.django_db

CASES = [
    ("startPeriod=2020-Q2&endPeriod=2020-Q2", {"2020", "2020-Q2", "2020-04", "2020-06"}),
    ("startPeriod=2021", {"2021", "2021-Q1"}),
    ("endPeriod=2019", {"2019"}),
    ("startPeriod=2020Q3", {"2020", "2021", "2020-Q3", "2020-Q4", "2021-Q1", "2020-07"}),
    ("startPeriod=2020M07&endPeriod=2020-07", {"2020", "2020-Q3", "2020-07"}),
    ("startPeriod=2020-S2&endPeriod=2020-S2", {"2020", "2020-Q3", "2020-Q4", "2020-07"}),
    ("startPeriod=2020-04-15&endPeriod=2020-04-15", {"2020", "2020-Q2", "2020-04"}),
    # ISO week 14 of 2020 runs from Monday 30 March to Sunday 5 April.
    (
        "startPeriod=2020-W14&endPeriod=2020-W14",
        {"2020", "2020-Q1", "2020-Q2", "2020-03", "2020-04"},
    ),
    ("startPeriod=2019&endPeriod=2021", {key[-1] for key in ESTAT_VALUES}),
]


@pytest.mark.parametrize(("query", "periods"), CASES)
def test_a_range_keeps_the_periods_it_overlaps(
    client: Client, tmp_path: Path, query: str, periods: set[str]
) -> None:
    estat_dataset(tmp_path)
    response, body = fetch(client, f"MIGR_SDMXT?format=SDMX-CSV&{query}")
    assert response.status_code == 200, body
    found = csv_values(body)
    assert {key[-1] for key in found} == periods
    assert found == {key: value for key, value in ESTAT_VALUES.items() if key[-1] in periods}


def test_a_range_with_a_key_keeps_only_that_series(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    _, body = fetch(client, "MIGR_SDMXT/Q.PER.TOTAL.FR?format=csv&startPeriod=2020-Q2")
    assert csv_values(body) == {
        ("Q", "PER", "TOTAL", "FR", "2020-Q2"): (None, "c"),
        ("Q", "PER", "TOTAL", "FR", "2020-Q3"): (55.0, ""),
        ("Q", "PER", "TOTAL", "FR", "2020-Q4"): (45.0, "e"),
        ("Q", "PER", "TOTAL", "FR", "2021-Q1"): (60.0, ""),
    }


def test_a_range_outside_the_data_is_404(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    response, body = fetch(client, "MIGR_SDMXT?startPeriod=2030&endPeriod=2031")
    assert response.status_code == 404
    assert b'code="100"' in body
