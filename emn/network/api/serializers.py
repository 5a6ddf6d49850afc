"""How the network's objects read in the API.

Nested objects are serialized from what the view's queryset prefetched through `visible_to`,
so a serializer never reaches past the read guard; an organisation hidden from the reader
arrives here as `None` or not at all.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework import serializers

from emn.accounts.roles import is_emn_member
from emn.core.models import Theme
from emn.network.models import (
    Country,
    ExpertGroup,
    NationalContactPoint,
    NcpFunding,
    NetworkPartner,
    Organisation,
    Researcher,
)


class ThemeSerializer(serializers.ModelSerializer):
    # The field is called `label` like the attribute every DRF field has; the metaclass takes
    # declared fields out of the class, so the two never meet.
    label = serializers.SerializerMethodField()  # type: ignore[assignment]

    class Meta:
        model = Theme
        fields = ["code", "label"]

    def get_label(self, theme: Theme) -> str:
        return theme.label


class CountryBriefSerializer(serializers.ModelSerializer):
    name = serializers.SerializerMethodField()

    class Meta:
        model = Country
        fields = ["code", "name"]

    def get_name(self, country: Country) -> str:
        """In the language the view negotiated (it is active while serializing)."""
        return country.name


def year_field(**kwargs: object) -> serializers.IntegerField:
    """A year, declared here because the bounds a model's small integer gets depend on the
    database (SQLite has no small integers), and the schema must not."""
    return serializers.IntegerField(read_only=True, **kwargs)  # type: ignore[arg-type]


class CountrySerializer(CountryBriefSerializer):
    names = serializers.SerializerMethodField()
    since_year = year_field(allow_null=True)
    is_participating = serializers.BooleanField(read_only=True)

    class Meta:
        model = Country
        fields = [
            "code",
            "iso_code",
            "name",
            "names",
            "status",
            "eu_member",
            "since_year",
            "is_participating",
        ]

    def get_names(self, country: Country) -> dict[str, str]:
        """The name in every UI language, so a client can offer its own language switch."""
        return {code: country.name_in(code) for code, _label in settings.LANGUAGES}


class OrganisationBriefSerializer(serializers.ModelSerializer):
    country: serializers.SlugRelatedField[Country] = serializers.SlugRelatedField(
        slug_field="code", read_only=True, allow_null=True
    )

    class Meta:
        model = Organisation
        fields = ["id", "name", "acronym", "kind", "country"]


class OrganisationSerializer(OrganisationBriefSerializer):
    kind_label = serializers.SerializerMethodField()
    expertise = ThemeSerializer(many=True, read_only=True)
    countries_covered: serializers.SlugRelatedField[Country] = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )

    class Meta:
        model = Organisation
        fields = [
            "id",
            "name",
            "acronym",
            "kind",
            "kind_label",
            "country",
            "website",
            "description",
            "in_directory",
            "dissemination",
            "expertise",
            "countries_covered",
        ]

    def get_kind_label(self, organisation: Organisation) -> str:
        return str(organisation.get_kind_display())


class NetworkPartnerSerializer(serializers.ModelSerializer):
    organisation = OrganisationBriefSerializer(read_only=True)

    class Meta:
        model = NetworkPartner
        fields = ["organisation", "contribution", "since", "dissemination"]


class NcpFundingSerializer(serializers.ModelSerializer):
    year = year_field()
    total = serializers.DecimalField(max_digits=13, decimal_places=2, read_only=True)

    class Meta:
        model = NcpFunding
        fields = ["year", "commission_grant", "national_cofinancing", "total", "dissemination"]


class NcpSerializer(serializers.ModelSerializer):
    country = CountryBriefSerializer(read_only=True)
    coordinator = OrganisationBriefSerializer(read_only=True, allow_null=True)
    designated_by = OrganisationBriefSerializer(read_only=True, allow_null=True)
    organisations = OrganisationBriefSerializer(many=True, read_only=True)
    partners = NetworkPartnerSerializer(many=True, read_only=True)
    funding = NcpFundingSerializer(many=True, read_only=True)

    class Meta:
        model = NationalContactPoint
        fields = [
            "country",
            "operating_since",
            "designated_by",
            "cooperation_agreement",
            "coordinator",
            "organisations",
            "address",
            "email",
            "phone",
            "website",
            "partners",
            "funding",
        ]


class ResearcherSerializer(serializers.ModelSerializer):
    email = serializers.SerializerMethodField()
    affiliation = OrganisationBriefSerializer(read_only=True, allow_null=True)
    expertise = ThemeSerializer(many=True, read_only=True)
    countries: serializers.SlugRelatedField[Country] = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    is_erased = serializers.BooleanField(read_only=True)

    class Meta:
        model = Researcher
        fields = [
            "id",
            "name",
            "title",
            "email",
            "website",
            "biography",
            "affiliation",
            "expertise",
            "countries",
            "dissemination",
            "is_erased",
        ]

    def get_email(self, researcher: Researcher) -> str | None:
        """Personal contact data for EMN members only; `null` for everyone else."""
        request: Any = self.context.get("request")
        if request is None or not is_emn_member(request.user):
            return None
        return researcher.email


class ExpertGroupSerializer(serializers.ModelSerializer):
    set_up_year = year_field(allow_null=True)
    themes = ThemeSerializer(many=True, read_only=True)

    class Meta:
        model = ExpertGroup
        fields = ["id", "name", "acronym", "set_up_year", "mandate", "themes"]
