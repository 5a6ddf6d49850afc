"""Asylum applicants per 100,000 inhabitants: migr_asyappctza over demo_gind JAN."""

from __future__ import annotations

import pytest

from emn.stats.indicators.models import Indicator
from emn.stats.indicators.services import sync_indicators
from emn.stats.indicators.testing import values_of
from emn.stats.testing import SHARED, ingest_file


@pytest.mark.django_db
def test_applicants_over_population_on_1_january() -> None:
    ingest_file(SHARED / "migr_asyappctza_tabular.tsv.gz")
    ingest_file(SHARED / "demo_gind_tabular.tsv.gz")
    sync_indicators(None, system=True)
    item = Indicator.objects.get(key="asylum-applicants-per-100k")
    values = values_of(item, within={"geo": ["DE", "LU", "EU27_2020"]})
    # A,TOTAL,T,PER,TOTAL,ASY_APP,DE 2022: 243880; A,JAN,DE 2022: 83237124.
    assert values[("DE", "2022")] == (round(243880 / 83237124 * 1e5, 6), "")
    # A break in the population series carries over.
    assert values[("LU", "2012")] == (round(2055 / 524853 * 1e5, 6), "b")
    assert values[("EU27_2020", "2021")] == (round(632745 / 447000548 * 1e5, 6), "bep")
    # EU27_2020 2008 is ":" for applicants: no row.
    assert ("EU27_2020", "2008") not in values
    assert {key[0] for key in values} == {"DE", "LU", "EU27_2020"}
