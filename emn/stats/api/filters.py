"""Filters of the dataset list, declared once for the pages and the API.

Parameters: `q` (words of the code or of a title in any language, all of them), `source`
(eurostat, collection, other) and `theme`. They only narrow the queryset they are given,
which always comes from `Dataset.objects.visible_to`.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from emn.network.filters import SharedFilterSet, ThemeChoices
from emn.stats.models import Dataset


def _words(text: str) -> list[str]:
    return [word.casefold() for word in text.split()]


def matching(queryset: QuerySet[Dataset], text: str) -> QuerySet[Dataset]:
    """Datasets whose code or some title holds every word of `text` (any case, any language).

    Read in Python: the network keeps hundreds of datasets, not millions, and titles are
    JSON, whose text the two databases store differently (SQLite escapes non-ASCII).
    """
    words = _words(text)
    if not words:
        return queryset
    found = [
        pk
        for pk, code, titles in queryset.values_list("pk", "code", "titles")
        if all(
            word in " ".join([code, *(str(t) for t in (titles or {}).values())]).casefold()
            for word in words
        )
    ]
    return queryset.filter(pk__in=found)


class DatasetFilter(SharedFilterSet):
    """Datasets by words of their code or titles, source and theme."""

    q = django_filters.CharFilter(
        label=_("Words"),
        method="filter_q",
        help_text=_("Code or title, in any language."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    source = django_filters.ChoiceFilter(
        label=_("Source"), choices=Dataset.Source.choices, empty_label=_("Any source")
    )
    theme = django_filters.ChoiceFilter(
        label=_("Theme"),
        choices=ThemeChoices(),
        field_name="themes__code",
        empty_label=_("Any theme"),
    )

    api_descriptions = {
        "q": "Words that the code or a title (in any language) holds, all of them, any case.",
        "source": "Where the data come from.",
        "theme": "A theme code, e.g. `return`.",
    }

    class Meta:
        model = Dataset
        fields: list[str] = []

    def filter_q(self, queryset: QuerySet[Dataset], name: str, value: str) -> QuerySet[Dataset]:
        return matching(queryset, value)

    def filter_queryset(self, queryset: QuerySet[Dataset]) -> QuerySet[Dataset]:
        # The theme filter joins a many-to-many table: one row per match.
        return super().filter_queryset(queryset).distinct()
