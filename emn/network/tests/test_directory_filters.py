"""The directory finds researchers and institutes by text, field of expertise and country."""

import pytest

from emn.core.models import Theme
from emn.core.testing.factories import OrganisationFactory, ResearcherFactory, country
from emn.network.tests.support import EMN


@pytest.fixture
def directory(db):
    institute = OrganisationFactory(name="Peace Institute", in_directory=True)
    institute.expertise.add(Theme.objects.get(code="integration"))
    secret = OrganisationFactory(name="Closed Circle", dissemination=EMN)
    ana = ResearcherFactory(name="Ana Novak", biography="Return and reintegration")
    ana.expertise.add(Theme.objects.get(code="return"))
    ana.countries.add(country("HR"))
    ResearcherFactory(name="Bojan Kralj", affiliation=institute)
    ResearcherFactory(name="Cene Tajni", affiliation=secret)
    OrganisationFactory(name="Not Listed Ministry", kind="ministry")


def _names(client, query):
    return [str(item) for item in client.get(f"/network/directory/?{query}").context["page"]]


def test_text_matches_name_interests_and_affiliation(client, directory):
    assert _names(client, "search=novak") == ["Ana Novak"]
    assert _names(client, "search=reintegration") == ["Ana Novak"]
    assert _names(client, "search=peace") == ["Bojan Kralj"]


def test_a_hidden_affiliation_is_not_searched_for_the_public(client, personas, directory):
    assert _names(client, "search=closed") == []
    client.force_login(personas.reader)
    assert _names(client, "search=closed") == ["Cene Tajni"]


def test_a_hidden_affiliation_is_not_shown_in_the_list(client, directory):
    assert "Closed Circle" not in client.get("/network/directory/").content.decode()


def test_by_field_of_expertise(client, directory):
    assert _names(client, "theme=return") == ["Ana Novak"]


def test_by_country_of_expertise_or_affiliation(client, directory):
    assert _names(client, "country=HR") == ["Ana Novak"]
    assert _names(client, "country=si") == ["Bojan Kralj"]


def test_institutes_are_those_listed_in_the_directory(client, directory):
    assert _names(client, "show=institutes") == ["Peace Institute"]
    assert _names(client, "show=institutes&theme=integration&country=SI") == ["Peace Institute"]
    assert _names(client, "show=institutes&theme=return") == []


def test_both_lists_are_counted_under_the_same_filter(client, directory):
    response = client.get("/network/directory/?search=peace")
    assert response.context["researcher_count"] == 1
    assert response.context["institute_count"] == 1
