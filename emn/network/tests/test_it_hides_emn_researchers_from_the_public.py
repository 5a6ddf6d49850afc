"""An `emn` researcher is absent from the public directory: no page, no row, no count."""

import pytest

from emn.core.testing.factories import ResearcherFactory
from emn.network.tests.support import EMN


@pytest.fixture
def hidden(db):
    return ResearcherFactory(name="Hidden Scholar", dissemination=EMN)


@pytest.fixture
def shown(db):
    return ResearcherFactory(name="Open Scholar")


@pytest.mark.parametrize("persona", ["anonymous", "partner"])
def test_the_public_neither_sees_nor_counts_them(client, personas, hidden, shown, persona):
    if persona != "anonymous":
        client.force_login(personas[persona])
    assert client.get(f"/network/directory/researchers/{hidden.pk}/").status_code == 404
    response = client.get("/network/directory/")
    assert "Hidden Scholar" not in response.content.decode()
    assert response.context["researcher_count"] == 1


def test_members_see_them(client, personas, hidden, shown):
    client.force_login(personas.contributor)
    response = client.get("/network/directory/")
    assert response.context["researcher_count"] == 2
