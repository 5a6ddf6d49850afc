"""Query parameters of a JSON-stat request, checked against the release they ask about.

Rules (Eurostat's): `time`, `sinceTimePeriod`, `untilTimePeriod`, `lastTimePeriod`, `lang`
and `format` have a meaning of their own, whatever their case; every other parameter names a
dimension (any case) and is repeatable (`geo=DE&geo=FR`). A value must be a code of that
dimension (any case), a period must read as one, a range must not be inverted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.http import QueryDict

from emn.stats.formats.common import normalise_period
from emn.stats.jsonstat.errors import bad_request
from emn.stats.models import Code, Release
from emn.stats.reading import dimension_codes

NAMED = {"time", "sincetimeperiod", "untiltimeperiod", "lasttimeperiod", "lang", "format"}
# Sorts after every sub-period of a year, so `<= "2020-~"` is "up to the end of 2020".
_END_OF_YEAR = "-~"


@dataclass
class Query:
    """What a request asks for, in the release's own codes."""

    filters: dict[str, list[str]] = field(default_factory=dict)
    times: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    last: int | None = None
    lang: str = "en"


def parse(release: Release, params: QueryDict) -> Query:
    """The query of `params`; raises QueryError (400) naming the first bad parameter."""
    query = Query(lang=_language(params))
    by_name = {d.lower(): d for d in dimension_codes(release)}
    for name in params:
        lower = name.lower()
        if lower in NAMED:
            continue
        dim = by_name.get(lower)
        if dim is None:
            raise bad_request("UNKNOWN_DIMENSION", f"Unknown dimension '{name}'.")
        query.filters.setdefault(dim, []).extend(_codes(release, dim, params.getlist(name)))
    query.times = [_period(name, raw) for name, raw in _all(params, "time")]
    query.since = _one_period(params, "sinceTimePeriod")
    until = _one_period(params, "untilTimePeriod")
    if query.since and until and query.since > until:
        raise bad_request(
            "INVALID_PERIOD_RANGE",
            f"sinceTimePeriod {query.since} is after untilTimePeriod {until}.",
        )
    query.until = until + _END_OF_YEAR if until and len(until) == 4 else until
    query.last = _last(params)
    return query


def _all(params: QueryDict, wanted: str) -> list[tuple[str, str]]:
    """Every (name, value) of the parameter `wanted`, whatever its case."""
    return [
        (name, value)
        for name in params
        if name.lower() == wanted.lower()
        for value in params.getlist(name)
    ]


def _language(params: QueryDict) -> str:
    """The `lang` asked for when the site has it, else English."""
    values = _all(params, "lang")
    wanted = values[-1][1].strip().lower() if values else "en"
    known = {code.split("-")[0] for code, _name in settings.LANGUAGES}
    return wanted if wanted in known else "en"


def _codes(release: Release, dim: str, values: list[str]) -> list[str]:
    """The release's codes for `values` (any case, comma lists allowed); 400 on an unknown one."""
    known = {
        code.upper(): code
        for code in Code.objects.filter(
            dimension__release=release, dimension__code=dim
        ).values_list("code", flat=True)
    }
    found: list[str] = []
    for raw in (part.strip() for value in values for part in value.split(",")):
        if not raw:
            continue
        code = known.get(raw.upper())
        if code is None:
            raise bad_request("UNKNOWN_CODE", f"Unknown code '{raw}' for dimension '{dim}'.")
        found.append(code)
    return found


def _period(name: str, raw: str) -> str:
    found = normalise_period(raw)
    if found is None:
        raise bad_request(
            "INVALID_PERIOD", f"{name}: '{raw}' is not a period such as 2020, 2020-Q1 or 2020-01."
        )
    return found


def _one_period(params: QueryDict, name: str) -> str | None:
    values = _all(params, name)
    return _period(*values[-1]) if values else None


def _last(params: QueryDict) -> int | None:
    values = _all(params, "lastTimePeriod")
    if not values:
        return None
    raw = values[-1][1].strip()
    if not raw.isdigit() or int(raw) < 1:
        raise bad_request(
            "INVALID_LAST_TIME_PERIOD", f"lastTimePeriod: '{raw}' is not a positive whole number."
        )
    return int(raw)
