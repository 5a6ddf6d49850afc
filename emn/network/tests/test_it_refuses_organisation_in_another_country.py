"""A coordinator adds and moves organisations only within their own country."""

import pytest
from django.core.exceptions import PermissionDenied

from emn.core.testing.factories import OrganisationFactory, country
from emn.network import services
from emn.network.models import Organisation


def test_the_form_refuses_a_french_organisation(client, personas):
    client.force_login(personas.coordinator)
    data = {"name": "Institut français", "kind": "research_institute", "country": "FR"}
    response = client.post("/network/organisations/new/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["country"] == [
        "You may not add organisations in this country."
    ]
    assert not Organisation.objects.filter(name="Institut français").exists()


def test_the_form_offers_only_the_own_country(client, personas):
    client.force_login(personas.coordinator)
    response = client.get("/network/organisations/new/")
    choices = response.context["form"].fields["country"].widget.choices
    assert choices == [("SI", "Slovenia")]


def test_the_service_refuses_it(personas):
    with pytest.raises(PermissionDenied):
        services.create_organisation(
            personas.coordinator, name="Institut français", kind="ngo", country=country("FR")
        )
    assert not Organisation.objects.filter(name="Institut français").exists()


def test_moving_an_organisation_abroad_is_refused(client, personas):
    organisation = OrganisationFactory(name="Peace Institute")
    client.force_login(personas.coordinator)
    data = {"name": "Peace Institute", "kind": "ngo", "country": "FR"}
    response = client.post(f"/network/organisations/{organisation.pk}/edit/", data)
    assert response.status_code == 200
    assert response.context["form"].errors["country"]
    assert response.context["organisation"].name == "Peace Institute"
    organisation.refresh_from_db()
    assert organisation.country.code == "SI"
    assert organisation.kind == "research_institute"
