import io

import pytest
from django.core.management import call_command

from emn.accounts.models import Role, User
from emn.network.models import Country, NationalContactPoint, Organisation


@pytest.mark.django_db
def test_demo_loads_the_real_network_and_every_role():
    call_command("load_demo", stdout=io.StringIO())
    assert Country.objects.filter(status=Country.Status.MEMBER).count() == 26
    assert Country.objects.filter(status=Country.Status.OBSERVER).count() == 7
    assert Country.objects.get(code="DK").status == Country.Status.NOT_PARTICIPATING
    assert NationalContactPoint.objects.count() == 26
    lithuania = NationalContactPoint.objects.get(country__code="LT")
    assert lithuania.coordinator.name == "IOM Lithuania"
    assert {kind for kind in Role.objects.values_list("kind", flat=True)} == set(Role.Kind.values)


@pytest.mark.django_db
def test_a_second_load_keeps_what_users_changed():
    call_command("load_demo", stdout=io.StringIO())
    user = User.objects.get(email="coordinator.si@demo.emn.test")
    user.full_name = "Renamed by the user"
    user.save()
    Role.objects.filter(user=user).delete()
    organisations = Organisation.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    user.refresh_from_db()
    assert user.full_name == "Renamed by the user"
    assert not Role.objects.filter(user=user).exists()
    assert Organisation.objects.count() == organisations
