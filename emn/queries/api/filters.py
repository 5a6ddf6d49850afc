"""Filters of the API's list of queries: theme, state, requesting country, year, words.

They only narrow the queryset they are given, which always comes from `visible_to`.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from emn.core.themes import ThemeCode
from emn.network.filters import CountryCodeFilter, SharedFilterSet, country_choices
from emn.queries.models import AdHocQuery


class AdHocQueryFilter(SharedFilterSet):
    """Queries by theme, state, requesting country, year of creation and a word of their text."""

    search = django_filters.CharFilter(label=_("Search"), method="filter_search")
    theme = django_filters.ChoiceFilter(choices=ThemeCode.choices, field_name="theme__code")
    state = django_filters.ChoiceFilter(choices=AdHocQuery.State.choices)
    country = CountryCodeFilter(
        label=_("Requesting country"),
        choices=country_choices,
        field_name="request__requester_country__code",
    )
    year = django_filters.NumberFilter(field_name="created_at__year")

    api_descriptions = {
        "search": "Words of the title, background or reference.",
        "theme": "Theme of the query.",
        "state": "Where the query is in its life.",
        "country": "Eurostat code of the requesting country, in either case (e.g. `SI`).",
        "year": "Year the query was created, e.g. `2026`.",
    }

    class Meta:
        model = AdHocQuery
        fields: list[str] = []

    def filter_search(
        self, queryset: QuerySet[AdHocQuery], name: str, value: Any
    ) -> QuerySet[AdHocQuery]:
        text = " ".join(str(value).split())
        return queryset.filter(
            Q(title__icontains=text) | Q(background__icontains=text) | Q(reference__icontains=text)
        )
