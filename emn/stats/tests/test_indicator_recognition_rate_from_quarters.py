"""The first-instance recognition rate from the shared quarterly file, summed to years."""

from __future__ import annotations

from pathlib import Path

import pytest

from emn.stats.indicators.models import Indicator
from emn.stats.indicators.services import sync_indicators
from emn.stats.indicators.testing import values_of
from emn.stats.testing import SHARED, ingest_file, ingest_tsv

QUARTERLY = "migr_asydcfstq__custom_42121_20201007_150410.tsv"


@pytest.mark.django_db
def test_positive_decisions_over_all_decisions_per_year() -> None:
    ingest_file(SHARED / QUARTERLY)
    sync_indicators(None, system=True)
    values = values_of(Indicator.objects.get(key="first-instance-recognition-rate"))
    # DE, citizen TOTAL: TOTAL_POS 2019-Q1..Q4 22415+14780+17800+15320, TOTAL
    # 49140+34740+38015+32365.
    assert values[("DE", "2019")] == (round(70315 / 154260 * 100, 6), "")
    assert values[("DE", "2018")] == (round(75935 / 179205 * 100, 6), "")
    # NL 2012: every quarter provisional.
    assert values[("NL", "2012")] == (round(5505 / 13670 * 100, 6), "p")
    # The file ends with 2020-Q2: half a year is no year.
    assert values[("DE", "2020")] == (None, "")


ANNUAL = (
    "freq,unit,citizen,sex,age,decision,geo\\TIME_PERIOD\t2018 \t2019 \n"
    "A,PER,TOTAL,T,TOTAL,TOTAL,DE\t179205 \t154260 \n"
    "A,PER,TOTAL,T,TOTAL,TOTAL_POS,DE\t75935 \t70000 p\n"
    "A,PER,TOTAL,F,TOTAL,TOTAL,DE\t60000 \t50000 \n"
    "A,PER,TOTAL,F,TOTAL,TOTAL_POS,DE\t30000 \t25000 \n"
)


@pytest.mark.django_db
def test_the_annual_table_takes_over_when_loaded(tmp_path: Path) -> None:
    ingest_file(SHARED / QUARTERLY)
    ingest_tsv(tmp_path, "migr_asydcfsta", ANNUAL)
    sync_indicators(None, system=True)
    values = values_of(Indicator.objects.get(key="first-instance-recognition-rate"))
    assert values == {
        ("DE", "2018"): (round(75935 / 179205 * 100, 6), ""),
        ("DE", "2019"): (round(70000 / 154260 * 100, 6), "p"),
    }
