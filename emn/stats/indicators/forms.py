"""The view of an indicator page: which countries (or keys) to draw, which period to compare."""

from __future__ import annotations

from collections.abc import Sequence

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

KEY_SEPARATOR = "|"


class IndicatorViewForm(forms.Form):
    """`?geo=DE&geo=EU27_2020&period=2021`: the lines of the chart and the compared period.

    A key of several aligned dimensions is its codes joined by `|`. Unknown codes and
    periods are refused (the page then shows its defaults).
    """

    geo = forms.MultipleChoiceField(
        label=_("Countries in the chart"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (⌘ on a Mac) to choose several."),
    )
    period = forms.ChoiceField(label=_("Period compared"), required=False)

    def __init__(
        self, data: QueryDict, keys: Sequence[tuple[str, str]], periods: Sequence[str]
    ) -> None:
        super().__init__(data)
        self.fields["geo"].choices = list(keys)  # type: ignore[attr-defined]
        self.fields["period"].choices = [  # type: ignore[attr-defined]
            ("", _("Latest with enough data")),
            *((p, p) for p in reversed(periods)),
        ]

    def chosen_keys(self) -> list[tuple[str, ...]]:
        if not self.is_valid():
            return []
        return [tuple(value.split(KEY_SEPARATOR)) for value in self.cleaned_data["geo"]]

    def chosen_period(self) -> str | None:
        return (self.cleaned_data.get("period") or None) if self.is_valid() else None
