from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command

from emn.contributions import services
from emn.contributions.models import Contribution, ContributionEvent, Reminder
from emn.contributions.reminders import due_reminders, send_reminders
from emn.contributions.tests.factories import contribution_of, make_request
from emn.core.models import AuditEntry

TODAY = datetime.date(2026, 3, 2)
DEADLINE = datetime.date(2026, 3, 7)  # five days after TODAY


@pytest.fixture
def request_due(personas: Any, monkeypatch: Any) -> Any:
    """France asked SI, FR and DE; DE has submitted; the deadline is five days away."""
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: TODAY)
    request = make_request(personas.other_country, ("SI", "FR", "DE"), deadline=DEADLINE)
    de = contribution_of(request, "DE")
    Contribution.objects.filter(pk=de.pk).update(state=Contribution.State.SUBMITTED)
    return request


@pytest.mark.django_db
def test_it_computes_reminders_from_the_deadline(request_due: Any) -> None:
    due = due_reminders(TODAY, [5, 1, -1])
    assert sorted((c.country.code, offset) for c, offset in due) == [("FR", 5), ("SI", 5)]
    assert due_reminders(TODAY + datetime.timedelta(days=1), [5, 1, -1]) == []
    later = due_reminders(DEADLINE - datetime.timedelta(days=1), [5, 1, -1])
    assert {offset for _, offset in later} == {1}
    after = due_reminders(DEADLINE + datetime.timedelta(days=1), [5, 1, -1])
    assert {offset for _, offset in after} == {-1}


@pytest.mark.django_db
def test_it_mails_the_outstanding_country_once(
    request_due: Any, personas: Any, immediate_tasks: None, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders(TODAY, [5, 1, -1]) == 2
    recipients = sorted(address for message in mail.outbox for address in message.to)
    # Slovenia's coordinator and contributor, France's coordinator; never a reader or Germany.
    assert recipients == [
        "contributor.si@example.org",
        "coordinator.fr@example.org",
        "coordinator.si@example.org",
    ]
    assert "2026-03-07" in mail.outbox[0].subject
    assert Reminder.objects.count() == 2
    assert ContributionEvent.objects.filter(kind="reminded").count() == 2
    assert AuditEntry.objects.filter(action="contributions.reminded").count() == 2

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders(TODAY, [5, 1, -1]) == 0
    assert mail.outbox == []
    assert Reminder.objects.count() == 2


@pytest.mark.django_db
def test_a_granted_extension_moves_the_reminders(request_due: Any, personas: Any) -> None:
    si = contribution_of(request_due, "SI")
    extension = services.request_extension(
        personas.coordinator, si, DEADLINE + datetime.timedelta(days=7), "Elections."
    )
    services.decide_extension(personas.other_country, extension, True)
    assert [c.country.code for c, _ in due_reminders(TODAY, [5])] == ["FR"]
    assert [c.country.code for c, _ in due_reminders(TODAY + datetime.timedelta(days=7), [5])] == [
        "SI"
    ]


@pytest.mark.django_db
def test_the_command_prints_a_summary_and_is_safe_to_rerun(
    request_due: Any, settings: Any, capsys: Any
) -> None:
    settings.EMN_REMINDER_OFFSETS = [5]
    call_command("send_reminders", "--date", TODAY.isoformat())
    call_command("send_reminders", "--date", TODAY.isoformat())
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "2026-03-02: 2 reminder(s) sent (offsets in days: +5).",
        "2026-03-02: 0 reminder(s) sent (offsets in days: +5).",
    ]
    assert Reminder.objects.count() == 2
