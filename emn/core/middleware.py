"""Middleware of the core app."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from emn.core.audit import audit_group


class AuditRequestMiddleware:
    """Give every request one audit group id, so its writes read as one change in the log."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with audit_group() as request_id:
            request.audit_request_id = request_id  # type: ignore[attr-defined]
            return self.get_response(request)
