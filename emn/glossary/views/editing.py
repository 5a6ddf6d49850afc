"""Drafting and the approval workflow: the working group edits and proposes, the Commission
approves, sends back and deprecates. Each view checks the permission, then calls the
service, which checks again, validates and audits."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from emn.glossary import permissions, services
from emn.glossary.forms import ConceptForms
from emn.glossary.forms.concept import COUNTRY_LIST, LANGUAGE_LIST
from emn.glossary.models import Concept, ConceptVersion, Scheme, Stage
from emn.glossary.records import ConceptData
from emn.glossary.services._common import working_record
from emn.glossary.views.common import (
    concept_url,
    country_name,
    language_name,
    links,
    not_found,
    page_url,
    scheme_or_404,
    ui_language,
)
from emn.glossary.views.terms import languages_in, sorted_terms, terms_of
from emn.library.forms import CONTENT_LANGUAGES
from emn.network.views.common import posted


def _may_draft(request: HttpRequest) -> None:
    if not permissions.can_draft(request.user):
        raise PermissionDenied(_("Only the glossary working group edits the glossary."))


def _concept(request: HttpRequest, scheme: Scheme, key: str) -> Concept:
    """The concept `key` if the reader may see some version of it (else 404)."""
    concept = get_object_or_404(Concept, scheme=scheme, key=key)
    if not ConceptVersion.objects.visible_to(request.user).filter(concept=concept).exists():
        raise not_found()
    return concept


def _choices(scheme: Scheme, concept: Concept | None) -> list[tuple[str, str]]:
    """The working copy's concepts by English term, for the broader and related pickers."""
    versions = ConceptVersion.objects.filter(concept__scheme=scheme, stage=Stage.WORKING)
    if concept is not None:
        versions = versions.exclude(concept=concept)
    return [(term.uri, term.value) for term in sorted_terms(terms_of(versions, "en").values())]


# CLDR "territories" that are groupings, not countries a national variant belongs to.
NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "QO"}


def _datalists(scheme: Scheme) -> dict[str, Any]:
    """Suggestions for the language and country inputs, named in the UI language."""
    from babel import Locale

    working = ConceptVersion.objects.filter(concept__scheme=scheme, stage=Stage.WORKING)
    tags = sorted({*CONTENT_LANGUAGES, *languages_in(working)})
    codes = [str(code) for code in Locale.parse(ui_language()).territories]
    countries = [
        (code, country_name(code))
        for code in codes
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES
    ]
    return {
        "language_list": LANGUAGE_LIST,
        "country_list": COUNTRY_LIST,
        "language_options": [(tag, language_name(tag)) for tag in tags],
        "country_options": sorted(countries, key=lambda c: c[1]),
    }


def _render(
    request: HttpRequest,
    scheme: Scheme,
    forms: ConceptForms,
    concept: Concept | None,
    record: ConceptData | None,
) -> HttpResponse:
    context = {
        "scheme": scheme,
        "links": links(scheme),
        "forms": forms,
        "concept": concept,
        "record": record,
        "heading": record.label([ui_language(), "en"]) if record else "",
        "summary": forms.error_summary() if request.method == "POST" else [],
        "cancel_url": concept_url(scheme, concept.key) if concept else links(scheme)["home"],
        **_datalists(scheme),
    }
    return render(request, "glossary/concept_form.html", context)


def _save(
    request: HttpRequest, scheme: Scheme, forms: ConceptForms, concept: Concept | None, base: Any
) -> Concept | None:
    """Save the draft (and propose it when asked); None when the service refused it."""
    try:
        saved = services.save_concept(request.user, scheme, forms.record(base), concept)
    except ValidationError as error:
        forms.main.add_service_error(error)
        return None
    if request.POST.get("save") == "propose":
        try:
            services.propose(request.user, saved)
        except ValidationError as error:
            messages.warning(request, " ".join(error.messages))
            return saved
        messages.success(request, _("The concept was saved and proposed for approval."))
    else:
        messages.success(request, _("The draft was saved."))
    return saved


@login_required
def concept_create(request: HttpRequest, scheme: str | None = None) -> HttpResponse:
    """A new concept in the working copy: `services.save_concept`, then `propose` if asked."""
    the_scheme = scheme_or_404(scheme)
    _may_draft(request)
    forms = ConceptForms(posted(request), None, _choices(the_scheme, None))
    if request.method == "POST" and forms.is_valid():
        saved = _save(request, the_scheme, forms, None, ConceptData(uri=""))
        if saved is not None:
            return redirect(concept_url(the_scheme, saved.key))
    return _render(request, the_scheme, forms, None, None)


@login_required
def concept_edit(request: HttpRequest, key: str, scheme: str | None = None) -> HttpResponse:
    """Change a concept's working copy (404 if hidden from the reader, 403 if read-only)."""
    the_scheme = scheme_or_404(scheme)
    concept = _concept(request, the_scheme, key)
    _may_draft(request)
    record = working_record(concept)
    forms = ConceptForms(posted(request), record, _choices(the_scheme, concept))
    if request.method == "POST" and forms.is_valid():
        saved = _save(request, the_scheme, forms, concept, working_record(concept))
        if saved is not None:
            return redirect(concept_url(the_scheme, saved.key))
    return _render(request, the_scheme, forms, concept, record)


# Who may take each step; the services check again.
STEPS = {
    "propose": permissions.can_propose,
    "approve": permissions.can_approve,
    "reject": permissions.can_approve,
    "deprecate": permissions.can_approve,
}


def _step(request: HttpRequest, scheme: Scheme, concept: Concept, action: str) -> str:
    """Run one workflow step through its service; the message to show."""
    user, comment = request.user, request.POST.get("comment", "").strip()
    if action == "propose":
        services.propose(user, concept, comment)
        return _("The concept was proposed for approval.")
    if action == "approve":
        services.approve(user, concept, comment)
        return _("The concept was approved; the next edition publishes it.")
    if action == "reject":
        services.reject(user, concept, comment)
        return _("The proposal was sent back to the working group.")
    key = request.POST.get("replaced_by", "").strip()
    replacement = get_object_or_404(Concept, scheme=scheme, key=key) if key else None
    services.deprecate(user, concept, replacement, comment)
    return _("The concept was deprecated; the next edition publishes the change.")


@require_POST
@login_required
def concept_workflow(request: HttpRequest, key: str, scheme: str | None = None) -> HttpResponse:
    """Propose (working group), approve, send back or deprecate (Commission) a concept."""
    the_scheme = scheme_or_404(scheme)
    concept = _concept(request, the_scheme, key)
    action = request.POST.get("action", "")
    if action not in STEPS:
        return HttpResponseBadRequest(_("Unknown workflow step."))
    if not STEPS[action](request.user):
        raise PermissionDenied(_("You may not take this step."))
    try:
        messages.success(request, _step(request, the_scheme, concept, action))
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect(page_url(the_scheme, "concept", concept.key))
