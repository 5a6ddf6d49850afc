"""SDMX-CSV 1.0 with labels only (migrants_illegally_present.csv): labels become codes."""

from __future__ import annotations

from emn.stats.testing import SHARED
from emn.stats.tests.format_support import codes, count, flag_counts, stage, value

FILE = SHARED / "migrants_illegally_present.csv"


def test_it_stages_every_row_with_the_flags_of_provenance():
    staged, con = stage("sdmx_csv", FILE)
    assert count(con) == 2535
    assert flag_counts(con) == {"b": 4, "d": 2, "bd": 2}
    assert staged.dataset_code == "migr_eipre"
    assert staged.dimensions == [
        "freq",
        "reason",
        "apprehen",
        "citizen",
        "sex",
        "age",
        "unit",
        "geo",
    ]


def test_country_and_common_labels_become_codes():
    staged, con = stage("sdmx_csv", FILE)
    geo = codes(con, "geo")
    assert {"EL", "DE", "CZ", "UK", "ME", "EU27_2020", "EU28"} <= geo
    assert "Greece" not in geo
    assert codes(con, "freq") == {"A"}
    assert codes(con, "sex") == {"T"}
    assert codes(con, "age") == {"TOTAL"}
    assert codes(con, "citizen") == {"TOTAL"}
    assert codes(con, "unit") == {"PER"}
    assert staged.code_labels["geo"]["EL"] == "Greece"
    assert staged.code_labels["geo"]["EU27_2020"] == "European Union - 27 countries (from 2020)"


def test_labels_nothing_names_are_kept_and_reported_once_per_dimension():
    staged, con = stage("sdmx_csv", FILE)
    apprehen = codes(con, "apprehen")
    assert "At the border crossing point \u2013 at sea, land, air" in apprehen
    assert "TOTAL" in apprehen
    assert len(staged.warnings) == 2
    reason = next(line for line in staged.warnings if line.startswith("reason:"))
    assert reason.startswith("reason: 3 labels kept as codes, no code list names them: ")
    assert "Overstay" in reason


def test_a_code_list_given_maps_labels_nothing_else_names():
    codelists = {"reason": {"ILL_ENT": {"en": "Illegal entry", "de": "Illegale Einreise"}}}
    staged, con = stage("sdmx_csv", FILE, codelists=codelists)
    assert "ILL_ENT" in codes(con, "reason")
    assert "Illegal entry" not in codes(con, "reason")
    assert any(line.startswith("reason: 2 labels") for line in staged.warnings)


def test_its_values_match_the_file():
    _staged, con = stage("sdmx_csv", FILE)
    total = {"reason": "TOTAL", "apprehen": "TOTAL"}
    assert value(con, "2016", geo="DE", **total) == (370555.0, "")  # line 2270
    assert value(con, "2019", geo="EL", **total) == (123025.0, "")  # line 2303
    assert value(con, "2014", geo="FR", **total) == (96375.0, "b")  # line 2344
    sea = "Between border crossing points - at sea"
    assert value(con, "2021", geo="EU27_2020", reason="Illegal entry", apprehen=sea) == (
        72285.0,
        "bd",
    )  # line 129
