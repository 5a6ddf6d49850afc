"""URLs of the library: the three lists, a publication's page, editing and files."""

from django.urls import URLPattern, path

from emn.library.views import detail, editing, listing, policies

app_name = "library"

urlpatterns: list[URLPattern] = [
    path("", listing.publication_list, name="publication_list"),
    path("current/", listing.current, name="current"),
    path("archive/", listing.archive, name="archive"),
    path("archive-rules/", policies.archive_policies, name="archive_policies"),
    path("new/", editing.publication_create, name="publication_create"),
    path("<int:pk>/", detail.publication_detail, name="publication_detail"),
    path("<int:pk>/edit/", editing.publication_edit, name="publication_edit"),
    path("<int:pk>/delete/", editing.publication_delete, name="publication_delete"),
    path("<int:pk>/files/", editing.file_upload, name="file_upload"),
    path("files/<int:pk>/", detail.file_download, name="file_download"),
    path("files/<int:pk>/delete/", editing.file_delete, name="file_delete"),
]
