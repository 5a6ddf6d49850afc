"""`format=csv` (or `Accept: text/csv`) streams every matching observation with a header."""

from __future__ import annotations

import csv
import io

import pytest

from emn.stats.tests.api_support import returns_dataset

pytestmark = pytest.mark.django_db
URL = "/api/v1/stats/datasets/migr_test/observations/"


def _rows(response) -> list[list[str]]:
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


def test_all_rows_with_a_header(client, tmp_path):
    returns_dataset(tmp_path)
    response = client.get(URL, {"format": "csv", "limit": 2})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="migr_test-1.csv"'
    rows = _rows(response)
    assert rows[0] == ["freq", "unit", "geo", "time_period", "obs_value", "obs_flag"]
    assert len(rows) == 1 + 8  # the page size does not apply to the file
    assert rows[1:4] == [
        ["A", "NR", "DE", "2019", "100", ""],
        ["A", "NR", "DE", "2020", "120", ""],
        ["A", "NR", "DE", "2021", "130", "p"],
    ]
    assert ["A", "NR", "FR", "2020", "", "c"] in rows


def test_filtered_like_json(client, tmp_path):
    returns_dataset(tmp_path)
    response = client.get(URL, {"format": "csv", "geo": "SI,FR", "startPeriod": "2020"})
    assert _rows(response)[1:] == [
        ["A", "NR", "FR", "2020", "", "c"],
        ["A", "NR", "FR", "2021", "250", ""],
        ["A", "NR", "SI", "2020", "12", ""],
    ]


def test_chosen_by_the_accept_header(client, tmp_path):
    returns_dataset(tmp_path)
    response = client.get(URL, {"geo": "SI"}, HTTP_ACCEPT="text/csv")
    assert response["Content-Type"].startswith("text/csv")
    assert len(_rows(response)) == 3


def test_an_unknown_code_gives_the_header_only(client, tmp_path):
    returns_dataset(tmp_path)
    rows = _rows(client.get(URL, {"format": "csv", "geo": "XX"}))
    assert rows == [["freq", "unit", "geo", "time_period", "obs_value", "obs_flag"]]


def test_fractions_keep_their_digits(client, tmp_path):
    from emn.stats.models import Dataset
    from emn.stats.testing import ingest_tsv

    Dataset.objects.create(code="rates")
    ingest_tsv(tmp_path, "rates", "unit,geo\\TIME_PERIOD\t2020 \nPC,DE\t12.25 \n")
    rows = _rows(client.get("/api/v1/stats/datasets/rates/observations/", {"format": "csv"}))
    assert rows[1] == ["PC", "DE", "2020", "12.25", ""]
