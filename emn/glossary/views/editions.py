"""Editions: the published ones with their downloads, publishing the next (the Commission),
and the differences between two editions or an edition and the working copy."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from emn.glossary import diff, permissions, reading, records, services
from emn.glossary.forms import PublishForm
from emn.glossary.models import ConceptVersion, Edition, Scheme, Stage
from emn.glossary.views.changes import shown_changes
from emn.glossary.views.common import (
    chosen_language,
    edition_choices,
    edition_label,
    links,
    page_url,
    scheme_or_404,
    tabs,
    ui_language,
)
from emn.network.views.common import posted

FORMATS = (("ttl", "Turtle"), ("rdf", "RDF/XML"), ("jsonld", "JSON-LD"), ("nt", "N-Triples"))


def _approved_count(scheme: Scheme) -> int:
    return ConceptVersion.objects.filter(concept__scheme=scheme, stage=Stage.APPROVED).count()


def _editions(scheme: Scheme) -> list[Edition]:
    editions: list[Edition] = list(
        Edition.objects.filter(scheme=scheme)
        .annotate(concepts=Count("versions", filter=Q(versions__stage=Stage.EDITION)))
        .select_related("created_by")
        .order_by("-number")
    )
    export = page_url(scheme, "export")
    for edition in editions:
        edition.downloads = [  # type: ignore[attr-defined]
            (name, f"{export}?edition={edition.number}&format={fmt}") for fmt, name in FORMATS
        ]
    return editions


def _render_list(request: HttpRequest, scheme: Scheme, form: PublishForm | None) -> HttpResponse:
    editions = _editions(scheme)
    latest = editions[0].number if editions else 0
    context = {
        "scheme": scheme,
        "scheme_title": scheme.title(ui_language()),
        "links": links(scheme),
        "tabs": tabs(scheme, "editions", request.user),
        "editions": editions,
        "form": form,
        "next_number": latest + 1,
        "approved_count": _approved_count(scheme) if form is not None else 0,
        "can_read_working": permissions.can_read_working_copy(request.user),
        "working_downloads": [
            (name, f"{page_url(scheme, 'export')}?edition=working&format={fmt}")
            for fmt, name in FORMATS
        ],
    }
    return render(request, "glossary/edition_list.html", context)


def edition_list(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """Every published edition; the Commission also sees the form to publish the next."""
    the_scheme = scheme_or_404(scheme)
    can_publish = permissions.can_publish_edition(request.user)
    return _render_list(request, the_scheme, PublishForm() if can_publish else None)


@login_required
def edition_publish(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """Publish the next edition: `services.publish_edition` (the Commission alone)."""
    the_scheme = scheme_or_404(scheme)
    if not permissions.can_publish_edition(request.user):
        raise PermissionDenied(_("Only the Commission publishes editions."))
    if request.method != "POST":
        return redirect(page_url(the_scheme, "editions"))
    form = PublishForm(posted(request))
    if form.is_valid():
        try:
            edition = services.publish_edition(
                request.user,
                the_scheme,
                published_on=form.cleaned_data["published_on"],
                notes=form.cleaned_data["notes"],
            )
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(
                request,
                _("Edition %(number)s is published; the search follows in a moment.")
                % {"number": edition.number},
            )
            return redirect(page_url(the_scheme, "editions"))
    return _render_list(request, the_scheme, form)


def _side(request: HttpRequest, scheme: Scheme, name: str, default: str) -> reading.Selection:
    return reading.select(request.user, scheme, request.GET.get(name) or default)


def _defaults(user: Any, scheme: Scheme) -> tuple[str, str]:
    """Without a choice: the latest edition against the working copy (for those who may
    read it), else the edition before the latest against the latest."""
    numbers = list(
        Edition.objects.filter(scheme=scheme).order_by("-number").values_list("number", flat=True)
    )
    if permissions.can_read_working_copy(user):
        return (str(numbers[0]) if numbers else reading.WORKING), reading.WORKING
    if len(numbers) >= 2:
        return str(numbers[1]), str(numbers[0])
    return (str(numbers[0]), str(numbers[0])) if numbers else ("", "")


def edition_diff(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """What changed from `?from=` to `?to=` (edition numbers, or "working" for those allowed)."""
    the_scheme = scheme_or_404(scheme)
    user = request.user
    language = chosen_language(request)
    first, second = _defaults(user, the_scheme)
    old_side = _side(request, the_scheme, "from", first)
    new_side = _side(request, the_scheme, "to", second)
    result = diff.diff(
        records.load_versions(old_side.versions(user)),
        records.load_versions(new_side.versions(user)),
        languages=(language, "en"),
    )
    context = {
        "scheme": the_scheme,
        "scheme_title": the_scheme.title(ui_language()),
        "links": links(the_scheme),
        "tabs": tabs(the_scheme, "editions", request.user),
        "choices": edition_choices(user, the_scheme),
        "from_value": request.GET.get("from") or first,
        "to_value": request.GET.get("to") or second,
        "from_label": edition_label(old_side.edition),
        "to_label": edition_label(new_side.edition),
        "result": result,
        "added": [(r, r.label((language, "en"))) for r in result.added],
        "removed": [(r, r.label((language, "en"))) for r in result.removed],
        "changed": [(item, shown_changes(item.changes)) for item in result.changed],
        "new_set": new_side,
    }
    return render(request, "glossary/edition_diff.html", context)
