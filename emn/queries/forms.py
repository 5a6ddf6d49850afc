"""Forms of the drafting pages: they parse input; the services decide and write.

Plain forms, as in the network app: the service sees the query as it was, checks
permission, validates and audits. A service's `ValidationError` comes back onto the form.
"""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.glossary.usage import ConceptsField
from emn.network.forms import ServiceForm
from emn.network.models import Country
from emn.queries.models import AdHocQuery, Question
from emn.queries.services.drafting import DEFAULT_DAYS

QUERY_CHANGES = ("title", "background", "theme", "keywords", "dissemination")


def _lines(value: str) -> list[str]:
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


class ThemeChoiceField(forms.ModelChoiceField):
    """A theme, named in the reader's language."""

    def label_from_instance(self, obj: Theme) -> str:
        return str(obj)


class CountryChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Country) -> str:
        return obj.name


class QueryForm(ServiceForm):
    """The query itself: what is asked, why, of whom and by when."""

    title = forms.CharField(label=_("Title"), max_length=300)
    background = forms.CharField(
        label=_("Background"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Why it is asked, and by whom nationally."),
    )
    theme = ThemeChoiceField(label=_("Theme"), queryset=Theme.objects.all())
    keywords = forms.CharField(
        label=_("Keywords"),
        required=False,
        help_text=_("Separate keywords with commas."),
    )
    concepts = ConceptsField()
    deadline = forms.DateField(
        label=_("Deadline"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Two weeks by default, at most four."),
    )
    countries = CountryChoiceField(
        label=_("Countries asked"),
        queryset=Country.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Every participating country and observer by default."),
    )
    dissemination = forms.ChoiceField(
        label=_("Dissemination"), choices=DisseminationLevel.choices, initial=DisseminationLevel.EMN
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        participating = Country.objects.participating()
        self.fields["countries"].queryset = participating  # type: ignore[attr-defined]
        self.fields["countries"].choices = sorted(  # type: ignore[attr-defined]
            ((c.pk, c.name) for c in participating), key=lambda choice: choice[1]
        )
        self.initial.setdefault(
            "deadline", timezone.localdate() + datetime.timedelta(days=DEFAULT_DAYS)
        )
        self.initial.setdefault("countries", [c.pk for c in participating])
        self.fields["concepts"].offer(self, "concepts", get_language() or "en")  # type: ignore[attr-defined]

    @staticmethod
    def initial_for(query: AdHocQuery) -> dict[str, Any]:
        return {
            "title": query.title,
            "background": query.background,
            "theme": query.theme_id,
            "keywords": ", ".join(query.keywords),
            "concepts": list(query.concepts.values_list("pk", flat=True)),
            "deadline": query.request.deadline,
            "countries": list(query.request.contributions.values_list("country_id", flat=True)),
            "dissemination": query.dissemination,
        }

    def clean_keywords(self) -> list[str]:
        return [word.strip() for word in self.cleaned_data["keywords"].split(",") if word.strip()]

    def arguments(self) -> dict[str, Any]:
        """What to hand to `create_query` / `update_query`."""
        data = self.cleaned_data
        return {
            **{name: data[name] for name in QUERY_CHANGES},
            "deadline": data["deadline"],
            "countries": list(data["countries"]),
            "concepts": list(data["concepts"]),
        }


class QuestionForm(ServiceForm):
    """One typed question; the fields of other types are ignored by the service."""

    kind = forms.ChoiceField(label=_("Type of question"), choices=Question.Kind.choices)
    text = forms.CharField(label=_("Question"), widget=forms.Textarea(attrs={"rows": 3}))
    help_text = forms.CharField(
        label=_("Guidance for respondents"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    required = forms.BooleanField(label=_("An answer is required"), required=False)
    choices = forms.CharField(
        label=_("Choices"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Single and multiple choice: one choice per line."),
    )
    unit = forms.CharField(
        label=_("Unit"),
        max_length=40,
        required=False,
        help_text=_("Number: the unit of the answer, e.g. “persons”."),
    )
    table_rows = forms.CharField(
        label=_("Table rows"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Table: one row per line."),
    )
    table_columns = forms.CharField(
        label=_("Table columns"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Table: one column per line."),
    )

    GENERAL = ("kind", "text", "help_text", "required")
    SPECIFIC = ("choices", "unit", "table_rows", "table_columns")

    @staticmethod
    def initial_for(question: Question) -> dict[str, Any]:
        return {
            "kind": question.kind,
            "text": question.text,
            "help_text": question.help_text,
            "required": question.required,
            "choices": "\n".join(question.choices),
            "unit": question.unit,
            "table_rows": "\n".join(question.table_rows),
            "table_columns": "\n".join(question.table_columns),
        }

    def clean_choices(self) -> list[str]:
        return _lines(self.cleaned_data["choices"])

    def clean_table_rows(self) -> list[str]:
        return _lines(self.cleaned_data["table_rows"])

    def clean_table_columns(self) -> list[str]:
        return _lines(self.cleaned_data["table_columns"])

    def general_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.GENERAL]

    def specific_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.SPECIFIC]


class ClarificationForm(ServiceForm):
    """A dated clarification every respondent sees, about the query or one question."""

    question = forms.ModelChoiceField(
        label=_("About question"),
        queryset=Question.objects.none(),
        required=False,
        empty_label=_("The query as a whole"),
    )
    text = forms.CharField(label=_("Clarification"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, questions: QuerySet[Question], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["question"].queryset = questions  # type: ignore[attr-defined]
