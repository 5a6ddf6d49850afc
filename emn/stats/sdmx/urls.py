"""URLs of the SDMX 2.1 RESTful web service, mounted at /sdmx/2.1/ like Eurostat's.

Schema: /schema/{context}/{agency}/{id}[/{version}]; structure: /{resource}[/{agency}[/{id}[/{version}]]]; data: /data/{flow}[/{key}[/{provider}]].
"""

from django.urls import re_path

from emn.stats.sdmx import data_views, schema_views, structure_constraint, structure_views

app_name = "sdmx"

_PART = r"[^/]+"

urlpatterns = [
    re_path(
        rf"^data/(?P<flow>{_PART})(?:/(?P<key>{_PART})(?:/(?P<provider>{_PART}))?)?/?$",
        data_views.data,
        name="data",
    ),
    re_path(
        rf"^schema/(?P<context>{_PART})/(?P<agency>{_PART})/(?P<resource_id>{_PART})"
        rf"(?:/(?P<version>{_PART}))?/?$",
        schema_views.schema,
        name="schema",
    ),
    re_path(
        rf"^(?P<resource>(?i:contentconstraint|actualconstraint))(?:/(?P<agency>{_PART})"
        rf"(?:/(?P<resource_id>{_PART})(?:/(?P<version>{_PART}))?)?)?/?$",
        structure_constraint.constraint,
        name="constraint",
    ),
    re_path(
        rf"^(?P<resource>[A-Za-z]+)(?:/(?P<agency>{_PART})(?:/(?P<resource_id>{_PART})"
        rf"(?:/(?P<version>{_PART}))?)?)?/?$",
        structure_views.structure,
        name="structure",
    ),
]
