"""SDMX-ML 2.1 structure-specific data, streamed: what `/sdmx/2.1/data/...` sends by default.

Rules (SDMX-ML 2.1, SDMXMessage.xsd and SDMXDataStructureSpecific*.xsd, in Eurostat's shape):
- one `StructureSpecificData` message: a header (unique hex ID, Test false, Prepared, Sender
  EMN, one Structure whose `structureID` the data set's `ss:structureRef` points to, whose
  `namespace` is the flow's URN + `:ObsLevelDim:TIME_PERIOD`, the namespace of the
  DSD-specific schema served at /sdmx/2.1/schema/dataflow/...), then one `message:DataSet`
  typed `ns1:DataSetType` in that namespace;
- one `Series` per series key with the dimension ids as attributes, holding `Obs` elements
  with TIME_PERIOD, OBS_VALUE (shortest form, whole numbers without ".0", `NaN` for a
  missing value such as a confidential `: c`) and OBS_FLAG when there is a flag;
  `serieskeysonly`/`nodata` give Series without Obs;
- the message is built from strings, not trees, and sent in chunks of about 64 KiB, so
  memory stays flat whatever the size of the answer; every attribute value is escaped.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from emn.stats.sdmx.errors import COMMON_NS, MESSAGE_NS
from emn.stats.sdmx.flows import Flow
from emn.stats.sdmx.selection import Selection

SS_NS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OBS_LEVEL = ":ObsLevelDim:TIME_PERIOD"
CHUNK = 64 * 1024
_SPECIAL = {"nan": None, "inf": "INF", "-inf": "-INF"}
# What an XML attribute value cannot hold as is: markup, and the whitespace that a parser
# would fold to spaces; control characters XML 1.0 forbids become U+FFFD.
_ATTRIBUTE = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
        **{chr(c): "\ufffd" for c in [*range(0, 9), 11, 12, *range(14, 32)]},
    }
)


def escape(text: Any) -> str:
    """`text` as the value of an XML attribute in double quotes."""
    return str(text).translate(_ATTRIBUTE)


def number(value: Any) -> str | None:
    """The shortest text of an observation value (`12`, `14.5`, `1e-05`); None when missing.

    Python's repr is the shortest text that reads back to the same double; whole numbers
    lose its ".0" (repr switches to an exponent from 1e16 on, which has none)."""
    if value is None:
        return None
    text = repr(value if value.__class__ is float else float(value))
    if text[-2:] == ".0":
        return text[:-2]
    if text[-1] in "nf":  # nan, inf, -inf
        return _SPECIAL[text]
    return text


def namespace(flow: Flow) -> str:
    """The namespace of the flow's DSD-specific schema, as the header announces it."""
    return flow.urn + OBS_LEVEL


def structure_id(flow: Flow) -> str:
    """The message-local id linking the data set to the header's Structure (an xs:ID)."""
    return f"{flow.agency}_{flow.id}_{flow.version}".replace(".", "_")


def _timestamp(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def header(flow: Flow, prepared: datetime) -> str:
    """The message's start: root element with every namespace, Header, DataSet start tag."""
    when = _timestamp(prepared)
    sid = escape(structure_id(flow))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<message:StructureSpecificData xmlns:message="{MESSAGE_NS}" xmlns:ss="{SS_NS}" '
        f'xmlns:ns1="{escape(namespace(flow))}" xmlns:common="{COMMON_NS}" '
        f'xmlns:xsi="{XSI_NS}">\n'
        "<message:Header>"
        f"<message:ID>{uuid.uuid4().hex.upper()}</message:ID>"
        "<message:Test>false</message:Test>"
        f"<message:Prepared>{when}</message:Prepared>"
        '<message:Sender id="EMN"/>'
        f'<message:Structure structureID="{sid}" namespace="{escape(namespace(flow))}" '
        'dimensionAtObservation="TIME_PERIOD">'
        f'<common:StructureUsage><Ref agencyID="{escape(flow.agency)}" id="{escape(flow.id)}" '
        f'version="{escape(flow.version)}" class="Dataflow"/></common:StructureUsage>'
        "</message:Structure>"
        f"<message:DataSetID>{escape(flow.id)}</message:DataSetID>"
        f"<message:Extracted>{when}</message:Extracted>"
        "</message:Header>\n"
        f'<message:DataSet ss:structureRef="{sid}" ss:dataScope="DataStructure" '
        'xsi:type="ns1:DataSetType">\n'
    )


FOOTER = "</message:DataSet>\n</message:StructureSpecificData>\n"


class _Writer:
    """Turns batches of rows into Series and Obs elements (one string per batch: a tight
    loop is what keeps 10,000 observations at a few ms); codes and periods are escaped
    once each."""

    def __init__(self, dimension_ids: list[str], keys_only: bool) -> None:
        self.names = [f' {escape(d)}="' for d in dimension_ids]
        self.width = len(dimension_ids)
        self.keys_only = keys_only
        self.seen: dict[Any, str] = {}
        self.key: tuple[Any, ...] | None = None

    def text(self, value: Any) -> str:
        found = self.seen.get(value)
        if found is None:
            found = self.seen[value] = escape(value)
        return found

    def series(self, key: tuple[Any, ...]) -> str:
        """The end of the previous series and the start of this one."""
        attributes = "".join(
            f'{name}{self.text(code)}"' for name, code in zip(self.names, key, strict=True)
        )
        if self.keys_only:
            return f"<Series{attributes}/>\n"
        end = "</Series>\n" if self.key is not None else ""
        return f"{end}<Series{attributes}>\n"

    def batch(self, rows: list[tuple[Any, ...]]) -> str:
        out: list[str] = []
        width, seen, text = self.width, self.seen, self.text
        for row in rows:
            if row[:width] != self.key:
                out.append(self.series(row[:width]))
                self.key = row[:width]
            if self.keys_only:
                continue
            period, value, flag = row[width:]
            shown = number(value) or "NaN"
            if flag:
                out.append(
                    f'<Obs TIME_PERIOD="{seen.get(period) or text(period)}" '
                    f'OBS_VALUE="{shown}" OBS_FLAG="{seen.get(flag) or text(flag)}"/>\n'
                )
            else:
                out.append(
                    f'<Obs TIME_PERIOD="{seen.get(period) or text(period)}" OBS_VALUE="{shown}"/>\n'
                )
        return "".join(out)

    def end(self) -> str:
        return "</Series>\n" if self.key is not None and not self.keys_only else ""


def _parts(selection: Selection, prepared: datetime) -> Iterator[str]:
    yield header(selection.flow, prepared)
    writer = _Writer(selection.dimension_ids, selection.keys_only)
    for rows in selection.rows():
        yield writer.batch(rows)
    yield writer.end() + FOOTER


def chunked(parts: Iterable[str], size: int = CHUNK) -> Iterator[bytes]:
    """UTF-8 bytes of `parts` in chunks of `size` bytes (the last one shorter)."""
    buffer: list[bytes] = []
    length = 0
    for part in parts:
        data = part.encode()
        buffer.append(data)
        length += len(data)
        if length >= size:
            joined = b"".join(buffer)
            whole = length - length % size
            for start in range(0, whole, size):
                yield joined[start : start + size]
            buffer, length = [joined[whole:]], length - whole
    if length:
        yield b"".join(buffer)


def structure_specific(selection: Selection, prepared: datetime) -> Iterator[bytes]:
    """The selection as an SDMX-ML 2.1 StructureSpecificData message, streamed."""
    return chunked(_parts(selection, prepared))
