"""URLs of the JSON-stat service, mounted at /statistics/1.0/ like Eurostat's."""

from django.urls import path

from emn.stats.jsonstat import views

app_name = "jsonstat"

urlpatterns = [
    path("data/<str:dataset>", views.data, name="data"),
]
