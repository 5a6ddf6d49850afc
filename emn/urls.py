"""Top-level URL map: one include per app."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("emn.portal.urls")),
    path("accounts/", include("emn.accounts.urls")),
    path("network/", include("emn.network.urls")),
    path("queries/", include("emn.queries.urls")),
    path("search/", include("emn.search.urls")),
    path("library/", include("emn.library.urls")),
    path("glossary/", include("emn.glossary.urls")),
    path("stats/", include("emn.stats.urls")),
    path("audit/", include("emn.core.urls")),
    path("api/v1/", include("emn.api.urls")),
    path("statistics/1.0/", include("emn.stats.jsonstat.urls")),
    path("sdmx/2.1/", include("emn.stats.sdmx.urls")),
    # Eurostat's own paths under its base address (https://ec.europa.eu/eurostat/), so a
    # script or package that writes them out whole works when only the host is changed.
    path(
        "api/dissemination/sdmx/2.1/",
        include(("emn.stats.sdmx.urls", "sdmx"), namespace="eurostat-sdmx"),
    ),
    path(
        "api/dissemination/statistics/1.0/",
        include(("emn.stats.jsonstat.urls", "jsonstat"), namespace="eurostat-jsonstat"),
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
