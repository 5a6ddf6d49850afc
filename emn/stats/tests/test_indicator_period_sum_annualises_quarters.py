"""Quarters summed to years: a year counts only when its four quarters have values."""

from __future__ import annotations

from pathlib import Path

import pytest

from emn.stats.indicators.testing import indicator, values_of
from emn.stats.testing import ingest_tsv

QUARTERS = (
    "freq,decision,geo\\TIME_PERIOD\t2019-Q1 \t2019-Q2 \t2019-Q3 \t2019-Q4 "
    "\t2020-Q1 \t2020-Q2 \t2020-Q3 \t2020-Q4 \t2021-Q1 \n"
    "Q,TOTAL,AT\t10 \t10 \t10 \t10 \t10 \t10 p\t10 \t10 \t10 \n"
    "Q,TOTAL_POS,AT\t1 \t2 \t3 \t4 \t5 \t5 \t5 e\t5 \t5 \n"
    "Q,TOTAL,BE\t10 \t: \t10 \t10 \t10 \t10 \t10 \t10 \t10 \n"
    "Q,TOTAL_POS,BE\t5 \t5 \t5 \t5 \t5 \t: c\t5 \t5 \t5 \n"
)
YEARS = (
    "freq,decision,geo\\TIME_PERIOD\t2019 \t2020 \n"
    "A,TOTAL,AT\t100 \t100 \n"
    "A,TOTAL_POS,AT\t20 \t40 \n"
)


def _spec(*alternatives: dict) -> dict:
    def role(decision: str) -> list[dict]:
        return [{**a, "filters": {"decision": decision}} for a in alternatives]

    return {"inputs": {"numerator": role("TOTAL_POS"), "denominator": role("TOTAL")}, "scale": 100}


@pytest.mark.django_db
def test_quarters_add_up_to_years(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_dcq", QUARTERS)
    spec = _spec({"dataset": "tst_dcq", "period_sum": "A"})
    values = values_of(indicator("recognition", "ratio", spec))
    assert values == {
        ("AT", "2019"): (25.0, ""),
        ("AT", "2020"): (50.0, "ep"),
        ("BE", "2019"): (None, ""),  # a quarter of the total is missing
        ("BE", "2020"): (None, "c"),  # a confidential quarter hides the year
        # 2021 has one quarter: no year.
        ("AT", "2021"): (None, ""),
        ("BE", "2021"): (None, ""),
    }


@pytest.mark.django_db
def test_the_annual_table_is_preferred_when_loaded(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_dcq", QUARTERS)
    spec = _spec({"dataset": "tst_dca"}, {"dataset": "tst_dcq", "period_sum": "A"})
    item = indicator("recognition", "ratio", spec)
    assert values_of(item)[("AT", "2019")] == (25.0, "")
    ingest_tsv(tmp_path, "tst_dca", YEARS)
    assert values_of(item) == {("AT", "2019"): (20.0, ""), ("AT", "2020"): (40.0, "")}
