"""The real `pyjstat` client, unmodified, reads our JSON-stat from a live server into pandas
with the values that were ingested."""

from __future__ import annotations

import pytest

from emn.stats.tests.jsonstat_support import URL, returns

pyjstat = pytest.importorskip("pyjstat.pyjstat")
pytestmark = pytest.mark.django_db(transaction=True)


def test_pyjstat_reads_values_and_labels(live_server, tmp_path):
    returns(tmp_path)
    dataset = pyjstat.Dataset.read(live_server.url + URL + "migr_js?unit=NR")
    frame = dataset.write("dataframe")
    geo, time = "Geopolitical entity (reporting)", "Time"
    by_key = {(row[geo], row[time]): row["value"] for row in frame.to_dict("records")}
    assert by_key[("Germany", "2019")] == 10.0
    assert by_key[("Germany", "2020")] == 12.0
    assert by_key[("France", "2021")] == 24.0
    assert len(frame) == 6


def test_pyjstat_reads_codes_with_ids(live_server, tmp_path):
    returns(tmp_path)
    dataset = pyjstat.Dataset.read(live_server.url + URL + "migr_js?lastTimePeriod=1")
    frame = dataset.write("dataframe", naming="id")
    rows = {(row.unit, row.geo): row.value for row in frame.itertuples()}
    assert rows[("NR", "DE")] == 14.0
    assert rows[("PC", "DE")] == 2.5
