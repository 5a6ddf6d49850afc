import pytest
from django.core.exceptions import PermissionDenied

from emn.accounts import services
from emn.accounts.models import Role
from emn.core.models import AuditEntry
from emn.core.testing.factories import UserFactory, country


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "code"),
    [
        (Role.Kind.COMMISSION, None),
        (Role.Kind.SERVICE_PROVIDER, None),
        (Role.Kind.STEERING_BOARD, "SI"),
    ],
)
def test_coordinator_cannot_give_network_roles(personas, kind, code):
    person = UserFactory()
    place = country(code) if code else None
    with pytest.raises(PermissionDenied):
        services.grant_role(personas.coordinator, person, kind, country=place)
    assert not person.roles.exists()
    assert not person.is_staff
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["reader", "contributor", "partner", "service_provider"])
def test_people_who_manage_nobody_give_no_role(personas, persona):
    person = UserFactory()
    with pytest.raises(PermissionDenied):
        services.grant_role(personas[persona], person, Role.Kind.NCP_READER, country=country("SI"))
    assert not person.roles.exists()
