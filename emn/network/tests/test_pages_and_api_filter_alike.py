"""A page's filters and the API's are one filter set: the same query finds the same rows."""

import pytest

from emn.core.testing.factories import OrganisationFactory, ResearcherFactory, country
from emn.network.tests.support import EMN


@pytest.fixture
def network(db):
    OrganisationFactory(name="Peace Institute", description="Human rights", in_directory=True)
    OrganisationFactory(name="Ministry of the Interior", kind="ministry")
    paris = OrganisationFactory(name="Paris Observatory", country=country("FR"), in_directory=True)
    paris.countries_covered.add(country("SI"), country("HR"))
    closed = OrganisationFactory(name="Closed Circle", country=country("HR"), dissemination=EMN)
    ResearcherFactory(name="Ana Novak", affiliation=paris)
    ResearcherFactory(name="Cene Tajni", affiliation=closed)


PAGES = {
    "organisations": ("/network/organisations/?", "/api/v1/organisations/?"),
    "researchers": ("/network/directory/?", "/api/v1/directory/researchers/?"),
    "institutes": ("/network/directory/?show=institutes&", "/api/v1/directory/institutes/?"),
}


def _alike(client, kind: str, query: str) -> list[str]:
    page, api = PAGES[kind]
    on_page = [str(row) for row in client.get(page + query).context["page"]]
    response = client.get(api + query)
    assert response.status_code == 200, response.content
    assert on_page == [row["name"] for row in response.json()["results"]]
    return on_page


@pytest.mark.parametrize(
    ("kind", "query", "names"),
    [
        ("organisations", "search=human+rights", ["Peace Institute"]),
        ("organisations", "kind=ministry&country=si", ["Ministry of the Interior"]),
        ("researchers", "search=observatory", ["Ana Novak"]),
        ("researchers", "search=closed", []),
        ("researchers", "country=fr", ["Ana Novak"]),
        ("researchers", "country=hr", []),
        ("institutes", "country=SI", ["Paris Observatory", "Peace Institute"]),
        ("institutes", "search=rights", ["Peace Institute"]),
    ],
)
def test_the_public_finds_the_same_rows(client, network, kind, query, names):
    assert _alike(client, kind, query) == names


def test_a_member_finds_the_same_rows_through_an_affiliation_they_may_see(
    client, personas, network
):
    client.force_login(personas.reader)
    assert _alike(client, "researchers", "search=closed") == ["Cene Tajni"]
    assert _alike(client, "researchers", "country=hr") == ["Cene Tajni"]


def test_an_unknown_country_is_refused_on_both_sides(client, network):
    page = client.get("/network/organisations/?country=ZZ")
    assert page.context["filter"].errors["country"]
    response = client.get("/api/v1/organisations/?country=ZZ")
    assert response.status_code == 400
    assert "country" in response.json()
