"""Every data answer carries an ETag and Last-Modified from the release; revalidating gets
304 until a new release (or another query); HEAD gives the same status and headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from emn.stats.testing import ingest_tsv
from emn.stats.tests.sdmx_support import BASE, ESTAT_CODE, ESTAT_TSV, estat_dataset, fetch

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fmt", ["SDMX-CSV", "TSV", "structurespecificdata"])
def test_revalidation_gives_304(client: Client, tmp_path: Path, fmt: str) -> None:
    estat_dataset(tmp_path)
    first, _ = fetch(client, f"MIGR_SDMXT/A..TOTAL.DE?format={fmt}")
    assert first.status_code == 200
    assert first["ETag"] and first["Last-Modified"]
    again, body = fetch(
        client, f"MIGR_SDMXT/A..TOTAL.DE?format={fmt}", **{"If-None-Match": first["ETag"]}
    )
    assert again.status_code == 304 and body == b""
    since, _ = fetch(
        client,
        f"MIGR_SDMXT/A..TOTAL.DE?format={fmt}",
        **{"If-Modified-Since": first["Last-Modified"]},
    )
    assert since.status_code == 304
    other, _ = fetch(
        client, f"MIGR_SDMXT/A..TOTAL.FR?format={fmt}", **{"If-None-Match": first["ETag"]}
    )
    assert other.status_code == 200


def test_the_same_query_in_another_order_is_the_same_entity(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    first, _ = fetch(client, "MIGR_SDMXT?format=csv&startPeriod=2020&endPeriod=2021")
    second, _ = fetch(client, "MIGR_SDMXT?endPeriod=2021&format=csv&startPeriod=2020")
    assert first["ETag"] == second["ETag"]


def test_a_new_release_changes_the_etag(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    first, _ = fetch(client, "MIGR_SDMXT/A.PER.TOTAL.DE?format=csv")
    ingest_tsv(tmp_path, ESTAT_CODE, ESTAT_TSV.replace("\t140 ", "\t141 "))
    second, body = fetch(
        client, "MIGR_SDMXT/A.PER.TOTAL.DE?format=csv", **{"If-None-Match": first["ETag"]}
    )
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    assert b",2021,141," in body


def test_head_answers_the_headers_only(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    get, _ = fetch(client, "MIGR_SDMXT?format=SDMX-CSV")
    head = client.head(BASE + "MIGR_SDMXT?format=SDMX-CSV")
    assert head.status_code == 200
    assert head.content == b""
    for name in ("Content-Type", "ETag", "Last-Modified"):
        assert head[name] == get[name]
    assert client.head(BASE + "NO_SUCH_FLOW").status_code == 404
    assert client.head(BASE + "MIGR_SDMXT?startPeriod=2040").status_code == 404
    assert client.post(BASE + "MIGR_SDMXT").status_code == 405
