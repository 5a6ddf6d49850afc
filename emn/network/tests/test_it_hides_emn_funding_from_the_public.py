"""Funding rows marked `emn` are for EMN members; the public sees the public years only."""

import pytest

from emn.core.testing.factories import NationalContactPointFactory
from emn.network.tests.support import EMN, FundingFactory


@pytest.fixture
def ncp(db):
    ncp = NationalContactPointFactory()
    FundingFactory(ncp=ncp, year=2025)
    FundingFactory(ncp=ncp, year=2026, commission_grant=333000, dissemination=EMN)
    return ncp


@pytest.mark.parametrize("persona", ["anonymous", "partner"])
def test_the_public_sees_public_years_only(client, personas, ncp, persona):
    if persona != "anonymous":
        client.force_login(personas[persona])
    response = client.get("/network/countries/SI/")
    assert [row.year for row in response.context["funding"]] == [2025]
    assert "333" not in response.content.decode()


def test_members_see_every_year(client, personas, ncp):
    client.force_login(personas.other_country)
    response = client.get("/network/countries/SI/")
    assert [row.year for row in response.context["funding"]] == [2026, 2025]
    assert "333,000" in response.content.decode()
