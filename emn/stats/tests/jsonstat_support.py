"""A small dataset for the JSON-stat tests: two units, two countries, three years, flags."""

from __future__ import annotations

from pathlib import Path

from emn.core.dissemination import DisseminationLevel
from emn.stats.models import Dataset, Release
from emn.stats.testing import SHARED, ingest_file, ingest_tsv

URL = "/statistics/1.0/data/"
TSV = (
    "freq,unit,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \n"
    "A,NR,DE\t10 \t12 p\t14 \n"
    "A,NR,FR\t20 \t: c\t24 e\n"
    "A,PC,DE\t1.5 \t2 \t2.5 \n"
)


def returns(directory: Path, code: str = "migr_js", emn: bool = False) -> Release:
    """The dataset `code`, titled in English and French, public unless `emn`."""
    Dataset.objects.create(
        code=code,
        titles={"en": "Returns of third-country nationals", "fr": "Retours de ressortissants"},
        dissemination=DisseminationLevel.EMN if emn else DisseminationLevel.PUBLIC,
    )
    return ingest_tsv(directory, code, TSV)


REAL_FILES = {"demo_gind": "demo_gind_tabular.tsv.gz", "sdg_08_10": "sdg_08_10.tsv"}


def real(code: str) -> Release:
    """A real Eurostat table from the shared files, public: demo_gind (61,645 observations,
    combined flags) or sdg_08_10 (1,425, flags on cells without a value)."""
    return ingest_file(SHARED / REAL_FILES[code], code)
