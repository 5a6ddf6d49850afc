"""The three lists of the library: every publication, the current ones, the archive."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from emn.library import permissions
from emn.library.filters import PublicationFilter
from emn.library.models import Publication
from emn.library.querysets import PublicationQuerySet
from emn.library.views.common import decorate, with_texts
from emn.network.views.common import paginate

# Which list: (URL name, heading, lead, narrowing of the visible publications).
LISTS: dict[
    str, tuple[str, Promise, Promise, Callable[[PublicationQuerySet], PublicationQuerySet]]
] = {
    "all": (
        "library:publication_list",
        _("Publications"),
        _("Every publication of the network, current and archived, with its files."),
        lambda publications: publications,
    ),
    "current": (
        "library:current",
        _("Current publications"),
        _("The latest editions: not yet superseded, nor past the age the Commission set."),
        lambda publications: publications.current(),
    ),
    "archive": (
        "library:archive",
        _("Archive"),
        _("Earlier editions and older publications, with the edition that replaced each."),
        lambda publications: publications.archived(),
    ),
}


def _listing(request: HttpRequest, which: str) -> HttpResponse:
    url_name, heading, lead, narrow = LISTS[which]
    publications = narrow(Publication.objects.visible_to(request.user))
    filterset = PublicationFilter.for_page(
        request.GET or None, queryset=with_texts(publications), request=request
    )
    page = paginate(request, filterset.qs)
    page.object_list = decorate(page.object_list, request.user)
    context = {
        "which": which,
        "url_name": url_name,
        "heading": heading,
        "lead": lead,
        "filter": filterset,
        "page": page,
        "filtered": any(value for key, value in request.GET.items() if key != "page"),
        "can_create": permissions.can_create_publication(request.user),
        "can_set_rules": permissions.can_set_archive_policy(request.user),
    }
    return render(request, "library/publication_list.html", context)


def publication_list(request: HttpRequest) -> HttpResponse:
    """Every publication the reader may see, filtered, newest first."""
    return _listing(request, "all")


def current(request: HttpRequest) -> HttpResponse:
    """The current publications: not superseded and not older than their type's rule."""
    return _listing(request, "current")


def archive(request: HttpRequest) -> HttpResponse:
    """The archive: superseded editions and publications past their type's age."""
    return _listing(request, "archive")
