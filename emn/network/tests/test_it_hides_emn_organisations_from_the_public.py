"""An `emn` organisation is absent for the public and for national network partners:
no page, no row, not counted, not linked from an NCP."""

import pytest

from emn.core.testing.factories import NationalContactPointFactory, OrganisationFactory
from emn.network.tests.support import EMN


@pytest.fixture
def hidden(db):
    return OrganisationFactory(name="Internal Task Force", dissemination=EMN)


@pytest.fixture
def shown(db):
    return OrganisationFactory(name="Peace Institute")


@pytest.mark.parametrize("persona", ["anonymous", "partner"])
def test_the_public_neither_sees_nor_counts_it(client, personas, hidden, shown, persona):
    if persona != "anonymous":
        client.force_login(personas[persona])
    assert client.get(f"/network/organisations/{hidden.pk}/").status_code == 404
    response = client.get("/network/organisations/")
    html = response.content.decode()
    assert "Internal Task Force" not in html
    assert "Peace Institute" in html
    assert response.context["page"].paginator.count == 1


def test_members_see_and_count_it(client, personas, hidden, shown):
    client.force_login(personas.reader)
    response = client.get("/network/organisations/")
    assert response.context["page"].paginator.count == 2
    assert "EMN members only" in response.content.decode()


def test_an_ncp_does_not_name_a_hidden_coordinator(client, hidden):
    NationalContactPointFactory(coordinator=hidden)
    for url in ("/network/", "/network/countries/SI/"):
        assert "Internal Task Force" not in client.get(url).content.decode()
