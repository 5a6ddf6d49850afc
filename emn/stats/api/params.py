"""Query parameters of the observation endpoints: dimension filters, periods, release, format.

Rules: every parameter that is not one of the named ones below is a dimension filter, named by
the dimension's code (`geo=DE&geo=FR` or `geo=DE,FR`, any case for the name); a name the
release lacks is a 400 naming it, while a code it lacks simply matches nothing. Periods are
read in Eurostat's and SDMX's forms (`2020`, `2020Q1`, `2020-Q1`, `2020M01`, `2020-01`); an
`endPeriod` that is a year takes in the whole year (its quarters and months too).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from emn.stats.formats.common import normalise_period
from emn.stats.models import Release
from emn.stats.reading import dimension_codes

# Parameters with a meaning of their own; none of them is read as a dimension.
NAMED = frozenset(
    {"startperiod", "endperiod", "period", "release", "limit", "offset", "format", "lang"}
)
# Sorts after every sub-period of a year ("2020-Q4", "2020-12-31", "2020-W53") and before
# the next year, so `time_period <= "2020-~"` is "up to the end of 2020".
_END_OF_YEAR = "-~"


@dataclass(frozen=True)
class Slice:
    """What a request asks for: codes per dimension and a period range, checked."""

    filters: dict[str, list[str]]
    start: str | None
    end: str | None


def value_of(request: Request, name: str) -> str:
    """The parameter `name`, whatever its case (`startperiod` is `startPeriod`); "" if absent."""
    for given in request.query_params:
        if given.lower() == name.lower():
            return str(request.query_params.get(given, "")).strip()
    return ""


def _codes(values: list[str]) -> list[str]:
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def dimension_filters(request: Request, known: list[str]) -> dict[str, list[str]]:
    """Codes per dimension from the parameters; 400 naming any dimension not `known`."""
    filters: dict[str, list[str]] = {}
    for name in request.query_params:
        dimension = name.strip().lower()
        if dimension in NAMED:
            continue
        if dimension not in known:
            raise ValidationError(
                {
                    name: [
                        _("Unknown dimension “%(name)s”; this dataset has: %(known)s.")
                        % {"name": name, "known": ", ".join(known)}
                    ]
                }
            )
        filters.setdefault(dimension, []).extend(_codes(request.query_params.getlist(name)))
    return filters


def full_key(request: Request, release: Release) -> dict[str, str]:
    """One code for every dimension of the release (a series key); 400 naming what is not."""
    filters = dimension_filters(request, dimension_codes(release))
    missing = [d for d in dimension_codes(release) if len(filters.get(d, [])) != 1]
    if missing:
        raise ValidationError(
            {name: [_("Name exactly one code of this dimension.")] for name in missing}
        )
    return {d: filters[d][0] for d in dimension_codes(release)}


def period(request: Request, name: str, end: bool = False) -> str | None:
    """The period parameter `name` in SDMX form, None when absent; 400 when unreadable."""
    raw = value_of(request, name)
    if not raw:
        return None
    found = normalise_period(raw)
    if found is None:
        raise ValidationError(
            {
                name: [
                    _("“%(value)s” is not a period such as 2020, 2020-Q1 or 2020-01.")
                    % {"value": raw}
                ]
            }
        )
    return found + _END_OF_YEAR if end and len(found) == 4 else found


def slice_of(request: Request, release: Release) -> Slice:
    """The slice a request asks for, read against the release's own dimensions."""
    return Slice(
        dimension_filters(request, dimension_codes(release)),
        period(request, "startPeriod"),
        period(request, "endPeriod", end=True),
    )


def release_number(request: Request) -> int | None:
    """The `release` parameter; None when absent (the current release is read)."""
    raw = value_of(request, "release")
    if not raw:
        return None
    if not raw.isdigit():
        raise ValidationError({"release": [_("A release number, such as 1 or 2.")]})
    return int(raw)


DIMENSIONS = OpenApiParameter(
    "dimensions",
    {"type": "object", "additionalProperties": {"type": "string"}},
    OpenApiParameter.QUERY,
    style="form",
    explode=True,
    description="Each dimension's code as a parameter of its own, with the codes wanted, "
    "repeated or comma-separated: `geo=DE&geo=FR` or `geo=DE,FR&sex=T`. A dimension not "
    "given is not filtered. The dataset's dimensions are listed in its detail. An unknown "
    "dimension is a 400 naming it; an unknown code matches nothing.",
)
RELEASE = OpenApiParameter(
    "release",
    OpenApiTypes.INT,
    OpenApiParameter.QUERY,
    description="Number of the release to read; default the current one.",
)
START = OpenApiParameter(
    "startPeriod",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    description="First period wanted, e.g. `2015`, `2015-Q1`, `2015-01` (inclusive).",
)
END = OpenApiParameter(
    "endPeriod",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    description="Last period wanted (inclusive); a year includes its quarters and months.",
)
CODE = OpenApiParameter(
    "code", OpenApiTypes.STR, OpenApiParameter.PATH, description="Dataset code, e.g. `migr_eirtn`."
)
