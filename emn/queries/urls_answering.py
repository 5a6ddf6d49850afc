"""URLs of the answering part of the ad-hoc queries: a country's response and the dashboards."""

from django.urls import URLPattern, path

from emn.queries.views import answering, attachments, dashboards, response_actions

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
    path(f"{_RESPONSE}ready/", response_actions.response_ready, name="response_ready"),
    path(f"{_RESPONSE}submit/", response_actions.response_submit, name="response_submit"),
    path(
        f"{_RESPONSE}no-information/",
        response_actions.response_no_information,
        name="response_no_information",
    ),
    path(f"{_RESPONSE}decline/", response_actions.response_decline, name="response_decline"),
    path(f"{_RESPONSE}return/", response_actions.response_return, name="response_return"),
    path(
        f"{_RESPONSE}extensions/new/",
        response_actions.response_extension_request,
        name="response_extension_request",
    ),
    path(
        f"{_RESPONSE}extensions/<int:extension_pk>/decide/",
        response_actions.extension_decide,
        name="extension_decide",
    ),
    path(f"{_RESPONSE}attachments/", response_actions.attachment_add, name="attachment_add"),
    path(
        f"{_RESPONSE}attachments/<int:attachment_pk>/remove/",
        response_actions.attachment_remove,
        name="attachment_remove",
    ),
]
