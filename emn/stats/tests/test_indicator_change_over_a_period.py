"""Change over a period: the value against the one `lag` periods earlier, in %."""

from __future__ import annotations

from pathlib import Path

import pytest

from emn.stats.indicators.testing import indicator, values_of
from emn.stats.testing import ingest_tsv

SERIES = (
    "freq,geo\\TIME_PERIOD\t2019-Q3 \t2019-Q4 \t2020-Q1 \t2020-Q2 \n"
    "Q,AT\t100 \t150 \t75 p\t0 \n"
    "Q,BE\t: \t40 \t50 \t60 \n"
    "Q,CY\t0 \t0 \t3 \t3 \n"
)


@pytest.mark.django_db
def test_it_compares_each_quarter_with_the_previous_one(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_q", SERIES)
    item = indicator("growth", "change", {"inputs": {"series": {"dataset": "tst_q"}}})
    assert values_of(item) == {
        ("AT", "2019-Q3"): (None, ""),
        ("AT", "2019-Q4"): (50.0, ""),
        ("AT", "2020-Q1"): (-50.0, "p"),  # across the turn of the year
        ("AT", "2020-Q2"): (-100.0, "p"),
        ("BE", "2019-Q4"): (None, ""),
        ("BE", "2020-Q1"): (25.0, ""),
        ("BE", "2020-Q2"): (20.0, ""),
        ("CY", "2019-Q3"): (None, ""),
        ("CY", "2019-Q4"): (None, ""),  # a zero base
        ("CY", "2020-Q1"): (None, ""),
        ("CY", "2020-Q2"): (0.0, ""),
    }


@pytest.mark.django_db
def test_a_lag_of_two_and_a_zero_base(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_q", SERIES)
    spec = {"inputs": {"series": {"dataset": "tst_q"}}, "lag": 2, "scale": 1}
    values = values_of(indicator("growth", "change", spec), within={"geo": ["AT", "CY"]})
    assert values[("AT", "2020-Q1")] == (-0.25, "p")
    assert values[("AT", "2020-Q2")] == (-1.0, "")
    assert values[("AT", "2019-Q4")] == (None, "")
    assert values[("CY", "2020-Q1")] == (None, "")  # a zero base
    assert values[("CY", "2020-Q2")] == (None, "")
    assert len(values) == 8
