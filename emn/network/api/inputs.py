"""The shape of what clients send to change the network.

These serializers only parse: types, required fields, references to existing objects. They
never save. The service they feed checks permission, validates the rules, writes and
audits, so the API cannot do anything the pages could not.
"""

from __future__ import annotations

from rest_framework import serializers

from emn.network.api.fields import CountryCodeField, VisibleOrganisationField
from emn.network.models import NationalContactPoint, Organisation


class OrganisationInput(serializers.ModelSerializer):
    country = CountryCodeField(
        required=False,
        allow_null=True,
        help_text="Eurostat code, e.g. `EL`; empty for EU bodies and international organisations.",
    )

    class Meta:
        model = Organisation
        fields = [
            "name",
            "acronym",
            "kind",
            "country",
            "website",
            "description",
            "in_directory",
            "dissemination",
        ]
        # Uniqueness is the service's rule (it runs `full_clean`), not the serializer's.
        validators: list[object] = []


class NcpInput(serializers.ModelSerializer):
    country = CountryCodeField(help_text="Eurostat code of a participating country, e.g. `EL`.")
    coordinator = VisibleOrganisationField(
        required=False, allow_null=True, help_text="Id of the coordinating organisation."
    )
    designated_by = VisibleOrganisationField(
        required=False, allow_null=True, help_text="Id of the ministry that designated the NCP."
    )

    class Meta:
        model = NationalContactPoint
        fields = [
            "country",
            "operating_since",
            "designated_by",
            "cooperation_agreement",
            "coordinator",
            "address",
            "email",
            "phone",
            "website",
        ]


class NcpChangeInput(NcpInput):
    """An NCP stays with its country: the country is not part of a change."""

    country = None  # type: ignore[assignment]

    class Meta(NcpInput.Meta):
        fields = [name for name in NcpInput.Meta.fields if name != "country"]
