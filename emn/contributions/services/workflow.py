"""A country's contribution moving through the transition table, and content saves."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.contributions import permissions
from emn.contributions.models import Contribution
from emn.contributions.services.core import (
    Event,
    StaleContribution,
    State,
    _deny,
    _event,
    _required,
    _transition,
)
from emn.core import audit


def start_drafting(actor: Any, contribution: Contribution) -> Contribution:
    """Start (or resume after a return) drafting.

    Permission: `can_write_contribution`. Audit: `contributions.started` or `.reopened`.
    """
    _deny(
        permissions.can_write_contribution(actor, contribution),
        _("You may not write this contribution."),
    )
    return _transition(actor, contribution, State.DRAFTING)


def mark_ready(actor: Any, contribution: Contribution) -> Contribution:
    """Mark a draft ready for the coordinator's validation.

    Permission: `can_write_contribution`. Audit: `contributions.ready`.
    """
    _deny(
        permissions.can_write_contribution(actor, contribution),
        _("You may not write this contribution."),
    )
    return _transition(actor, contribution, State.READY)


def submit_contribution(actor: Any, contribution: Contribution) -> Contribution:
    """Submit the country's contribution to the asker.

    Rule: from drafting or ready. Permission: `can_submit_contribution` (the country's
    coordinator only). Audit: `contributions.submitted`.
    """
    _deny(
        permissions.can_submit_contribution(actor, contribution),
        _("Only the coordinator of %(country)s may submit.") % {"country": contribution.country},
    )
    return _transition(actor, contribution, State.SUBMITTED, submitted_at=timezone.now())


def return_contribution(actor: Any, contribution: Contribution, reason: str) -> Contribution:
    """Return a submitted contribution for changes, saying why.

    Permission: `can_return_contribution` (the asker). Audit: `contributions.returned`.
    """
    _deny(
        permissions.can_return_contribution(actor, contribution),
        _("Only the asker may return a contribution."),
    )
    reason = _required(reason, "reason")
    return _transition(actor, contribution, State.RETURNED, note=reason)


def mark_no_information(actor: Any, contribution: Contribution, note: str = "") -> Contribution:
    """Declare that the country has no information to give.

    Permission: `can_submit_contribution` (the coordinator). Audit: `contributions.no_information`.
    """
    _deny(
        permissions.can_submit_contribution(actor, contribution),
        _("Only the coordinator of %(country)s may do this.") % {"country": contribution.country},
    )
    return _transition(actor, contribution, State.NO_INFORMATION, note=note)


def decline_contribution(actor: Any, contribution: Contribution, reason: str) -> Contribution:
    """Decline to contribute, with a reason.

    Permission: `can_submit_contribution` (the coordinator). Audit: `contributions.declined`.
    """
    _deny(
        permissions.can_submit_contribution(actor, contribution),
        _("Only the coordinator of %(country)s may decline.") % {"country": contribution.country},
    )
    reason = _required(reason, "reason")
    return _transition(actor, contribution, State.DECLINED, note=reason, reason=reason)


def touch_contribution(actor: Any, contribution: Contribution, expected_version: int) -> int:
    """Record a content save: compare-and-set the version, so of two saves based on the same
    version only the first wins; returns the new version.

    Rule: a stale `expected_version` raises `StaleContribution` and changes nothing; the
    first save moves a not-started or returned contribution to drafting. Permission:
    `can_write_contribution`. Audit: `contributions.save`.
    """
    _deny(
        permissions.can_write_contribution(actor, contribution),
        _("You may not write this contribution."),
    )
    starts: dict[str, str] = {State.NOT_STARTED: Event.STARTED, State.RETURNED: Event.REOPENED}
    with transaction.atomic():
        # One UPDATE ... WHERE version = expected: the database decides who wins.
        changed = Contribution.objects.filter(pk=contribution.pk, version=expected_version).update(
            version=F("version") + 1,
            updated_at=timezone.now(),
            updated_by=actor,
            state=Case(
                *(When(state=s, then=Value(State.DRAFTING)) for s in starts),
                default=F("state"),
            ),
        )
        if not changed:
            stored = Contribution.objects.filter(pk=contribution.pk).values_list(
                "version", flat=True
            )
            raise StaleContribution(
                _("Someone saved this contribution after you opened it; compare both versions."),
                stored_version=stored.first() or 0,
            )
        previous = contribution.state
        contribution.refresh_from_db()
        if previous in starts and contribution.state == State.DRAFTING:
            _event(actor, contribution, starts[previous], previous)
        audit.record(
            actor,
            "contributions.save",
            contribution,
            before={"version": expected_version, "state": previous},
            after={"version": contribution.version, "state": contribution.state},
        )
    return contribution.version
