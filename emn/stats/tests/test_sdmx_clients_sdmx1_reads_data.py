"""The real `sdmx1` client, unmodified, reads our structure-specific data from a live
server into pandas: a key with alternatives and a period range, with the data structure it
fetched from us, values equal to what was ingested, flags as observation attributes."""

from __future__ import annotations

import math

import pytest

from emn.stats.tests.sdmx_writers_support import TSV, migr_x, observations

sdmx = pytest.importorskip("sdmx")
pytestmark = pytest.mark.django_db(transaction=True)
# sdmx1 sends this as A.PER..DE+FR, checked against the DSD, and parses with that DSD
# (a key given as a string is sent as it is, and the DSD is then not used).
KEY = {"freq": "A", "unit": "PER", "geo": ["DE", "FR"]}
PERIODS = {"startPeriod": "2020", "endPeriod": "2021"}


@pytest.fixture
def ingested(live_server, tmp_path):
    """What was ingested for the key and periods: {(citizen, geo, period): (value, flag)}."""
    release = migr_x(tmp_path)
    sdmx.add_source(
        {"id": "EMNX", "url": live_server.url + "/sdmx/2.1", "name": "EMN Exchange"},
        override=True,
    )
    return {
        (citizen, geo, period): found
        for (_freq, unit, citizen, geo, period), found in observations(release).items()
        if unit == "PER" and period in ("2020", "2021")
    }


def _data(client, **extra):
    dsd = client.datastructure("MIGR_X", agency_id="ESTAT").structure["MIGR_X"]
    return client.data("MIGR_X", key=KEY, params=PERIODS, dsd=dsd, **extra)


def test_values_equal_what_was_ingested(ingested):
    series = sdmx.to_pandas(_data(sdmx.Client("EMNX")))
    assert series.index.names == ["freq", "unit", "citizen", "geo", "TIME_PERIOD"]
    read = {(c, g, t): v for (_f, _u, c, g, t), v in series.items()}
    assert read.keys() == ingested.keys()
    for key, (value, _flag) in ingested.items():
        assert math.isnan(read[key]) if value is None else read[key] == value, key
    assert read[("UA", "DE", "2021")] == 14.5


def test_flags_come_as_observation_attributes(ingested):
    frame = sdmx.to_pandas(_data(sdmx.Client("EMNX")), attributes="o").reset_index()
    flags = {
        (row.citizen, row.geo, row.TIME_PERIOD): row.OBS_FLAG
        for row in frame.itertuples()
        if isinstance(row.OBS_FLAG, str) and row.OBS_FLAG
    }
    assert flags == {key: flag for key, (_value, flag) in ingested.items() if flag}
    assert flags[("TOTAL", "DE", "2020")] == "p"
    assert flags[("UA", "FR", "2020")] == "ep"


def test_a_key_as_text_reads_without_a_structure(ingested):
    message = sdmx.Client("EMNX").data("MIGR_X", key="A.PER..DE+FR", params=PERIODS)
    frame = sdmx.to_pandas(message).reset_index()
    read = {(r.citizen, r.geo, r.TIME_PERIOD): r.value for r in frame.itertuples()}
    assert read.keys() == ingested.keys()
    assert read[("TOTAL", "DE", "2020")] == 120.0
    assert "A,PER,TOTAL,DE\t100 \t120 p\t140 " in TSV
