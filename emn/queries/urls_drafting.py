"""URLs of the drafting part of the ad-hoc queries: the list, a query's page, its drafting
and the buttons of its lifecycle."""

from django.urls import URLPattern, path

from emn.queries.views import drafting, launching, listing

urlpatterns: list[URLPattern] = [
    path("", listing.query_list, name="query_list"),
    path("new/", drafting.query_create, name="query_create"),
    path("similar/", drafting.query_similar, name="query_similar"),
    path("<int:pk>/", listing.query_detail, name="query_detail"),
    path("<int:pk>/edit/", drafting.query_update, name="query_update"),
    path("<int:pk>/preview/", listing.query_preview, name="query_preview"),
    path("<int:pk>/launch/", launching.query_launch, name="query_launch"),
    path("<int:pk>/close/", launching.query_close, name="query_close"),
    path("<int:pk>/withdraw/", launching.query_withdraw, name="query_withdraw"),
    path(
        "<int:pk>/clarifications/new/",
        launching.clarification_create,
        name="clarification_create",
    ),
    path("<int:pk>/questions/new/", drafting.question_create, name="question_create"),
    path(
        "<int:pk>/questions/<int:question_pk>/edit/",
        drafting.question_update,
        name="question_update",
    ),
    path(
        "<int:pk>/questions/<int:question_pk>/delete/",
        drafting.question_delete,
        name="question_delete",
    ),
    path(
        "<int:pk>/questions/<int:question_pk>/move/",
        drafting.question_move,
        name="question_move",
    ),
]
