"""Filters of the library's lists, declared once for the pages and the API.

Parameters: `search` (words of a title, in any language), `type`, `theme`, `country` (a
country covered, Eurostat code), `language` (of a title or of a file), `year` (of
publication), `dissemination` and, for the API, `status` (`current` or `archive`). They only
narrow the queryset they are given, which always comes from `Publication.objects.visible_to`.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import DisseminationLevel
from emn.library.models import Publication, PublicationFile, PublicationText, PublicationType
from emn.library.querysets import PublicationQuerySet
from emn.network.filters import CountryCodeFilter, SharedFilterSet, ThemeChoices, country_choices

# The content languages offered in the form: the EU's official languages.
EU_LANGUAGES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
]


def language_choices() -> list[tuple[str, str]]:
    """Languages by code, named in the reader's language (from CLDR)."""
    from babel import Locale, UnknownLocaleError
    from django.utils.translation import get_language

    try:
        locale = Locale.parse((get_language() or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    named = ((code, locale.languages.get(code, code)) for code in EU_LANGUAGES)
    return sorted(named, key=lambda choice: choice[1].lower())


class Status:
    """Current or archived (see `PublicationQuerySet.current` / `archived`)."""

    CURRENT = "current"
    ARCHIVE = "archive"
    choices = [(CURRENT, _("Current")), (ARCHIVE, _("Archive"))]


class PublicationFilter(SharedFilterSet):
    """Publications by title words, type, theme, country covered, language, year, level."""

    search = django_filters.CharFilter(
        label=_("Title"),
        method="filter_search",
        help_text=_("Words of the title, in any language."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    type = django_filters.ChoiceFilter(
        label=_("Type"), choices=PublicationType.choices, empty_label=_("Any type")
    )
    theme = django_filters.ChoiceFilter(
        label=_("Theme"), choices=ThemeChoices(), method="filter_theme", empty_label=_("Any theme")
    )
    country = CountryCodeFilter(
        label=_("Country covered"),
        choices=country_choices,
        method="filter_country",
        empty_label=_("Any country"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=language_choices,
        method="filter_language",
        empty_label=_("Any language"),
    )
    year = django_filters.NumberFilter(
        label=_("Year"),
        field_name="published_on__year",
        widget=forms.NumberInput(attrs={"min": 1990, "max": 2100}),
    )
    dissemination = django_filters.ChoiceFilter(
        label=_("Dissemination"),
        choices=DisseminationLevel.choices,
        empty_label=_("Any level"),
    )
    status = django_filters.ChoiceFilter(
        label=_("Current or archive"), choices=Status.choices, method="filter_status"
    )

    api_only = ("status",)
    api_descriptions = {
        "search": "Words of a title, in any of its languages.",
        "type": "Type of publication.",
        "theme": "Theme code.",
        "country": "Eurostat code of a country the publication covers, e.g. `SI`.",
        "language": "Language code of a title or a file, e.g. `sl`.",
        "year": "Year of publication.",
        "dissemination": "`public`, or `emn` for EMN members only.",
        "status": "`current` (not superseded, not past its type's archive age) or `archive`.",
    }

    class Meta:
        model = Publication
        fields: list[str] = []

    def filter_search(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        words = value.split()
        if not words:
            return queryset
        for word in words[:10]:
            titled = PublicationText.objects.filter(
                publication=OuterRef("pk"), title__icontains=word
            )
            queryset = queryset.filter(Exists(titled))
        return queryset

    def filter_theme(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        themed = Publication.themes.through.objects.filter(
            publication_id=OuterRef("pk"), theme__code=value
        )
        return queryset.filter(Exists(themed))

    def filter_country(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        covered = Publication.countries.through.objects.filter(
            publication_id=OuterRef("pk"), country__code=value
        )
        return queryset.filter(Exists(covered))

    def filter_language(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        texts = PublicationText.objects.filter(publication=OuterRef("pk"), language=value)
        files = PublicationFile.objects.filter(publication=OuterRef("pk"), language=value)
        return queryset.filter(Q(Exists(texts)) | Q(Exists(files)))

    def filter_status(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        if not isinstance(queryset, PublicationQuerySet):
            return queryset
        return queryset.current() if value == Status.CURRENT else queryset.archived()
