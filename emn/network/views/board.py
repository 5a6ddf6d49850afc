"""The Steering Board and the expert groups.

Decision on personal names: members of the Board and of expert groups are named to EMN
members only, like every other person in the exchange (`User.objects.visible_to`). The
public sees what the network is made of without personal data: which seats are filled, who
chairs, each group's mandate and the countries its members come from. Publishing names would
need a legal basis per person that the roles do not record.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from emn.network import permissions, seats
from emn.network.models import Country, ExpertGroup


def steering_board(request: HttpRequest) -> HttpResponse:
    """The Board (the Commission's chair, then one seat per participating country) and the
    expert groups with their member countries."""
    countries = sorted(
        Country.objects.visible_to(request.user).exclude(status=Country.Status.NOT_PARTICIPATING),
        key=lambda c: (c.status != Country.Status.MEMBER, c.name),
    )
    groups = ExpertGroup.objects.visible_to(request.user).prefetch_related("themes")
    context = {
        "seats": seats.board_seats(request.user, countries),
        "groups": seats.groups_with_countries(groups),
        "can_see_names": permissions.can_see_member_names(request.user),
    }
    return render(request, "network/steering_board.html", context)


def expert_group_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """An expert group: its mandate, themes, member countries and, for members, its people."""
    group = get_object_or_404(ExpertGroup.objects.visible_to(request.user), pk=pk)
    context = {
        "group": group,
        "countries": seats.member_countries(group),
        "members": seats.group_members(request.user, group),
        "can_see_names": permissions.can_see_member_names(request.user),
    }
    return render(request, "network/expert_group_detail.html", context)
