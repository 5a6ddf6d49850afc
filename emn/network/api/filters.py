"""Filters of the network's API lists, declared once with django-filter.

The UI's `emn/network/filters.py` is being written alongside; these are meant to merge with
it so that the pages and the API filter the same way. Country codes are matched in either
case, and an unknown theme is a 400 naming `theme` (its values are a closed list).
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet
from django_filters import rest_framework as filters

from emn.core.themes import ThemeCode
from emn.network.models import Country, Organisation, Researcher


def _code(value: str) -> str:
    return value.strip().upper()


class CountryFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=Country.Status.choices, help_text="Role in the network.")
    eu_member = filters.BooleanFilter(help_text="EU Member States only (or none of them).")

    class Meta:
        model = Country
        fields: list[str] = []


class OrganisationFilter(filters.FilterSet):
    kind = filters.ChoiceFilter(
        choices=Organisation.Kind.choices, help_text="Type of organisation."
    )
    country = filters.CharFilter(
        method="filter_country", help_text="Eurostat code of the country it is in, e.g. `EL`."
    )
    in_directory = filters.BooleanFilter(help_text="Listed in the research directory.")
    search = filters.CharFilter(
        method="filter_search", help_text="Text in the name, acronym or description."
    )

    class Meta:
        model = Organisation
        fields: list[str] = []

    def filter_country(
        self, queryset: QuerySet[Organisation], name: str, value: str
    ) -> QuerySet[Organisation]:
        return queryset.filter(country__code=_code(value))

    def filter_search(
        self, queryset: QuerySet[Organisation], name: str, value: str
    ) -> QuerySet[Organisation]:
        text = value.strip()
        return queryset.filter(
            Q(name__icontains=text) | Q(acronym__icontains=text) | Q(description__icontains=text)
        )


class InstituteFilter(OrganisationFilter):
    """Institutes are found by where they are or which countries they cover, and by theme."""

    country = filters.CharFilter(
        method="filter_country",
        help_text="Eurostat code of a country the institute is in or covers, e.g. `EL`.",
    )
    theme = filters.ChoiceFilter(
        field_name="expertise__code", choices=ThemeCode.choices, help_text="Field of expertise."
    )

    class Meta:
        model = Organisation
        fields: list[str] = []

    def filter_country(
        self, queryset: QuerySet[Organisation], name: str, value: str
    ) -> QuerySet[Organisation]:
        # A subquery, not a join, so an institute covering several countries appears once.
        covered = Organisation.countries_covered.through.objects.filter(
            organisation_id=OuterRef("pk"), country__code=_code(value)
        )
        return queryset.filter(Q(country__code=_code(value)) | Exists(covered))


class ResearcherFilter(filters.FilterSet):
    theme = filters.ChoiceFilter(
        field_name="expertise__code", choices=ThemeCode.choices, help_text="Field of expertise."
    )
    country = filters.CharFilter(
        method="filter_country", help_text="Eurostat code of a country of expertise, e.g. `EL`."
    )
    search = filters.CharFilter(
        method="filter_search", help_text="Text in the name, position or research interests."
    )

    class Meta:
        model = Researcher
        fields: list[str] = []

    def filter_country(
        self, queryset: QuerySet[Researcher], name: str, value: str
    ) -> QuerySet[Researcher]:
        return queryset.filter(countries__code=_code(value))

    def filter_search(
        self, queryset: QuerySet[Researcher], name: str, value: str
    ) -> QuerySet[Researcher]:
        # Not the affiliation's name: it may be an organisation the reader may not see.
        text = value.strip()
        return queryset.filter(
            Q(name__icontains=text) | Q(title__icontains=text) | Q(biography__icontains=text)
        )
