"""The pages' filter forms keep their fields and labels; API-only filters are not on them."""

from emn.core.testing.factories import OrganisationFactory


def _fields(client, url: str) -> dict[str, str]:
    form = client.get(url).context["filter"].form
    return {name: str(field.label) for name, field in form.fields.items()}


def test_the_organisation_list_form(client, db):
    assert _fields(client, "/network/organisations/") == {
        "search": "Name contains",
        "kind": "Type",
        "country": "Country",
    }


def test_the_directory_form(client, db):
    assert _fields(client, "/network/directory/") == {
        "search": "Search",
        "theme": "Field of expertise",
        "country": "Country",
    }


def test_the_api_only_filters_filter_the_api_and_not_the_page(client, db):
    OrganisationFactory(name="Listed", in_directory=True)
    OrganisationFactory(name="Not Listed", in_directory=False)
    api = client.get("/api/v1/organisations/?in_directory=true").json()
    assert [row["name"] for row in api["results"]] == ["Listed"]
    page = client.get("/network/organisations/?in_directory=true").context["page"]
    assert [str(row) for row in page] == ["Listed", "Not Listed"]
    assert client.get("/api/v1/directory/institutes/?kind=castle").status_code == 400
