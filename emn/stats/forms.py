"""Forms of the statistics pages: the dataset list's search, and the slice of a dataset.

The slice form has one multiple choice per dimension (its codes with their labels), a
period range and the period countries are compared for. A dimension left out of the query
takes its default: every code of the geographic dimension, and for any other its total
(TOTAL, T) or else its first code, so a dataset opens on a readable table of countries.
Parameters are the dimension codes themselves (`?geo=DE&geo=FR&sex=T`), as in the API.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from emn.core.themes import ThemeCode
from emn.stats.views.dataset_slice import Selection

TOTALS = ("TOTAL", "T", "_T", "TOT")
RESERVED = frozenset({"start", "end", "period", "page", "format", "lang"})


@dataclass(frozen=True)
class DimensionChoice:
    """A dimension as the form offers it: its codes (code, label) and its default codes."""

    code: str
    label: str
    codes: list[tuple[str, str]]
    geographic: bool = False

    @property
    def field_name(self) -> str:
        return f"dim_{self.code}" if self.code in RESERVED else self.code

    @property
    def default(self) -> list[str]:
        """Every code of the compared (geographic) dimension; else its total, or its first."""
        known = [code for code, _label in self.codes]
        if self.geographic or not known:
            return []
        return [next((code for code in TOTALS if code in known), known[0])]


def _theme_choices() -> list[tuple[str, str]]:
    themes = sorted(((c, str(label)) for c, label in ThemeCode.choices), key=lambda c: c[1])
    return [("", str(_("Any theme"))), *themes]


class DatasetSearchForm(forms.Form):
    """Words of a title or code, and a theme, to narrow the list of datasets."""

    q = forms.CharField(
        label=_("Words"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
        help_text=_("Of the title, in any language, or of the code."),
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False, choices=_theme_choices)


class SliceForm(forms.Form):
    """The slice of a dataset to show: codes per dimension, periods, the compared period."""

    def __init__(
        self, data: QueryDict, dimensions: Sequence[DimensionChoice], periods: Sequence[str]
    ) -> None:
        self.dimensions = list(dimensions)
        super().__init__(_with_defaults(data, self.dimensions))
        for dimension in self.dimensions:
            self.fields[dimension.field_name] = _dimension_field(dimension)
        choices = [(p, p) for p in periods]
        self.fields["start"] = forms.ChoiceField(
            label=pgettext_lazy("period", "From"),
            required=False,
            choices=[("", _("First period")), *choices],
        )
        self.fields["end"] = forms.ChoiceField(
            label=_("To"), required=False, choices=[("", _("Last period")), *choices]
        )
        self.fields["period"] = forms.ChoiceField(
            label=_("Countries compared in"),
            required=False,
            choices=[("", _("Latest with data")), *choices],
            help_text=_("The period of the bar chart and the map."),
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and (len(start), start) > (len(end), end):
            raise forms.ValidationError(_("The first period comes after the last one."))
        return cleaned

    def selection(self) -> Selection:
        """The slice asked for; where the form has errors, the defaults instead."""
        cleaned = self.cleaned_data if self.is_valid() else {}
        filters = {d.code: list(cleaned.get(d.field_name) or d.default) for d in self.dimensions}
        return Selection(
            filters=filters,
            start=cleaned.get("start") or None,
            end=cleaned.get("end") or None,
            period=cleaned.get("period") or None,
        )


def _dimension_field(dimension: DimensionChoice) -> forms.MultipleChoiceField:
    size = max(2, min(6, len(dimension.codes)))
    return forms.MultipleChoiceField(
        label=dimension.label,
        required=False,
        choices=dimension.codes,
        widget=forms.SelectMultiple(attrs={"size": size}),
    )


def _with_defaults(data: QueryDict, dimensions: Sequence[DimensionChoice]) -> QueryDict:
    """The query with each missing dimension at its default, so the form shows what is used."""
    filled = data.copy()
    for dimension in dimensions:
        if not filled.getlist(dimension.field_name):
            filled.setlist(dimension.field_name, dimension.default)
    return filled
