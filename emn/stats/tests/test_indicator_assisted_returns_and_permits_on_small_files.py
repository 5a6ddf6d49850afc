"""Indicators whose datasets are not in the shared data, on small files written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from emn.stats.indicators.models import Indicator
from emn.stats.indicators.services import sync_indicators
from emn.stats.indicators.testing import values_of
from emn.stats.testing import ingest_tsv

# Eurostat's layout of migr_eirt_ass: returns by type of assistance received.
ASSISTED = (
    "freq,unit,citizen,asstc,geo\\TIME_PERIOD\t2021 \t2022 \n"
    "A,PER,TOTAL,TOTAL,AT\t8000 \t10000 p\n"
    "A,PER,TOTAL,ASST,AT\t2000 \t: c\n"
    "A,PER,TOTAL,NASST,AT\t6000 \t7000 \n"
    "A,PER,TOTAL,TOTAL,SE\t0 \t4000 \n"
    "A,PER,TOTAL,ASST,SE\t0 \t3000 e\n"
    "A,PER,AF,ASST,SE\t100 \t100 \n"
)
# migr_resfirst: first permits by reason, length of validity and citizenship.
PERMITS = (
    "freq,reason,duration,citizen,unit,geo\\TIME_PERIOD\t2021 \t2022 \n"
    "A,TOTAL,TOTAL,TOTAL,PER,SI\t21000 \t31000 \n"
    "A,FAM,TOTAL,TOTAL,PER,SI\t5000 \t6000 \n"
    "A,TOTAL,12M_OV,TOTAL,PER,SI\t9000 \t9000 \n"
)
POPULATION = (
    "freq,unit,age,sex,geo\\TIME_PERIOD\t2021 \t2022 \n"
    "A,NR,TOTAL,T,SI\t2100000 \t2107000 p\n"
    "A,NR,TOTAL,F,SI\t1050000 \t1053000 \n"
)


@pytest.mark.django_db
def test_share_of_assisted_returns(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "migr_eirt_ass", ASSISTED)
    sync_indicators(None, system=True)
    values = values_of(Indicator.objects.get(key="assisted-return-share"))
    assert values == {
        ("AT", "2021"): (25.0, ""),
        ("AT", "2022"): (None, "c"),
        ("SE", "2021"): (None, ""),  # no returns: no share, not 0 %
        ("SE", "2022"): (75.0, "e"),
    }


@pytest.mark.django_db
def test_first_permits_per_100k_with_demo_pjan(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "migr_resfirst", PERMITS)
    ingest_tsv(tmp_path, "demo_pjan", POPULATION)
    sync_indicators(None, system=True)
    values = values_of(Indicator.objects.get(key="first-permits-per-100k"))
    assert values == {
        ("SI", "2021"): (1000.0, ""),
        ("SI", "2022"): (round(31000 / 2107000 * 1e5, 6), "p"),
    }
