"""Statistics in the API router: datasets, their releases and observations (kebab-case plurals).

Paths: `stats/datasets/`, `stats/datasets/{code}/`, `stats/datasets/{code}/releases/`,
`.../releases/{number}/`, `stats/datasets/{code}/observations/`, `.../observations/history/`,
`stats/indicators/`, `stats/indicators/{key}/` and `stats/indicators/{key}/values/`.
"""

from __future__ import annotations

from django.urls import URLPattern
from rest_framework.routers import BaseRouter

from emn.stats.api import indicators, observations, views

DATASET = r"stats/datasets/(?P<code>[^/.]+)"

urlpatterns: list[URLPattern] = []


def register(router: BaseRouter) -> None:
    router.register("stats/datasets", views.DatasetViewSet, basename="stats-dataset")
    router.register(f"{DATASET}/releases", views.ReleaseViewSet, basename="stats-release")
    router.register(
        f"{DATASET}/observations", observations.ObservationViewSet, basename="stats-observation"
    )
    router.register("stats/indicators", indicators.IndicatorViewSet, basename="stats-indicator")
