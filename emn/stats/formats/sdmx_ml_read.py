"""The element handler behind `sdmx_ml.stage`: header, series keys and observations.

Rule: it sees each element twice (start, end) and keeps nothing but the current series'
key; an Obs is written to the staging file when it ends and is then cleared with the
siblings before it.
"""

from __future__ import annotations

import re
from typing import Any

from emn.stats.formats.common import (
    RESERVED,
    SourceError,
    Staged,
    StagingWriter,
    normalise_id,
    normalise_period,
)
from emn.stats.formats.reading import checked_flag, dataset_code, flag_from, number

# Components that are attributes, not dimensions, wherever they sit (SDMX cross-domain
# concepts and Eurostat's own).
ATTRIBUTES = frozenset(
    {
        "OBS_VALUE",
        "OBS_FLAG",
        "OBS_STATUS",
        "CONF_STATUS",
        "OBS_CONF",
        "OBS_COM",
        "OBS_COMMENT",
        "COMMENT_OBS",
        "COMMENT_TS",
        "OBS_PRE_BREAK",
        "UNIT_MULT",
        "UNIT_MEASURE",
        "DECIMALS",
        "TITLE",
        "TITLE_COMPL",
        "TIME_FORMAT",
        "EMBARGO_TIME",
        "BASE_PER",
        "COLLECTION",
        "COMPILATION",
        "SOURCE_AGENCY",
    }
)
_TIMES = ("TIME_PERIOD", "TIME")
_URN_ID = re.compile(r"=[^:]+:([^()]+)\(")


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


class DataReader:
    """Reads one data message's elements into the staged table."""

    def __init__(self, name: str, con: Any, table: str, generic: bool):
        self.name, self.con, self.table = name, con, table
        self.generic = generic
        self.staged = Staged(table, "sdmx-ml", [])
        self.time_id = "TIME_PERIOD"
        self.series: dict[str, str] = {}
        self.order: list[str] | None = None
        self.writer: StagingWriter | None = None

    def feed(self, event: str, element: Any) -> None:
        local = _local(element)
        if event == "start":
            if local == "Series":
                self.series = {} if self.generic else _plain(element.attrib)
            return
        if local == "Obs":
            self._observation(element)
        elif local == "SeriesKey":
            self.series.update(_values(element))
        elif local == "Header":
            self._header(element)
        elif local not in ("Series", "Group", "DataSet"):
            return
        element.clear(keep_tail=False)
        parent = element.getparent()
        while parent is not None and element.getprevious() is not None:
            del parent[0]

    def finish(self) -> Staged:
        if self.writer is None:
            self.writer = self._start_writer([])
        self.writer.finish()
        return self.staged

    def _header(self, header: Any) -> None:
        found: dict[str, str] = {}
        for element in header.iter():
            local, parent = _local(element), _local(element.getparent())
            if local == "Structure" and element.get("dimensionAtObservation"):
                self.time_id = element.get("dimensionAtObservation")
            if local == "Ref" and element.get("id"):
                found.setdefault(parent, element.get("id"))
            elif local == "URN" and (urn := _URN_ID.search(element.text or "")):
                found.setdefault(parent, urn.group(1))
            elif local in ("DataSetID", "Name") and parent == "Header" and element.text:
                found.setdefault(local, element.text.strip())
        if self.time_id == "AllDimensions":
            self.time_id = "TIME_PERIOD"
        for key in ("StructureUsage", "DataSetID", "Structure", "ProvisionAgreement"):
            if key in found:
                self.staged.dataset_code = dataset_code(found[key])
                break
        self.staged.title = found.get("Name") or None

    def _observation(self, element: Any) -> None:
        line = element.sourceline
        values = dict(self.series)
        values.update(
            _obs_values(element, self.time_id) if self.generic else _plain(element.attrib)
        )
        upper = {key.upper(): value for key, value in values.items()}
        period_text = next(
            (upper[key] for key in (self.time_id.upper(), *_TIMES) if key in upper), None
        )
        if period_text is None:
            raise SourceError(self.name, f"an observation has no {self.time_id}", line, None)
        period = normalise_period(period_text)
        if period is None:
            raise SourceError(
                self.name, f"cannot read the period '{period_text}'", line, self.time_id
            )
        flag = checked_flag(upper.get("OBS_FLAG", ""), self.name, line, "OBS_FLAG")
        flag = flag_from(flag, upper.get("OBS_STATUS", ""), upper.get("CONF_STATUS", ""))
        try:
            value = number(upper.get("OBS_VALUE", ""))
        except ValueError:
            raise SourceError(
                self.name, f"'{upper['OBS_VALUE']}' is not a number", line, "OBS_VALUE"
            ) from None
        key = self._key(values, line)
        if value is not None or flag:
            assert self.writer is not None
            self.writer.add(key, period, value, flag, line)

    def _key(self, values: dict[str, str], line: int) -> list[str]:
        skipped = {self.time_id.upper(), *_TIMES, *ATTRIBUTES}
        components = {
            normalise_id(key): value.strip()
            for key, value in values.items()
            if key.upper() not in skipped
        }
        if self.order is None:
            self.writer = self._start_writer(list(components))
        assert self.order is not None
        if set(components) != set(self.order):
            raise SourceError(
                self.name,
                f"the key has {', '.join(sorted(components))} where the first series has "
                f"{', '.join(self.order)}",
                line,
                None,
            )
        return [components[dimension] for dimension in self.order]

    def _start_writer(self, dimensions: list[str]) -> StagingWriter:
        for dimension in dimensions:
            if dimension in RESERVED:
                raise SourceError(self.name, f"'{dimension}' cannot be a dimension", None, None)
        self.order = dimensions
        self.staged.dimensions = dimensions
        return StagingWriter(self.con, self.table, dimensions)


def _plain(attributes: Any) -> dict[str, str]:
    """Attributes without a namespace (xsi:type and the like are no components)."""
    return {key: value for key, value in attributes.items() if not key.startswith("{")}


def _values(element: Any) -> dict[str, str]:
    """The id -> value of the Value children of a generic SeriesKey, ObsKey or Attributes."""
    return {
        child.get("id"): child.get("value", "")
        for child in element
        if _local(child) == "Value" and child.get("id")
    }


def _obs_values(element: Any, time_id: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for child in element:
        local = _local(child)
        if local == "ObsDimension":
            out[child.get("id") or time_id] = child.get("value", "")
        elif local == "ObsValue":
            out["OBS_VALUE"] = child.get("value", "")
        elif local in ("Attributes", "ObsKey"):
            out.update(_values(child))
    return out
