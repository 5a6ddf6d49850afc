"""The `eurostat` PyPI client, unmodified, reads our TSV (format=TSV&compressed=true) when
its base URL points at our live server: `get_data` with flags, `get_data_df`, and a
filtered `get_data`, values equal to what was ingested. Its URL constant is the only
thing patched: the package has no setting for another server."""

from __future__ import annotations

import math

import pytest

from emn.stats.tests.sdmx_writers_support import migr_x, observations

eurostat = pytest.importorskip("eurostat")
pytestmark = pytest.mark.django_db(transaction=True)
PERIODS = ["2019", "2020", "2021"]


@pytest.fixture
def ingested(live_server, tmp_path, monkeypatch):
    """Ingested observations {(freq, unit, citizen, geo, period): (value, flag)}."""
    release = migr_x(tmp_path)
    base = live_server.url + "/sdmx/2.1/"
    monkeypatch.setattr(eurostat.eurostat.__Uri__, "BASE_URL", {"EUROSTAT": base})
    return observations(release)


def test_get_data_with_flags_reads_values_and_flags(ingested):
    header, *rows = eurostat.get_data("MIGR_X", flags=True)
    cells = [f"{p}_{part}" for p in PERIODS for part in ("value", "flag")]
    assert list(header) == ["freq", "unit", "citizen", "geo\\TIME_PERIOD", *cells]
    read = {}
    for row in rows:
        for i, period in enumerate(PERIODS):
            read[(*row[:4], period)] = (row[4 + 2 * i], row[5 + 2 * i])
    for key, (value, flag) in ingested.items():
        if value is None:
            assert read[key] == (None, f": {flag}"), key
        else:
            assert read[key] == (value, flag), key
    assert len(rows) == 5
    assert read[("A", "PER", "UA", "FR", "2020")] == (7.0, "ep")


def test_get_data_df_reads_a_table_of_values(ingested):
    frame = eurostat.get_data_df("migr_x")
    assert list(frame.columns) == ["freq", "unit", "citizen", "geo\\TIME_PERIOD", *PERIODS]
    read = {
        (*row[:4], period): row[4 + i]
        for row in frame.itertuples(index=False)
        for i, period in enumerate(PERIODS)
    }
    for key, (value, _flag) in ingested.items():
        got = read[key]
        assert got is None or math.isnan(got) if value is None else got == value, key
    assert read[("A", "PC", "TOTAL", "DE", "2021")] == 2.25


def test_filtered_get_data_sends_a_key_and_a_period(ingested):
    header, *rows = eurostat.get_data(
        "MIGR_X", filter_pars={"geo": "DE", "unit": "PER", "startPeriod": 2020}
    )
    assert list(header) == ["freq", "unit", "citizen", "geo\\TIME_PERIOD", "2020", "2021"]
    assert sorted(rows) == [
        ("A", "PER", "TOTAL", "DE", 120.0, 140.0),
        ("A", "PER", "UA", "DE", 12.0, 14.5),
    ]
