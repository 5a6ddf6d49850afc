"""A second NCP for a country is a clear form error, and nothing is stored."""

import pytest
from django.core.exceptions import ValidationError

from emn.core.models import AuditEntry
from emn.core.testing.factories import NationalContactPointFactory, country
from emn.network import services
from emn.network.models import NationalContactPoint


@pytest.fixture
def slovenian_ncp(db):
    return NationalContactPointFactory(email="emn@example.si")


def test_the_form_names_the_duplicate(client, personas, slovenian_ncp):
    client.force_login(personas.commission)
    response = client.post("/network/ncps/new/", {"country": "SI", "email": "other@example.si"})
    assert response.status_code == 200
    assert "Slovenia already has a National Contact Point." in response.content.decode()
    assert response.context["form"].errors["country"]
    assert NationalContactPoint.objects.count() == 1
    assert NationalContactPoint.objects.get().email == "emn@example.si"
    assert not AuditEntry.objects.filter(action="network.create_ncp").exists()


def test_the_service_refuses_it(personas, slovenian_ncp):
    with pytest.raises(ValidationError) as raised:
        services.create_ncp(personas.commission, country=country("SI"))
    assert "country" in raised.value.error_dict
    assert NationalContactPoint.objects.count() == 1


def test_a_country_outside_the_network_gets_none(client, personas):
    client.force_login(personas.commission)
    response = client.post("/network/ncps/new/", {"country": "DK"})
    assert "Denmark does not take part in the network." in response.content.decode()
    assert not NationalContactPoint.objects.exists()
