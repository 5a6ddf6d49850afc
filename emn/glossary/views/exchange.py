"""Exchanging the glossary with other tools: SKOS export, the translators' spreadsheet, and
SKOS import (the Commission), which runs as a task with a page that follows its progress."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from emn.glossary import permissions
from emn.glossary.forms import ImportForm
from emn.glossary.imports import run_vocabulary_import
from emn.glossary.models import Scheme, VocabularyImport
from emn.glossary.services.schemes import DEFAULT_KEY
from emn.glossary.views.common import (
    links,
    nothing_published,
    scheme_or_404,
    selection_for,
    tabs,
    ui_language,
)
from emn.glossary.views.concept import RDF_FORMATS
from emn.glossary.views.import_report import shown_report
from emn.glossary.views.sheets import translations

EXTENSIONS = {"ttl": "ttl", "rdf": "rdf", "jsonld": "jsonld", "nt": "nt"}


def _file_stem(scheme: Scheme) -> str:
    return "emn-glossary" if scheme.key == DEFAULT_KEY else f"{scheme.key}-glossary"


def export_skos(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """The whole set as SKOS: `?format=ttl|rdf|jsonld|nt`, `?edition=N` or "working"."""
    from emn.glossary.services import skos_export

    the_scheme = scheme_or_404(scheme)
    fmt = (request.GET.get("format") or "ttl").lower()
    if fmt not in RDF_FORMATS:
        raise Http404(_("Unknown format: choose ttl, rdf, jsonld or nt."))
    selection = selection_for(request, the_scheme)
    if nothing_published(selection):
        raise Http404(_("No edition of this glossary has been published yet."))
    data = skos_export.export_skos(request.user, the_scheme, selection.edition, fmt)
    part = f"edition-{selection.edition.number}" if selection.edition else "working-copy"
    response = HttpResponse(data, content_type=RDF_FORMATS[fmt])
    filename = f"{_file_stem(the_scheme)}-{part}.{EXTENSIONS[fmt]}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _may_import(request: HttpRequest) -> None:
    if not permissions.can_import_vocabulary(request.user):
        raise PermissionDenied(_("Only the Commission imports vocabularies."))


@login_required
def import_skos(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """Upload a SKOS file; the import runs as a task and its page shows the progress."""
    the_scheme = scheme_or_404(scheme)
    _may_import(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        with transaction.atomic():
            job = VocabularyImport.objects.create(
                file=upload,
                filename=upload.name[:300],
                scheme_uri=form.cleaned_data["scheme_uri"].strip(),
                mode=form.cleaned_data["mode"],
                dry_run=form.cleaned_data["dry_run"],
                approve=form.cleaned_data["approve"],
                created_by=request.user,  # type: ignore[misc]  # login_required
            )
            transaction.on_commit(lambda: run_vocabulary_import.enqueue(job.pk))
        return redirect("glossary:import_status", pk=job.pk)
    context = {
        "scheme": the_scheme,
        "scheme_title": the_scheme.title(ui_language()),
        "links": links(the_scheme),
        "tabs": tabs(the_scheme, "import", request.user),
        "form": form,
        "recent": VocabularyImport.objects.select_related("created_by")[:10],
    }
    return render(request, "glossary/import_form.html", context)


@login_required
def import_status(request: HttpRequest, pk: int) -> HttpResponse:
    """The import's state, progress and report; the progress part reloads itself (htmx)."""
    _may_import(request)
    job = get_object_or_404(VocabularyImport, pk=pk)
    scheme = _imported_scheme(job)
    context = {
        "job": job,
        "running": job.state in (VocabularyImport.State.QUEUED, VocabularyImport.State.RUNNING),
        "percent": round(100 * job.done / job.total) if job.total else 0,
        "report": shown_report(job.report),
        "scheme": scheme,
        "scheme_home": reverse("glossary:home") if scheme is None else None,
        "links": links(scheme) if scheme else None,
        "import_url": reverse("glossary:import"),
    }
    if request.headers.get("HX-Request"):
        return render(request, "glossary/_import_progress.html", context)
    return render(request, "glossary/import_status.html", context)


def _imported_scheme(job: VocabularyImport) -> Scheme | None:
    uri = (job.report or {}).get("scheme_uri") or job.scheme_uri
    return Scheme.objects.filter(uri=uri).first() if uri else None


__all__ = ["export_skos", "import_skos", "import_status", "translations"]
