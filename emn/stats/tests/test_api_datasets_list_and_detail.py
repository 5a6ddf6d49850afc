"""Datasets in the API: the list with its current release, the detail with labelled codes."""

from __future__ import annotations

import pytest

from emn.core.models import Theme
from emn.stats.models import Dataset
from emn.stats.tests.api_support import returns_dataset

pytestmark = pytest.mark.django_db
LIST = "/api/v1/stats/datasets/"


def test_the_list_summarises_the_current_release(client, tmp_path):
    returns_dataset(tmp_path)
    body = client.get(LIST).json()
    assert body["count"] == 1
    item = body["results"][0]
    assert item["code"] == "migr_test"
    assert item["title"] == "Third-country nationals returned"
    assert item["titles"]["fr"] == "Ressortissants renvoyés"
    assert (item["source"], item["agency"], item["dissemination"]) == (
        "eurostat",
        "ESTAT",
        "public",
    )
    release = item["current_release"]
    assert release["number"] == 1
    assert release["observations"] == 8
    assert (release["first_period"], release["last_period"]) == ("2019", "2021")
    assert "dimensions" not in item


def test_the_title_follows_the_language(client, tmp_path):
    returns_dataset(tmp_path)
    item = client.get(LIST, {"lang": "fr"}).json()["results"][0]
    assert item["title"] == "Ressortissants renvoyés"


def test_the_detail_lists_dimensions_with_labelled_codes(client, tmp_path):
    returns_dataset(tmp_path)
    body = client.get(f"{LIST}migr_test/", {"lang": "de"}).json()
    dimensions = {d["code"]: d for d in body["dimensions"]}
    assert [d["code"] for d in body["dimensions"]] == ["freq", "unit", "geo"]
    geo = {c["code"]: c for c in dimensions["geo"]["codes"]}
    assert set(geo) == {"DE", "FR", "SI"}
    assert geo["DE"]["label"] == "Deutschland"
    assert geo["SI"]["observations"] == 2


def test_a_dataset_without_a_release_has_no_dimensions(client, db):
    Dataset.objects.create(code="empty_one")
    body = client.get(f"{LIST}empty_one/").json()
    assert body["current_release"] is None
    assert body["dimensions"] == []


def test_filtered_by_words_of_code_or_title_and_by_source(client, tmp_path):
    returns_dataset(tmp_path)
    Dataset.objects.create(
        code="ncp_returns", source="collection", titles={"en": "Reintegration spending"}
    )

    def codes(**query):
        return [d["code"] for d in client.get(LIST, query).json()["results"]]

    assert codes(q="renvoyés") == ["migr_test"]
    assert codes(q="RETURNED third") == ["migr_test"]
    assert codes(q="ncp_ret") == ["ncp_returns"]
    assert codes(q="returned spending") == []
    assert codes(source="collection") == ["ncp_returns"]
    assert codes(source="eurostat") == ["migr_test"]
    assert client.get(LIST, {"source": "elsewhere"}).status_code == 400


def test_filtered_by_theme(client, tmp_path):
    release = returns_dataset(tmp_path)
    theme, _ = Theme.objects.get_or_create(code="return")
    release.dataset.themes.add(theme)
    Dataset.objects.create(code="other_one")
    body = client.get(LIST, {"theme": "return"}).json()
    assert [d["code"] for d in body["results"]] == ["migr_test"]
    assert body["results"][0]["themes"] == ["return"]


def test_a_missing_dataset_is_404(client, db):
    assert client.get(f"{LIST}nothing/").status_code == 404
