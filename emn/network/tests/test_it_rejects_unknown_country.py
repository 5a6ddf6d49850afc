"""A country code nobody knows is a 404 in a URL and a named error in a form."""

import pytest

from emn.network.models import NationalContactPoint, Organisation


@pytest.mark.parametrize(
    "url", ["/network/countries/ZZ/", "/network/countries/XK/", "/network/countries/ZZ/ncp/edit/"]
)
def test_unknown_country_pages_do_not_exist(client, personas, url):
    client.force_login(personas.commission)
    assert client.get(url).status_code == 404


def test_country_codes_are_read_in_either_case(client, db):
    response = client.get("/network/countries/el/")
    assert response.status_code == 200
    assert response.context["country"].iso_code == "GR"


def test_new_ncp_for_unknown_country_is_a_form_error(client, personas):
    client.force_login(personas.commission)
    response = client.post("/network/ncps/new/", {"country": "ZZ"})
    assert response.status_code == 200
    assert "There is no country with the code “ZZ”." in response.content.decode()
    assert not NationalContactPoint.objects.exists()


def test_new_organisation_in_unknown_country_is_a_form_error(client, personas):
    client.force_login(personas.commission)
    data = {"name": "Nowhere Institute", "kind": "ngo", "country": "ZZ"}
    response = client.post("/network/organisations/new/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["country"]
    assert not Organisation.objects.filter(name="Nowhere Institute").exists()
