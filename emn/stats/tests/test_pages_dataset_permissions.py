"""A dataset for EMN members only is a 404 for the public and network partners on every
view, downloads included, and absent from their list; members read it like any other."""

import pytest

from emn.stats.tests.dataset_support import TITLE, applicants

MEMBERS = ("reader", "contributor", "coordinator", "other_country", "commission")
OUTSIDERS = ("anonymous", "partner")
VIEWS = (
    "/stats/migr_pages/",
    "/stats/migr_pages/?sex=F",
    "/stats/migr_pages/download.csv",
    "/stats/migr_pages/download.xlsx?geo=DE",
)


def _login(client, personas, persona):
    if persona != "anonymous":
        client.force_login(personas[persona])


@pytest.mark.parametrize("persona", (*MEMBERS, "service_provider"))
@pytest.mark.parametrize("url", VIEWS)
def test_members_read_a_restricted_dataset(client, personas, tmp_path, persona, url):
    applicants(tmp_path, emn=True)
    _login(client, personas, persona)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("persona", OUTSIDERS)
@pytest.mark.parametrize("url", VIEWS)
def test_outsiders_get_404_on_every_view(client, personas, tmp_path, persona, url):
    applicants(tmp_path, emn=True)
    _login(client, personas, persona)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("persona", OUTSIDERS + MEMBERS)
def test_list_shows_a_restricted_dataset_to_members_only(client, personas, tmp_path, persona):
    applicants(tmp_path, emn=True)
    _login(client, personas, persona)
    html = client.get("/stats/").content.decode()
    assert (TITLE in html) == (persona in MEMBERS)
    if persona in MEMBERS:
        assert "EMN members only" in html


@pytest.mark.parametrize("persona", OUTSIDERS)
def test_public_dataset_is_read_by_everybody(client, personas, tmp_path, persona):
    applicants(tmp_path)
    _login(client, personas, persona)
    assert client.get("/stats/migr_pages/").status_code == 200
    assert client.get("/stats/migr_pages/download.csv").status_code == 200


def test_unknown_dataset_and_dataset_without_release_are_404(client, db):
    from emn.stats.models import Dataset

    Dataset.objects.create(code="migr_empty", titles={"en": "Not loaded yet"})
    assert client.get("/stats/migr_nothing/").status_code == 404
    assert client.get("/stats/migr_empty/").status_code == 404
    assert "Not loaded yet" in client.get("/stats/").content.decode()
