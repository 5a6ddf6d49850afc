"""Small datasets for the API and search tests: one public, one for EMN members only."""

from __future__ import annotations

from pathlib import Path

from emn.core.dissemination import DisseminationLevel
from emn.stats.models import Dataset, Release
from emn.stats.testing import ingest_tsv

# Three countries, three years; a provisional value, a ':' with a flag, a missing cell.
RETURNS = (
    "freq,unit,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \n"
    "A,NR,DE\t100 \t120 \t130 p\n"
    "A,NR,FR\t200 \t: c\t250 \n"
    "A,NR,SI\t10 \t12 \t:\n"
)
# The same after a revision: DE 2020 changed and its flag set; SI 2021 added.
RETURNS_REVISED = (
    "freq,unit,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \n"
    "A,NR,DE\t100 \t125 e\t130 p\n"
    "A,NR,FR\t200 \t: c\t250 \n"
    "A,NR,SI\t10 \t12 \t14 \n"
)


def returns_dataset(directory: Path, code: str = "migr_test", emn: bool = False) -> Release:
    """A dataset of returns, titled in English and French, public unless `emn`."""
    Dataset.objects.create(
        code=code,
        titles={"en": "Third-country nationals returned", "fr": "Ressortissants renvoyés"},
        dissemination=DisseminationLevel.EMN if emn else DisseminationLevel.PUBLIC,
    )
    return ingest_tsv(directory, code, RETURNS)
