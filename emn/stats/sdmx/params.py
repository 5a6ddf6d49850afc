"""Reading the query parameters of an SDMX request, the way every SDMX resource reads them.

Rules: a parameter's name is matched in any case (`startperiod` is `startPeriod`), the last
value given wins, surrounding spaces are dropped; `compressed` is `true` or `false` (any
case), anything else a syntax error (400).
"""

from __future__ import annotations

from django.http import QueryDict

from emn.stats.sdmx.errors import syntax_error


def param(params: QueryDict, name: str) -> str | None:
    """The last value of parameter `name`, whatever the case of its name, or None."""
    found = [v for k in params for v in params.getlist(k) if k.lower() == name.lower()]
    return found[-1].strip() if found else None


def compressed(params: QueryDict) -> bool:
    """True for `compressed=true`; a value other than true/false is a syntax error."""
    raw = (param(params, "compressed") or "false").lower()
    if raw not in ("true", "false"):
        raise syntax_error(f"compressed: '{raw}' is neither true nor false.")
    return raw == "true"
