"""Test support of the network: factories for its own rows and a matrix for form posts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import factory
from django.test.client import MULTIPART_CONTENT

from emn.accounts.models import Role
from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import (
    NationalContactPointFactory,
    OrganisationFactory,
    RoleFactory,
    UserFactory,
    country,
)
from emn.core.testing.matrix import PermissionMatrix
from emn.network.models import NcpFunding, NetworkPartner

EMN = DisseminationLevel.EMN
EVERYONE = ("anonymous", "other_country", "reader", "contributor", "coordinator", "commission")


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(EVERYONE, status)


class FormMatrix(PermissionMatrix):
    """A permission matrix for views that take an HTML form post."""

    method = "post"
    content_type = MULTIPART_CONTENT


class FundingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NcpFunding

    ncp = factory.SubFactory(NationalContactPointFactory)
    year = 2025
    commission_grant = Decimal("250000")
    national_cofinancing = Decimal("80000")


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NetworkPartner

    ncp = factory.SubFactory(NationalContactPointFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    contribution = "Provides asylum statistics"


def board_member(code: str | None, name: str) -> Any:
    """A Steering Board representative of country `code` (None: the Commission's seat)."""
    user = UserFactory(full_name=name)
    RoleFactory(user=user, kind=Role.Kind.STEERING_BOARD, country=country(code) if code else None)
    return user
