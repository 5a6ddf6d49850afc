"""URLs of the ad-hoc queries: each part of the workflow keeps its own list."""

from django.urls import URLPattern, URLResolver

from emn.queries.urls_answering import urlpatterns as answering
from emn.queries.urls_compilation import urlpatterns as compilation
from emn.queries.urls_drafting import urlpatterns as drafting

app_name = "queries"

urlpatterns: list[URLPattern | URLResolver] = [*drafting, *answering, *compilation]
