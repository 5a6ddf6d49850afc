"""Filters of the people list, shared with any API list of people."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from emn.accounts.models import Role, User
from emn.network.models import Country


class PersonFilter(django_filters.FilterSet):
    """Search by name or e-mail; narrow to holders of a role, in a country.

    Role and country apply to the same role row, so "coordinators in Slovenia" does not
    match a Slovenian reader who coordinates elsewhere.
    """

    q = django_filters.CharFilter(label=_("Name or e-mail"), method="filter_search")
    kind = django_filters.ChoiceFilter(
        label=_("Role"), choices=Role.Kind.choices, method="filter_nothing"
    )
    country = django_filters.ModelChoiceFilter(
        label=_("Country"), queryset=Country.objects.all(), method="filter_nothing"
    )

    class Meta:
        model = User
        fields: list[str] = []

    def __init__(self, *args: Any, countries: list[Country] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters["kind"].extra["empty_label"] = _("Any role")
        self.filters["country"].extra["empty_label"] = _("Any country")
        if countries is not None:
            self.filters["country"].queryset = Country.objects.filter(
                pk__in=[c.pk for c in countries]
            )

    def filter_search(self, queryset: QuerySet[User], name: str, value: str) -> QuerySet[User]:
        words = value.split()
        for word in words:
            queryset = queryset.filter(Q(full_name__icontains=word) | Q(email__icontains=word))
        return queryset

    def filter_nothing(self, queryset: QuerySet[User], name: str, value: Any) -> QuerySet[User]:
        """Role and country are applied together in `filter_queryset`."""
        return queryset

    def filter_queryset(self, queryset: QuerySet[User]) -> QuerySet[User]:
        queryset = super().filter_queryset(queryset)
        role: dict[str, Any] = {}
        if self.form.cleaned_data.get("kind"):
            role["kind"] = self.form.cleaned_data["kind"]
        if self.form.cleaned_data.get("country"):
            role["country"] = self.form.cleaned_data["country"]
        if role:
            holders = Role.objects.filter(**role).values("user_id")
            queryset = queryset.filter(pk__in=holders)
        return queryset
