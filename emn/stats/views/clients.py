"""`/stats/clients/`: how to point one's own tools (sdmx1, eurostat, pyjstat, R, curl, Excel)
at our SDMX 2.1 and JSON-stat services, with examples to copy and paste.

Rules: the base URLs are absolute, built from the request, so the examples work as pasted;
the examples are filled with a real dataset the reader may see (`?dataset=<code>` when the
reader may see that one, as the dataset page links; else the first ESTAT dataset flow of
`visible_flows`, else the first dataset flow of any agency) and a real series key of it, so
an `emn` dataset's code never reaches a reader who may not see it; with no dataset in sight
the examples keep placeholders and say so. Reading a series key costs two small DuckDB reads
of the example's file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from emn.stats import duck
from emn.stats.formats.common import quote_ident
from emn.stats.sdmx.flows import Flow, find_flow, visible_flows

# Eurostat's own agency: the `eurostat` package only ever asks for its flows.
EUROSTAT = "ESTAT"
# The country the examples filter on when the dataset has it, as Eurostat's examples do.
PREFERRED_GEO = "DE"
# How many of the series' latest periods the data example asks for (via startPeriod).
RECENT_PERIODS = 5


@dataclass(frozen=True)
class Example:
    """The dataset the examples use: its flow reference, a series key, a start period."""

    agency: str
    flow_id: str
    code: str
    name: str
    dimensions: list[str]
    key: str
    start: str
    filter: str
    real: bool = True

    @property
    def key_dict(self) -> str:
        """The key as a Python dict literal, dimension id to code: the form in which sdmx1
        keeps the data structure it is given for reading the answer."""
        codes = self.key.split(".") if self.key else []
        return json.dumps(dict(zip(self.dimensions, codes, strict=True)))


PLACEHOLDER = Example(
    agency=EUROSTAT,
    flow_id="DATASET_CODE",
    code="dataset_code",
    name="",
    dimensions=[],
    key="",
    start="2020",
    filter="lastTimePeriod=5",
    real=False,
)


def clients(request: HttpRequest) -> HttpResponse:
    """The instructions page, for anyone; the examples use a dataset the reader may see."""
    sdmx_base = request.build_absolute_uri("/sdmx/2.1/")
    context = {
        "sdmx_base": sdmx_base,
        "site_root": request.build_absolute_uri("/"),
        "sdmx_root": sdmx_base.rstrip("/"),
        "jsonstat_base": request.build_absolute_uri("/statistics/1.0/"),
        "example": example_for(request.user, request.GET.get("dataset", "")),
    }
    return render(request, "stats/clients.html", context)


def example_for(user: Any, wanted: str = "") -> Example:
    """The example of dataset `wanted` when `user` may see it, else of the first dataset flow
    `user` may see (ESTAT first), else placeholders."""
    flow = _flow(user, wanted)
    if flow is None:
        return PLACEHOLDER
    dataset = flow.dataset
    assert dataset is not None
    dims = [d.id for d in flow.dimensions()]
    key, start = _series(flow, dims)
    geo = key.split(".")[dims.index("geo")] if "geo" in dims and key else ""
    return Example(
        agency=flow.agency,
        flow_id=flow.id,
        code=dataset.code,
        name=flow.name(get_language() or "en"),
        dimensions=dims,
        key=key,
        start=start,
        filter=f"geo={geo}" if geo else f"lastTimePeriod={RECENT_PERIODS}",
    )


def _flow(user: Any, wanted: str) -> Flow | None:
    """The dataset flow the examples use; looked up for `user` only, so never a hidden one."""
    if wanted:
        found = find_flow(user, None, wanted)
        if found is not None and found.kind == "dataset":
            return found
    for agency in (EUROSTAT, None):
        flows = [f for f in visible_flows(user, agency) if f.kind == "dataset"]
        if flows:
            return flows[0]
    return None


def _series(flow: Flow, dims: list[str]) -> tuple[str, str]:
    """(series key, start period) of a series holding data: one of PREFERRED_GEO when there
    is one, starting RECENT_PERIODS periods before its latest."""
    if not dims:
        return "", ""
    columns = ", ".join(quote_ident(d) for d in dims)
    found: list[tuple[Any, ...]] = []
    if "geo" in dims:
        found = duck.fetch(
            f"SELECT {columns} FROM {flow.relation} WHERE geo = ? LIMIT 1",
            [*flow.params, PREFERRED_GEO],
        )
    if not found:
        found = duck.fetch(f"SELECT {columns} FROM {flow.relation} LIMIT 1", flow.params)
    if not found:
        return "", ""
    codes = list(found[0])
    match = " AND ".join(f"{quote_ident(d)} = ?" for d in dims)
    periods = duck.fetch(
        f"SELECT DISTINCT time_period FROM {flow.relation} WHERE {match} "
        f"ORDER BY time_period DESC LIMIT {RECENT_PERIODS}",
        [*flow.params, *codes],
    )
    return ".".join(codes), (periods[-1][0] if periods else "")
