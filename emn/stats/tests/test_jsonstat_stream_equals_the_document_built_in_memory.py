"""The streamed answer is the document the in-memory builder gave before streaming: the same
categories in code order and the same values and flags at the same flat indexes, checked
on real Eurostat tables against every observation read back from the release, whether the
slice is small enough to be copied first or is read from the file at each pass."""

from __future__ import annotations

import json

import pytest

from emn.stats import reading
from emn.stats.jsonstat import slicing
from emn.stats.tests.jsonstat_support import URL, real

pytestmark = pytest.mark.django_db


def _in_memory(release, filters: dict[str, list[str]] | None) -> dict:
    """id, size, category indexes, value and status as the former builder made them: every
    row in memory, categories sorted, cells keyed by the row-major flat index."""
    rows = reading.observations(release, filters)
    dims = reading.dimension_codes(release)
    keys = [[*(obs.key[d] for d in dims), obs.period] for obs in rows]
    categories = [sorted({key[i] for key in keys}) for i in range(len(dims) + 1)]
    positions = [{code: i for i, code in enumerate(codes)} for codes in categories]
    values, status = {}, {}
    for obs, key in zip(rows, keys, strict=True):
        index = 0
        for i, code in enumerate(key):
            index = index * len(categories[i]) + positions[i][code]
        if obs.value is not None:
            values[str(index)] = obs.value
        if obs.flag:
            status[str(index)] = obs.flag
    return {
        "id": [*dims, "time"],
        "size": [len(codes) for codes in categories],
        "index": [dict(p) for p in positions],
        "value": values,
        "status": status,
    }


@pytest.mark.parametrize(
    ("code", "query", "filters"),
    [
        ("demo_gind", "", None),
        (
            "demo_gind",
            "?geo=SI&geo=AT&indic_de=JAN&indic_de=CNMIGRAT",
            {"geo": ["SI", "AT"], "indic_de": ["JAN", "CNMIGRAT"]},
        ),
        ("sdg_08_10", "", None),
    ],
)
@pytest.mark.parametrize("small_slice", [slicing.SMALL_SLICE, 0], ids=["copied", "file"])
def test_the_stream_equals_the_in_memory_document(
    client, monkeypatch, code, query, filters, small_slice
):
    monkeypatch.setattr(slicing, "SMALL_SLICE", small_slice)
    release = real(code)
    response = client.get(URL + code + query)
    body = json.loads(b"".join(response.streaming_content))
    expected = _in_memory(release, filters)
    assert body["id"] == expected["id"]
    assert body["size"] == expected["size"]
    assert [body["dimension"][d]["category"]["index"] for d in body["id"]] == expected["index"]
    assert body["value"] == expected["value"]
    assert body["status"] == expected["status"]
    assert list(body["value"]) == sorted(body["value"], key=int)  # written in index order
