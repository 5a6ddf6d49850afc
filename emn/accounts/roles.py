"""Reading a user's roles: the facts every `permissions.py` predicate is built from.

A user's roles are loaded once per user object and cached on it; services that grant or
revoke a role call `forget_roles` so the same object never answers from stale data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from emn.accounts.models import Role

_CACHE = "_emn_roles"
Kind = Role.Kind


@dataclass(frozen=True)
class Held:
    """One role as the permission code sees it: its kind and where it applies."""

    kind: str
    country_id: int | None
    expert_group_id: int | None


def held_roles(user: Any) -> tuple[Held, ...]:
    """The roles of an active, logged-in user; none for the public or a deactivated user."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return ()
    cached = getattr(user, _CACHE, None)
    if cached is None:
        rows = Role.objects.filter(user_id=user.pk).values_list(
            "kind", "country_id", "expert_group_id"
        )
        cached = tuple(Held(*row) for row in rows)
        setattr(user, _CACHE, cached)
    return cached


def forget_roles(user: Any) -> None:
    """Drop the cached roles of this user object after its roles changed."""
    if hasattr(user, _CACHE):
        delattr(user, _CACHE)


def has_kind(user: Any, *kinds: str) -> bool:
    return any(role.kind in kinds for role in held_roles(user))


def is_commission(user: Any) -> bool:
    """The Commission manages the network: it may see and manage everything."""
    return has_kind(user, Kind.COMMISSION) or bool(
        getattr(user, "is_superuser", False) and getattr(user, "is_active", False)
    )


def is_service_provider(user: Any) -> bool:
    return has_kind(user, Kind.SERVICE_PROVIDER)


EMN_MEMBER_KINDS = (
    Kind.COMMISSION,
    Kind.SERVICE_PROVIDER,
    Kind.NCP_COORDINATOR,
    Kind.NCP_CONTRIBUTOR,
    Kind.NCP_READER,
    Kind.STEERING_BOARD,
    Kind.EXPERT_GROUP,
    Kind.GLOSSARY_EDITOR,
)


def is_emn_member(user: Any) -> bool:
    """EMN members read `emn` material: the Commission, the Service Provider, NCP staff,
    Steering Board and expert group members. National network partners are outside the
    network proper and, like the public, read public material only."""
    return is_commission(user) or has_kind(user, *EMN_MEMBER_KINDS)


def country_ids_for(user: Any, *kinds: str) -> frozenset[int]:
    """The countries in which the user holds one of `kinds`."""
    return frozenset(
        role.country_id
        for role in held_roles(user)
        if role.kind in kinds and role.country_id is not None
    )


def coordinated_country_ids(user: Any) -> frozenset[int]:
    """The countries whose NCP this user coordinates."""
    return country_ids_for(user, Kind.NCP_COORDINATOR)


def ncp_country_ids(user: Any) -> frozenset[int]:
    """The countries whose NCP this user works in (coordinator, contributor or reader)."""
    return country_ids_for(user, Kind.NCP_COORDINATOR, Kind.NCP_CONTRIBUTOR, Kind.NCP_READER)


def expert_group_ids(user: Any) -> frozenset[int]:
    return frozenset(
        role.expert_group_id for role in held_roles(user) if role.expert_group_id is not None
    )


def is_glossary_editor(user: Any) -> bool:
    """Members of the glossary working group draft and propose changes to the glossary."""
    return has_kind(user, Kind.GLOSSARY_EDITOR)
