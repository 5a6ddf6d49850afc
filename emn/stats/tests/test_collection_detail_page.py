"""A collection's page: every country's state for those who follow it, only its own row
for an NCP, nothing for another country not asked."""

import pytest

from emn.stats.tests.collection_support import group_member, launched

pytestmark = pytest.mark.django_db


def test_the_asker_follows_every_country(client, personas):
    collection = launched(personas.commission)
    client.force_login(group_member())
    html = client.get(f"/stats/collections/{collection.pk}/").content.decode()
    assert "/rows/SI/" in html and "/rows/FR/" in html
    assert "Not started" in html


def test_an_ncp_sees_its_own_row_only(client, personas):
    collection = launched(personas.commission, countries=("SI", "FR", "LT"))
    client.force_login(personas.reader)
    html = client.get(f"/stats/collections/{collection.pk}/").content.decode()
    assert "/rows/SI/" in html
    assert "/rows/FR/" not in html and "/rows/LT/" not in html


def test_a_country_not_asked_gets_a_404(client, personas):
    collection = launched(personas.commission, countries=("SI",))
    client.force_login(personas.other_country)
    assert client.get(f"/stats/collections/{collection.pk}/").status_code == 404
