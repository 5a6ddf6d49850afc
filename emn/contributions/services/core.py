"""The transition table of the per-country workflow, and the helpers the services share.

Every move writes a `ContributionEvent` row and an audit entry; a move not in `TRANSITIONS`
is refused with a message naming the current and the target state.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from emn.contributions.models import Contribution, ContributionEvent
from emn.core import audit
from emn.search.indexing import index_later

State = Contribution.State
Event = ContributionEvent.Kind
_BEFORE_SUBMISSION = (State.NOT_STARTED, State.DRAFTING, State.READY, State.RETURNED)

# (from, to) -> the event that records the move. Anything else is a forged transition.
TRANSITIONS: dict[tuple[str, str], str] = {
    (State.NOT_STARTED, State.DRAFTING): Event.STARTED,
    (State.RETURNED, State.DRAFTING): Event.REOPENED,
    (State.READY, State.DRAFTING): Event.REOPENED,
    (State.DRAFTING, State.READY): Event.READY,
    (State.RETURNED, State.READY): Event.READY,
    (State.DRAFTING, State.SUBMITTED): Event.SUBMITTED,
    (State.READY, State.SUBMITTED): Event.SUBMITTED,
    (State.SUBMITTED, State.RETURNED): Event.RETURNED,
    **{(s, State.NO_INFORMATION): Event.NO_INFORMATION for s in _BEFORE_SUBMISSION},
    **{(s, State.DECLINED): Event.DECLINED for s in _BEFORE_SUBMISSION},
}


class StaleContribution(ValidationError):
    """A save based on an older version than the stored one: applied, it would lose work.

    `stored_version` is the version in the database; content apps attach what is stored
    (e.g. `stored_answers`) so the person sees both versions.
    """

    def __init__(self, message: str, stored_version: int) -> None:
        super().__init__(message, code="stale")
        self.stored_version = stored_version
        self.stored: dict[Any, Any] = {}


def _label(state: str) -> str:
    return str(State(state).label) if state in State.values else state


def _deny(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def _required(text: str, field: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError({field: _("Please give a reason.")})
    return text


def _event(actor: Any, contribution: Contribution, kind: str, before: str, note: str = "") -> None:
    ContributionEvent.objects.create(
        contribution=contribution,
        kind=kind,
        from_state=before,
        to_state=contribution.state,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        note=note,
    )


def _transition(
    actor: Any, contribution: Contribution, target: str, *, note: str = "", **fields: Any
) -> Contribution:
    """Move `contribution` to `target` under a row lock, with its event and audit entry."""
    with transaction.atomic():
        locked = Contribution.objects.select_for_update().get(pk=contribution.pk)
        current = locked.state
        kind = TRANSITIONS.get((current, target))
        if kind is None:
            raise ValidationError(
                _("A contribution that is “%(current)s” cannot become “%(target)s”.")
                % {"current": _label(current), "target": _label(target)},
                code="invalid_transition",
            )
        before = audit.snapshot(locked, ["state", *fields])
        locked.state = target
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.save(update_fields=["state", *fields])
        _event(actor, locked, kind, current, note)
        audit.record(
            actor,
            f"contributions.{kind}",
            locked,
            before=before,
            after=audit.snapshot(locked, ["state", *fields]),
        )
        # The state decides who finds the contribution's content in search.
        index_later(locked)
    contribution.refresh_from_db()
    return contribution
