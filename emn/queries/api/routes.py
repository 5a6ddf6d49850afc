"""Ad-hoc queries in the API router (kebab-case plural paths)."""

from __future__ import annotations

from rest_framework.routers import BaseRouter

from emn.queries.api import views


def register(router: BaseRouter) -> None:
    router.register("queries", views.AdHocQueryViewSet, basename="query")
