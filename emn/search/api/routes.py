"""Search in the API: one read-only endpoint, `search/`."""

from __future__ import annotations

from django.urls import URLPattern, path
from rest_framework.routers import BaseRouter

from emn.search.api import views


def register(router: BaseRouter) -> None:
    """Search has no router resources; its endpoint is in `urlpatterns`."""


urlpatterns: list[URLPattern] = [path("search/", views.SearchView.as_view(), name="search")]
