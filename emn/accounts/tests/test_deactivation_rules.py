import pytest
from django.core.exceptions import PermissionDenied

from emn.accounts import services
from emn.accounts.models import Role
from emn.core.models import AuditEntry
from emn.core.testing.factories import PASSWORD, RoleFactory, country


@pytest.mark.django_db
def test_nobody_deactivates_themselves(personas):
    for persona in ("coordinator", "commission"):
        with pytest.raises(PermissionDenied):
            services.deactivate_user(personas[persona], personas[persona])
        assert personas[persona].is_active


@pytest.mark.django_db
def test_a_coordinator_cannot_deactivate_someone_also_working_elsewhere(personas):
    RoleFactory(user=personas.contributor, kind=Role.Kind.NCP_READER, country=country("FR"))
    with pytest.raises(PermissionDenied):
        services.deactivate_user(personas.coordinator, personas.contributor)
    services.deactivate_user(personas.commission, personas.contributor)
    assert not personas.contributor.is_active


@pytest.mark.django_db
def test_a_coordinator_cannot_deactivate_the_commission(personas):
    with pytest.raises(PermissionDenied):
        services.deactivate_user(personas.coordinator, personas.commission)


@pytest.mark.django_db
def test_a_deactivated_person_can_no_longer_log_in(client, personas):
    services.deactivate_user(personas.coordinator, personas.contributor)
    entry = AuditEntry.objects.get(action="accounts.deactivate_user")
    assert entry.country == country("SI")
    response = client.post(
        "/accounts/login/", {"username": personas.contributor.email, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
