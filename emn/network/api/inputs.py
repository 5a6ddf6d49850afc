"""The shape of what clients send to change the network.

These serializers only parse: types, required fields, references to existing objects. They
never save. The service they feed checks permission, validates the rules, writes and
audits, so the API cannot do anything the pages could not; they take the very fields the
service sets, named once in `services`.
"""

from __future__ import annotations

from rest_framework import serializers

from emn.network.api.fields import CountryCodeField, VisibleOrganisationField
from emn.network.models import NationalContactPoint, Organisation
from emn.network.services import NCP_FIELDS, ORGANISATION_FIELDS


class OrganisationInput(serializers.ModelSerializer):
    country = CountryCodeField(
        required=False,
        allow_null=True,
        help_text="Eurostat code, e.g. `EL`; empty for EU bodies and international organisations.",
    )

    class Meta:
        model = Organisation
        fields = list(ORGANISATION_FIELDS)
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
        fields = ["country", *NCP_FIELDS]


class NcpChangeInput(NcpInput):
    """An NCP stays with its country: the country is not part of a change."""

    country = None  # type: ignore[assignment]

    class Meta(NcpInput.Meta):
        fields = list(NCP_FIELDS)
