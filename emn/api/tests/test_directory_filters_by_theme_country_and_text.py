"""Both directories filter by theme code, country code and text."""

from __future__ import annotations

import pytest

from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.core.testing.factories import OrganisationFactory, ResearcherFactory, country


def names(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["results"]]


@pytest.fixture
def directory(db):
    asylum, retour = Theme.objects.get(code="asylum"), Theme.objects.get(code="return")
    ana = ResearcherFactory(name="Ana", title="Professor of law", biography="Asylum courts")
    ana.expertise.add(asylum)
    ana.countries.add(country("SI"), country("HR"))
    bor = ResearcherFactory(name="Bor", title="Economist")
    bor.expertise.add(retour)
    bor.countries.add(country("FR"))
    hidden = OrganisationFactory(name="Hidden Centre", dissemination=DisseminationLevel.EMN)
    ResearcherFactory(name="Cene", affiliation=hidden)

    located = OrganisationFactory(name="Ljubljana Institute", in_directory=True)
    located.expertise.add(asylum)
    covering = OrganisationFactory(
        name="Paris Observatory", in_directory=True, country=country("FR")
    )
    covering.countries_covered.add(country("SI"), country("HR"), country("FR"))
    covering.expertise.add(retour)
    OrganisationFactory(name="Not Listed", in_directory=False)


def test_researchers_by_theme(client, directory):
    assert names(client, "/api/v1/directory/researchers/?theme=asylum") == ["Ana"]


def test_researchers_by_country_of_expertise(client, directory):
    assert names(client, "/api/v1/directory/researchers/?country=hr") == ["Ana"]


def test_researchers_by_text(client, directory):
    assert names(client, "/api/v1/directory/researchers/?search=econom") == ["Bor"]
    assert names(client, "/api/v1/directory/researchers/?search=courts") == ["Ana"]


def test_researcher_search_does_not_reveal_a_hidden_affiliation(client, directory):
    assert names(client, "/api/v1/directory/researchers/?search=Hidden+Centre") == []
    cene = client.get("/api/v1/directory/researchers/?search=Cene").json()["results"][0]
    assert cene["affiliation"] is None


def test_institutes_are_organisations_listed_in_the_directory(client, directory):
    assert names(client, "/api/v1/directory/institutes/") == [
        "Ljubljana Institute",
        "Paris Observatory",
    ]


def test_institutes_by_country_they_are_in_or_cover_appear_once(client, directory):
    assert names(client, "/api/v1/directory/institutes/?country=SI") == [
        "Ljubljana Institute",
        "Paris Observatory",
    ]
    assert names(client, "/api/v1/directory/institutes/?country=FR") == ["Paris Observatory"]
    response = client.get("/api/v1/directory/institutes/?country=SI")
    assert response.json()["count"] == 2


def test_institutes_by_theme_and_text(client, directory):
    assert names(client, "/api/v1/directory/institutes/?theme=return") == ["Paris Observatory"]
    assert names(client, "/api/v1/directory/institutes/?search=ljubljana") == [
        "Ljubljana Institute"
    ]


def test_an_unknown_theme_is_refused_naming_the_filter(client, directory):
    response = client.get("/api/v1/directory/researchers/?theme=castles")
    assert response.status_code == 400
    assert "theme" in response.json()


def test_theme_labels_follow_the_language(client, directory):
    body = client.get("/api/v1/directory/institutes/?theme=asylum&lang=fr").json()
    assert body["results"][0]["expertise"][0]["code"] == "asylum"
    assert body["results"][0]["country"] == "SI"
