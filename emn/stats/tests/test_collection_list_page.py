"""The collections page: an NCP sees the collections asking its country with a link to its
row; the define button only for those who may define; the public is sent to log in."""

import pytest

from emn.stats.tests.collection_support import group_member, launched

pytestmark = pytest.mark.django_db


def test_an_ncp_sees_its_row_to_fill(client, personas):
    collection = launched(personas.commission)
    client.force_login(personas.contributor)
    html = client.get("/stats/collections/").content.decode()
    assert "Return spending 2025" in html
    assert f"/stats/collections/{collection.pk}/rows/SI/" in html
    assert "/rows/FR/" not in html
    assert "Define a template" not in html


def test_an_expert_group_member_may_define(client, personas):
    client.force_login(group_member())
    html = client.get("/stats/collections/").content.decode()
    assert "/stats/collections/templates/new/" in html


def test_a_country_not_asked_sees_nothing_of_it(client, personas):
    launched(personas.commission, countries=("SI",))
    client.force_login(personas.other_country)
    assert "Return spending 2025" not in client.get("/stats/collections/").content.decode()


def test_anonymous_is_sent_to_log_in(client):
    assert client.get("/stats/collections/").status_code == 302
