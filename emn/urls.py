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
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
