"""Who may see and manage people, roles and API tokens.

A coordinator manages the people of their own NCP (coordinator, contributor, reader and
national network partner roles in that country); the Commission manages everyone.
"""

from __future__ import annotations

from typing import Any

from emn.accounts.models import Role, User
from emn.accounts.roles import coordinated_country_ids, is_commission, is_emn_member

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


def grantable_kinds(user: Any) -> list[str]:
    """The kinds of role a user may give somewhere, in the order of `Role.Kind`."""
    if is_commission(user):
        return list(Role.Kind.values)
    if not coordinated_country_ids(user):
        return []
    return [kind for kind in Role.Kind.values if kind in COORDINATOR_GRANTABLE]


def can_view_people(user: Any) -> bool:
    """The people pages are for EMN members; national network partners and the public,
    who read public material only, see nobody."""
    return is_emn_member(user)


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


def can_deactivate_user(user: Any, person: User) -> bool:
    """Deactivate an active account someone else holds, under the rule of `can_change_user`;
    nobody deactivates themselves, so the last manager cannot lock the door behind them."""
    if not user.is_authenticated or user.pk == person.pk or not person.is_active:
        return False
    return can_change_user(user, person)


def can_issue_api_token(user: Any) -> bool:
    """Any active account may hold an API token: it reads through the API what the account
    reads on the site, nothing more."""
    return bool(user.is_authenticated and user.is_active)
