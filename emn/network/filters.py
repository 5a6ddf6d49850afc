"""Filters of the network's lists, declared once for the pages and the API.

The parameter names (`search`, `kind`, `country`, `theme`, `in_directory`) and their meaning
are those of the API, so a URL copied from a page filters the API the same way. Filters only
narrow the queryset they are given, which always comes from `visible_to`; a filter that looks
through a relation (a researcher's affiliation) looks only at rows the reader may see.
"""

from __future__ import annotations

from typing import Any

import django_filters
import django_filters.fields
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from emn.core.themes import ThemeCode
from emn.network import querysets
from emn.network.models import Country, Organisation, Researcher


def country_choices() -> list[tuple[str, str]]:
    """Every country by Eurostat code, named and sorted in the reader's language."""
    return sorted(((c.code, c.name) for c in Country.objects.all()), key=lambda c: c[1])


def theme_choices() -> list[tuple[str, str]]:
    return sorted(((code, str(label)) for code, label in ThemeCode.choices), key=lambda c: c[1])


class CountryCodeField(django_filters.fields.ChoiceField):
    """A Eurostat country code in either case (`el` is Greece, like `EL`)."""

    def to_python(self, value: Any) -> str:
        return super().to_python(value).strip().upper()


class CountryCodeFilter(django_filters.ChoiceFilter):
    field_class = CountryCodeField


def _searched(value: str) -> str:
    return " ".join(value.split())


class OrganisationFilter(django_filters.FilterSet):
    """Organisations by type, country and a word of their name or acronym."""

    search = django_filters.CharFilter(
        label=_("Name contains"),
        method="filter_search",
        help_text=_("Name or acronym."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=Organisation.Kind.choices, empty_label=_("Any type")
    )
    country = CountryCodeFilter(
        label=_("Country"),
        choices=country_choices,
        field_name="country__code",
        empty_label=_("Any country"),
    )

    class Meta:
        model = Organisation
        fields: list[str] = []

    def filter_search(
        self, queryset: QuerySet[Organisation], name: str, value: str
    ) -> QuerySet[Organisation]:
        text = _searched(value)
        return queryset.filter(Q(name__icontains=text) | Q(acronym__icontains=text))


class DirectoryFilter(django_filters.FilterSet):
    """What both halves of the directory share: text, field of expertise and country."""

    search = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        help_text=_("Name, research interests or affiliation."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    theme = django_filters.ChoiceFilter(
        label=_("Field of expertise"),
        choices=theme_choices,
        field_name="expertise__code",
        empty_label=_("Any field"),
    )
    country = CountryCodeFilter(
        label=_("Country"),
        choices=country_choices,
        method="filter_country",
        empty_label=_("Any country"),
    )

    def user(self) -> Any:
        return getattr(self.request, "user", None)

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        # A theme or country filter joins a many-to-many table: one row per match.
        return super().filter_queryset(queryset).distinct()


class ResearcherFilter(DirectoryFilter):
    """Researchers by text (name, position, interests, visible affiliation), theme, country
    of expertise or of their affiliation."""

    class Meta:
        model = Researcher
        fields: list[str] = []

    def filter_search(
        self, queryset: QuerySet[Researcher], name: str, value: str
    ) -> QuerySet[Researcher]:
        return queryset.filter(querysets.text_matches(self.user(), _searched(value)))

    def filter_country(
        self, queryset: QuerySet[Researcher], name: str, value: str
    ) -> QuerySet[Researcher]:
        covered = Researcher.countries.through.objects.filter(
            researcher_id=OuterRef("pk"), country__code=value
        )
        in_country = querysets.organisations(self.user()).filter(country__code=value)
        return queryset.filter(Exists(covered) | Q(affiliation__in=in_country))


class InstituteFilter(DirectoryFilter):
    """Institutes by text (name, acronym, description), theme, country they are in or cover."""

    class Meta:
        model = Organisation
        fields: list[str] = []

    def filter_search(
        self, queryset: QuerySet[Organisation], name: str, value: str
    ) -> QuerySet[Organisation]:
        text = _searched(value)
        return queryset.filter(
            Q(name__icontains=text) | Q(acronym__icontains=text) | Q(description__icontains=text)
        )

    def filter_country(
        self, queryset: QuerySet[Organisation], name: str, value: str
    ) -> QuerySet[Organisation]:
        covered = Organisation.countries_covered.through.objects.filter(
            organisation_id=OuterRef("pk"), country__code=value
        )
        return queryset.filter(Q(country__code=value) | Exists(covered))
