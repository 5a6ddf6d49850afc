"""Who may draft, launch, answer, submit, return, compile and publish an ad-hoc query.

The asker (the Commission, or the coordinator of the requesting country, or the person who
created the query) runs the query; each country's NCP answers its own contribution, through
the rules of the contribution engine (`emn.contributions.permissions`).
"""

from __future__ import annotations

from typing import Any

from emn.accounts.roles import coordinated_country_ids, is_commission, is_service_provider
from emn.contributions import permissions as engine
from emn.contributions.models import Contribution
from emn.queries.models import AdHocQuery

State = AdHocQuery.State


def can_create_query(user: Any) -> bool:
    """The Commission and NCP coordinators ask ad-hoc queries."""
    return is_commission(user) or bool(coordinated_country_ids(user))


def is_query_asker(user: Any, query: AdHocQuery) -> bool:
    return engine.is_asker(user, query.request)


def can_edit_query(user: Any, query: AdHocQuery) -> bool:
    """The asker changes the query and its questions while it is a draft."""
    return query.state == State.DRAFT and is_query_asker(user, query)


def can_launch_query(user: Any, query: AdHocQuery) -> bool:
    """The asker launches a draft."""
    return can_edit_query(user, query)


def can_clarify_query(user: Any, query: AdHocQuery) -> bool:
    """After launch, the asker clarifies the questions while answers are being written."""
    return query.state == State.OPEN and is_query_asker(user, query)


def can_close_query(user: Any, query: AdHocQuery) -> bool:
    return query.state == State.OPEN and is_query_asker(user, query)


def can_withdraw_query(user: Any, query: AdHocQuery) -> bool:
    return query.state in (State.DRAFT, State.OPEN) and is_query_asker(user, query)


def can_answer(user: Any, contribution: Contribution) -> bool:
    """The country's coordinator and contributors, while the query is open and the answer
    not submitted; never the asker of another country."""
    return engine.can_write_contribution(user, contribution)


def can_submit_response(user: Any, contribution: Contribution) -> bool:
    """Only the coordinator of the country submits its response."""
    return engine.can_submit_contribution(user, contribution)


def can_return_response(user: Any, contribution: Contribution) -> bool:
    """The asker returns a submitted response for changes."""
    return engine.can_return_contribution(user, contribution)


def can_compile_query(user: Any, query: AdHocQuery) -> bool:
    """The asker compiles a closed query (again, as a new version, once compiled)."""
    return query.state in (State.CLOSED, State.COMPILED) and is_query_asker(user, query)


def can_publish_query(user: Any, query: AdHocQuery) -> bool:
    """The asker publishes a compiled query."""
    return query.state == State.COMPILED and is_query_asker(user, query)


def can_view_answers(user: Any, contribution: Contribution) -> bool:
    """A country's own NCP reads its draft; the asker reads it once settled; the Commission
    and the Service Provider read all (see `Contribution.objects.visible_to`)."""
    return engine.can_view_contribution(user, contribution)


def can_follow_answers(user: Any, query: AdHocQuery) -> bool:
    """The per-country status of a query: for its asker, the Commission and the Service Provider."""
    return is_query_asker(user, query) or is_commission(user) or is_service_provider(user)
