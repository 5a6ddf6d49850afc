"""The REST API under /api/v1/: one router, every app registers its resources here."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from emn.accounts.api import routes as accounts
from emn.api.docs import SwaggerView
from emn.network.api import routes as network
from emn.queries.api import routes as queries

app_name = "api"

router = DefaultRouter()
network.register(router)
accounts.register(router)
queries.register(router)

urlpatterns = [
    *accounts.urlpatterns,
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SwaggerView.as_view(url_name="api:schema"), name="schema-docs"),
]
