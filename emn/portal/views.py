"""Public pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from emn.network.models import Country


def home(request: HttpRequest) -> HttpResponse:
    """The front page: what the network is and where to go next."""
    countries = Country.objects.visible_to(request.user)
    context = {
        "member_count": countries.filter(status=Country.Status.MEMBER).count(),
        "observer_count": countries.filter(status=Country.Status.OBSERVER).count(),
    }
    return render(request, "portal/home.html", context)
