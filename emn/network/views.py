"""Pages of the network (placeholder views, replaced as the pages are built)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from emn.network.models import Country, Organisation


def overview(request: HttpRequest) -> HttpResponse:
    countries = Country.objects.visible_to(request.user)
    return render(request, "network/overview.html", {"countries": countries})


def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    country = Country.objects.visible_to(request.user).filter(code=code.upper()).first()
    if country is None:
        raise Http404
    return render(request, "network/overview.html", {"countries": [country]})


def organisation_list(request: HttpRequest) -> HttpResponse:
    return render(request, "network/overview.html", {"countries": []})


def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    Organisation.objects.visible_to(request.user).get(pk=pk)
    return render(request, "network/overview.html", {"countries": []})


def directory(request: HttpRequest) -> HttpResponse:
    return render(request, "network/overview.html", {"countries": []})


def steering_board(request: HttpRequest) -> HttpResponse:
    return render(request, "network/overview.html", {"countries": []})
