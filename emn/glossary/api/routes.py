"""The glossary in the API router."""

from __future__ import annotations

from rest_framework.routers import BaseRouter

from emn.glossary.api import views


def register(router: BaseRouter) -> None:
    router.register("glossary/concepts", views.ConceptViewSet, basename="glossary-concept")
    router.register("glossary/editions", views.EditionViewSet, basename="glossary-edition")
