"""URLs of the compilation part of the ad-hoc queries."""

from django.urls import URLPattern, path

from emn.queries.views import compilation, exports

urlpatterns: list[URLPattern] = [
    path("<int:pk>/compilation/", compilation.compilation, name="compilation"),
    path(
        "<int:pk>/compilation/compile/",
        compilation.compilation_compile,
        name="compilation_compile",
    ),
    path(
        "<int:pk>/compilation/publish/",
        compilation.compilation_publish,
        name="compilation_publish",
    ),
    path("<int:pk>/compilation/export.csv", exports.export_csv, name="export_csv"),
    path("<int:pk>/exports/", exports.export_create, name="export_create"),
    path("<int:pk>/exports/<int:export_pk>/", exports.export_detail, name="export_detail"),
    path(
        "<int:pk>/exports/<int:export_pk>/download/",
        exports.export_download,
        name="export_download",
    ),
]
