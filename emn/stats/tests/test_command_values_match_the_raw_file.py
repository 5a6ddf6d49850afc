"""A few values of each shared TSV, checked by hand against the file and read again here
from the raw line (gzip and csv only): the stored value and flag are the file's, a bare ':'
is no observation, and ': c' is an observation without a value."""

import pytest

from emn.stats import reading
from emn.stats.models import Dataset
from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import raw_tsv_cell, run_command

pytestmark = pytest.mark.django_db

ASY = "A,TOTAL,T,PER,TOTAL,ASY_APP"
# file: [(row key as written, period, value and flag seen by eye; None where the cell is ':')]
CASES = {
    "sdg_08_10.tsv": [
        ("CLV10_EUR_HAB,B1GQ,EL", "2011", (18500.0, "p")),
        ("CLV10_EUR_HAB,B1GQ,DE", "2019", (35980.0, "")),
        ("CLV10_EUR_HAB,B1GQ,EL", "2019", None),
    ],
    "migr_asyappctza_tabular.tsv.gz": [
        (f"{ASY},DE", "2015", (476620.0, "")),
        (f"{ASY},EU27_2020", "2022", (962575.0, "")),
        (f"{ASY},EU27_2020", "2008", None),
        ("A,AD,F,PER,TOTAL,ASY_APP,EU27_2020", "2015", (0.0, "d")),
    ],
    "migr_asyappctzm__custom_39520_20201006_200227.tsv": [
        ("M,PER,EXT_EU27_2020,T,TOTAL,ASY_APP,EU27_2020", "2009-06", (19125.0, "d")),
    ],
    "migr_asydcfstq__custom_42121_20201007_150410.tsv": [
        ("Q,PER,EXT_EU27_2020,T,TOTAL,TOTAL,IE", "2017-Q1", (115.0, "b")),
    ],
    "estat_migr_imm8.tsv": [("A,COMPLET,TOTAL,NR,F,AT", "2002", (47998.0, "b"))],
    "demo_gind_tabular.tsv.gz": [
        ("A,CNMIGRAT,DE", "1967", (-176573.0, "")),
        ("A,CNMIGRAT,DE", "1991", (602563.0, "b")),
    ],
}


def stored(release, key, period):
    dims = reading.dimension_codes(release)
    filters = {d: [c] for d, c in zip(dims, key.split(","), strict=True)}
    found = reading.observations(release, filters, start=period, end=period)
    assert len(found) <= 1
    return (found[0].value, found[0].flag) if found else None


@pytest.mark.parametrize("name", CASES)
def test_values_are_the_files(name):
    run_command(str(SHARED / name))
    release = Dataset.objects.get().current_release
    for key, period, seen in CASES[name]:
        assert raw_tsv_cell(SHARED / name, key, period) == seen
        assert stored(release, key, period) == seen, (key, period)


def test_a_colon_with_a_flag_is_an_observation_without_a_value():
    path = SHARED / "sdg_08_10.tsv"
    line = next(t for t in path.read_text().splitlines() if "\t: c" in t)
    key, *cells = line.split("\t")
    header = path.read_text().splitlines()[0].split("\t")
    period = header[1 + [c.strip() for c in cells].index(": c")].strip()
    run_command(str(path))
    release = Dataset.objects.get().current_release
    assert stored(release, key, period) == (None, "c")
