"""Forms of the accounts app: login, password reset, profile, invitations and roles."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import partial
from typing import Any, cast

from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.db import transaction
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from emn.accounts import tasks
from emn.accounts.models import Role, User
from emn.accounts.permissions import grantable_kinds
from emn.accounts.roles import coordinated_country_ids, is_commission
from emn.network.models import Country, ExpertGroup


def _casefolded(value: str) -> str:
    return unicodedata.normalize("NFKC", value).casefold()


def language_choices() -> list[tuple[str, str]]:
    """The site's languages, each named in itself, as the language switcher names them."""
    return [
        (code, str(get_language_info(code)["name_local"]).capitalize())
        for code, _name in settings.LANGUAGES
    ]


class EmailAuthenticationForm(auth_forms.AuthenticationForm):
    """Login with e-mail and password (the field keeps Django's name `username`).

    The address is lower-cased before authentication, as accounts store it, so
    "Ana@Example.org" logs in and the login throttle counts every spelling as one address.
    """

    username = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's reset form, sending through the task queue and reaching invited people too."""

    def get_users(self, email: str) -> Iterable[User]:
        """Active accounts with this address, including invited people who never set a
        password: their invitation link may have expired, and this is how they get a new one."""
        candidates = User.objects.filter(email__iexact=email, is_active=True)
        return [user for user in candidates if _casefolded(user.email) == _casefolded(email)]

    def save(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        """Queue one message per account; the worker builds the link, so the answer takes as
        long whether or not an account exists and the queue never stores a usable link."""
        for user in self.get_users(self.cleaned_data["email"]):
            send = partial(tasks.send_password_link.enqueue, user.pk, tasks.PASSWORD_RESET)
            transaction.on_commit(send)


class ProfileForm(forms.Form):
    """Your own name, e-mail address and language."""

    full_name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    language = forms.ChoiceField(label=_("Preferred language"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        cast(forms.ChoiceField, self.fields["language"]).choices = language_choices()


def offered_countries(actor: Any) -> list[Country]:
    """The countries a role form lists: all participating ones for the Commission, a
    coordinator's own otherwise; sorted by name in the reader's language."""
    countries = Country.objects.participating()
    if not is_commission(actor):
        countries = countries.filter(pk__in=coordinated_country_ids(actor))
    return sorted(countries, key=lambda country: country.name)


class RoleFields(forms.Form):
    """Role, country and expert group, offering only what the actor may give.

    Validation accepts every role and country, so a forged choice reaches the service, which
    refuses it with its reason; the lists show only what this actor manages.
    """

    kind = forms.ChoiceField(label=_("Role"), choices=Role.Kind.choices)
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.all(), required=False
    )
    expert_group = forms.ModelChoiceField(
        label=_("Expert group"), queryset=ExpertGroup.objects.all(), required=False
    )

    def __init__(self, *args: Any, actor: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.actor = actor
        # No role is preselected: the first in the list is the most powerful one.
        self.fields["kind"].widget.choices = [
            ("", _("Choose a role")),
            *((kind, Role.Kind(kind).label) for kind in grantable_kinds(actor)),
        ]
        countries: list[tuple[object, str]] = [
            (country.pk, country.name) for country in offered_countries(actor)
        ]
        if is_commission(actor):
            countries.insert(0, ("", str(_("None: a role for the whole network"))))
            groups = [(group.pk, str(group)) for group in ExpertGroup.objects.all()]
            self.fields["expert_group"].widget.choices = [("", _("None")), *groups]
        else:
            del self.fields["expert_group"]
        self.fields["country"].widget.choices = countries

    def role_arguments(self) -> dict[str, Any]:
        """The keyword arguments of `services.grant_role` after the person."""
        data = self.cleaned_data
        return {
            "kind": data["kind"],
            "country": data.get("country"),
            "expert_group": data.get("expert_group"),
        }


class RoleGrantForm(RoleFields):
    """Give an existing person one more role."""


class InviteForm(RoleFields):
    """Invite a person: their account details and the first role they hold."""

    full_name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"))
    language = forms.ChoiceField(
        label=_("Language of the invitation"), initial=settings.LANGUAGE_CODE
    )

    field_order = ("full_name", "email", "language", "kind", "country", "expert_group")

    def __init__(self, *args: Any, actor: Any, **kwargs: Any) -> None:
        super().__init__(*args, actor=actor, **kwargs)
        cast(forms.ChoiceField, self.fields["language"]).choices = language_choices()

    def account_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "email": data["email"],
            "full_name": data["full_name"],
            "language": data["language"],
        }
