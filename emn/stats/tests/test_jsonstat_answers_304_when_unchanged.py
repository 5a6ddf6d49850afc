"""The answer carries an ETag and Last-Modified from the release; asking again with them
gets a 304, and a new release or another query gets a fresh answer."""

from __future__ import annotations

import pytest

from emn.stats.testing import ingest_tsv
from emn.stats.tests.jsonstat_support import TSV, URL, returns

pytestmark = pytest.mark.django_db


def test_revalidation_gives_304(client, tmp_path):
    returns(tmp_path)
    first = client.get(URL + "migr_js?geo=DE")
    assert first.status_code == 200
    assert first["Last-Modified"]
    again = client.get(URL + "migr_js?geo=DE", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    since = client.get(URL + "migr_js?geo=DE", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    other = client.get(URL + "migr_js?geo=FR", HTTP_IF_NONE_MATCH=first["ETag"])
    assert other.status_code == 200


def test_a_new_release_changes_the_etag(client, tmp_path):
    returns(tmp_path)
    first = client.get(URL + "migr_js")
    (tmp_path / "next").mkdir()
    ingest_tsv(tmp_path / "next", "migr_js", TSV.replace("10 ", "11 "))
    second = client.get(URL + "migr_js", HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second.json()["value"]["0"] == 11.0
