"""The network overview (table and map) and the page of each country."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from emn.accounts.roles import is_emn_member
from emn.network import europe_map, permissions, querysets, seats
from emn.network.models import Country, NationalContactPoint, Organisation
from emn.network.views.common import country_or_404
from emn.stats.profile import profile_context


@dataclass(frozen=True)
class CountryRow:
    """A line of the overview table: the country and, if visible, its NCP's coordinator."""

    country: Country
    coordinator: Organisation | None


def _rows(user: Any, countries: list[Country]) -> list[CountryRow]:
    ncps = NationalContactPoint.objects.visible_to(user).filter(country__in=countries)
    coordinator_by_country = {ncp.country_id: ncp.coordinator_id for ncp in ncps}
    visible = {
        organisation.pk: organisation
        for organisation in querysets.organisations(user).filter(
            pk__in=[pk for pk in coordinator_by_country.values() if pk]
        )
    }
    rows = []
    for country in countries:
        coordinator_id = coordinator_by_country.get(country.pk)
        rows.append(CountryRow(country, visible.get(coordinator_id) if coordinator_id else None))
    return rows


def overview(request: HttpRequest) -> HttpResponse:
    """Every country of the network with its status, on a map and in a table."""
    countries = sorted(Country.objects.visible_to(request.user), key=lambda c: c.name)
    context = {
        "rows": _rows(request.user, countries),
        "map": europe_map.build(countries),
        "statuses": Country.Status,
    }
    return render(request, "network/overview.html", context)


def _ncp_context(user: Any, ncp: NationalContactPoint) -> dict[str, Any]:
    """What the country page shows of an NCP, each related row through its read guard."""
    return {
        "coordinator": querysets.visible_organisation(user, ncp.coordinator),
        "designated_by": querysets.visible_organisation(user, ncp.designated_by),
        "other_organisations": querysets.organisations(user).filter(ncp_memberships=ncp),
        "partners": querysets.partners_of(user, ncp.pk),
        "funding": querysets.funding_of(user, ncp.pk),
        "can_change_ncp": permissions.can_change_ncp(user, ncp),
    }


def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    """A country: its status, NCP, national network, funding and Steering Board seat."""
    user = request.user
    country = country_or_404(request, code)
    ncp = (
        NationalContactPoint.objects.visible_to(user)
        .filter(country=country)
        .select_related("coordinator", "designated_by")
        .first()
    )
    context: dict[str, Any] = {
        "country": country,
        "ncp": ncp,
        "seat": seats.country_seat(user, country) if country.is_participating else None,
        "can_see_names": permissions.can_see_member_names(user),
        "can_add_organisation": permissions.can_create_organisation(user, country.pk),
        "can_create_ncp": ncp is None
        and country.is_participating
        and permissions.can_create_ncp(user),
        "shows_dissemination": is_emn_member(user),
    }
    if ncp is not None:
        context |= _ncp_context(user, ncp)
    context |= profile_context(request, country.code)
    return render(request, "network/country_detail.html", context)
