"""Translation rounds: the translators' spreadsheet out (one row per concept, one column per
language) and back in (the working group), with a report of every error by row and column."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from emn.glossary import permissions, records
from emn.glossary.forms import SheetUploadForm
from emn.glossary.models import Scheme
from emn.glossary.reading import Selection
from emn.glossary.services.schemes import DEFAULT_KEY
from emn.glossary.views.common import (
    edition_choices,
    edition_label,
    language_name,
    links,
    nothing_published,
    scheme_or_404,
    selection_for,
    selection_value,
    tabs,
    ui_language,
    ui_languages,
)
from emn.glossary.views.terms import languages_in

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _download(request: HttpRequest, scheme: Scheme, selection: Selection, fmt: str) -> HttpResponse:
    from emn.glossary.sheets import SheetInfo, export_sheet

    found = records.load_versions(selection.versions(request.user))
    languages = [tag for tag in request.GET.getlist("languages") if tag] or languages_in(
        selection.versions(request.user)
    )
    about = SheetInfo(scheme.title(), scheme.uri, edition_label(selection.edition))
    data = export_sheet(found, languages, fmt, about=about)
    stem = "emn-glossary" if scheme.key == DEFAULT_KEY else f"{scheme.key}-glossary"
    part = f"edition-{selection.edition.number}" if selection.edition else "working-copy"
    response = HttpResponse(data, content_type=MEDIA_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{stem}-translations-{part}.{fmt}"'
    return response


def _upload(request: HttpRequest, scheme: Scheme, form: SheetUploadForm) -> Any:
    """Import the uploaded round: `import_translations`; its report, or None if invalid."""
    from emn.glossary.services.translation_round import import_translations

    if not form.is_valid():
        return None
    upload = form.cleaned_data["file"]
    return import_translations(
        request.user,
        scheme,
        upload.read(),
        upload.name,
        dry_run=form.cleaned_data["dry_run"],
    )


def translations(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """Download the spreadsheet of the selected set; upload a filled-in one (working group)."""
    the_scheme = scheme_or_404(scheme)
    selection = selection_for(request, the_scheme)
    fmt = request.GET.get("download", "")
    if fmt in MEDIA_TYPES and not nothing_published(selection):
        return _download(request, the_scheme, selection, fmt)
    can_upload = permissions.can_draft(request.user)
    form, report = None, None
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can_upload:
            raise PermissionDenied(_("Only the glossary working group imports translations."))
        form = SheetUploadForm(request.POST, request.FILES)
        report = _upload(request, the_scheme, form)
    elif can_upload:
        form = SheetUploadForm()
    present = languages_in(selection.versions(request.user))
    offered = sorted({*present, *ui_languages()}, key=lambda tag: language_name(tag).casefold())
    context = {
        "scheme": the_scheme,
        "scheme_title": the_scheme.title(ui_language()),
        "links": links(the_scheme),
        "tabs": tabs(the_scheme, "translations", request.user),
        "languages": [(tag, language_name(tag), tag in present) for tag in offered],
        "edition_choices": edition_choices(request.user, the_scheme),
        "edition_value": selection_value(selection),
        "nothing_published": nothing_published(selection),
        "form": form,
        "report": report,
    }
    return render(request, "glossary/translations.html", context, status=200)
