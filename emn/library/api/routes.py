"""The library in the API router (kebab-case plural paths)."""

from __future__ import annotations

from rest_framework.routers import BaseRouter

from emn.library.api import views


def register(router: BaseRouter) -> None:
    router.register("publications", views.PublicationViewSet, basename="publication")
