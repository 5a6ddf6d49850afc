"""Who sits where: Steering Board seats and expert group memberships, read from roles.

Membership is a `Role` (granted, revoked and audited in accounts), so these are reads only.
Names come from `User.objects.visible_to(reader)`: EMN members see each other's names, the
public sees none. Whether a seat is filled, and which countries sit in a group, is not
personal data and is shown to everyone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from emn.accounts.models import Role, User
from emn.network.models import Country, ExpertGroup


@dataclass
class Seat:
    """One seat on the Steering Board: a country's, or the Commission's (`country` None)."""

    country: Country | None
    filled: bool = False
    names: list[str] = field(default_factory=list)

    @property
    def is_chair(self) -> bool:
        return self.country is None


def _active_roles(kind: str) -> Any:
    return Role.objects.filter(kind=kind, user__is_active=True)


def _names(reader: Any, user_ids: set[int]) -> dict[int, str]:
    people = User.objects.visible_to(reader).filter(pk__in=user_ids)
    return {person.pk: str(person) for person in people}


def board_seats(reader: Any, countries: list[Country]) -> list[Seat]:
    """The Commission's seat (the chair) first, then one seat per country given."""
    roles = list(_active_roles(Role.Kind.STEERING_BOARD).values_list("country_id", "user_id"))
    names = _names(reader, {user_id for _country, user_id in roles})
    holders: dict[int | None, list[int]] = defaultdict(list)
    for country_id, user_id in roles:
        holders[country_id].append(user_id)
    seats = [Seat(country=None)] + [Seat(country=country) for country in countries]
    for seat in seats:
        user_ids = holders.get(seat.country.pk if seat.country else None, [])
        seat.filled = bool(user_ids)
        seat.names = sorted(names[pk] for pk in user_ids if pk in names)
    return seats


def country_seat(reader: Any, country: Country) -> Seat:
    return board_seats(reader, [country])[1]


@dataclass
class Member:
    """A member of an expert group as the reader may see them."""

    name: str
    countries: list[Country]


def member_countries(group: ExpertGroup) -> list[Country]:
    """The countries a group's members come from: the country named on the membership,
    else the country of the member's NCP or Steering Board role."""
    member_ids = _active_roles(Role.Kind.EXPERT_GROUP).filter(expert_group=group)
    countries = Country.objects.filter(
        Q(roles__in=member_ids.filter(country__isnull=False))
        | Q(
            roles__user__in=member_ids.values("user_id"),
            roles__kind__in=[*Role.NCP_KINDS, Role.Kind.STEERING_BOARD],
        )
    ).distinct()
    return sorted(countries, key=lambda c: c.name)


def group_members(reader: Any, group: ExpertGroup) -> list[Member]:
    """The members whose names the reader may see (none for the public), by name."""
    roles = _active_roles(Role.Kind.EXPERT_GROUP).filter(expert_group=group)
    names = _names(reader, set(roles.values_list("user_id", flat=True)))
    if not names:
        return []
    country_roles = Role.objects.filter(user_id__in=names).filter(
        Q(kind=Role.Kind.EXPERT_GROUP, expert_group=group, country__isnull=False)
        | Q(kind__in=[*Role.NCP_KINDS, Role.Kind.STEERING_BOARD], country__isnull=False)
    )
    countries: dict[int, set[Country]] = defaultdict(set)
    for role in country_roles.select_related("country"):
        if role.country is not None:
            countries[role.user_id].add(role.country)
    return sorted(
        (Member(name, sorted(countries[pk], key=lambda c: c.name)) for pk, name in names.items()),
        key=lambda m: m.name,
    )


def groups_with_countries(groups: Any) -> list[tuple[ExpertGroup, list[Country]]]:
    return [(group, member_countries(group)) for group in groups]
