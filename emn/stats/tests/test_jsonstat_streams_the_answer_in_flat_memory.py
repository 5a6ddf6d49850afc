"""The JSON-stat answer is streamed: the document is written batch by batch from DuckDB
cursors, so the memory it takes does not grow with the slice; refusals are decided before
the first byte and are plain JSON errors."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from emn.stats.jsonstat import build, stream
from emn.stats.tests.jsonstat_support import URL, real, returns

pytestmark = pytest.mark.django_db


def test_the_answer_comes_in_batches(client, tmp_path, monkeypatch):
    returns(tmp_path)
    monkeypatch.setattr(stream, "BATCH", 2)
    response = client.get(URL + "migr_js")
    assert response.streaming
    chunks = list(response.streaming_content)
    # head, 4 batches of values (8 cells), the status separator, 2 batches of flags, the end
    assert len(chunks) == 1 + 4 + 1 + 2 + 1
    body = json.loads(b"".join(chunks))
    assert len(body["value"]) == 8 and len(body["status"]) == 3


def test_memory_while_streaming_stays_far_below_the_answer(client, monkeypatch):
    real("demo_gind")
    monkeypatch.setattr(stream, "BATCH", 200)
    response = client.get(URL + "demo_gind")
    assert response.status_code == 200
    tracemalloc.start()
    try:
        sent = 0
        for chunk in response.streaming_content:
            sent += len(chunk)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # 61,645 values and 2,641 flags make about 1 MB; built in memory the document took
    # many times that (a dict entry per cell); streamed, only a batch is held at a time.
    assert sent > 900_000
    assert peak < sent / 5, (peak, sent)


@pytest.mark.parametrize(
    ("query", "status"),
    [("geo=XX", 400), ("geo=FR&unit=PC", 404), ("", 413)],
)
def test_refusals_are_decided_before_streaming(client, tmp_path, monkeypatch, query, status):
    returns(tmp_path)
    monkeypatch.setattr(build, "MAX_OBSERVATIONS", 8)
    response = client.get(URL + "migr_js?" + query)
    assert response.status_code == status
    assert not response.streaming
    assert response.json()["error"][0]["status"] == status


def test_head_checks_and_answers_headers_only(client, tmp_path):
    returns(tmp_path)
    head = client.head(URL + "migr_js?geo=DE")
    assert head.status_code == 200
    assert not head.streaming and head.content == b""
    assert head["ETag"] == client.get(URL + "migr_js?geo=DE")["ETag"]
    assert client.head(URL + "migr_js?geo=FR&unit=PC").status_code == 404
