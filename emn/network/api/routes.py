"""The network's resources in the API router (kebab-case plural paths)."""

from __future__ import annotations

from rest_framework.routers import BaseRouter

from emn.network.api import views


def register(router: BaseRouter) -> None:
    router.register("countries", views.CountryViewSet, basename="country")
    router.register("organisations", views.OrganisationViewSet, basename="organisation")
    router.register("ncps", views.NcpViewSet, basename="ncp")
    router.register("directory/researchers", views.ResearcherViewSet, basename="researcher")
    router.register("directory/institutes", views.InstituteViewSet, basename="institute")
    router.register("expert-groups", views.ExpertGroupViewSet, basename="expert-group")
