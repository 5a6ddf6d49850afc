"""The map of Europe on the network overview, drawn as inline SVG on the server.

The geometry is a committed data file (static/network/europe-map.json, built by
scripts/build_europe_map.py from Natural Earth); names and statuses come from the database
in the reader's language, so the map needs no JavaScript and no translation of its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.urls import reverse

from emn.network.models import Country
from emn.network.models.country import territory_name

DATA = Path(__file__).resolve().parent / "static" / "network" / "europe-map.json"
OUTSIDE = "outside"  # The status class of countries the network does not list.


@dataclass(frozen=True)
class Shape:
    """One country on the map: outline, status class, name and, if it has a page, a link."""

    code: str
    path: str
    status: str
    name: str
    status_label: str
    url: str | None
    marker: tuple[int, int] | None


@dataclass(frozen=True)
class EuropeMap:
    view_box: str
    context: list[Shape]  # Countries outside the network: drawn first, underneath.
    network: list[Shape]  # Members, observers and Denmark: drawn on top, as links.


@cache
def geometry() -> dict[str, Any]:
    """The map file, read once per process."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def build(countries: Iterable[Country]) -> EuropeMap:
    """The shapes to draw for `countries` (from `visible_to`), in the active language."""
    data = geometry()
    by_iso = {country.iso_code: country for country in countries}
    context, network = [], []
    for iso, path in data["paths"].items():
        country = by_iso.get(iso)
        marker = data["markers"].get(iso)
        if country is None:
            context.append(Shape(iso, path, OUTSIDE, territory_name(iso), "", None, None))
            continue
        network.append(
            Shape(
                code=country.code,
                path=path,
                status=country.status,
                name=country.name,
                status_label=str(country.get_status_display()),
                url=reverse("network:country_detail", args=[country.code]),
                marker=tuple(marker) if marker else None,
            )
        )
    return EuropeMap(view_box=data["viewBox"], context=context, network=network)
