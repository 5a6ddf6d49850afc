"""Our JSON-stat answers keep the rules of the JSON-stat 2.0 format (https://json-stat.org/
format/), checked on the bytes as sent, for the small dataset and real Eurostat tables,
whole and sliced: one strict JSON document (no NaN), version 2.0, class dataset, `id` and
`size` of the same length, every id described in `dimension` with a category index covering
0..size-1 and labels only for indexed codes, `value` and `status` keyed by integer strings
below the product of the sizes, `role` naming only dimensions of `id`."""

from __future__ import annotations

import json
from datetime import datetime
from math import prod

import pytest

from emn.stats.tests.jsonstat_support import URL, real, returns

pytestmark = pytest.mark.django_db


def _strict(raw: bytes) -> dict:
    """The document, refusing what JSON does not allow (NaN, Infinity) and duplicate keys."""

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} is not JSON")

    def unique(pairs: list) -> dict:
        keys = [key for key, _value in pairs]
        assert len(keys) == len(set(keys)), "duplicate keys"
        return dict(pairs)

    return json.loads(raw.decode("utf-8"), parse_constant=refuse, object_pairs_hook=unique)


def _indexes(category: dict) -> dict[str, int]:
    """category.index as code -> position, whether written as an object or an array."""
    index = category["index"]
    return {code: i for i, code in enumerate(index)} if isinstance(index, list) else index


def _check(body: dict) -> None:
    assert body["version"] == "2.0"
    assert body["class"] == "dataset"
    assert isinstance(body["label"], str) and body["label"]
    datetime.fromisoformat(body["updated"])
    ids, sizes = body["id"], body["size"]
    assert len(ids) == len(sizes) == len(set(ids))
    assert all(isinstance(size, int) and size > 0 for size in sizes)
    assert set(body["dimension"]) == set(ids)
    for dim, size in zip(ids, sizes, strict=True):
        category = body["dimension"][dim]["category"]
        indexes = _indexes(category)
        assert sorted(indexes.values()) == list(range(size)), dim
        assert set(category.get("label", {})) <= set(indexes), dim
        assert isinstance(body["dimension"][dim]["label"], str)
    cells = prod(sizes)
    for member in ("value", "status"):
        found = body.get(member, {})
        assert isinstance(found, dict)
        assert all(key.isdigit() and int(key) < cells for key in found), member
    assert all(value is None or isinstance(value, float | int) for value in body["value"].values())
    assert all(isinstance(flag, str) and flag for flag in body["status"].values())
    assert set(body["status"].values()) <= set(body["extension"]["status"]["label"])
    for role, dims in body.get("role", {}).items():
        assert role in ("time", "geo", "metric")
        assert set(dims) <= set(ids)


def _answer(client, path: str) -> dict:
    response = client.get(URL + path)
    assert response.status_code == 200, path
    assert response["Content-Type"] == "application/json"
    body = _strict(b"".join(response.streaming_content))
    _check(body)
    return body


def test_the_small_dataset_follows_the_rules(client, tmp_path):
    returns(tmp_path)
    for query in ("", "?geo=FR", "?lastTimePeriod=1&lang=fr", "?unit=PC&time=2020"):
        _answer(client, "migr_js" + query)


@pytest.mark.parametrize(
    "path",
    [
        "demo_gind",
        "demo_gind?geo=DE&geo=FR&geo=EU27_2020",
        "demo_gind?indic_de=JAN&sinceTimePeriod=2000&lang=de",
        "sdg_08_10",
        "sdg_08_10?lastTimePeriod=2",
    ],
)
def test_real_eurostat_tables_follow_the_rules(client, path):
    real(path.split("?")[0])
    body = _answer(client, path)
    assert body["value"] and body["status"]
    assert body["role"]["geo"] == ["geo"] and body["role"]["time"] == ["time"]
