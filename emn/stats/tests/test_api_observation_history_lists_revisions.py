"""`observations/history/` gives one value and every release that added or changed it."""

from __future__ import annotations

import pytest

from emn.stats.testing import ingest_tsv
from emn.stats.tests.api_support import RETURNS_REVISED, returns_dataset

pytestmark = pytest.mark.django_db
URL = "/api/v1/stats/datasets/migr_test/observations/history/"
KEY = {"freq": "A", "unit": "NR", "geo": "DE"}


@pytest.fixture
def revised(tmp_path):
    returns_dataset(tmp_path)
    revised_dir = tmp_path / "second"
    revised_dir.mkdir()
    return ingest_tsv(revised_dir, "migr_test", RETURNS_REVISED)


def test_a_changed_value_names_the_release_and_the_old_value(client, revised):
    response = client.get(URL, {**KEY, "period": "2020"})
    assert response.status_code == 200
    body = response.json()
    assert body["release"] == 2
    assert (body["value"], body["flag"], body["found"]) == (125.0, "e", True)
    changes = [r for r in body["revisions"] if r["release"] == 2]
    assert len(changes) == 1
    assert changes[0]["change"] == "changed"
    assert (changes[0]["old_value"], changes[0]["old_flag"]) == (120.0, "")
    assert (changes[0]["new_value"], changes[0]["new_flag"]) == (125.0, "e")


def test_an_older_release_is_read_when_named(client, revised):
    body = client.get(URL, {**KEY, "period": "2020", "release": "1"}).json()
    assert (body["release"], body["value"]) == (1, 120.0)


def test_a_value_never_revised_has_no_change_after_the_first_release(client, revised):
    body = client.get(URL, {**KEY, "period": "2019"}).json()
    assert body["value"] == 100.0
    assert [r for r in body["revisions"] if r["release"] > 1] == []


def test_every_dimension_needs_one_code(client, revised):
    response = client.get(URL, {"geo": "DE,FR", "period": "2020"})
    assert response.status_code == 400
    assert set(response.json()) == {"freq", "unit", "geo"}


def test_the_period_is_required(client, revised):
    response = client.get(URL, KEY)
    assert response.status_code == 400
    assert "period" in response.json()
