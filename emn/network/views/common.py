"""What the network's views share: pagination and finding a country by its code."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest, QueryDict
from django.shortcuts import get_object_or_404

from emn.network.models import Country

PER_PAGE = 25


def paginate(request: HttpRequest, items: Any, per_page: int = PER_PAGE) -> Page:
    """One page of `items`; a page number out of range gives the nearest page, not an error."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def country_or_404(request: HttpRequest, code: str) -> Country:
    """The country with Eurostat code `code` (either case) among those the reader may see."""
    return get_object_or_404(Country.objects.visible_to(request.user), code=code.strip().upper())


def posted(request: HttpRequest) -> QueryDict | None:
    """The form data of a POST, even an empty one (`request.POST or None` would treat an
    empty post as no post, and skip validation)."""
    return request.POST if request.method == "POST" else None
