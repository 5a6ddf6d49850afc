"""Denmark does not take part in the EMN: nobody holds a role there, not even by the Commission."""

import pytest
from django.core.exceptions import ValidationError
from django.test.client import MULTIPART_CONTENT

from emn.accounts import services
from emn.accounts.models import Role
from emn.core.models import AuditEntry
from emn.core.testing.factories import UserFactory, country


@pytest.mark.django_db
def test_the_service_refuses_a_role_in_denmark(personas):
    person = UserFactory()
    with pytest.raises(ValidationError) as error:
        services.grant_role(
            personas.commission, person, Role.Kind.NCP_CONTRIBUTOR, country=country("DK")
        )
    assert "does not take part" in error.value.message_dict["country"][0]
    assert not person.roles.exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_the_commission_form_does_not_offer_denmark_and_refuses_it(client, personas):
    client.force_login(personas.commission)
    url = f"/accounts/people/{personas.reader.pk}/roles/"
    form = client.get(url).content.decode()
    assert f'value="{country("SI").pk}"' in form
    assert f'value="{country("DK").pk}"' not in form
    response = client.post(
        url,
        {"kind": "ncp_contributor", "country": country("DK").pk},
        content_type=MULTIPART_CONTENT,
    )
    assert response.status_code == 200
    assert "does not take part in the network" in response.content.decode()
    assert not personas.reader.roles.filter(country=country("DK")).exists()


@pytest.mark.django_db
def test_a_role_needs_the_place_its_kind_names(personas):
    person = UserFactory()
    with pytest.raises(ValidationError):
        services.grant_role(personas.commission, person, Role.Kind.NCP_READER)
    with pytest.raises(ValidationError):
        services.grant_role(
            personas.commission, person, Role.Kind.COMMISSION, country=country("SI")
        )
    assert not person.roles.exists()
