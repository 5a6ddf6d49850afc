"""A JSON-stat answer is a JSON-stat 2.0 dataset in Eurostat's order, whose flat index finds
each ingested value and flag."""

from __future__ import annotations

from itertools import product
from math import prod

import pytest

from emn.stats import reading
from emn.stats.tests.jsonstat_support import URL, returns

pytestmark = pytest.mark.django_db


def test_the_dataset_has_eurostat_shape(client, tmp_path):
    returns(tmp_path)
    body = client.get(URL + "MIGR_JS").json()
    assert body["version"] == "2.0"
    assert body["class"] == "dataset"
    assert body["label"] == "Returns of third-country nationals"
    assert body["source"] == "ESTAT"
    assert body["updated"]
    assert body["id"] == ["freq", "unit", "geo", "time"]
    assert body["size"] == [1, 2, 2, 3]
    assert list(body["dimension"]) == body["id"]
    assert body["dimension"]["geo"]["category"]["index"] == {"DE": 0, "FR": 1}
    assert body["dimension"]["geo"]["category"]["label"] == {"DE": "Germany", "FR": "France"}
    assert body["dimension"]["time"]["category"]["index"] == {"2019": 0, "2020": 1, "2021": 2}
    assert body["extension"]["datasetId"] == "migr_js"
    assert body["extension"]["agencyId"] == "ESTAT"
    assert body["extension"]["lang"] == "EN"


def test_the_flat_index_finds_every_ingested_value(client, tmp_path):
    release = returns(tmp_path)
    body = client.get(URL + "migr_js").json()
    ids, sizes = body["id"], body["size"]
    indexes = [body["dimension"][d]["category"]["index"] for d in ids]
    assert all(len(index) == size for index, size in zip(indexes, sizes, strict=True))
    expected = {}
    for obs in reading.observations(release):
        codes = [*(obs.key[d] for d in ids[:-1]), obs.period]
        flat = 0
        for index, size, code in zip(indexes, sizes, codes, strict=True):
            flat = flat * size + index[code]
        expected[flat] = (obs.value, obs.flag)
    cells = list(product(*(range(size) for size in sizes)))
    assert len(cells) == prod(sizes)
    values = {int(k): v for k, v in body["value"].items()}
    status = {int(k): v for k, v in body["status"].items()}
    assert values == {k: v for k, (v, _f) in expected.items() if v is not None}
    assert status == {k: f for k, (_v, f) in expected.items() if f}
    assert values[0] == 10.0  # A, NR, DE, 2019
    assert values[1 * 6 + 0 * 3 + 2] == 2.5  # A, PC, DE, 2021
    assert status[0 * 6 + 1 * 3 + 1] == "c"  # A, NR, FR, 2020: confidential, no value
    assert 4 not in values
    assert prod(sizes) - 1 not in values  # A, PC, FR: never observed
