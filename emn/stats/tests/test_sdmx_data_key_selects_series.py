"""The key of a data query: parts in dimension order separated by `.`, alternatives joined
by `+`, an empty part for every code, `all` for everything, codes and ids in any case."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from emn.stats.tests.sdmx_support import ESTAT_VALUES, csv_values, estat_dataset, fetch

pytestmark = pytest.mark.django_db


def _selected(client: Client, path: str) -> dict[tuple[str, ...], tuple[float | None, str]]:
    sep = "&" if "?" in path else "?"
    response, body = fetch(client, f"{path}{sep}format=SDMX-CSV")
    assert response.status_code == 200, body
    return csv_values(body)


def _expected(**wanted: list[str]) -> dict[tuple[str, ...], tuple[float | None, str]]:
    positions = {"freq": 0, "unit": 1, "citizen": 2, "geo": 3}
    return {
        key: value
        for key, value in ESTAT_VALUES.items()
        if all(key[positions[dim]] in codes for dim, codes in wanted.items())
    }


@pytest.mark.parametrize(
    "path",
    ["MIGR_SDMXT", "migr_sdmxt/all", "MIGR_SDMXT/ALL", "ESTAT,MIGR_SDMXT", "estat,migr_sdmxt,1.0"],
)
def test_no_key_or_all_selects_everything(client: Client, tmp_path: Path, path: str) -> None:
    estat_dataset(tmp_path)
    assert _selected(client, path) == ESTAT_VALUES


def test_dots_separate_dimensions_in_position_order(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    assert _selected(client, "MIGR_SDMXT/A.PER.TOTAL.DE") == _expected(
        freq=["A"], unit=["PER"], citizen=["TOTAL"], geo=["DE"]
    )


def test_plus_joins_alternatives_and_empty_parts_keep_every_code(
    client: Client, tmp_path: Path
) -> None:
    estat_dataset(tmp_path)
    found = _selected(client, "MIGR_SDMXT/A+Q.PER..DE+FR")
    assert found == _expected(freq=["A", "Q"], unit=["PER"], geo=["DE", "FR"])
    assert ("A", "PER", "UA", "DE", "2021") in found
    assert ("Q", "PER", "TOTAL", "FR", "2020-Q2") in found


def test_codes_are_read_in_any_case(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    assert _selected(client, "migr_sdmxt/a.per.ua.de") == _expected(
        freq=["A"], unit=["PER"], citizen=["UA"], geo=["DE"]
    )


def test_an_all_empty_key_and_provider_all_select_everything(
    client: Client, tmp_path: Path
) -> None:
    estat_dataset(tmp_path)
    assert _selected(client, "MIGR_SDMXT/.../all") == ESTAT_VALUES
    assert _selected(client, "MIGR_SDMXT/all/ALL") == ESTAT_VALUES


def test_a_key_without_data_is_404_no_results(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    response, body = fetch(client, "MIGR_SDMXT/M.PER.UA.FR?format=SDMX-CSV")
    assert response.status_code == 404
    assert b'code="100"' in body and b"No data" in body
