"""The request's bounds are turned into days in Python, the observations' periods in SQL: both
give the same first and last day for every period form, and refuse the same impossible ones."""

from __future__ import annotations

import pytest

from emn.stats.sdmx.selection import period_range, sql_period_range

PERIODS = [
    "2020", "2019-S1", "2019-S2", "2020-Q1", "2020-Q4", "2020-01", "2020-02", "2019-02",
    "2020-12", "2020-W01", "2020-W53", "2021-W01", "2021-W52", "2020-02-29", "2021-12-31",
]  # fmt: skip


@pytest.mark.parametrize("period", PERIODS)
def test_python_and_sql_agree(period):
    assert period_range(period) is not None
    assert period_range(period) == sql_period_range(period)


@pytest.mark.parametrize("period", ["2020-13", "2020-Q5", "2020-S3", "2021-02-29", "2021-W54"])
def test_an_impossible_period_has_no_days(period):
    assert period_range(period) is None
