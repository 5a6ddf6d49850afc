"""The invitation e-mail travels through the real database task queue and its worker."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from emn.accounts import services
from emn.accounts.models import Role
from emn.core.testing.factories import country


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_the_invitation_queued_in_the_database(personas, mailoutbox, settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    services.invite_person(
        personas.coordinator,
        email="new.contributor@example.org",
        full_name="Nika Vidmar",
        language="sl",
        kind=Role.Kind.NCP_CONTRIBUTOR,
        country=country("SI"),
    )
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert mailoutbox == []

    call_command("db_worker", batch=True, no_startup_delay=True, reload=False)

    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["new.contributor@example.org"]
    assert "/accounts/reset/" in mailoutbox[0].body
