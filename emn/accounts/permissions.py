"""Who may manage people and roles.

A coordinator manages the people of their own NCP (coordinator, contributor, reader and
national network partner roles in that country); the Commission manages everyone.
"""

from __future__ import annotations

from typing import Any

from emn.accounts.models import Role, User
from emn.accounts.roles import coordinated_country_ids, is_commission

COORDINATOR_GRANTABLE = frozenset(
    {
        Role.Kind.NCP_COORDINATOR,
        Role.Kind.NCP_CONTRIBUTOR,
        Role.Kind.NCP_READER,
        Role.Kind.NETWORK_PARTNER,
    }
)


def can_grant_role(user: Any, kind: str, country_id: int | None) -> bool:
    """The Commission grants any role; a coordinator grants NCP roles in their own country."""
    if is_commission(user):
        return True
    return kind in COORDINATOR_GRANTABLE and country_id in coordinated_country_ids(user)


def can_revoke_role(user: Any, role: Role) -> bool:
    return can_grant_role(user, role.kind, role.country_id)


def can_manage_people(user: Any) -> bool:
    """Whether the people pages offer this user anything to manage."""
    return is_commission(user) or bool(coordinated_country_ids(user))


def can_invite_user(user: Any) -> bool:
    return can_manage_people(user)


def can_change_user(user: Any, person: User) -> bool:
    """Change someone's account details: the person, the Commission, or a coordinator of every
    country the person works in."""
    if user.is_authenticated and user.pk == person.pk:
        return True
    if is_commission(user):
        return True
    countries = {r.country_id for r in person.roles.all()}
    kinds = {r.kind for r in person.roles.all()}
    managed = coordinated_country_ids(user)
    return bool(countries) and countries <= managed and kinds <= COORDINATOR_GRANTABLE
