"""URLs of the answering part of the ad-hoc queries: a country's response and the dashboards."""

from django.urls import URLPattern, path

from emn.queries.views import answering, attachments, dashboards

_RESPONSE = "<int:pk>/responses/<str:code>/"

urlpatterns: list[URLPattern] = [
    path("mine/", dashboards.dashboard_ncp, name="dashboard_ncp"),
    path("<int:pk>/status/", dashboards.dashboard_asker, name="dashboard_asker"),
    path(_RESPONSE, answering.response_edit, name="response_edit"),
    path(f"{_RESPONSE}view/", answering.response_detail, name="response_detail"),
    path(
        "<int:pk>/attachments/<int:attachment_pk>/",
        attachments.attachment_download,
        name="attachment_download",
    ),
    path(f"{_RESPONSE}autosave/", answering.response_autosave, name="response_autosave"),
    path(f"{_RESPONSE}ready/", answering.response_ready, name="response_ready"),
    path(f"{_RESPONSE}submit/", answering.response_submit, name="response_submit"),
    path(
        f"{_RESPONSE}no-information/",
        answering.response_no_information,
        name="response_no_information",
    ),
    path(f"{_RESPONSE}decline/", answering.response_decline, name="response_decline"),
    path(f"{_RESPONSE}return/", answering.response_return, name="response_return"),
    path(
        f"{_RESPONSE}extensions/new/",
        answering.response_extension_request,
        name="response_extension_request",
    ),
    path(
        f"{_RESPONSE}extensions/<int:extension_pk>/decide/",
        answering.extension_decide,
        name="extension_decide",
    ),
    path(f"{_RESPONSE}attachments/", answering.attachment_add, name="attachment_add"),
    path(
        f"{_RESPONSE}attachments/<int:attachment_pk>/remove/",
        answering.attachment_remove,
        name="attachment_remove",
    ),
]
