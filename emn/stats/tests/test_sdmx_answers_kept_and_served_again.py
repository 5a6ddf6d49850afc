"""A whole SDMX or JSON-stat answer is kept under STATS_ROOT/answers and served again as a
file: the same bytes, never after a new release, never to a reader who may not see the flow,
nothing kept of an answer the client stopped reading, nothing at all with a budget of 0."""

from __future__ import annotations

import pytest
from django.conf import settings

from emn.stats.testing import ingest_tsv
from emn.stats.tests.sdmx_structure_support import HIDDEN, MAIN, MAIN_TSV, everything

pytestmark = pytest.mark.django_db

CSV = f"/sdmx/2.1/data/{MAIN}/A.PER..DE?format=SDMX-CSV"
TSV = f"/sdmx/2.1/data/{MAIN}?format=TSV"
XML = f"/sdmx/2.1/data/{MAIN}/A.PER..DE+FR"
JSON = f"/statistics/1.0/data/{MAIN}?geo=DE"


def _kept():
    folder = settings.STATS_ROOT / "answers"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("path", [CSV, TSV, XML, JSON])
def test_the_second_answer_is_the_kept_file(client, tmp_path, path):
    everything(tmp_path)
    first = _body(client.get(path))
    kept = _kept()
    assert len(kept) == 1 and kept[0].endswith(".answer")
    (settings.STATS_ROOT / "answers" / kept[0]).write_bytes(b"KEPT" + first)
    assert _body(client.get(path)) == b"KEPT" + first


def test_a_new_release_is_never_answered_from_an_old_file(client, tmp_path):
    everything(tmp_path)
    before = _body(client.get(CSV)).decode()
    assert ",DE,2019,100," in before
    (tmp_path / "again").mkdir()
    ingest_tsv(
        tmp_path / "again", MAIN, MAIN_TSV.replace("A,PER,TOTAL,DE\t100 ", "A,PER,TOTAL,DE\t101 ")
    )
    after = _body(client.get(CSV)).decode()
    assert ",DE,2019,101," in after


def test_a_members_answer_is_not_served_to_the_public(client, personas, tmp_path):
    everything(tmp_path)
    client.force_login(personas.reader)
    assert client.get(f"/sdmx/2.1/data/{HIDDEN}?format=SDMX-CSV").status_code == 200
    assert len(_kept()) == 1
    client.logout()
    response = client.get(f"/sdmx/2.1/data/{HIDDEN}?format=SDMX-CSV")
    assert response.status_code == 404
    assert b"LU" not in response.content


def test_an_answer_read_halfway_leaves_nothing(client, tmp_path):
    everything(tmp_path)
    response = client.get(XML)
    next(iter(response.streaming_content))
    response.close()
    assert _kept() == []


def test_a_budget_of_zero_keeps_nothing(client, settings, tmp_path):
    settings.STATS_ANSWER_CACHE_MB = 0
    everything(tmp_path)
    for path in (CSV, TSV, XML, JSON):
        assert client.get(path).status_code == 200
    assert _kept() == []
