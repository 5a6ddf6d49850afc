"""The Data Explorer's CSV: labels become codes, thousands separators, Windows-1252 text."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from emn.stats.testing import SHARED
from emn.stats.tests.format_support import codes, count, flag_counts, stage, value


@pytest.mark.parametrize(
    ("name", "observations", "flags"),
    [
        ("migr_eirtn_Data_allcitizens.csv", 25719, {"d": 252, "p": 169}),
        ("migr_eiord_Data_allcitizens.csv", 26235, {"d": 268, "p": 169}),
        ("migr_asyappctzm_1_Data.csv", 7263, {}),
    ],
)
def test_it_stages_the_counts_of_provenance(name, observations, flags):
    staged, con = stage("legacy_csv", SHARED / name)
    assert count(con) == observations
    assert flag_counts(con) == flags
    assert staged.format == "legacy-csv"
    assert staged.dataset_code is None  # the content does not say; the file name will


def test_country_labels_become_eurostat_codes():
    staged, con = stage("legacy_csv", SHARED / "migr_eirtn_Data_allcitizens.csv")
    assert staged.dimensions == ["geo", "citizen", "indic_mg", "unit"]
    observed = _observed_labels(SHARED / "migr_eirtn_Data_allcitizens.csv")
    geo = codes(con, "geo")
    assert {"EL", "DE", "UK", "CZ", "EU28"} <= geo
    citizen = codes(con, "citizen")
    # Every label has a code of its own, shaped like Eurostat's.
    assert len(geo) == len(observed["GEO"]) == 32
    assert len(citizen) == len(observed["CITIZEN"]) == 169
    assert all(code.isupper() and " " not in code for code in geo | citizen)
    assert {"ST", "CI", "XK", "MK", "TR", "CN_X_HK", "TOTAL"} <= citizen
    labels = staged.code_labels
    assert labels["geo"]["DE"] == "Germany (until 1990 former territory of the FRG)"
    assert labels["citizen"]["ST"] == "São Tomé and Príncipe"  # read as Windows-1252
    assert labels["citizen"]["CI"] == "Côte d'Ivoire"
    assert staged.warnings == [
        "indic_mg: 1 labels kept as codes, no code list names them: "
        "Total number of persons returned"
    ]


def test_its_values_match_the_file():
    _staged, con = stage("legacy_csv", SHARED / "migr_eirtn_Data_allcitizens.csv")
    assert value(con, "2012", geo="EU28", citizen="HR") == (635.0, "d")  # line 2
    assert value(con, "2015", geo="EL", citizen="SY") == (310.0, "")  # line 18667
    assert value(con, "2016", geo="DE", citizen="AF") == (3440.0, "")  # "3,440", line 23824
    assert value(con, "2013", geo="UK", citizen="MK") == (60.0, "p")  # line 10561
    _staged, con = stage("legacy_csv", SHARED / "migr_eiord_Data_allcitizens.csv")
    assert value(con, "2014", geo="EU28", citizen="TOTAL") == (470080.0, "d")  # line 11592


def test_monthly_periods_and_common_labels():
    staged, con = stage("legacy_csv", SHARED / "migr_asyappctzm_1_Data.csv")
    assert codes(con, "asyl_app") == {"ASY_APP", "NASY_APP"}
    assert codes(con, "sex") == {"T"}
    assert "TOTAL" in codes(con, "geo")
    assert staged.warnings == []
    first = {"citizen": "TOTAL", "asyl_app": "ASY_APP"}
    assert value(con, "2015-10", geo="DE", **first) == (60360.0, "")  # line 6336
    assert value(con, "2015-10", geo="EL", asyl_app="NASY_APP") == (845.0, "")  # line 6343


def _observed_labels(path: Path) -> dict[str, set[str]]:
    """Labels of the rows that are observations (not ':' without a flag), read with csv."""
    out: dict[str, set[str]] = {"GEO": set(), "CITIZEN": set()}
    with path.open(encoding="cp1252", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["Value"] != ":" or row["Flag and Footnotes"]:
                out["GEO"].add(row["GEO"])
                out["CITIZEN"].add(row["CITIZEN"])
    return out
