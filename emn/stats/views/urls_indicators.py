"""URLs of the indicator pages: `/stats/indicators/` and each indicator with its downloads."""

from __future__ import annotations

from django.urls import URLPattern, path

from emn.stats.views import indicator_exports, indicators

urlpatterns: list[URLPattern] = [
    path("indicators/", indicators.indicator_list, name="indicator_list"),
    path("indicators/<slug:key>/", indicators.indicator_detail, name="indicator_detail"),
    path(
        "indicators/<slug:key>/download.csv",
        indicator_exports.indicator_csv,
        name="indicator_csv",
    ),
    path(
        "indicators/<slug:key>/download.xlsx",
        indicator_exports.indicator_xlsx,
        name="indicator_xlsx",
    ),
]
