"""The accounts resources in the API: `me/` and `roles/`."""

from __future__ import annotations

from django.urls import URLPattern, path
from rest_framework.routers import BaseRouter

from emn.accounts.api import views


def register(router: BaseRouter) -> None:
    router.register("roles", views.RoleViewSet, basename="role")


urlpatterns: list[URLPattern] = [path("me/", views.MeView.as_view(), name="me")]
