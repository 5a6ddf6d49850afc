"""Forms of the network pages: they parse input; the services decide and write.

Plain forms, not ModelForms: a ModelForm writes the input into the instance while it
validates, and the service must see the object as it was to check permission and audit the
change. A service's `ValidationError` comes back onto the form with `add_service_error`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.forms.models import model_to_dict
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import DisseminationLevel
from emn.network.models import Country, NationalContactPoint, Organisation
from emn.network.services import NCP_FIELDS


class ServiceForm(forms.Form):
    """A form that can show the errors a service raised, next to the field they name."""

    required_css_class = "required"

    def add_service_error(self, error: ValidationError) -> None:
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, errors in error.error_dict.items():
            self.add_error(field if field in self.fields else None, errors)

    def error_summary(self) -> list[tuple[str, str]]:
        """(field label, message) pairs for the summary at the top of the form."""
        summary: list[tuple[str, str]] = []
        for name, errors in self.errors.items():
            label = str(self.fields[name].label) if name in self.fields else ""
            summary.extend((label, str(message)) for message in errors)
        return summary


class OrganisationChoiceField(forms.ModelChoiceField):
    """An organisation, shown with its country so namesakes can be told apart."""

    def label_from_instance(self, obj: Organisation) -> str:
        return f"{obj} — {obj.country.code}" if obj.country else str(obj)


class NcpForm(ServiceForm):
    """The details of an NCP a coordinator or the Commission keeps up to date."""

    operating_since = forms.DateField(
        label=_("Operating since"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    designated_by = OrganisationChoiceField(
        label=_("Designated by"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("The national ministry that designated the NCP."),
    )
    cooperation_agreement = forms.CharField(
        label=_("Cooperation agreement"), max_length=300, required=False
    )
    coordinator = OrganisationChoiceField(
        label=_("Coordinating organisation"), queryset=Organisation.objects.none(), required=False
    )
    address = forms.CharField(
        label=_("Contact address"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    email = forms.EmailField(label=_("Contact e-mail"), required=False)
    phone = forms.CharField(label=_("Telephone"), max_length=40, required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    def __init__(self, *args: Any, organisations: QuerySet[Organisation], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("designated_by", "coordinator"):
            self.fields[name].queryset = organisations  # type: ignore[attr-defined]

    @staticmethod
    def initial_for(ncp: NationalContactPoint) -> dict[str, Any]:
        return model_to_dict(ncp, fields=NCP_FIELDS)

    def changes(self) -> dict[str, Any]:
        """The NCP fields to hand to the service."""
        return {name: self.cleaned_data[name] for name in NCP_FIELDS}


class CountryCodeChoiceField(forms.ModelChoiceField):
    """A country by its Eurostat code; an unknown code is named in the error."""

    default_error_messages = {
        "invalid_choice": _("There is no country with the code “%(value)s”."),
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(queryset=Country.objects.all(), to_field_name="code", **kwargs)

    def to_python(self, value: Any) -> Country | None:
        if isinstance(value, str):
            value = value.strip().upper()
        return super().to_python(value)

    def label_from_instance(self, obj: Country) -> str:
        return obj.name


class NcpCreateForm(NcpForm):
    """A new NCP: the country first, then the same details as when editing.

    The country list offers the participating countries still without an NCP, but any
    country is accepted here, so that the service names the rule a duplicate breaks.
    """

    field_order = ["country"]

    country = CountryCodeChoiceField(label=_("Country"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        open_countries = sorted(
            Country.objects.participating().filter(ncp__isnull=True), key=lambda c: c.name
        )
        self.fields["country"].widget.choices = [
            ("", "---------"),
            *((c.code, c.name) for c in open_countries),
        ]


class OrganisationForm(ServiceForm):
    """An organisation's details.

    The country list offers only the countries the user may add organisations in, but any
    known code is accepted here, so that the service (the one place that decides) refuses
    the others with its own message, shown on the country field.
    """

    name = forms.CharField(label=_("Name"), max_length=300)
    acronym = forms.CharField(label=_("Acronym"), max_length=40, required=False)
    kind = forms.ChoiceField(label=_("Type"), choices=Organisation.Kind.choices)
    country = CountryCodeChoiceField(label=_("Country"), required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    in_directory = forms.BooleanField(
        label=_("Listed in the research directory"),
        required=False,
        help_text=_("For research institutes and universities working on migration."),
    )
    dissemination = forms.ChoiceField(
        label=_("Who may read it"),
        choices=DisseminationLevel.choices,
        initial=DisseminationLevel.PUBLIC,
        required=False,
    )

    def __init__(
        self, *args: Any, countries: Iterable[Country], countryless: bool, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["country"]
        field.required = not countryless
        offered = [(c.code, c.name) for c in sorted(countries, key=lambda c: c.name)]
        if countryless:
            offered.insert(0, ("", str(_("None: an EU body or international organisation"))))
        field.widget.choices = offered

    def clean_dissemination(self) -> str:
        """Content is public in principle: a form sent without a level makes it public."""
        return self.cleaned_data["dissemination"] or DisseminationLevel.PUBLIC

    @staticmethod
    def initial_for(organisation: Organisation) -> dict[str, Any]:
        initial = model_to_dict(organisation, fields=[*OrganisationForm.base_fields])
        initial["country"] = organisation.country.code if organisation.country else None
        return initial

    def refuse(self, error: PermissionDenied) -> None:
        """The service refused the country: say so where the country was chosen."""
        self.add_error("country", str(error))


class EraseForm(forms.Form):
    """Erasure cannot be undone, so it takes an explicit tick besides the button."""

    confirm = forms.BooleanField(
        label=_("I confirm that the person asked for erasure and that it cannot be undone."),
        required=True,
    )
