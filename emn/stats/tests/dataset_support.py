"""A small dataset for the dataset page, export and browser tests.

Asylum applicants by sex in four countries and the EU over three years: Germany's 2021
total is provisional (p), Greece's 2020 total is not available (':'), France has no male
row, Slovenia's 2019 female value is confidential (': c'), and the EU aggregate is there.
"""

from __future__ import annotations

from pathlib import Path

from emn.core.dissemination import DisseminationLevel
from emn.stats.models import Dataset, Release
from emn.stats.testing import ingest_tsv

CODE = "migr_pages"
TITLE = "Asylum applicants by sex"
APPLICANTS = (
    "freq,unit,sex,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \n"
    "A,PER,F,DE\t61000 \t48000 \t59000 \n"
    "A,PER,F,EL\t28000 \t14000 \t9000 \n"
    "A,PER,F,SI\t: c\t500 \t600 \n"
    "A,PER,M,DE\t104000 \t74000 \t89000 \n"
    "A,PER,M,EL\t49000 \t: \t19000 \n"
    "A,PER,M,SI\t3500 \t3000 \t4800 \n"
    "A,PER,T,DE\t165000 \t122000 \t148233 p\n"
    "A,PER,T,EL\t77000 \t: \t28000 \n"
    "A,PER,T,EU27_2020\t698000 \t472000 \t632000 \n"
    "A,PER,T,FR\t151000 \t93000 \t121000 \n"
    "A,PER,T,SI\t3800 \t3500 \t5400 \n"
)


def applicants(directory: Path, emn: bool = False, code: str = CODE) -> Release:
    """The dataset, titled in English and French; for EMN members only when `emn`."""
    Dataset.objects.create(
        code=code,
        titles={"en": TITLE, "fr": "Demandeurs d'asile par sexe"},
        dissemination=DisseminationLevel.EMN if emn else DisseminationLevel.PUBLIC,
    )
    return ingest_tsv(directory, code, APPLICANTS)
