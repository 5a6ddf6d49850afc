"""Base classes of every API view: language negotiation and throttling in one place."""

from __future__ import annotations

from rest_framework import permissions, viewsets
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from emn.api.language import LanguageMixin

THROTTLES = [AnonRateThrottle, UserRateThrottle]


class ReadOnlyViewSet(LanguageMixin, viewsets.ReadOnlyModelViewSet):
    """List and detail for everyone; each subclass's `get_queryset` starts from `visible_to`."""

    throttle_classes = THROTTLES
    permission_classes = [permissions.AllowAny]


class WritableViewSet(LanguageMixin, viewsets.GenericViewSet):
    """Reads for everyone, writes for logged-in users.

    Being logged in is the only rule checked here, so an anonymous write gets 401 with a
    `WWW-Authenticate` header; who may change what is decided by the service the write calls.
    """

    throttle_classes = THROTTLES
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]
