"""Who may read, write, submit, return and extend a country's contribution.

The asker of a request is the Commission, the coordinator of the requesting country, or the
person who made the request. A country's NCP (coordinator and contributors) writes its own
contribution while the request is open; only its coordinator submits it.
"""

from __future__ import annotations

from typing import Any

from emn.accounts.roles import (
    Kind,
    coordinated_country_ids,
    country_ids_for,
    is_commission,
    is_service_provider,
    ncp_country_ids,
)
from emn.contributions.models import Contribution, Request

WRITABLE = frozenset(
    {
        Contribution.State.NOT_STARTED,
        Contribution.State.DRAFTING,
        Contribution.State.READY,
        Contribution.State.RETURNED,
    }
)
# States whose outcome the asker may see: the country has spoken.
SETTLED = frozenset(
    {
        Contribution.State.SUBMITTED,
        Contribution.State.NO_INFORMATION,
        Contribution.State.DECLINED,
    }
)


def is_asker(user: Any, request: Request) -> bool:
    """The Commission, the requesting country's coordinator, or the person who asked."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if is_commission(user) or user.pk == request.requested_by_id:
        return True
    return request.requester_country_id in coordinated_country_ids(user)


def can_manage_request(user: Any, request: Request) -> bool:
    """Open, close or withdraw a request: the asker."""
    return is_asker(user, request)


def can_view_contribution(user: Any, contribution: Contribution) -> bool:
    """The Commission and the Service Provider read all; a country's NCP reads its own once the
    request is launched; the asker's NCP reads other countries' contributions once settled."""
    if is_commission(user) or is_service_provider(user):
        return True
    request = contribution.request
    if request.state == Request.State.DRAFT:
        return is_asker(user, request)
    if contribution.country_id in ncp_country_ids(user):
        return True
    if contribution.state not in SETTLED:
        return False
    return user.pk == request.requested_by_id or request.requester_country_id in ncp_country_ids(
        user
    )


def can_write_contribution(user: Any, contribution: Contribution) -> bool:
    """The coordinator and contributors of the country, while the request is open and the
    contribution not yet submitted or settled."""
    if contribution.request.state != Request.State.OPEN or contribution.state not in WRITABLE:
        return False
    writers = country_ids_for(user, Kind.NCP_COORDINATOR, Kind.NCP_CONTRIBUTOR)
    return contribution.country_id in writers


def can_coordinate_contribution(user: Any, contribution: Contribution) -> bool:
    """The coordinator of the country, while the request is open."""
    return (
        contribution.request.state == Request.State.OPEN
        and contribution.country_id in coordinated_country_ids(user)
    )


def can_submit_contribution(user: Any, contribution: Contribution) -> bool:
    """Only the coordinator of the country submits, while the request is open."""
    return can_coordinate_contribution(user, contribution)


def can_return_contribution(user: Any, contribution: Contribution) -> bool:
    """The asker returns a submitted contribution for changes."""
    return is_asker(user, contribution.request)


def can_request_extension(user: Any, contribution: Contribution) -> bool:
    """The coordinator of the country asks for more time."""
    return can_coordinate_contribution(user, contribution)


def can_decide_extension(user: Any, contribution: Contribution) -> bool:
    """The asker grants or refuses more time."""
    return is_asker(user, contribution.request)
