import pytest

from emn.accounts import services
from emn.accounts.models import Role
from emn.core.models import AuditEntry
from emn.core.testing.factories import UserFactory, country


@pytest.mark.django_db
def test_visible_to_scopes_entries_by_country(personas):
    services.grant_role(
        personas.commission, UserFactory(), Role.Kind.NCP_READER, country=country("SI")
    )
    services.grant_role(
        personas.commission, UserFactory(), Role.Kind.NCP_READER, country=country("FR")
    )
    services.grant_role(personas.commission, UserFactory(), Role.Kind.SERVICE_PROVIDER)

    def countries(persona):
        visible = AuditEntry.objects.visible_to(personas[persona])
        return sorted(str(code) for code in visible.values_list("country__code", flat=True))

    assert countries("coordinator") == ["SI"]
    assert countries("other_country") == ["FR"]
    assert countries("commission") == ["FR", "None", "SI"]
    assert countries("reader") == []
    assert countries("service_provider") == []


@pytest.mark.django_db
def test_the_country_filter_offers_only_the_coordinators_countries(client, personas):
    client.force_login(personas.coordinator)
    response = client.get("/audit/", {"country": country("FR").pk})
    form = response.context["filters"].form
    assert [c.code for c in form.fields["country"].queryset] == ["SI"]
    assert "country" in form.errors


@pytest.mark.django_db
def test_partner_and_service_provider_are_refused(client, personas):
    for persona in ("partner", "service_provider"):
        client.force_login(personas[persona])
        assert client.get("/audit/").status_code == 403
