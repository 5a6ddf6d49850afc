"""The key and query parameters of an SDMX data request, checked and read into a Selection.

Rules (SDMX 2.1 REST, as Eurostat answers):
- key: `all`, empty, or one part per dimension in position order, separated by `.`; a part is
  empty (every code) or codes joined by `+`; codes in any case. A wrong number of parts or an
  empty alternative is a syntax error (400, naming the flow's dimensions); a code that is in
  no code list the reader may see is a semantic error (400, naming dimension and code); a
  code of the code list that this flow lacks simply selects nothing (404 no results later);
- provider: `all` or none; any other provider has no data here (404);
- parameter names in any case; `startPeriod`/`endPeriod` are SDMX or Eurostat periods,
  inclusive, not inverted; `firstNObservations`/`lastNObservations` positive whole numbers;
  `detail` one of full, dataonly, serieskeysonly, nodata; `updatedAfter` an ISO 8601
  date-time (a `+` turned into a space by the query string is read back as `+`; no offset
  means UTC); `dimensionAtObservation` only TIME_PERIOD and `includeHistory` only false
  (501 otherwise); parameters we do not know are ignored, as Eurostat does.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from django.http import QueryDict

from emn.stats.formats.common import normalise_period
from emn.stats.sdmx.errors import no_results, not_implemented, semantic_error, syntax_error
from emn.stats.sdmx.flows import Flow, FlowDimension, visible_flows
from emn.stats.sdmx.params import param
from emn.stats.sdmx.selection import DETAILS, Selection, period_range

_WHOLE = re.compile(r"^[0-9]+$")
PERIOD_FORMS = "2020, 2020-S1, 2020-Q1, 2020-01, 2020-W01 or 2020-01-15"


def parse(
    flow: Flow, key: str | None, provider: str | None, params: QueryDict, user: Any
) -> Selection:
    """The Selection a request asks for; raises SdmxError on the first thing wrong."""
    _check_provider(provider)
    _check_unsupported(params)
    start = _period(params, "startPeriod")
    end = _period(params, "endPeriod")
    if start and end and _inverted(start, end):
        raise semantic_error(f"Inverted range: startPeriod {start} is after endPeriod {end}.")
    return Selection(
        flow,
        filters=filters(flow, key, user),
        start=start,
        end=end,
        first_n=_positive(params, "firstNObservations"),
        last_n=_positive(params, "lastNObservations"),
        detail=_detail(params),
        updated_after=_updated_after(params),
    )


def _check_provider(provider: str | None) -> None:
    if provider and provider.strip().lower() != "all":
        raise no_results(
            f"No data for provider '{provider}': this service has no data providers; "
            "use 'all' or leave the provider out."
        )


def _check_unsupported(params: QueryDict) -> None:
    at = param(params, "dimensionAtObservation")
    if at and at.upper() != "TIME_PERIOD":
        raise not_implemented(
            f"dimensionAtObservation={at} is not implemented: observations are always "
            "given along TIME_PERIOD."
        )
    history = param(params, "includeHistory")
    if history and history.lower() == "true":
        raise not_implemented("includeHistory=true is not implemented: only current values.")
    if history and history.lower() != "false":
        raise syntax_error(f"includeHistory: '{history}' is neither true nor false.")


def filters(flow: Flow, key: str | None, user: Any) -> dict[str, list[str]]:
    """dimension id -> codes kept, from the key; {} for all."""
    text = (key or "").strip()
    if text.lower() in ("", "all"):
        return {}
    dims = flow.dimensions()
    parts = text.split(".")
    if len(parts) != len(dims):
        raise syntax_error(
            f"The key '{text}' has {len(parts)} part(s), but dataflow {flow.ref} has "
            f"{len(dims)} dimension(s): {'.'.join(d.id for d in dims)} (one part per "
            "dimension, in this order, separated by '.'; an empty part selects every code)."
        )
    found: dict[str, list[str]] = {}
    for dim, part in zip(dims, parts, strict=True):
        if part:
            found[dim.id] = [
                _code(flow, dim, alternative, user) for alternative in _split(dim, part)
            ]
    return found


def _split(dim: FlowDimension, part: str) -> list[str]:
    alternatives = [a.strip() for a in part.split("+")]
    if not all(alternatives):
        raise syntax_error(
            f"The key part '{part}' for dimension {dim.id} has an empty alternative: "
            "join codes with '+', as in DE+FR."
        )
    return alternatives


def _code(flow: Flow, dim: FlowDimension, raw: str, user: Any) -> str:
    """The flow's own code for `raw` (any case); a code only other flows of the agency have
    is kept, selecting nothing; a code of no code list is a semantic error."""
    code = _match(dim.codes, raw) or _elsewhere(flow, dim.id, raw, user)
    if code is None:
        raise semantic_error(
            f"Unknown code '{raw}' for dimension {dim.id} of dataflow {flow.ref}: it is not "
            f"in code list {flow.agency}:{dim.codelist_id}."
        )
    return code


def _match(codes: list[str], raw: str) -> str | None:
    return next((code for code in codes if code.upper() == raw.upper()), None)


def _elsewhere(flow: Flow, dim_id: str, raw: str, user: Any) -> str | None:
    """`raw` as a code of dimension `dim_id` in another flow of the agency the reader sees:
    the code list served is the union of those (only looked at on this rare path)."""
    for other in visible_flows(user, flow.agency):
        if other.ref == flow.ref:
            continue
        for item in other.dimensions():
            if item.id == dim_id and (code := _match(item.codes, raw)):
                return code
    return None


def _period(params: QueryDict, name: str) -> str | None:
    raw = param(params, name)
    if raw is None or raw == "":
        return None
    found = normalise_period(raw)
    if found is None or period_range(found) is None:
        raise syntax_error(f"{name}: '{raw}' is not a period such as {PERIOD_FORMS}.")
    return found


def _inverted(start: str, end: str) -> bool:
    first, last = period_range(start), period_range(end)
    return first is not None and last is not None and first[0] > last[1]


def _positive(params: QueryDict, name: str) -> int | None:
    raw = param(params, name)
    if raw is None:
        return None
    if not _WHOLE.match(raw) or int(raw) < 1:
        raise syntax_error(f"{name}: '{raw}' is not a positive whole number.")
    return int(raw)


def _detail(params: QueryDict) -> str:
    raw = param(params, "detail")
    if raw is None or raw == "":
        return "full"
    if raw.lower() not in DETAILS:
        raise syntax_error(f"detail: '{raw}' is not one of {', '.join(DETAILS)}.")
    return raw.lower()


def _updated_after(params: QueryDict) -> datetime | None:
    raw = param(params, "updatedAfter")
    if raw is None or raw == "":
        return None
    try:
        found = datetime.fromisoformat(raw.replace(" ", "+"))
    except ValueError:
        raise syntax_error(
            f"updatedAfter: '{raw}' is not an ISO 8601 date-time such as 2024-01-31T12:00:00Z."
        ) from None
    return found if found.tzinfo else found.replace(tzinfo=UTC)
