"""Test data for the SDMX structure tests: small flows of both agencies, some for members only.

- `MAIN` (ESTAT, public): freq, unit, citizen, geo; geo DE and FR; flags p, e, c and the
  combined `ep`; titled in English and French;
- `OTHER` (ESTAT, public): citizen, geo with geo IT, so the ESTAT GEO list is a union;
- `HIDDEN` (ESTAT, members only): freq, geo with geo LU and flag u, which the public never sees;
- `NATIONAL` (EMN, public) and `NATIONAL_HIDDEN` (EMN, members only, geo MT);
- indicators (EMN): `st-rate` public over two public tables, aligned on geo; `st-secret`
  members only, aligned on citizen and geo, the only EMN flow with a citizen dimension.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from emn.core.dissemination import DisseminationLevel
from emn.stats.indicators.testing import indicator
from emn.stats.models import Dataset
from emn.stats.testing import ingest_tsv

BASE = "/sdmx/2.1/"
NS = {
    "mes": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message",
    "str": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure",
    "com": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common",
}
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAIN, OTHER, HIDDEN = "migr_sta", "migr_stb", "migr_sth"
NATIONAL, NATIONAL_HIDDEN = "emn_stn", "emn_sth"
INPUTS = ("migr_stnum", "migr_stden")
RATE, SECRET = "st-rate", "st-secret"

MAIN_TSV = (
    "freq,unit,citizen,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \n"
    "A,PER,TOTAL,DE\t100 \t120 p\t140 \n"
    "A,PER,TOTAL,FR\t200 \t: c\t240 e\n"
    "A,PER,UA,DE\t10 \t12 ep\t14 \n"
)
OTHER_TSV = "citizen,geo\\TIME_PERIOD\t2020 \nTOTAL,IT\t7 \n"
HIDDEN_TSV = "freq,geo\\TIME_PERIOD\t2020 \nA,LU\t3 u\n"
NATIONAL_TSV = "freq,geo\\TIME_PERIOD\t2021 \nA,SI\t5 \nA,AT\t3 \n"
NATIONAL_HIDDEN_TSV = "freq,geo\\TIME_PERIOD\t2021 \nA,MT\t9 \n"
INPUT_TSV = (
    "citizen,geo\\TIME_PERIOD\t2021 \nTOTAL,SI\t300 \nUA,SI\t30 \nTOTAL,AT\t100 \nUA,AT\t10 \n"
)
_SPEC = {"numerator": {"dataset": INPUTS[0]}, "denominator": {"dataset": INPUTS[1]}}


def _dataset(directory: Path, code: str, agency: str, emn: bool, tsv: str, **titles: str) -> None:
    Dataset.objects.create(
        code=code,
        agency=agency,
        titles=titles or {"en": f"Test table {code}"},
        dissemination=DisseminationLevel.EMN if emn else DisseminationLevel.PUBLIC,
    )
    sub = directory / code
    sub.mkdir()
    ingest_tsv(sub, code, tsv)


def main_flow(directory: Path) -> None:
    """Only the MAIN table (what most shape tests need)."""
    _dataset(
        directory,
        MAIN,
        "ESTAT",
        False,
        MAIN_TSV,
        en="Asylum applicants (structure test)",
        fr="Demandeurs d'asile (test de structure)",
    )


def everything(directory: Path) -> None:
    """Every table and indicator of the module's list."""
    main_flow(directory)
    _dataset(directory, OTHER, "ESTAT", False, OTHER_TSV)
    _dataset(directory, HIDDEN, "ESTAT", True, HIDDEN_TSV)
    _dataset(directory, NATIONAL, "EMN", False, NATIONAL_TSV)
    _dataset(directory, NATIONAL_HIDDEN, "EMN", True, NATIONAL_HIDDEN_TSV)
    for code in INPUTS:
        _dataset(directory, code, "ESTAT", False, INPUT_TSV)
    rate = {"inputs": _rate_inputs("TOTAL"), "align": ["geo"], "scale": 100}
    indicator(RATE, "ratio", rate, names={"en": "Structure test rate", "fr": "Taux de test"})
    secret = {"inputs": _SPEC, "align": ["citizen", "geo"], "scale": 100}
    indicator(SECRET, "ratio", secret, dissemination=DisseminationLevel.EMN)


def _rate_inputs(citizen: str) -> dict[str, dict[str, object]]:
    return {role: {**spec, "filters": {"citizen": citizen}} for role, spec in _SPEC.items()}


def parse(content: bytes) -> etree._Element:
    return etree.fromstring(content)


def ids(root: etree._Element, path: str) -> list[str]:
    """The `id` of every element at `path` (prefixes of NS), in document order."""
    return [e.get("id") for e in root.iterfind(path, NS)]


def codes(root: etree._Element, list_id: str, agency: str = "ESTAT") -> list[str]:
    path = f".//str:Codelist[@id='{list_id}'][@agencyID='{agency}']/str:Code"
    return ids(root, path)


def name(element: etree._Element, lang: str = "en") -> str | None:
    for found in element.iterfind("com:Name", NS):
        if found.get(LANG) == lang:
            return found.text
    return None
