from django.urls import path

from emn.core import views

app_name = "core"

urlpatterns = [
    path("", views.audit_log, name="audit_log"),
]
