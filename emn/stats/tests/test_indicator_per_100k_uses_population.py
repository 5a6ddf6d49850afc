"""Per 100,000 inhabitants: a count over the population of the same country and year."""

from __future__ import annotations

from pathlib import Path

import pytest

from emn.stats.indicators.testing import indicator, values_of
from emn.stats.testing import ingest_tsv

APPLICANTS = (
    "freq,citizen,sex,asyl_app,geo\\TIME_PERIOD\t2021 \t2022 \n"
    "A,TOTAL,T,ASY_APP,LU\t1300 \t2600 p\n"
    "A,TOTAL,T,ASY_APP,MT\t1200 \t: \n"
    "A,TOTAL,T,NASY_APP,LU\t1 \t1 \n"
    "A,TOTAL,F,ASY_APP,LU\t500 \t600 \n"
)
POPULATION = (
    "freq,indic_de,geo\\TIME_PERIOD\t2021 \t2022 \n"
    "A,JAN,LU\t650000 \t650000 e\n"
    "A,JAN,MT\t: \t520000 \n"
    "A,JAN,DE\t83000000 \t83000000 \n"
    "A,DEATH,LU\t4000 \t4000 \n"
)
SPEC = {
    "inputs": {
        "count": {
            "dataset": "tst_app",
            "filters": {"citizen": "TOTAL", "sex": "T", "asyl_app": "ASY_APP"},
        },
        "population": [
            {"dataset": "tst_pjan", "filters": {"sex": "T", "age": "TOTAL"}},
            {"dataset": "tst_gind", "filters": {"indic_de": "JAN"}},
        ],
    },
}


@pytest.mark.django_db
def test_it_divides_by_the_population_on_1_january(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_app", APPLICANTS)
    ingest_tsv(tmp_path, "tst_gind", POPULATION)
    values = values_of(indicator("app-per-100k", "per_100k", SPEC))
    # Rows are those of the count: the population's other countries add none.
    assert values == {
        ("LU", "2021"): (200.0, ""),
        ("LU", "2022"): (400.0, "ep"),
        ("MT", "2021"): (None, ""),
    }
