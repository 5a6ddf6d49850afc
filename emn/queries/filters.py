"""Filters of the list of ad-hoc queries, declared once for the page and the API.

Parameters: `search`, `theme`, `country` (the requesting country's Eurostat code),
`requester` (`commission` or `ncp`), `state` and `year` (of drafting). They only narrow the
queryset they are given, which always comes from `AdHocQuery.objects.visible_to`.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from emn.network.filters import CountryCodeFilter, SharedFilterSet, ThemeChoices, country_choices
from emn.queries.models import AdHocQuery


class Requester:
    """Who asked: the Commission, or an NCP."""

    COMMISSION = "commission"
    NCP = "ncp"
    choices = [(COMMISSION, _("The Commission")), (NCP, _("An NCP"))]


class AdHocQueryFilter(SharedFilterSet):
    """Queries by text, theme, requesting country, kind of requester, state and year."""

    search = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        help_text=_("Reference, title, background or keyword."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    theme = django_filters.ChoiceFilter(
        label=_("Theme"),
        choices=ThemeChoices(),
        field_name="theme__code",
        empty_label=_("Any theme"),
    )
    country = CountryCodeFilter(
        label=_("Requesting country"),
        choices=country_choices,
        field_name="request__requester_country__code",
        empty_label=_("Any country"),
    )
    requester = django_filters.ChoiceFilter(
        label=_("Asked by"),
        choices=Requester.choices,
        method="filter_requester",
        empty_label=_("Anyone"),
    )
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=AdHocQuery.State.choices, empty_label=_("Any state")
    )
    year = django_filters.NumberFilter(
        label=_("Year"),
        field_name="created_at__year",
        widget=forms.NumberInput(attrs={"min": 2008, "max": 2100}),
    )

    api_descriptions = {
        "search": "Text in the reference, title, background or keywords.",
        "theme": "Theme code of the query.",
        "country": "Eurostat code of the requesting country, e.g. `SI`.",
        "requester": "`commission` for queries asked by the Commission, `ncp` for an NCP's.",
        "state": "Lifecycle state of the query.",
        "year": "Year the query was drafted.",
    }

    class Meta:
        model = AdHocQuery
        fields: list[str] = []

    def filter_search(
        self, queryset: QuerySet[AdHocQuery], name: str, value: str
    ) -> QuerySet[AdHocQuery]:
        text = " ".join(value.split())
        if not text:
            return queryset
        return queryset.filter(
            Q(reference__icontains=text)
            | Q(title__icontains=text)
            | Q(background__icontains=text)
            | Q(keywords__icontains=text)
        )

    def filter_requester(
        self, queryset: QuerySet[AdHocQuery], name: str, value: str
    ) -> QuerySet[AdHocQuery]:
        commission = Q(request__requester_country__isnull=True)
        return queryset.filter(commission if value == Requester.COMMISSION else ~commission)
