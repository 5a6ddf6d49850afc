"""A coordinator's forms list only the roles and the country they manage."""

import re

import pytest

from emn.accounts.forms import InviteForm, RoleGrantForm
from emn.accounts.models import Role
from emn.core.testing.factories import country


def offered(form, name):
    return [str(value) for value, _label in form.fields[name].widget.choices]


@pytest.mark.django_db
@pytest.mark.parametrize("form_class", [RoleGrantForm, InviteForm])
def test_coordinator_sees_own_country_and_ncp_roles(personas, form_class):
    form = form_class(actor=personas.coordinator)
    assert offered(form, "country") == [str(country("SI").pk)]
    assert offered(form, "kind")[0] == ""  # nothing preselected
    assert set(offered(form, "kind")) - {""} == {
        Role.Kind.NCP_COORDINATOR,
        Role.Kind.NCP_CONTRIBUTOR,
        Role.Kind.NCP_READER,
        Role.Kind.NETWORK_PARTNER,
    }
    assert "expert_group" not in form.fields


@pytest.mark.django_db
def test_commission_sees_every_role_and_participating_country(personas):
    form = RoleGrantForm(actor=personas.commission)
    assert set(offered(form, "kind")) - {""} == set(Role.Kind.values)
    countries = offered(form, "country")
    assert "" in countries  # network-wide roles name no country
    assert str(country("NO").pk) in countries
    assert str(country("DK").pk) not in countries
    assert "expert_group" in form.fields


@pytest.mark.django_db
def test_the_page_shows_the_same_choices(client, personas):
    client.force_login(personas.coordinator)
    page = client.get(f"/accounts/people/{personas.contributor.pk}/").content.decode()
    kinds = re.findall(r'<option value="([a-z_]+)"', page)
    assert "commission" not in kinds
    assert "ncp_contributor" in kinds
