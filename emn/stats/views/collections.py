"""National data collections: the list, a template, defining a template, launching a collection.

Every write goes through `emn.stats.collections.services`; what a user may not read is a 404,
what a user may not do a 403, and a service's ValidationError comes back onto the form.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from emn.accounts.roles import ncp_country_ids
from emn.contributions.models import Contribution
from emn.stats.collections import permissions, services
from emn.stats.collections.forms import LaunchForm, TemplateForm, VariableFormSet
from emn.stats.collections.models import Collection, CollectionTemplate


def visible_template(request: HttpRequest, key: str) -> CollectionTemplate:
    """The template `key`, if the user may read it; a 404 otherwise."""
    templates = CollectionTemplate.objects.visible_to(request.user).select_related("expert_group")
    return get_object_or_404(templates, key=key)


@login_required
def collection_list(request: HttpRequest) -> HttpResponse:
    """The collections the user takes part in, their own countries' rows, and the templates."""
    user = request.user
    own = Contribution.objects.visible_to(user).filter(country__in=ncp_country_ids(user))
    collections = (
        Collection.objects.visible_to(user)
        .select_related("template", "request")
        .prefetch_related(
            Prefetch(
                "request__contributions", queryset=own.select_related("country"), to_attr="own"
            )
        )
    )
    context = {
        "collections": collections,
        "templates": CollectionTemplate.objects.visible_to(user).select_related("expert_group"),
        "can_define": permissions.can_define_any_template(user),
    }
    return render(request, "stats/collection_list.html", context)


def _specs(formset: Any, language: str) -> list[services.VariableSpec]:
    specs = [form.spec(language) for form in formset if form.cleaned_data]
    return [spec for spec in specs if spec is not None]


@login_required
def collection_template_new(request: HttpRequest) -> HttpResponse:
    """Define a template and its variables: `services.define_template`."""
    if not permissions.can_define_any_template(request.user):
        raise PermissionDenied(_("Only the Commission and expert groups define templates."))
    data = request.POST if request.method == "POST" else None
    form = TemplateForm(data, user=request.user)
    formset = VariableFormSet(data, prefix="variables")
    if data is not None and form.is_valid() and formset.is_valid():
        language = form.cleaned_data["language"]
        try:
            template = services.define_template(
                request.user,
                key=form.cleaned_data["key"],
                names={language: form.cleaned_data["name"]},
                descriptions={language: form.cleaned_data["description"]},
                variables=_specs(formset, language),
                expert_group=form.cleaned_data["expert_group"],
                dimension=form.cleaned_data["dimension"],
            )
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The template was defined."))
            return redirect("stats:collection_template_detail", key=template.key)
    status = 400 if data is not None else 200
    context = {"form": form, "formset": formset}
    return render(request, "stats/collection_template_form.html", context, status=status)


@login_required
def collection_template_detail(request: HttpRequest, key: str) -> HttpResponse:
    """A template: what it asks per country and year, and the collections launched from it."""
    template = visible_template(request, key)
    context = {
        "template": template,
        "variables": template.variables.all(),
        "collections": Collection.objects.visible_to(request.user)
        .filter(template=template)
        .select_related("request"),
        "can_launch": permissions.can_launch_collection(request.user, template),
    }
    return render(request, "stats/collection_template_detail.html", context)


@login_required
def collection_launch(request: HttpRequest, key: str) -> HttpResponse:
    """Launch a collection of a template: `services.launch_collection`."""
    template = visible_template(request, key)
    if not permissions.can_launch_collection(request.user, template):
        raise PermissionDenied(_("You may not launch collections of this template."))
    form = LaunchForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            collection = services.launch_collection(request.user, template, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The collection was launched."))
            return redirect("stats:collection_detail", pk=collection.pk)
    status = 400 if request.method == "POST" else 200
    context = {"template": template, "form": form}
    return render(request, "stats/collection_launch.html", context, status=status)
