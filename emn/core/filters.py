"""Filters of the audit log page, shared with any API view of the log."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from emn.accounts.roles import coordinated_country_ids, is_commission
from emn.core.models import AuditEntry
from emn.network.models import Country


def content_type_label(content_type: ContentType | None) -> str:
    """The model's name in the reader's language, or its technical name if it is gone."""
    if content_type is None:
        return ""
    model = content_type.model_class()
    return str(capfirst(model._meta.verbose_name)) if model else content_type.model


class AuditEntryFilter(django_filters.FilterSet):
    """Action, actor, country, object type and a date range; choices come from the entries
    the reader may see, so a coordinator is never offered another country's actions."""

    action = django_filters.ChoiceFilter(label=_("Action"), empty_label=_("Any action"))
    actor = django_filters.CharFilter(
        label=_("Actor (e-mail)"), field_name="actor_label", lookup_expr="icontains"
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Country"), queryset=Country.objects.all(), empty_label=_("Any country")
    )
    object_type = django_filters.ChoiceFilter(
        label=_("Object type"), field_name="content_type", empty_label=_("Any type")
    )
    since = django_filters.DateFilter(
        label=_("From"),
        field_name="at",
        lookup_expr="date__gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    until = django_filters.DateFilter(
        label=_("Until"),
        field_name="at",
        lookup_expr="date__lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta:
        model = AuditEntry
        fields: list[str] = []

    def __init__(self, data: Any, queryset: QuerySet[AuditEntry], *, user: Any) -> None:
        super().__init__(data, queryset=queryset)
        plain = queryset.order_by()
        actions = sorted(set(plain.values_list("action", flat=True).distinct()))
        self.filters["action"].extra["choices"] = [(action, action) for action in actions]
        types = ContentType.objects.filter(pk__in=plain.values("content_type"))
        self.filters["object_type"].extra["choices"] = sorted(
            ((ct.pk, content_type_label(ct)) for ct in types), key=lambda choice: choice[1]
        )
        if not is_commission(user):
            self.filters["country"].queryset = Country.objects.filter(
                pk__in=coordinated_country_ids(user)
            )
