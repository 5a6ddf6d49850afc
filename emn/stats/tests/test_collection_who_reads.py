"""Who reads a row and the submitted data: a country's NCP its own row, never another
country's draft; the owning group once submitted; the data as the dataset's dissemination
says, for the public too."""

import pytest

from emn.stats.collections import services
from emn.stats.tests.collection_support import fill, group_member, launched, row_of

pytestmark = pytest.mark.django_db


def _people(personas):
    return {
        "anonymous": personas.anonymous,
        "public": personas.partner,
        "other_country": personas.other_country,
        "reader": personas.reader,
        "coordinator": personas.coordinator,
        "commission": personas.commission,
        "member": group_member(),
    }


def _submitted(personas, dissemination):
    collection = launched(personas.commission, dissemination=dissemination)
    si = row_of(collection, "SI")
    fill(personas.contributor, si, SPENT="10", PROGRAMMES="1")
    return collection, si


def _status(client, user, url):
    if getattr(user, "is_authenticated", False):
        client.force_login(user)
    return client.get(url).status_code


@pytest.mark.parametrize(
    ("name", "drafting", "submitted"),
    [
        ("anonymous", 302, 302),
        ("public", 404, 404),
        ("other_country", 404, 404),
        ("reader", 200, 200),
        ("coordinator", 200, 200),
        ("commission", 200, 200),
        ("member", 404, 200),
    ],
)
def test_who_reads_the_row(client, personas, name, drafting, submitted):
    collection, si = _submitted(personas, "emn")
    url = f"/stats/collections/{collection.pk}/rows/SI/"
    user = _people(personas)[name]
    assert _status(client, user, url) == drafting
    services.submit_row(personas.coordinator, si)
    assert _status(client, user, url) == submitted


@pytest.mark.parametrize(
    ("dissemination", "name", "expected"),
    [
        ("emn", "anonymous", 404),
        ("emn", "public", 404),
        ("emn", "other_country", 200),
        ("emn", "reader", 200),
        ("emn", "member", 200),
        ("public", "anonymous", 200),
        ("public", "public", 200),
    ],
)
def test_the_data_follows_the_dissemination_level(client, personas, dissemination, name, expected):
    collection, si = _submitted(personas, dissemination)
    services.submit_row(personas.coordinator, si)
    url = f"/stats/collections/{collection.pk}/data/"
    assert _status(client, _people(personas)[name], url) == expected


def test_nothing_is_readable_before_a_submission(client, personas):
    collection, _si = _submitted(personas, "public")
    assert client.get(f"/stats/collections/{collection.pk}/data/").status_code == 404
