import pytest
from django.core.exceptions import ValidationError
from django.test.client import MULTIPART_CONTENT

from emn.accounts import services
from emn.accounts.models import Role
from emn.core.models import AuditEntry
from emn.core.testing.factories import country


@pytest.mark.django_db
def test_the_service_refuses_a_role_held_already(personas):
    with pytest.raises(ValidationError) as error:
        services.grant_role(
            personas.coordinator,
            personas.contributor,
            Role.Kind.NCP_CONTRIBUTOR,
            country=country("SI"),
        )
    assert "kind" in error.value.message_dict
    assert personas.contributor.roles.count() == 1
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_the_form_shows_the_refusal(client, personas):
    client.force_login(personas.coordinator)
    response = client.post(
        f"/accounts/people/{personas.contributor.pk}/roles/",
        {"kind": "ncp_contributor", "country": country("SI").pk},
        content_type=MULTIPART_CONTENT,
    )
    assert response.status_code == 200
    assert "already holds this role" in response.content.decode()
