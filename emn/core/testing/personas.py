"""The people of the permission matrix: one user per way of relating to a country's content.

The home country is Slovenia (SI); "another country" is a coordinator of France (FR), so a
rule that only checks "is an NCP coordinator" and forgets "of which country" fails the matrix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser

from emn.accounts.models import Role
from emn.core.testing.factories import RoleFactory, UserFactory, country

HOME = "SI"
OTHER = "FR"

PERSONAS = ("anonymous", "other_country", "reader", "contributor", "coordinator", "commission")


@dataclass
class Personas:
    """Users by persona name, created on demand."""

    anonymous: Any
    other_country: Any
    reader: Any
    contributor: Any
    coordinator: Any
    commission: Any
    partner: Any
    service_provider: Any
    glossary_editor: Any

    def __getitem__(self, name: str) -> Any:
        return getattr(self, name)


def _with_role(email: str, kind: str, code: str | None = None) -> Any:
    user = UserFactory(email=email)
    RoleFactory(user=user, kind=kind, country=country(code) if code else None)
    return user


def make_personas() -> Personas:
    return Personas(
        anonymous=AnonymousUser(),
        other_country=_with_role("coordinator.fr@example.org", Role.Kind.NCP_COORDINATOR, OTHER),
        reader=_with_role("reader.si@example.org", Role.Kind.NCP_READER, HOME),
        contributor=_with_role("contributor.si@example.org", Role.Kind.NCP_CONTRIBUTOR, HOME),
        coordinator=_with_role("coordinator.si@example.org", Role.Kind.NCP_COORDINATOR, HOME),
        commission=_with_role("commission@example.org", Role.Kind.COMMISSION),
        partner=_with_role("partner.si@example.org", Role.Kind.NETWORK_PARTNER, HOME),
        service_provider=_with_role("sp@example.org", Role.Kind.SERVICE_PROVIDER),
        glossary_editor=_with_role("glossary@example.org", Role.Kind.GLOSSARY_EDITOR),
    )
