"""SDMX-ML 2.1 data messages: structure-specific and generic, streamed element by element.

Rules: a structure-specific Series carries its key as attributes (prefixes vary), each Obs
its period, OBS_VALUE and attributes; a generic Series has SeriesKey/Value elements and
each Obs an ObsDimension, an ObsValue and Attributes/Value (OBS_FLAG, OBS_STATUS,
CONF_STATUS). A key holds every component that is not a known attribute; its order is the
first series' order (`codelists` is not needed: the data carry codes, not labels). Each
Obs is cleared once read, so memory stays flat whatever the file's size. `src_line` is the
Obs element's line.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path
from typing import Any

from lxml import etree

from emn.stats.codelists.mapping import Codelists
from emn.stats.formats.common import SourceError, Staged
from emn.stats.formats.reading import open_binary
from emn.stats.formats.sdmx_ml_read import DataReader

_POSITION = re.compile(r",? line \d+, column \d+$")
_DATA_ROOTS = frozenset(
    {
        "StructureSpecificData",
        "StructureSpecificTimeSeriesData",
        "GenericData",
        "GenericTimeSeriesData",
    }
)


def stage(
    path: Path, name: str, con: Any, table: str, codelists: Codelists | None = None
) -> Staged:
    """Stage the observations of an SDMX-ML 2.1 data message (see the module's rules)."""
    reader: DataReader | None = None
    with open_binary(path) as handle:
        events = etree.iterparse(
            handle,
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            huge_tree=True,
            remove_comments=True,
        )
        try:
            for event, element in events:
                if reader is None:
                    reader = _reader(element, name, con, table)
                reader.feed(event, element)
        except etree.XMLSyntaxError as error:
            line, column = error.position
            message = _POSITION.sub("", error.msg or "")
            raise SourceError(
                name, f"the XML is not well-formed or ends early: {message}", line, column
            ) from error
        except (EOFError, gzip.BadGzipFile, zlib.error) as error:
            raise SourceError(name, "the gzip file ends early or is damaged") from error
    if reader is None:
        raise SourceError(name, "the file is empty")
    return reader.finish()


def _reader(root: Any, name: str, con: Any, table: str) -> DataReader:
    kind = etree.QName(root).localname
    if kind not in _DATA_ROOTS:
        raise SourceError(
            name, f"'{kind}' is not an SDMX-ML 2.1 data message", root.sourceline, None
        )
    return DataReader(name, con, table, generic=kind.startswith("Generic"))
