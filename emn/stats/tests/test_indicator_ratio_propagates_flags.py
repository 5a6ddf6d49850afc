"""A ratio of two datasets: aligned on geo and period, flags united, confidential hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from emn.stats.indicators.testing import indicator, values_of
from emn.stats.testing import ingest_tsv

NUMERATOR = (
    "freq,unit,citizen,geo\\TIME_PERIOD\t2020 \t2021 \t2022 \n"
    "A,PER,TOTAL,AT\t10 \t20 p\t30 c\n"
    "A,PER,TOTAL,BE\t5 e\t8 ep\t: c\n"
    "A,PER,UA,AT\t1 \t1 \t1 \n"
)
DENOMINATOR = (
    "freq,unit,citizen,geo\\TIME_PERIOD\t2020 \t2021 \t2022 \n"
    "A,PER,TOTAL,AT\t40 \t40 b\t40 \n"
    "A,PER,TOTAL,BE\t20 \t16 \t20 p\n"
)
SPEC = {
    "inputs": {
        "numerator": {"dataset": "tst_num", "filters": {"citizen": "TOTAL"}},
        "denominator": {"dataset": "tst_den", "filters": {"citizen": "TOTAL"}},
    },
    "align": ["geo"],
    "scale": 100,
}


@pytest.mark.django_db
def test_it_divides_aligned_values_and_unites_their_flags(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_num", NUMERATOR)
    ingest_tsv(tmp_path, "tst_den", DENOMINATOR)
    values = values_of(indicator("rate", "ratio", SPEC))
    assert values == {
        ("AT", "2020"): (25.0, ""),
        ("AT", "2021"): (50.0, "bp"),
        ("AT", "2022"): (None, "c"),
        ("BE", "2020"): (25.0, "e"),
        ("BE", "2021"): (50.0, "ep"),
        ("BE", "2022"): (None, "c"),
    }


@pytest.mark.django_db
def test_it_limits_to_codes_and_periods(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_num", NUMERATOR)
    ingest_tsv(tmp_path, "tst_den", DENOMINATOR)
    item = indicator("rate", "ratio", SPEC)
    values = values_of(item, within={"geo": ["BE"]}, start="2021", end="2021")
    assert values == {("BE", "2021"): (50.0, "ep")}
