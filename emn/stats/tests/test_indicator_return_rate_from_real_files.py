"""The return rate from the Data Explorer's migr_eirtn and migr_eiord files, checked by hand."""

from __future__ import annotations

import pytest

from emn.stats.indicators.models import Indicator
from emn.stats.indicators.services import sync_indicators
from emn.stats.indicators.testing import values_of
from emn.stats.testing import SHARED, ingest_file


@pytest.mark.django_db
def test_returns_over_orders_to_leave() -> None:
    ingest_file(SHARED / "migr_eirtn_Data_allcitizens.csv")
    ingest_file(SHARED / "migr_eiord_Data_allcitizens.csv")
    sync_indicators(None, system=True)
    values = values_of(Indicator.objects.get(key="return-rate"))
    # "2015","Belgium","Total": 5,835 returned, 31,045 ordered to leave.
    assert values[("BE", "2015")] == (round(5835 / 31045 * 100, 6), "")
    # Germany's Data Explorer label maps to DE; more returns than orders is possible.
    assert values[("DE", "2016")] == (round(75815 / 70005 * 100, 6), "")
    # Both provisional: the rate is provisional.
    assert values[("UK", "2013")] == (round(54960 / 57415 * 100, 6), "p")
    assert values[("EU28", "2012")] == (round(206675 / 483650 * 100, 6), "d")
    # Austria 2014: returns known, orders to leave ":": no value.
    assert values[("AT", "2014")] == (None, "")
    # Croatia 2012 is ":" in both files: no row at all.
    assert ("HR", "2012") not in values
