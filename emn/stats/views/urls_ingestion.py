"""URLs of the Commission's ingestion page: `/stats/ingest/` and each ingestion's status."""

from django.urls import URLPattern, path

from emn.stats.views import ingestion

urlpatterns: list[URLPattern] = [
    path("ingest/", ingestion.ingestion_create, name="ingestion_create"),
    path("ingest/<int:pk>/", ingestion.ingestion_detail, name="ingestion_detail"),
]
