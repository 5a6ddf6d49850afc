"""Data answers stream: over real HTTP (a live server) the body arrives in chunks with no
Content-Length, gzip included; SDMX-CSV's temporary file is unlinked before the first byte."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
import requests
from django.test import Client

from emn.stats import duck
from emn.stats.tests.sdmx_support import BASE, ESTAT_VALUES, csv_values, estat_dataset, fetch

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("fmt", ["SDMX-CSV", "TSV", "structurespecificdata"])
def test_over_http(live_server: Any, tmp_path: Path, fmt: str) -> None:
    estat_dataset(tmp_path)
    url = f"{live_server.url}{BASE}MIGR_SDMXT?format={fmt}"
    plain = requests.get(url, timeout=30)
    assert plain.status_code == 200
    assert "Content-Length" not in plain.headers
    assert plain.headers["ETag"]
    packed = requests.get(url + "&compressed=true", timeout=30)
    assert packed.headers["Content-Disposition"].endswith(".gz")
    body = gzip.decompress(packed.content)
    if fmt == "SDMX-CSV":
        assert body == plain.content
        assert csv_values(body) == ESTAT_VALUES
    head = requests.head(url, timeout=30)
    assert head.status_code == 200 and head.content == b""


def test_the_csv_file_is_gone_before_the_first_byte(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    response = client.get(BASE + "MIGR_SDMXT?format=SDMX-CSV")
    assert response.streaming
    assert not list(duck.temp_dir().glob("sdmx-*"))
    assert csv_values(b"".join(response.streaming_content)) == ESTAT_VALUES
    _, _ = fetch(client, "MIGR_SDMXT?format=SDMX-CSV&compressed=true")
    assert not list(duck.temp_dir().glob("sdmx-*"))
