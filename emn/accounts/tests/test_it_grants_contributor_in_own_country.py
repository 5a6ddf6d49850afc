import pytest

from emn.accounts import services
from emn.accounts.models import Role
from emn.accounts.roles import ncp_country_ids
from emn.core.models import AuditEntry
from emn.core.testing.factories import UserFactory, country


@pytest.mark.django_db
def test_coordinator_grants_contributor_in_own_country(personas):
    person = UserFactory()
    role = services.grant_role(
        personas.coordinator, person, Role.Kind.NCP_CONTRIBUTOR, country=country("SI")
    )
    assert role.user == person
    assert ncp_country_ids(person) == {country("SI").pk}
    entry = AuditEntry.objects.get(action="accounts.grant_role")
    assert entry.actor == personas.coordinator
    assert entry.country == country("SI")


@pytest.mark.django_db
def test_commission_grants_any_role_anywhere(personas):
    person = UserFactory()
    services.grant_role(
        personas.commission, person, Role.Kind.NCP_COORDINATOR, country=country("FR")
    )
    services.grant_role(personas.commission, person, Role.Kind.SERVICE_PROVIDER)
    assert person.roles.count() == 2
