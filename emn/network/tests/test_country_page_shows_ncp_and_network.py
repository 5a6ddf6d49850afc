"""A country page shows its NCP, national network and Steering Board seat as they exist."""

import pytest

from emn.core.testing.factories import NationalContactPointFactory, OrganisationFactory
from emn.network.tests.support import EMN, PartnerFactory, board_member


@pytest.fixture
def ncp(db):
    ncp = NationalContactPointFactory(
        cooperation_agreement="Grant 101234", address="Beethovnova 3\nLjubljana"
    )
    ncp.organisations.add(OrganisationFactory(name="Statistical Office"))
    PartnerFactory(ncp=ncp, organisation=OrganisationFactory(name="Slovene Philanthropy"))
    PartnerFactory(ncp=ncp, organisation=OrganisationFactory(name="Secret Ally", dissemination=EMN))
    board_member("SI", "Mojca Representative")
    return ncp


def test_the_public_sees_the_ncp_and_public_partners(client, ncp):
    html = client.get("/network/countries/SI/").content.decode()
    for text in ("Grant 101234", "Beethovnova 3<br>Ljubljana", "Statistical Office"):
        assert text in html
    assert "Slovene Philanthropy" in html
    assert "Secret Ally" not in html
    assert "Slovenia has a representative on the Steering Board." in html
    assert "Mojca Representative" not in html


def test_members_see_names_and_restricted_partners(client, personas, ncp):
    client.force_login(personas.other_country)
    html = client.get("/network/countries/SI/").content.decode()
    assert "Secret Ally" in html
    assert "Represented by Mojca Representative." in html


def test_a_country_without_an_ncp_shows_no_empty_sections(client, db):
    main = client.get("/network/countries/HR/").content.decode().split("<main", 1)[1]
    for absent in ("National Contact Point", "Steering Board", "Funding", "National network"):
        assert absent not in main
