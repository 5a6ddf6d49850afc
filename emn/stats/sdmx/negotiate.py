"""Which format a data request is answered in: the `format` parameter, else `Accept`.

Rules:
- `format` (any case, name and value) wins: `SDMX-CSV`, `csv`, `csvdata` give SDMX-CSV 1.0;
  `TSV` gives Eurostat's TSV; `structurespecificdata`, `SDMX-ML`, `xml` give SDMX-ML 2.1
  structure-specific data (the default); `JSON`/`jsondata` is refused with a pointer to our
  JSON-stat service; anything else is refused (406) with the list of formats;
- `Accept`: the acceptable media range with the highest q (then the first) that we produce:
  `application/vnd.sdmx.data+csv` (any version) or `text/csv` for SDMX-CSV,
  `application/vnd.sdmx.structurespecificdata+xml`, `application/xml`, `text/xml`,
  `application/*` or `*/*` for SDMX-ML, `text/tab-separated-values` for TSV. Generic data
  (`application/vnd.sdmx.genericdata+xml`) is not produced: 406 when nothing else is acceptable;
- `compressed=true` gzips the body (Content-Type unchanged) as a download `<ID>.<suffix>.gz`.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest

from emn.stats.sdmx.errors import not_acceptable
from emn.stats.sdmx.params import param


@dataclass(frozen=True)
class Format:
    """A data format we write: its name, media type and file suffix."""

    name: str
    content_type: str
    suffix: str


SDMX_ML = Format("SDMX-ML", "application/vnd.sdmx.structurespecificdata+xml; version=2.1", "xml")
SDMX_CSV = Format("SDMX-CSV", "application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8", "csv")
TSV = Format("TSV", "text/tab-separated-values; charset=utf-8", "tsv")

BY_PARAMETER = {
    "sdmx-csv": SDMX_CSV,
    "csv": SDMX_CSV,
    "csvdata": SDMX_CSV,
    "tsv": TSV,
    "structurespecificdata": SDMX_ML,
    "sdmx-ml": SDMX_ML,
    "xml": SDMX_ML,
}
BY_MEDIA_TYPE = {
    "application/vnd.sdmx.data+csv": SDMX_CSV,
    "text/csv": SDMX_CSV,
    "application/vnd.sdmx.structurespecificdata+xml": SDMX_ML,
    "application/xml": SDMX_ML,
    "text/xml": SDMX_ML,
    "application/*": SDMX_ML,
    "*/*": SDMX_ML,
    "text/tab-separated-values": TSV,
}
GENERIC = "application/vnd.sdmx.genericdata+xml"
FORMATS = "format=SDMX-CSV, format=TSV or format=structurespecificdata (SDMX-ML 2.1, the default)"


def choose(request: HttpRequest, flow_id: str) -> Format:
    """The format to answer in; raises a 406 SdmxError when none is acceptable."""
    asked = param(request.GET, "format")
    if asked:
        return _by_parameter(asked, flow_id)
    return _by_accept(request.headers.get("Accept", ""))


def _by_parameter(asked: str, flow_id: str) -> Format:
    found = BY_PARAMETER.get(asked.lower())
    if found is not None:
        return found
    if asked.lower() in ("json", "jsondata", "sdmx-json"):
        raise not_acceptable(
            f"format={asked} is not produced here: read the dataset as JSON-stat 2.0 at "
            f"/statistics/1.0/data/{flow_id.lower()}, or ask for {FORMATS}."
        )
    raise not_acceptable(f"Unknown format '{asked}': ask for {FORMATS}.")


def _by_accept(header: str) -> Format:
    if not header.strip():
        return SDMX_ML
    ranges = _media_ranges(header)
    for media in ranges:
        if media in BY_MEDIA_TYPE:
            return BY_MEDIA_TYPE[media]
    if GENERIC in ranges:
        raise not_acceptable(
            "SDMX-ML generic data is not produced: accept "
            "application/vnd.sdmx.structurespecificdata+xml, or use " + FORMATS + "."
        )
    raise not_acceptable(
        f"None of the media types accepted ({header}) is produced: accept "
        "application/vnd.sdmx.structurespecificdata+xml, application/vnd.sdmx.data+csv or "
        f"text/tab-separated-values, or use {FORMATS}."
    )


def _media_ranges(header: str) -> list[str]:
    """The media ranges of an Accept header, most wanted first, without the refused (q=0)."""
    found: list[tuple[float, int, str]] = []
    for index, item in enumerate(header.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        if not media:
            continue
        found.append((-_quality(params), index, media.lower()))
    return [media for quality, _index, media in sorted(found) if quality < 0]


def _quality(params: list[str]) -> float:
    for item in params:
        name, _, value = item.partition("=")
        if name.strip().lower() == "q":
            try:
                return max(0.0, min(1.0, float(value)))
            except ValueError:
                return 0.0
    return 1.0
