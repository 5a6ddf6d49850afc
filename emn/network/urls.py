from django.urls import path

from emn.network import views

app_name = "network"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("countries/<str:code>/", views.country_detail, name="country_detail"),
    path("organisations/", views.organisation_list, name="organisation_list"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation_detail"),
    path("directory/", views.directory, name="directory"),
    path("steering-board/", views.steering_board, name="steering_board"),
]
