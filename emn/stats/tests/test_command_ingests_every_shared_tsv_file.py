"""Every bulk TSV of the shared data ingests through `manage.py ingest_eurostat`: the release
holds as many observations, and as many of each flag, as PROVENANCE.md lists and as a count
of the raw file made here with gzip and csv; the Parquet file reads back the same."""

import pytest

from emn.stats import duck, reading
from emn.stats.models import Dataset
from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import raw_tsv_counts, run_command

pytestmark = pytest.mark.django_db

# file: (dataset code, observations, flags, first and last period), from PROVENANCE.md.
FILES = {
    "migr_asyappctza_tabular.tsv.gz": (
        "migr_asyappctza",
        6_293_108,
        {"d": 12198, "p": 9856},
        ("2008", "2022"),
    ),
    "migr_asyappctzm__custom_39520_20201006_200227.tsv": (
        "migr_asyappctzm",
        25_279,
        {"d": 503, "p": 24},
        ("2008-01", "2020-08"),
    ),
    "migr_asydcfstq__custom_42121_20201007_150410.tsv": (
        "migr_asydcfstq",
        10_252,
        {"d": 164, "p": 8, "b": 3},
        ("2008-Q1", "2020-Q2"),
    ),
    "estat_migr_imm8.tsv": (
        "migr_imm8",
        284_601,
        {"p": 9367, "b": 7961, "ep": 3075, "e": 2454, "be": 1191, "bp": 315, "bep": 42},
        ("1990", "2022"),
    ),
    "demo_gind_tabular.tsv.gz": (
        "demo_gind",
        61_645,
        {"b": 1208, "e": 773, "p": 211, "be": 143, "bep": 141, "ep": 119, "bp": 46},
        ("1960", "2022"),
    ),
    "sdg_08_10.tsv": ("sdg_08_10", 1_425, {"p": 42, "e": 35, "b": 6, "c": 5}, ("2000", "2019")),
}


# The sha256 of each file as PROVENANCE.md gives it: the release records what it read.
SHA256 = {
    "migr_asyappctza_tabular.tsv.gz": "6d7854c1574b34ebe03685173239d28aec8c65b10e28dc691567a2c2fc9e9aff",
    "migr_asyappctzm__custom_39520_20201006_200227.tsv": "b4c3a219e633e1f0be7ff984f0f50d37c083421b36d6a75c07be4445029a6b71",
    "migr_asydcfstq__custom_42121_20201007_150410.tsv": "01974e873204f2d45c67adf2c3e0117edf2bb2733913d8737e16b52046ca9760",
    "estat_migr_imm8.tsv": "f7e29882d41ccb0009f9df18963f178506a0cb156a1dab741d4963cea0b07739",
    "demo_gind_tabular.tsv.gz": "67fdda321427209419b8d464215c13abecafcc6ebf46d004797d0ef1382b8786",
    "sdg_08_10.tsv": "42818f8082c876c47cdf7ad1b2d2462b650b175077fdfda900c5cc8474eaf881",
}


def flags_in_file(release):
    rows = duck.fetch(
        f"SELECT obs_flag, count(*) FROM {reading.source(release)} WHERE obs_flag <> '' GROUP BY 1"
    )
    return dict(rows)


@pytest.mark.parametrize("name", FILES)
def test_counts_match_provenance_and_the_raw_file(name):
    code, observations, flags, (first, last) = FILES[name]
    output = run_command(str(SHARED / name))

    release = Dataset.objects.get(code=code).current_release
    assert release.number == 1
    assert release.source_format == "tsv"
    assert release.checksum == SHA256[name]
    assert release.source_bytes == (SHARED / name).stat().st_size
    assert release.observations == observations
    assert release.flag_counts == flags
    assert (release.first_period, release.last_period) == (first, last)
    assert reading.count(release) == observations
    assert flags_in_file(release) == flags
    assert raw_tsv_counts(SHARED / name) == (observations, flags)
    assert f"dataset {code}, {observations:,} observations" in output
