"""Template helpers of the glossary pages: concept addresses and names of languages."""

from __future__ import annotations

from django import template

from emn.glossary.models import Scheme, Status
from emn.glossary.views.common import concept_url as _concept_url
from emn.glossary.views.common import country_name as _country_name
from emn.glossary.views.common import language_name as _language_name

register = template.Library()


@register.simple_tag
def concept_url(scheme: Scheme, key: str, query: str = "") -> str:
    """The page of concept `key` of `scheme`, with the reader's choices (`query`)."""
    return _concept_url(scheme, key, query)


@register.filter
def language_name(tag: str) -> str:
    return _language_name(tag)


@register.filter
def country_name(code: str) -> str:
    return _country_name(code)


@register.filter
def status_label(status: str) -> str:
    """The name of a workflow status in the UI language."""
    return str(dict(Status.choices).get(status, status))
