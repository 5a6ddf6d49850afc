"""The dataflow list is cheap whatever the number of flows: it reads no dimensions or codes
(an indicator's would run queries on its data), and its database queries do not grow with
the number of datasets."""

from __future__ import annotations

import time

import pytest

from emn.core.dissemination import DisseminationLevel
from emn.stats.models import Dataset
from emn.stats.sdmx.flows import Flow
from emn.stats.testing import ingest_tsv
from emn.stats.tests.sdmx_structure_support import BASE, everything

pytestmark = pytest.mark.django_db
TSV = "freq,geo\\TIME_PERIOD\t2021 \nA,SI\t5 \n"


def _more_tables(directory, count):
    for n in range(count):
        code = f"migr_many{n}"
        Dataset.objects.create(code=code, dissemination=DisseminationLevel.PUBLIC)
        sub = directory / code
        sub.mkdir()
        ingest_tsv(sub, code, TSV)


def test_the_list_reads_no_dimensions(client, tmp_path, monkeypatch):
    everything(tmp_path)

    def refuse(self):
        raise AssertionError(f"the list read the dimensions of {self.ref}")

    monkeypatch.setattr(Flow, "dimensions", refuse)
    assert client.get(BASE + "dataflow/all/all/latest").status_code == 200
    assert client.get(BASE + "dataflow/all/all/latest?detail=allstubs").status_code == 200


def test_queries_do_not_grow_with_the_datasets(client, tmp_path, django_assert_max_num_queries):
    everything(tmp_path)
    client.get(BASE + "dataflow/all/all/latest")
    with django_assert_max_num_queries(30) as few:
        client.get(BASE + "dataflow/all/all/latest")
    _more_tables(tmp_path, 8)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(BASE + "dataflow/all/all/latest")
    assert response.content.count(b"<str:Dataflow ") == 14


def test_fifteen_flows_list_quickly(client, tmp_path):
    everything(tmp_path)
    _more_tables(tmp_path, 9)
    client.get(BASE + "dataflow/all/all/latest")
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        assert client.get(BASE + "dataflow/all/all/latest").status_code == 200
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.1, timings  # generous: about 20 ms on a laptop
