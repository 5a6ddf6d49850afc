"""Filters of the network's lists, declared once for the pages and the API.

The parameter names (`search`, `kind`, `country`, `theme`, `in_directory`, `status`,
`eu_member`) and their meaning are the same on both sides, so a URL copied from a page filters
the API the same way. Filters only narrow the queryset they are given, which always comes from
`visible_to`; a filter that looks through a relation (a researcher's affiliation) looks only at
rows the reader may see. Labels and help texts are written for the pages' forms;
`api_descriptions` say the same to API clients, in the schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar, Self

import django_filters
import django_filters.fields
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import HttpRequest, QueryDict
from django.utils.choices import BaseChoiceIterator
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import BooleanFilter
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from emn.core.themes import ThemeCode
from emn.network import querysets
from emn.network.models import Country, Organisation, Researcher


def country_choices() -> list[tuple[str, str]]:
    """Every country by Eurostat code, named and sorted in the reader's language."""
    return sorted(((c.code, c.name) for c in Country.objects.all()), key=lambda c: c[1])


class ThemeChoices(BaseChoiceIterator):
    """Fields of expertise sorted in the reader's language, each time they are listed.

    An iterable rather than a function, so the API schema still lists the codes as an enum.
    """

    def __iter__(self) -> Iterator[tuple[str, str]]:
        labelled = ((code, str(label)) for code, label in ThemeCode.choices)
        return iter(sorted(labelled, key=lambda c: c[1]))


class CountryCodeField(django_filters.fields.ChoiceField):
    """A Eurostat country code in either case (`el` is Greece, like `EL`)."""

    def to_python(self, value: Any) -> str:
        return super().to_python(value).strip().upper()


# A plain string in the schema: the codes come from the database and any case is accepted.
@extend_schema_field(OpenApiTypes.STR)
class CountryCodeFilter(django_filters.ChoiceFilter):
    field_class = CountryCodeField


def _searched(value: str) -> str:
    return " ".join(value.split())


def _organisation_text(queryset: QuerySet[Organisation], value: str) -> QuerySet[Organisation]:
    """Organisations with `value` in their name, acronym or description."""
    text = _searched(value)
    return queryset.filter(
        Q(name__icontains=text) | Q(acronym__icontains=text) | Q(description__icontains=text)
    )


def _kind_filter() -> django_filters.ChoiceFilter:
    return django_filters.ChoiceFilter(
        label=_("Type"), choices=Organisation.Kind.choices, empty_label=_("Any type")
    )


class SharedFilterSet(django_filters.FilterSet):
    """A filter set that a page and the API both use.

    `api_only` filters are left out of a page's form (the page has no field for them);
    `api_descriptions` document the parameters in the API schema.
    """

    api_only: ClassVar[tuple[str, ...]] = ()
    api_descriptions: ClassVar[dict[str, str]] = {}

    @classmethod
    def for_page(
        cls, data: QueryDict | None, queryset: QuerySet[Any], request: HttpRequest
    ) -> Self:
        """The filter set of a page's form: the filters of the API without the API-only ones."""
        filterset = cls(data, queryset=queryset, request=request)
        for name in cls.api_only:
            del filterset.filters[name]
        return filterset

    def reader(self) -> Any:
        """Who the list is for; without a request, somebody who may see public rows only."""
        return getattr(self.request, "user", None)


class CountryFilter(SharedFilterSet):
    """Countries by their role in the network and EU membership (the API's list)."""

    status = django_filters.ChoiceFilter(choices=Country.Status.choices)
    eu_member = BooleanFilter()

    api_descriptions = {
        "status": "Role in the network.",
        "eu_member": "EU Member States only (or none of them).",
    }

    class Meta:
        model = Country
        fields: list[str] = []


class OrganisationFilter(SharedFilterSet):
    """Organisations by type, country, listing in the directory and a word of their name,
    acronym or description."""

    search = django_filters.CharFilter(
        label=_("Name contains"),
        method="filter_search",
        help_text=_("Name or acronym."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind = _kind_filter()
    country = CountryCodeFilter(
        label=_("Country"),
        choices=country_choices,
        field_name="country__code",
        empty_label=_("Any country"),
    )
    in_directory = BooleanFilter()

    api_only = ("in_directory",)
    api_descriptions = {
        "search": "Text in the name, acronym or description.",
        "kind": "Type of organisation.",
        "country": "Eurostat code of the country it is in, e.g. `EL`.",
        "in_directory": "Listed in the research directory.",
    }

    class Meta:
        model = Organisation
        fields: list[str] = []

    def filter_search(
        self, queryset: QuerySet[Organisation], name: str, value: str
    ) -> QuerySet[Organisation]:
        return _organisation_text(queryset, value)


class DirectoryFilter(SharedFilterSet):
    """What both halves of the directory share: text, field of expertise and country."""

    search = django_filters.CharFilter(
        label=_("Search"),
        method="filter_search",
        help_text=_("Name, research interests or affiliation."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    theme = django_filters.ChoiceFilter(
        label=_("Field of expertise"),
        choices=ThemeChoices(),
        field_name="expertise__code",
        empty_label=_("Any field"),
    )
    country = CountryCodeFilter(
        label=_("Country"),
        choices=country_choices,
        method="filter_country",
        empty_label=_("Any country"),
    )

    api_descriptions = {"theme": "Field of expertise."}

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        # A theme filter joins a many-to-many table: one row per match.
        return super().filter_queryset(queryset).distinct()


class ResearcherFilter(DirectoryFilter):
    """Researchers by text (name, position, interests, visible affiliation), theme, country
    of expertise or of their affiliation."""

    api_descriptions = {
        **DirectoryFilter.api_descriptions,
        "search": "Text in the name, position or research interests, or in the name or "
        "acronym of an affiliation the caller may see.",
        "country": "Eurostat code of a country of expertise, or of the country of an "
        "affiliation the caller may see, e.g. `EL`.",
    }

    class Meta:
        model = Researcher
        fields: list[str] = []

    def filter_search(
        self, queryset: QuerySet[Researcher], name: str, value: str
    ) -> QuerySet[Researcher]:
        return queryset.filter(querysets.text_matches(self.reader(), _searched(value)))

    def filter_country(
        self, queryset: QuerySet[Researcher], name: str, value: str
    ) -> QuerySet[Researcher]:
        covered = Researcher.countries.through.objects.filter(
            researcher_id=OuterRef("pk"), country__code=value
        )
        in_country = Organisation.objects.visible_to(self.reader()).filter(country__code=value)
        return queryset.filter(Exists(covered) | Q(affiliation__in=in_country))


class InstituteFilter(DirectoryFilter):
    """Institutes by text (name, acronym, description), theme, country they are in or cover;
    in the API also by type and listing, like any organisation."""

    kind = _kind_filter()
    in_directory = BooleanFilter()

    api_only = ("kind", "in_directory")
    api_descriptions = {
        **DirectoryFilter.api_descriptions,
        **OrganisationFilter.api_descriptions,
        "country": "Eurostat code of a country the institute is in or covers, e.g. `EL`.",
    }

    class Meta:
        model = Organisation
        fields: list[str] = []

    def filter_search(
        self, queryset: QuerySet[Organisation], name: str, value: str
    ) -> QuerySet[Organisation]:
        return _organisation_text(queryset, value)

    def filter_country(
        self, queryset: QuerySet[Organisation], name: str, value: str
    ) -> QuerySet[Organisation]:
        # A subquery, not a join, so an institute covering several countries appears once.
        covered = Organisation.countries_covered.through.objects.filter(
            organisation_id=OuterRef("pk"), country__code=value
        )
        return queryset.filter(Q(country__code=value) | Exists(covered))
