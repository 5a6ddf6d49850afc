"""The format of a data answer: the `format` parameter (any case) first, else the Accept
header; `compressed=true` gzips the body as a download; JSON and generic data are refused."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from django.test import Client

from emn.stats.tests.sdmx_support import ESTAT_VALUES, csv_values, error_of, estat_dataset, fetch

pytestmark = pytest.mark.django_db
ML = "application/vnd.sdmx.structurespecificdata+xml; version=2.1"
CSV = "application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8"
TSV = "text/tab-separated-values; charset=utf-8"


@pytest.mark.parametrize(
    ("value", "content_type"),
    [
        ("SDMX-CSV", CSV),
        ("sdmx-csv", CSV),
        ("csv", CSV),
        ("csvdata", CSV),
        ("TSV", TSV),
        ("tsv", TSV),
        ("structurespecificdata", ML),
        ("SDMX-ML", ML),
        ("xml", ML),
    ],
)
def test_format_parameter(client: Client, tmp_path: Path, value: str, content_type: str) -> None:
    estat_dataset(tmp_path)
    response, body = fetch(client, f"MIGR_SDMXT/A.PER.TOTAL.DE?format={value}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert b"140" in body


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        ("", ML),
        ("*/*", ML),
        ("application/xml", ML),
        ("application/vnd.sdmx.structurespecificdata+xml;version=2.1", ML),
        ("application/vnd.sdmx.data+csv;version=1.0.0", CSV),
        ("application/vnd.sdmx.data+csv", CSV),
        ("text/csv", CSV),
        ("text/tab-separated-values", TSV),
        ("text/html, application/xml;q=0.9, */*;q=0.8", ML),
        ("application/vnd.sdmx.genericdata+xml, text/csv;q=0.5", CSV),
        ("text/csv;q=0.2, text/tab-separated-values;q=0.9", TSV),
    ],
)
def test_accept_header(client: Client, tmp_path: Path, accept: str, content_type: str) -> None:
    estat_dataset(tmp_path)
    response, _body = fetch(client, "MIGR_SDMXT/A.PER.TOTAL.DE", Accept=accept)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type


def test_the_parameter_wins_over_accept(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    response, _ = fetch(client, "MIGR_SDMXT?FORMAT=TSV", Accept="text/csv")
    assert response["Content-Type"] == TSV


@pytest.mark.parametrize(
    ("query", "accept", "says"),
    [
        ("?format=JSON", "", "/statistics/1.0/data/migr_sdmxt"),
        ("?format=jsondata", "", "JSON-stat"),
        ("?format=xlsx", "", "Unknown format 'xlsx'"),
        ("", "application/vnd.sdmx.genericdata+xml", "generic data is not produced"),
        ("", "application/json", "None of the media types"),
        ("", "text/csv;q=0", "None of the media types"),
    ],
)
def test_what_is_not_produced_is_406(
    client: Client, tmp_path: Path, query: str, accept: str, says: str
) -> None:
    estat_dataset(tmp_path)
    response, body = fetch(client, f"MIGR_SDMXT{query}", Accept=accept)
    assert response.status_code == 406
    code, text = error_of(body)
    assert code == 406 and says in text


@pytest.mark.parametrize(("fmt", "suffix"), [("TSV", "tsv"), ("SDMX-CSV", "csv"), ("xml", "xml")])
def test_compressed_is_a_gzip_download(
    client: Client, tmp_path: Path, fmt: str, suffix: str
) -> None:
    estat_dataset(tmp_path)
    plain_response, plain = fetch(client, f"MIGR_SDMXT?format={fmt}")
    response, body = fetch(client, f"MIGR_SDMXT?format={fmt}&compressed=true")
    assert response.status_code == 200
    assert response["Content-Type"] == plain_response["Content-Type"]
    assert response["Content-Disposition"] == f"attachment; filename=MIGR_SDMXT.{suffix}.gz"
    assert body[:2] == b"\x1f\x8b"
    unpacked = gzip.decompress(body)
    if suffix == "xml":  # the message ID and timestamps differ from one answer to the next
        assert unpacked.count(b"<Obs ") == plain.count(b"<Obs ") == len(ESTAT_VALUES)
    else:
        assert unpacked == plain
    if suffix == "csv":
        assert csv_values(unpacked) == ESTAT_VALUES


def test_compressed_false_is_plain(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    response, body = fetch(client, "MIGR_SDMXT?format=TSV&compressed=false")
    assert "Content-Disposition" not in response
    assert body.startswith(b"freq,unit,citizen,geo\\TIME_PERIOD")
