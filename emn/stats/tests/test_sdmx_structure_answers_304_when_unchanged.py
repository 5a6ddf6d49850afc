"""Structure answers carry ETag and Last-Modified from the releases behind them: revalidating
gives 304 until a new release changes the flows, and the tag differs per query."""

from __future__ import annotations

import pytest

from emn.stats.testing import ingest_tsv
from emn.stats.tests.sdmx_structure_support import BASE, MAIN, main_flow

pytestmark = pytest.mark.django_db
URL = BASE + "dataflow/ESTAT/MIGR_STA/latest?references=all"


def test_if_none_match_gives_304(client, tmp_path):
    main_flow(tmp_path)
    first = client.get(URL)
    assert first.status_code == 200
    assert first["ETag"]
    assert first["Last-Modified"]
    again = client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_if_modified_since_gives_304(client, tmp_path):
    main_flow(tmp_path)
    first = client.get(BASE + "codelist/ESTAT/GEO")
    again = client.get(BASE + "codelist/ESTAT/GEO", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304


def test_another_query_or_a_new_release_changes_the_tag(client, tmp_path):
    main_flow(tmp_path)
    first = client.get(URL)["ETag"]
    assert client.get(BASE + "dataflow/ESTAT/MIGR_STA/latest")["ETag"] != first
    again = tmp_path / "again"
    again.mkdir()
    ingest_tsv(again, MAIN, "freq,geo\\TIME_PERIOD\t2022 \nA,DE\t1 \n")
    fresh = client.get(URL, HTTP_IF_NONE_MATCH=first)
    assert fresh.status_code == 200
    assert fresh["ETag"] != first
