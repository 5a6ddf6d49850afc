"""Requests and contributions for the engine's tests, made through the services."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from emn.contributions import services
from emn.contributions.models import Contribution, Request
from emn.core.testing.factories import country


def make_request(
    asker: Any,
    codes: tuple[str, ...] = ("SI", "FR", "DE"),
    *,
    deadline: datetime.date | None = None,
    requester: str | None = "FR",
    open_it: bool = True,
) -> Request:
    """A request asked by `asker` (for `requester`'s NCP), opened to the countries `codes`."""
    request = Request.objects.create(
        kind=Request.Kind.AD_HOC_QUERY,
        title="Access to the labour market for applicants",
        requester_country=country(requester) if requester else None,
        requested_by=asker,
        deadline=deadline or timezone.localdate() + datetime.timedelta(days=14),
    )
    if open_it:
        services.open_request(asker, request, [country(code) for code in codes])
    return request


def contribution_of(request: Request, code: str) -> Contribution:
    return Contribution.objects.get(request=request, country__code=code)
