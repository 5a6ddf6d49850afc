import pytest

from emn.core import audit
from emn.core.models import AuditEntry, ReadOnlyAuditError
from emn.core.testing.factories import OrganisationFactory


@pytest.mark.django_db
def test_it_refuses_to_change_an_entry(personas):
    org = OrganisationFactory()
    entry = audit.record(personas.commission, "test.create", org, after={"name": org.name})
    entry.action = "test.other"
    with pytest.raises(ReadOnlyAuditError):
        entry.save()
    assert AuditEntry.objects.get(pk=entry.pk).action == "test.create"


@pytest.mark.django_db
def test_it_refuses_to_delete_an_entry(personas):
    entry = audit.record(personas.commission, "test.create", OrganisationFactory())
    with pytest.raises(ReadOnlyAuditError):
        entry.delete()
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


@pytest.mark.django_db
def test_entries_of_one_group_share_a_request_id(personas):
    org = OrganisationFactory()
    with audit.audit_group() as group:
        first = audit.record(personas.commission, "test.one", org)
        second = audit.record(personas.commission, "test.two", org)
    assert first.request_id == second.request_id == group
