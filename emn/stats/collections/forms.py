"""Forms of the collection pages: they parse input; the services decide and write.

Plain forms, as in the other apps: the service checks permission, validates and audits,
and its `ValidationError` comes back onto the form (`add_service_error`).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from emn.accounts.roles import expert_group_ids, is_commission
from emn.core.dissemination import DisseminationLevel
from emn.network.forms import ServiceForm
from emn.network.models import Country, ExpertGroup
from emn.stats.collections.defining import VariableSpec
from emn.stats.collections.models import CollectionVariable

DEFAULT_DAYS = 30


def _language_choices() -> list[tuple[str, Any]]:
    return list(settings.LANGUAGES)


class TemplateForm(ServiceForm):
    """A template: its key, its name in one language, its owner and its variable dimension."""

    key = forms.SlugField(label=_("Key"), max_length=60, help_text=_("e.g. return-spending"))
    language = forms.ChoiceField(
        label=_("Language of the names"),
        choices=_language_choices,
        help_text=_("The name and the variables' labels are in this language."),
    )
    name = forms.CharField(label=_("Name"), max_length=200)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    expert_group = forms.ModelChoiceField(
        label=_("Owner"), queryset=ExpertGroup.objects.none(), required=False
    )
    dimension = forms.SlugField(
        label=_("Dimension of the variables"),
        max_length=40,
        initial="indic",
        help_text=_("Its id in the dataset, e.g. indic_rt."),
    )

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = (get_language() or "en").split("-")[0]
        field: Any = self.fields["expert_group"]
        if is_commission(user):
            field.queryset = ExpertGroup.objects.all()
            field.empty_label = _("The Commission")
        else:
            field.queryset = ExpertGroup.objects.filter(pk__in=expert_group_ids(user))
            field.required = True
            field.empty_label = None


class VariableForm(forms.Form):
    """One variable of a template; a row left blank is skipped."""

    code = forms.CharField(
        label=_("Code"), max_length=40, required=False, help_text=_("e.g. RET_SPENT")
    )
    label = forms.CharField(label=_("Label"), max_length=200, required=False)
    unit = forms.ChoiceField(label=_("Unit"), choices=CollectionVariable.Unit.choices)
    kind = forms.ChoiceField(label=_("Kind"), choices=CollectionVariable.Kind.choices)
    required = forms.BooleanField(label=_("Required"), required=False, initial=True)
    minimum = forms.DecimalField(label=_("Minimum"), required=False, initial=0)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if bool(data.get("code")) != bool(data.get("label")):
            raise forms.ValidationError(_("Give a variable both a code and a label."))
        return data

    def spec(self, language: str) -> VariableSpec | None:
        """The variable, or None for a row left blank."""
        data = self.cleaned_data
        if not data.get("code"):
            return None
        return VariableSpec(
            code=data["code"],
            labels={language: data["label"]},
            unit=data["unit"],
            kind=data["kind"],
            required=data["required"],
            minimum=data["minimum"],
        )


VariableFormSet = forms.formset_factory(VariableForm, extra=6, max_num=40)


class CountryChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Country) -> str:
        return obj.name


def _years(text: str) -> list[int]:
    years = [int(y) for y in re.findall(r"\d{4}", text or "")]
    if not years or re.sub(r"[\d\s,;]", "", text or ""):
        raise forms.ValidationError(_("Give years such as 2025, or 2024, 2025."))
    return years


class LaunchForm(ServiceForm):
    """A collection: its title, years, countries, deadline and the dataset it feeds."""

    title = forms.CharField(label=_("Title"), max_length=300)
    years = forms.CharField(label=_("Years"), help_text=_("e.g. 2025, or 2024, 2025"))
    deadline = forms.DateField(label=_("Deadline"), widget=forms.DateInput(attrs={"type": "date"}))
    dataset_code = forms.CharField(
        label=_("Dataset code"), max_length=80, help_text=_("e.g. emn_return_spending")
    )
    dissemination = forms.ChoiceField(
        label=_("Who may read the submitted data"),
        choices=DisseminationLevel.choices,
        initial=DisseminationLevel.EMN,
    )
    countries = CountryChoiceField(
        label=_("Countries asked"),
        queryset=Country.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        participating: QuerySet[Country] = Country.objects.participating()
        field: Any = self.fields["countries"]
        field.queryset = participating
        field.initial = list(participating.values_list("pk", flat=True))
        self.fields["deadline"].initial = timezone.localdate() + datetime.timedelta(
            days=DEFAULT_DAYS
        )
        self.fields["years"].initial = str(timezone.localdate().year - 1)

    def clean_years(self) -> list[int]:
        return _years(self.cleaned_data["years"])


class ReasonForm(ServiceForm):
    """Why a country's values go back for changes."""

    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))
