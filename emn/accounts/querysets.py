"""Which people a page lists for a reader, starting from `User.objects.visible_to`."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from emn.accounts.models import Role, User
from emn.accounts.roles import (
    Kind,
    country_ids_for,
    expert_group_ids,
    is_commission,
    is_service_provider,
)

# The roles that tie a member to a country's people: NCP staff and the Board representative.
MEMBER_COUNTRY_KINDS = (
    Kind.NCP_COORDINATOR,
    Kind.NCP_CONTRIBUTOR,
    Kind.NCP_READER,
    Kind.STEERING_BOARD,
)


def sees_whole_network(user: Any) -> bool:
    """The Commission and its Service Provider work with every country, so they list everyone."""
    return is_commission(user) or is_service_provider(user)


def scope_country_ids(user: Any) -> frozenset[int]:
    """The countries whose people a member lists by default: those they work for."""
    return country_ids_for(user, *MEMBER_COUNTRY_KINDS)


def people_in_scope(user: Any) -> QuerySet[User]:
    """The people listed for `user`: everyone for the Commission and the Service Provider;
    for other members, the people holding a role in their countries or expert groups."""
    people = User.objects.visible_to(user)
    if not sees_whole_network(user):
        people = people.filter(
            Q(roles__country_id__in=scope_country_ids(user))
            | Q(roles__expert_group_id__in=expert_group_ids(user))
        ).distinct()
    return with_roles(people)


def with_roles(people: QuerySet[User]) -> QuerySet[User]:
    """Load each person's roles and their places in two queries, for lists and details."""
    roles = Role.objects.select_related("country", "expert_group").order_by("kind", "country__code")
    return people.prefetch_related(Prefetch("roles", queryset=roles))
