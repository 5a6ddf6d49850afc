from django.urls import path

from emn.network import views

app_name = "network"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("countries/<str:code>/", views.country_detail, name="country_detail"),
    path("countries/<str:code>/ncp/edit/", views.ncp_update, name="ncp_update"),
    path("ncps/new/", views.ncp_create, name="ncp_create"),
    path("organisations/", views.organisation_list, name="organisation_list"),
    path("organisations/new/", views.organisation_create, name="organisation_create"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation_detail"),
    path("organisations/<int:pk>/edit/", views.organisation_update, name="organisation_update"),
    path("directory/", views.directory, name="directory"),
    path("directory/researchers/<int:pk>/", views.researcher_detail, name="researcher_detail"),
    path(
        "directory/researchers/<int:pk>/export/",
        views.researcher_export,
        name="researcher_export",
    ),
    path("directory/researchers/<int:pk>/erase/", views.researcher_erase, name="researcher_erase"),
    path("steering-board/", views.steering_board, name="steering_board"),
    path("expert-groups/<int:pk>/", views.expert_group_detail, name="expert_group_detail"),
]
