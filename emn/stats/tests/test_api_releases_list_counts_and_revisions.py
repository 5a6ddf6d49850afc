"""Every release of a dataset, newest first, with counts, checksum and revision counts."""

from __future__ import annotations

import hashlib

import pytest

from emn.stats.testing import ingest_tsv
from emn.stats.tests.api_support import RETURNS, RETURNS_REVISED, returns_dataset

pytestmark = pytest.mark.django_db
URL = "/api/v1/stats/datasets/migr_test/releases/"


@pytest.fixture
def revised(tmp_path):
    returns_dataset(tmp_path)
    second = tmp_path / "second"
    second.mkdir()
    return ingest_tsv(second, "migr_test", RETURNS_REVISED)


def test_newest_first_with_states_and_counts(client, revised):
    body = client.get(URL).json()
    assert body["count"] == 2
    newest, oldest = body["results"]
    assert (newest["number"], newest["state"]) == (2, "current")
    assert (oldest["number"], oldest["state"]) == (1, "superseded")
    assert newest["observations"] == 9
    assert (newest["changed"], newest["added"], newest["removed"]) == (1, 1, 0)
    assert newest["flag_counts"]["e"] == 1
    assert newest["source_format"]
    assert isinstance(newest["warnings"], list)
    assert oldest["checksum"] == hashlib.sha256(RETURNS.encode()).hexdigest()
    assert "dimensions" not in newest


def test_one_release_with_its_dimensions(client, revised):
    response = client.get(f"{URL}1/")
    assert response.status_code == 200
    body = response.json()
    assert body["number"] == 1
    assert [d["code"] for d in body["dimensions"]] == ["freq", "unit", "geo"]
    assert client.get(f"{URL}3/").status_code == 404


def test_a_missing_dataset_has_no_releases(client, db):
    assert client.get("/api/v1/stats/datasets/nothing/releases/").status_code == 404
