"""Background work of the contribution engine: e-mails about requests and deadlines."""

from __future__ import annotations

from django.core.mail import send_mass_mail
from django.utils.translation import gettext as _
from django_tasks import task

from emn.accounts.models import Role, User
from emn.contributions.models import Reminder, Request


def country_people(country_id: int, kinds: tuple[str, ...]) -> list[User]:
    """The active people holding one of `kinds` in the country."""
    return list(
        User.objects.filter(
            is_active=True, roles__country_id=country_id, roles__kind__in=kinds
        ).distinct()
    )


def _send(people: list[User], subject: str, body: str) -> int:
    messages = [(subject, body, None, [person.email]) for person in people]
    return send_mass_mail(messages) if messages else 0


@task()
def send_reminder(reminder_id: int) -> int:
    """E-mail the coordinators and contributors of the reminded country; returns how many
    messages went out (none if the contribution was settled meanwhile)."""
    reminder = (
        Reminder.objects.select_related("contribution__request", "contribution__country")
        .filter(pk=reminder_id)
        .first()
    )
    if reminder is None:
        return 0
    contribution = reminder.contribution
    if contribution.state in ("submitted", "no_information", "declined"):
        return 0
    people = country_people(
        contribution.country_id, (Role.Kind.NCP_COORDINATOR, Role.Kind.NCP_CONTRIBUTOR)
    )
    request = contribution.request
    subject = _("Reminder: “%(title)s” is due on %(date)s") % {
        "title": request.title,
        "date": reminder.deadline.isoformat(),
    }
    body = _(
        "The contribution of %(country)s to “%(title)s” is due on %(date)s and has not been "
        "submitted yet."
    ) % {"country": contribution.country, "title": request.title, "date": reminder.deadline}
    return _send(people, subject, body)


@task()
def notify_request_opened(request_id: int) -> int:
    """E-mail the coordinators of every country asked that a request is open; returns the
    number of messages sent."""
    request = Request.objects.filter(pk=request_id).first()
    if request is None:
        return 0
    sent = 0
    for contribution in request.contributions.select_related("country"):
        people = country_people(contribution.country_id, (Role.Kind.NCP_COORDINATOR,))
        subject = _("New request: “%(title)s”") % {"title": request.title}
        body = _("%(country)s is asked to answer “%(title)s” by %(date)s.") % {
            "country": contribution.country,
            "title": request.title,
            "date": request.deadline.isoformat(),
        }
        sent += _send(people, subject, body)
    return sent
