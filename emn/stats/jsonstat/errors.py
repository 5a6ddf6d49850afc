"""Errors in the body Eurostat's dissemination API gives: `{"error": [{status, id, label}]}`."""

from __future__ import annotations

from django.http import JsonResponse


class QueryError(Exception):
    """A request the service answers with a JSON error instead of a dataset."""

    def __init__(self, status: int, ident: str, label: str) -> None:
        super().__init__(label)
        self.status = status
        self.ident = ident
        self.label = label

    def response(self) -> JsonResponse:
        """The error as Eurostat writes it, with its HTTP status."""
        body = {"error": [{"status": self.status, "id": self.ident, "label": self.label}]}
        return JsonResponse(body, status=self.status)


def bad_request(ident: str, label: str) -> QueryError:
    return QueryError(400, ident, label)


def not_found(ident: str, label: str) -> QueryError:
    return QueryError(404, ident, label)
