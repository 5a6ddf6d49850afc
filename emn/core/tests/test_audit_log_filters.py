import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from emn.accounts import services
from emn.accounts.models import Role, User
from emn.core import audit
from emn.core.testing.factories import OrganisationFactory, UserFactory, country


@pytest.fixture
def log(personas):
    services.grant_role(
        personas.commission, UserFactory(), Role.Kind.NCP_READER, country=country("SI")
    )
    services.grant_role(
        personas.coordinator, UserFactory(), Role.Kind.NCP_READER, country=country("SI")
    )
    services.update_user(personas.commission, personas.other_country, full_name="Camille Martin")
    audit.record(
        personas.commission, "test.organisation", OrganisationFactory(country=country("FR"))
    )


def actions(client, **params):
    response = client.get("/audit/", params)
    assert response.status_code == 200
    return sorted(i.entry.action for g in response.context["groups"] for i in g.items)


@pytest.mark.django_db
def test_filter_by_action_actor_country_and_type(client, personas, log):
    client.force_login(personas.commission)
    assert actions(client, action="accounts.update_user") == ["accounts.update_user"]
    assert actions(client, actor="coordinator.si") == ["accounts.grant_role"]
    assert actions(client, country=country("FR").pk) == [
        "accounts.update_user",
        "test.organisation",
    ]
    user_type = ContentType.objects.get_for_model(User)
    assert actions(client, object_type=user_type.pk) == ["accounts.update_user"]


@pytest.mark.django_db
def test_filter_by_date_range(client, personas, log):
    client.force_login(personas.commission)
    today = timezone.localdate()
    assert len(actions(client, since=today.isoformat(), until=today.isoformat())) == 4
    tomorrow = today + datetime.timedelta(days=1)
    assert actions(client, since=tomorrow.isoformat()) == []


@pytest.mark.django_db
def test_action_choices_come_from_visible_entries(client, personas, log):
    client.force_login(personas.coordinator)
    response = client.get("/audit/")
    choices = [value for value, _label in response.context["filters"].form.fields["action"].choices]
    assert "accounts.grant_role" in choices
    assert "test.organisation" not in choices
