"""A template's page lists its variables and collections; the launch button only for the
Commission and the owning group; the public does not see templates."""

import pytest

from emn.stats.tests.collection_support import group_member, launched

pytestmark = pytest.mark.django_db
URL = "/stats/collections/templates/return-spending/"


def test_the_owner_sees_variables_and_may_launch(client, personas):
    launched(personas.commission)
    client.force_login(group_member())
    html = client.get(URL).content.decode()
    assert "Money spent on return" in html and "euro" in html
    assert "Return spending 2025" in html
    assert "/launch/" in html


def test_an_ncp_reads_it_without_launching(client, personas):
    launched(personas.commission)
    client.force_login(personas.reader)
    response = client.get(URL)
    assert response.status_code == 200
    assert "/launch/" not in response.content.decode()


def test_the_public_does_not_see_it(client, personas):
    launched(personas.commission)
    client.force_login(personas.partner)
    assert client.get(URL).status_code == 404
