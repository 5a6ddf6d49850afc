"""The REST API under /api/v1/: one router, every app registers its resources here."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from emn.accounts.api import routes as accounts
from emn.api.docs import SwaggerView
from emn.glossary.api import routes as glossary
from emn.library.api import routes as library
from emn.network.api import routes as network
from emn.queries.api import routes as queries
from emn.search.api import routes as search
from emn.stats.api import routes as stats

app_name = "api"

router = DefaultRouter()
network.register(router)
accounts.register(router)
queries.register(router)
library.register(router)
glossary.register(router)
search.register(router)
stats.register(router)

urlpatterns = [
    *accounts.urlpatterns,
    *search.urlpatterns,
    *stats.urlpatterns,
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SwaggerView.as_view(url_name="api:schema"), name="schema-docs"),
]
