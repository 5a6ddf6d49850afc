"""Input fields that name network objects the way API clients know them."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from emn.network.models import Country, Organisation


class CountryCodeField(serializers.SlugRelatedField):
    """A country named by its Eurostat code (`EL` for Greece), in either case.

    The error repeats the code the client sent, so a typo is found without a second look.
    """

    default_error_messages = {
        "does_not_exist": _("No country has the code “{value}”."),
        "invalid": _("Give a two-letter Eurostat country code."),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("queryset", Country.objects.all())
        super().__init__(slug_field="code", **kwargs)

    def get_queryset(self) -> QuerySet[Country]:
        request = self.context.get("request")
        return Country.objects.visible_to(getattr(request, "user", None))

    def to_internal_value(self, data: Any) -> Country:
        if not isinstance(data, str):
            self.fail("invalid")
        country = self.get_queryset().filter(code=data.strip().upper()).first()
        if country is None:
            self.fail("does_not_exist", value=data)
        return country


class VisibleOrganisationField(serializers.PrimaryKeyRelatedField):
    """An organisation named by id, among those the client may see.

    An organisation hidden from the client is refused exactly like a missing one.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("queryset", Organisation.objects.all())
        super().__init__(**kwargs)

    def get_queryset(self) -> QuerySet[Organisation]:
        request = self.context.get("request")
        return Organisation.objects.visible_to(getattr(request, "user", None))
