"""`detail`: full gives values and flags; dataonly values without flags; serieskeysonly and
nodata the series keys without observations, in SDMX-CSV and in SDMX-ML alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client
from lxml import etree

from emn.stats.tests.sdmx_support import ESTAT_VALUES, csv_rows, csv_values, estat_dataset, fetch

pytestmark = pytest.mark.django_db
SERIES = sorted({key[:-1] for key in ESTAT_VALUES})


def _xml(body: bytes) -> etree._Element:
    return etree.fromstring(body)


def test_full_carries_values_and_flags(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    _, body = fetch(client, "MIGR_SDMXT?format=SDMX-CSV&detail=full")
    assert csv_values(body) == ESTAT_VALUES
    _, body = fetch(client, "MIGR_SDMXT?detail=full")
    flags = {obs.get("OBS_FLAG") for obs in _xml(body).iter("Obs")}
    assert flags == {None, "p", "e", "c"}


def test_dataonly_drops_the_flags(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    _, body = fetch(client, "MIGR_SDMXT?format=SDMX-CSV&detail=dataonly")
    rows = csv_rows(body)
    assert "OBS_FLAG" not in rows[0]
    assert len(rows) == len(ESTAT_VALUES)
    values = {(r["freq"], r["unit"], r["citizen"], r["geo"], r["TIME_PERIOD"]): r for r in rows}
    for key, (value, _flag) in ESTAT_VALUES.items():
        assert values[key]["OBS_VALUE"] == ("" if value is None else f"{value:g}")
    _, body = fetch(client, "MIGR_SDMXT?detail=dataonly")
    observations = list(_xml(body).iter("Obs"))
    assert len(observations) == len(ESTAT_VALUES)
    assert all(obs.get("OBS_FLAG") is None for obs in observations)


@pytest.mark.parametrize("detail", ["serieskeysonly", "nodata", "SeriesKeysOnly"])
def test_series_keys_without_observations(client: Client, tmp_path: Path, detail: str) -> None:
    estat_dataset(tmp_path)
    _, body = fetch(client, f"MIGR_SDMXT?format=SDMX-CSV&detail={detail}")
    rows = csv_rows(body)
    assert [(r["freq"], r["unit"], r["citizen"], r["geo"]) for r in rows] == SERIES
    assert all(r["TIME_PERIOD"] == r["OBS_VALUE"] == "" for r in rows)
    _, body = fetch(client, f"MIGR_SDMXT?detail={detail}")
    doc = _xml(body)
    assert len(list(doc.iter("Series"))) == len(SERIES)
    assert not list(doc.iter("Obs"))


def test_series_keys_follow_the_key_and_the_range(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    _, body = fetch(
        client, "MIGR_SDMXT/..TOTAL.?format=SDMX-CSV&detail=serieskeysonly&startPeriod=2021-Q1"
    )
    keys = [(r["freq"], r["unit"], r["geo"]) for r in csv_rows(body)]
    # The monthly series ends in July 2020: it has no observation in the range.
    assert keys == [
        ("A", "PC", "DE"),
        ("A", "PER", "DE"),
        ("A", "PER", "FR"),
        ("Q", "PER", "DE"),
        ("Q", "PER", "FR"),
    ]
