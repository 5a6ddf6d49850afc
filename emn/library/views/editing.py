"""Adding and changing publications, their texts and their files."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from emn.accounts.roles import Kind, country_ids_for
from emn.library import permissions, services
from emn.library.files import max_mb
from emn.library.forms import BaseTextFormSet, FileForm, PublicationForm, text_formset
from emn.library.models import Publication, PublicationFile
from emn.library.views.common import file_rows, visible_publication
from emn.network.models import Country, Organisation
from emn.network.views.common import posted


def _countries(user: Any) -> QuerySet[Country]:
    """Countries the user may name as producing NCP: any for library editors, else their own."""
    if permissions.is_library_editor(user):
        return Country.objects.all()
    own = country_ids_for(user, Kind.NCP_COORDINATOR, Kind.NCP_CONTRIBUTOR)
    return Country.objects.filter(pk__in=own)


def _form(request: HttpRequest, publication: Publication | None) -> PublicationForm:
    user = request.user
    editions = Publication.objects.visible_to(user)
    if publication is not None:
        editions = editions.exclude(pk=publication.pk)
    form = PublicationForm(
        posted(request),
        initial=PublicationForm.initial_for(publication) if publication else None,
        countries=_countries(user),
        producers=Organisation.objects.visible_to(user),
        editions=editions,
    )
    if not permissions.can_create_any_publication(user):
        # An NCP adds national publications of its own country only.
        form.fields["country"].required = True
        form.fields["country"].choices = list(form.fields["country"].choices)[1:]  # type: ignore[attr-defined]
    return form


def _texts(request: HttpRequest, publication: Publication | None) -> BaseTextFormSet:
    initial = (
        [
            {"language": t.language, "title": t.title, "summary": t.summary}
            for t in publication.texts.order_by("language")
        ]
        if publication
        else None
    )
    return text_formset(posted(request), initial=initial)


def _service_error(form: PublicationForm, texts: BaseTextFormSet, error: ValidationError) -> None:
    """Put a service's error next to its field; errors about the texts go above the texts."""
    if hasattr(error, "error_dict") and "texts" in error.error_dict:
        texts_errors = error.error_dict.pop("texts")
        texts._non_form_errors = texts.error_class(  # type: ignore[attr-defined]
            [*texts.non_form_errors(), *(m for e in texts_errors for m in e.messages)]
        )
        form.add_error(None, _("The titles and summaries need a correction (see below)."))
        if not error.error_dict:
            return
    form.add_service_error(error)


def _render(
    request: HttpRequest,
    form: PublicationForm,
    texts: BaseTextFormSet,
    publication: Publication | None,
    status: int = 200,
) -> HttpResponse:
    context = {
        "form": form,
        "texts": texts,
        "publication": publication,
        "summary": _error_summary(form, texts) if request.method == "POST" else [],
    }
    return render(request, "library/publication_form.html", context, status=status)


def _error_summary(form: PublicationForm, texts: BaseTextFormSet) -> list[tuple[str, str]]:
    """Every error of the form and of the texts, for the summary at the top of the page."""
    summary = form.error_summary() if form.is_bound else []
    if not texts.is_bound:
        return summary
    summary += [("", str(message)) for message in texts.non_form_errors()]
    for number, text_form in enumerate(texts.forms, start=1):
        for name, errors in text_form.errors.items():
            field = text_form.fields.get(name)
            where = _("Language %(number)s") % {"number": number}
            label = f"{where}, {field.label}" if field else where
            summary += [(label, str(message)) for message in errors]
    return summary


@login_required
def publication_create(request: HttpRequest) -> HttpResponse:
    """Add a publication with its texts: `services.create_publication`."""
    if not permissions.can_create_publication(request.user):
        raise PermissionDenied(
            _("Only the Commission, the Service Provider and NCPs add publications.")
        )
    form, texts = _form(request, None), _texts(request, None)
    if request.method == "POST":
        valid = form.is_valid() & texts.is_valid()  # both, so every error shows at once
        if valid:
            try:
                publication = services.create_publication(
                    request.user, texts=texts.texts(), **form.arguments()
                )
            except ValidationError as error:
                _service_error(form, texts, error)
            except PermissionDenied as denied:
                form.add_error("country", str(denied))
            else:
                messages.success(request, _("The publication was added. Now add its files."))
                return redirect("library:file_upload", pk=publication.pk)
    return _render(request, form, texts, None)


def _editable(request: HttpRequest, pk: int) -> Publication:
    """The publication `pk` the user may change: 404 if hidden, 403 if only readable."""
    publication = visible_publication(request, pk)
    if not permissions.can_edit_publication(request.user, publication):
        raise PermissionDenied(
            _(
                "Only the Commission, the Service Provider and the producing NCP change a publication."
            )
        )
    return publication


@login_required
def publication_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change a publication and its texts: `services.update_publication`."""
    publication = _editable(request, pk)
    form, texts = _form(request, publication), _texts(request, publication)
    if request.method == "POST":
        valid = form.is_valid() & texts.is_valid()
        if valid:
            try:
                services.update_publication(
                    request.user, publication, texts=texts.texts(), **form.arguments()
                )
            except ValidationError as error:
                publication.refresh_from_db()  # The service may have changed it in memory.
                _service_error(form, texts, error)
            except PermissionDenied as denied:
                publication.refresh_from_db()
                form.add_error("country", str(denied))
            else:
                messages.success(request, _("The publication was saved."))
                return redirect("library:publication_detail", pk=publication.pk)
    return _render(request, form, texts, publication)


@login_required
def file_upload(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a file in a language: `services.add_file`; its text is extracted afterwards."""
    publication = _editable(request, pk)
    form = FileForm(posted(request), request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_file(
                request.user,
                publication,
                form.cleaned_data["file"],
                form.cleaned_data["language"],
            )
        except ValidationError as error:
            # The check of the upload names the file and what is wrong with it: next to it.
            if hasattr(error, "error_dict"):
                form.add_service_error(error)
            else:
                form.add_error("file", error)
        else:
            messages.success(
                request, _("The file was added. Its text is being extracted for the search.")
            )
            return redirect("library:file_upload", pk=publication.pk)
    context = {
        "form": form,
        "publication": publication,
        "files": file_rows(publication),
        "can_edit": True,
        "Extraction": PublicationFile.Extraction,
        "max_mb": max_mb(),
    }
    return render(request, "library/file_upload.html", context)


@require_POST
@login_required
def file_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove a file: `services.remove_file`."""
    file = get_object_or_404(
        PublicationFile, pk=pk, publication__in=Publication.objects.visible_to(request.user)
    )
    services.remove_file(request.user, file)
    messages.success(request, _("The file “%(name)s” was removed.") % {"name": file.name})
    return redirect("library:publication_detail", pk=file.publication_id)


@require_POST
@login_required
def publication_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a publication made by mistake: `services.delete_publication`."""
    publication = visible_publication(request, pk)
    services.delete_publication(request.user, publication)
    messages.success(request, _("The publication was deleted."))
    return redirect("library:publication_list")
