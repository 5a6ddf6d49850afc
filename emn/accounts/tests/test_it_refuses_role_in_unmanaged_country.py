"""A coordinator gives roles in their own country only, whatever the form is made to send."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test.client import MULTIPART_CONTENT

from emn.accounts import services
from emn.accounts.models import Role
from emn.core.models import AuditEntry
from emn.core.testing.factories import UserFactory, country


@pytest.mark.django_db
def test_the_service_refuses_and_stores_nothing(personas):
    person = UserFactory()
    with pytest.raises(PermissionDenied, match="France"):
        services.grant_role(
            personas.coordinator, person, Role.Kind.NCP_CONTRIBUTOR, country=country("FR")
        )
    assert not person.roles.exists()
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_a_forged_post_is_refused_with_a_clear_message(client, personas):
    person = personas.contributor
    client.force_login(personas.coordinator)
    response = client.post(
        f"/accounts/people/{person.pk}/roles/",
        {"kind": "ncp_coordinator", "country": country("FR").pk},
        content_type=MULTIPART_CONTENT,
    )
    assert response.status_code == 403
    content = response.content.decode()
    assert "You may not give the role “NCP coordinator” in France." in content
    assert "Nothing was changed." in content
    assert list(person.roles.values_list("kind", flat=True)) == ["ncp_contributor"]
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_a_forged_invitation_creates_no_account(client, personas):
    client.force_login(personas.coordinator)
    response = client.post(
        "/accounts/people/invite/",
        {
            "full_name": "Forged",
            "email": "forged@example.org",
            "language": "en",
            "kind": "ncp_contributor",
            "country": country("FR").pk,
        },
        content_type=MULTIPART_CONTENT,
    )
    assert response.status_code == 403
    assert not AuditEntry.objects.exists()
    assert not Role.objects.filter(user__email="forged@example.org").exists()


@pytest.mark.django_db
def test_a_coordinator_cannot_remove_a_role_in_another_country(client, personas):
    french_role = personas.other_country.roles.get()
    client.force_login(personas.coordinator)
    response = client.post(f"/accounts/roles/{french_role.pk}/revoke/")
    assert response.status_code == 403
    assert Role.objects.filter(pk=french_role.pk).exists()
    with pytest.raises(PermissionDenied):
        services.revoke_role(personas.coordinator, french_role)
