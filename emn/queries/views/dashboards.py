"""Dashboards: the asker's view of who answered a query, and an NCP's queries to answer."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, DateField, Prefetch
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.accounts.roles import ncp_country_ids
from emn.contributions.models import Contribution, ContributionEvent, Extension, Request
from emn.contributions.permissions import SETTLED
from emn.queries import permissions
from emn.queries.views.listing import visible_query

State = Contribution.State


@dataclass
class Row:
    """One country's line of the asker's dashboard."""

    contribution: Contribution
    deadline: datetime.date
    extended: bool
    submitted_at: datetime.datetime | None
    days_to_answer: int | None
    late: bool
    reminders: int


def _row(contribution: Any, opened: datetime.datetime | None, today: datetime.date) -> Row:
    settled_at = next(
        (e.at for e in contribution.events.all() if e.to_state in SETTLED),
        None,
    )
    deadline = contribution.effective_deadline
    days = None
    if settled_at is not None and opened is not None:
        days = max((settled_at - opened).days, 0)
    settled_on = timezone.localdate(settled_at) if settled_at is not None else None
    late = (settled_on or today) > deadline
    return Row(
        contribution=contribution,
        deadline=deadline,
        extended=contribution.deadline is not None,
        submitted_at=contribution.submitted_at,
        days_to_answer=days,
        late=late,
        reminders=contribution.reminder_count,
    )


def _pending(contribution: Any) -> list[Extension]:
    return list(contribution.pending_extensions)


@login_required
def dashboard_asker(request: HttpRequest, pk: int) -> HttpResponse:
    """Per-country status of a query: state, deadline, answer time, lateness, reminders.

    Permission: the asker, the Commission and the Service Provider."""
    query = visible_query(request, pk)
    user = request.user
    if not permissions.can_follow_answers(user, query):
        raise PermissionDenied(_("Only the asker follows the answers of a query."))
    pending = Prefetch(
        "extensions",
        queryset=Extension.objects.filter(state=Extension.State.PENDING),
        to_attr="pending_extensions",
    )
    contributions = (
        query.request.contributions.select_related("country", "request")
        .annotate(reminder_count=Count("reminders"))
        .prefetch_related("events", pending)
        .order_by("country__code")
    )
    today = timezone.localdate()
    rows = [_row(c, query.request.opened_at, today) for c in contributions]
    counts: dict[str, int] = {str(label): 0 for label in State.labels}
    for row in rows:
        counts[str(row.contribution.get_state_display())] += 1
    days = [r.days_to_answer for r in rows if r.days_to_answer is not None]
    context = {
        "query": query,
        "rows": rows,
        "counts": [(label, n) for label, n in counts.items() if n],
        "answered": sum(r.contribution.state in SETTLED for r in rows),
        "late": sum(r.late for r in rows),
        "can_decide": permissions.is_query_asker(user, query),
        "pending": [(r.contribution, e) for r in rows for e in _pending(r.contribution)],
        "average_days": round(sum(days) / len(days), 1) if days else None,
    }
    return render(request, "queries/dashboard_asker.html", context)


@login_required
def dashboard_ncp(request: HttpRequest) -> HttpResponse:
    """Queries waiting for the user's countries and their drafts, in deadline order."""
    countries = ncp_country_ids(request.user)
    outstanding = (
        Contribution.objects.visible_to(request.user)
        .outstanding()
        .filter(country__in=countries, request__kind=Request.Kind.AD_HOC_QUERY)
        .select_related("country", "request__ad_hoc_query", "request__requester_country")
        .annotate(due=Coalesce("deadline", "request__deadline", output_field=DateField()))
        .order_by("due", "request__title", "country__code")
    )
    waiting: list[Contribution] = []
    drafts: list[Contribution] = []
    for contribution in outstanding:
        started = contribution.state not in (State.NOT_STARTED,)
        (drafts if started else waiting).append(contribution)
    context = {
        "waiting": waiting,
        "drafts": drafts,
        "has_country": bool(countries),
        "today": timezone.localdate(),
        "events": ContributionEvent.Kind,
    }
    return render(request, "queries/dashboard_ncp.html", context)
