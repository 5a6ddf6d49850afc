"""Which format a source file is in, judged from its first bytes, never from its name.

Rules: a gzip file is looked into; XML is told apart by its root element (an SDMX-ML data
message or a structure message), JSON must look like a JSON-stat dataset, and a text file
by its first line: Eurostat's TSV has a tab and a backslash in its first cell, SDMX-CSV
starts with DATAFLOW or STRUCTURE (or names OBS_VALUE), the Data Explorer's CSV names TIME
and Value; other tab-separated text goes to the TSV reader, which says what is wrong with
its header. Anything else is a SourceError at line 1, column 1 that lists what is read.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from emn.stats.formats.common import SourceError
from emn.stats.formats.reading import read_head

FORMATS_READ = (
    "Eurostat TSV (also gzip), SDMX-CSV 1.0 and 2.0, JSON-stat 2.0, SDMX-ML 2.1 data "
    "(structure-specific or generic) and structure messages, the CSV of Eurostat's former "
    "Data Explorer"
)
_DATA_ROOTS = frozenset(
    {
        "StructureSpecificData",
        "StructureSpecificTimeSeriesData",
        "GenericData",
        "GenericTimeSeriesData",
    }
)
_ROOT = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")
_COMMENTS = re.compile(rb"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", re.S)
_JSONSTAT = re.compile(rb'"(?:class"\s*:\s*"dataset|dimension|value|size)"')


def detect(path: Path, name: str) -> str:
    """One of 'tsv', 'sdmx-csv', 'jsonstat', 'sdmx-ml', 'sdmx-structure', 'legacy-csv'."""
    head = read_head(path, name).removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head:
        raise SourceError(name, f"the file is empty; the formats read are {FORMATS_READ}", 1, 1)
    if head.startswith(b"<"):
        return _xml_format(head, name)
    if head.startswith(b"{"):
        if _JSONSTAT.search(head):
            return "jsonstat"
        raise _unknown(name, "JSON that is not a JSON-stat dataset")
    return _text_format(head, name)


def _xml_format(head: bytes, name: str) -> str:
    match = _ROOT.search(_COMMENTS.sub(b"", head))
    root = match.group(1).decode("ascii", "replace") if match else ""
    if root in _DATA_ROOTS:
        return "sdmx-ml"
    if root == "Structure":
        return "sdmx-structure"
    raise _unknown(name, f"XML whose root element is '{root}'")


def _text_format(head: bytes, name: str) -> str:
    text = head.decode("utf-8", "replace")
    first = text.splitlines()[0] if text else ""
    if "\t" in first and "\\" in first.split("\t", 1)[0]:
        return "tsv"
    cells = [cell.strip() for cell in next(csv.reader([first]), [])]
    upper = [cell.upper() for cell in cells]
    if upper and (upper[0] in ("DATAFLOW", "STRUCTURE") or "OBS_VALUE" in upper):
        return "sdmx-csv"
    if "TIME" in upper and "VALUE" in upper:
        return "legacy-csv"
    if "\t" in first:
        return "tsv"
    raise _unknown(name, "text whose first line is not a header of a known format")


def _unknown(name: str, what: str) -> SourceError:
    message = f"cannot tell the format ({what}); the formats read are {FORMATS_READ}"
    return SourceError(name, message, 1, 1)
