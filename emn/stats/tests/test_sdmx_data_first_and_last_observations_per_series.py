"""firstNObservations and lastNObservations keep that many observations of each series,
counted after the period range; given both, the first and the last ones are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from emn.stats.tests.sdmx_support import ESTAT_VALUES, csv_values, estat_dataset, fetch

pytestmark = pytest.mark.django_db


def _periods_per_series(query: str, client: Client) -> dict[tuple[str, ...], list[str]]:
    response, body = fetch(client, f"MIGR_SDMXT?format=SDMX-CSV&{query}")
    assert response.status_code == 200, body
    found: dict[tuple[str, ...], list[str]] = {}
    for key, value in csv_values(body).items():
        assert ESTAT_VALUES[key] == value
        found.setdefault(key[:-1], []).append(key[-1])
    return found


def test_last_n_per_series(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    found = _periods_per_series("lastNObservations=2", client)
    assert found[("A", "PER", "TOTAL", "FR")] == ["2020", "2021"]
    assert found[("Q", "PER", "TOTAL", "DE")] == ["2020-Q4", "2021-Q1"]
    assert found[("M", "PER", "TOTAL", "DE")] == ["2020-06", "2020-07"]
    assert len(found) == 7 and all(len(p) == 2 for p in found.values())


def test_first_n_per_series(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    found = _periods_per_series("firstNObservations=1", client)
    assert found[("A", "PC", "TOTAL", "DE")] == ["2019"]
    assert found[("Q", "PER", "TOTAL", "FR")] == ["2020-Q1"]
    assert found[("M", "PER", "TOTAL", "DE")] == ["2020-03"]


def test_first_and_last_together(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    found = _periods_per_series("firstNObservations=1&lastNObservations=1", client)
    assert found[("Q", "PER", "TOTAL", "DE")] == ["2020-Q1", "2021-Q1"]
    assert found[("A", "PER", "UA", "DE")] == ["2019", "2021"]


def test_counted_within_the_period_range(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    found = _periods_per_series("endPeriod=2020-Q3&lastNObservations=1", client)
    assert found[("Q", "PER", "TOTAL", "DE")] == ["2020-Q3"]
    assert found[("A", "PER", "TOTAL", "DE")] == ["2020"]
    assert found[("M", "PER", "TOTAL", "DE")] == ["2020-07"]


@pytest.mark.parametrize("n", ["1000", str(10**12), str(10**40)])
def test_a_huge_n_keeps_everything(client: Client, tmp_path: Path, n: str) -> None:
    estat_dataset(tmp_path)
    response, body = fetch(client, f"MIGR_SDMXT?format=SDMX-CSV&lastNObservations={n}")
    assert response.status_code == 200
    assert csv_values(body) == ESTAT_VALUES
    response, body = fetch(client, f"MIGR_SDMXT?firstNObservations={n}")
    assert response.status_code == 200 and b"Traceback" not in body
