"""A country's statistical profile: its indicators over time next to the EU and its peers.

Rules: every indicator the reader may see that compares countries (aligned on `geo`) and
has values for the country is shown, as a line chart with its table, over the last
`PERIODS` periods that have a value for any line. Peers are the countries of `?peers=`
(codes, repeated or comma-separated), else, per indicator, the `PEERS` countries whose
values are closest to the country's in the latest period it has a value. The EU figure is
EU27_2020, else EU28. Values are computed for the reader (`indicators.compute`), so
restricted indicators and datasets stay hidden from the public here as everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language

from emn.stats import charts
from emn.stats.codelists.countries import iso_code
from emn.stats.codelists.display import code_label
from emn.stats.indicators import display
from emn.stats.indicators.compute import Result, try_compute
from emn.stats.indicators.models import Indicator

PEERS = 3
PERIODS = 10


@dataclass(frozen=True)
class ProfileIndicator:
    indicator: Indicator
    name: str
    chart: charts.Chart
    table: display.Table
    legend: dict[str, str]
    peers: list[str]  # peer names, for the sentence under the chart


@dataclass(frozen=True)
class CountryProfile:
    code: str
    items: list[ProfileIndicator]
    peer_choices: list[tuple[str, str]]
    peers: list[str]


def asked_peers(request: HttpRequest, country: str) -> list[str]:
    """Country codes of `?peers=`, known to CLDR, without the country itself."""
    raw = [part for value in request.GET.getlist("peers") for part in value.split(",")]
    codes = [code.strip().upper() for code in raw if code.strip()]
    return list(dict.fromkeys(c for c in codes if iso_code(c) and c != country))


def closest(result: Result, country: str, count: int = PEERS) -> list[str]:
    """The `count` countries whose values are nearest the country's, latest period first."""
    found = display.by_key(result)
    own = found.get((country,), {})
    latest = [p for p in reversed(result.periods()) if own.get(p) and own[p].value is not None]
    if not latest:
        return []
    period = latest[0]
    target = own[period].value or 0.0
    others = [
        (abs((found[key][period].value or 0.0) - target), key[0])
        for key in found
        if display.is_country(key)
        and key[0] != country
        and found[key].get(period)
        and found[key][period].value is not None
    ]
    return [code for _distance, code in sorted(others)[:count]]


def _periods(result: Result, keys: list[display.Key]) -> list[str]:
    found = display.by_key(result)
    used = [
        p
        for p in result.periods()
        if any((v := found.get(k, {}).get(p)) and v.value is not None for k in keys)
    ]
    return used[-PERIODS:]


def _item(
    item: Indicator, result: Result, country: str, peers: list[str], language: str
) -> ProfileIndicator | None:
    found = display.by_key(result)
    if (country,) not in found:
        return None
    chosen = peers or closest(result, country)
    codes = [country, *[c for c in display.EU_AGGREGATES if (c,) in found][:1], *chosen]
    keys: list[display.Key] = [(code,) for code in codes if (code,) in found]
    periods = _periods(result, keys)
    chart_id = f"profile-{item.key}"
    return ProfileIndicator(
        indicator=item,
        name=item.name(language),
        chart=display.line(item, result, keys, language, chart_id, periods),
        table=display.table(item, result, language, keys, periods),
        legend=display.legend(result, language),
        peers=[code_label("geo", code, language) for code in chosen],
    )


def country_profile(request: HttpRequest, country: str) -> CountryProfile:
    """The profile of `country` (a Eurostat geo code) for the reader of `request`."""
    language = get_language() or "en"
    peers = asked_peers(request, country)
    items: list[ProfileIndicator] = []
    countries: set[str] = set()
    for item in Indicator.objects.listed(request.user):
        result, _problem = try_compute(item, request.user)
        if result is None or not display.compares_countries(result):
            continue
        countries.update(k[0] for k in display.by_key(result) if display.is_country(k))
        shown = _item(item, result, country, peers, language)
        if shown is not None:
            items.append(shown)
    choices = sorted(
        ((c, code_label("geo", c, language)) for c in countries if c != country),
        key=lambda choice: choice[1],
    )
    return CountryProfile(country, items, choices, peers)


def profile_context(request: HttpRequest, country: str) -> dict[str, Any]:
    """What the network's country page adds for `stats/_country_profile.html`."""
    return {"stats_profile": country_profile(request, country)}
