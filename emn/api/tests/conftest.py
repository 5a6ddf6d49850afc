"""Data shared by the API tests: a Slovenian NCP whose parts are public or for members."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import NationalContactPointFactory, OrganisationFactory
from emn.network.models import NcpFunding, NetworkPartner

EMN = DisseminationLevel.EMN


@pytest.fixture
def ncp_si(db: Any) -> Any:
    """SI's NCP: an `emn` coordinator, one public and one `emn` partner, member and organisation,
    a public partner whose organisation is `emn`, and a public and an `emn` year of funding."""
    coordinator = OrganisationFactory(name="Restricted Ministry", dissemination=EMN)
    ncp = NationalContactPointFactory(coordinator=coordinator)
    ncp.organisations.add(
        OrganisationFactory(name="Open Staffing Agency"),
        OrganisationFactory(name="Closed Staffing Agency", dissemination=EMN),
    )
    open_partner = OrganisationFactory(name="Open Partner NGO")
    closed_partner = OrganisationFactory(name="Closed Partner NGO")
    hidden_partner = OrganisationFactory(name="Hidden Partner Institute", dissemination=EMN)
    NetworkPartner.objects.create(ncp=ncp, organisation=open_partner, contribution="Data")
    NetworkPartner.objects.create(ncp=ncp, organisation=closed_partner, dissemination=EMN)
    NetworkPartner.objects.create(ncp=ncp, organisation=hidden_partner)
    for year, level in ((2024, DisseminationLevel.PUBLIC), (2025, EMN)):
        NcpFunding.objects.create(
            ncp=ncp,
            year=year,
            commission_grant=Decimal("100000.00"),
            national_cofinancing=Decimal("25000.00"),
            dissemination=level,
        )
    return ncp
