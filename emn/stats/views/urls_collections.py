"""URLs of national data collections: templates, collections, a country's row, the data."""

from django.urls import URLPattern, path

from emn.stats.views import collections, collections_rows, collections_status

_ROW = "collections/<int:pk>/rows/<str:code>/"

urlpatterns: list[URLPattern] = [
    path("collections/", collections.collection_list, name="collection_list"),
    path(
        "collections/templates/new/",
        collections.collection_template_new,
        name="collection_template_new",
    ),
    path(
        "collections/templates/<slug:key>/",
        collections.collection_template_detail,
        name="collection_template_detail",
    ),
    path(
        "collections/templates/<slug:key>/launch/",
        collections.collection_launch,
        name="collection_launch",
    ),
    path("collections/<int:pk>/", collections_status.collection_detail, name="collection_detail"),
    path("collections/<int:pk>/data/", collections_status.collection_data, name="collection_data"),
    path(_ROW, collections_rows.collection_row, name="collection_row"),
    path(f"{_ROW}ready/", collections_rows.collection_row_ready, name="collection_row_ready"),
    path(f"{_ROW}submit/", collections_rows.collection_row_submit, name="collection_row_submit"),
    path(f"{_ROW}return/", collections_rows.collection_row_return, name="collection_row_return"),
]
