"""Labels become codes: code lists first, then Eurostat's common codes, then countries."""

from __future__ import annotations

import pytest

from emn.stats.codelists.mapping import LabelMapper, code_for_label


@pytest.mark.parametrize(
    ("dimension", "label", "code"),
    [
        ("geo", "Greece", "EL"),
        ("geo", "United Kingdom", "UK"),
        ("geo", "Germany (until 1990 former territory of the FRG)", "DE"),
        ("geo", "Germany", "DE"),
        ("citizen", "Kosovo (under United Nations Security Council Resolution 1244/99)", "XK"),
        ("geo", "European Union (28 countries)", "EU28"),
        ("geo", "European Union - 27 countries (from 2020)", "EU27_2020"),
        ("geo", "Euro area \u2013 20 countries (from 2023)", "EA20"),
        ("citizen", "Saint Kitts and Nevis", "KN"),
        ("citizen", "Côte d\u2019Ivoire", "CI"),
        ("citizen", "Côte d'Ivoire", "CI"),
        ("citizen", "Stateless", "STLS"),
        ("citizen", "Total", "TOTAL"),
        ("sex", "Total", "T"),
        ("sex", "Males", "M"),
        ("sex", "Females", "F"),
        ("sex", "Unknown", "UNK"),
        ("age", "Unknown", "UNK"),
        ("freq", "Annual", "A"),
        ("freq", "Quarterly", "Q"),
        ("freq", "Monthly", "M"),
        ("unit", "Person", "PER"),
        ("unit", "Number", "NR"),
        ("age", "Less than 14 years", "Y_LT14"),
        ("age", "From 14 to 17 years", "Y14-17"),
        ("age", "65 years or over", "Y_GE65"),
        ("asyl_app", "First time applicant", "NASY_APP"),
    ],
)
def test_a_label_names_its_code(dimension, label, code):
    assert code_for_label(dimension, label, None) == code


def test_country_names_map_only_in_geographic_dimensions():
    assert code_for_label("unit", "Nauru", None) is None
    assert code_for_label("geo", "Nauru", None) == "NR"


def test_a_code_list_given_comes_first_in_any_language():
    codelists = {"sex": {"T": {"en": "Both sexes", "fr": "Les deux sexes"}}}
    assert code_for_label("SEX", "both  SEXES", codelists) == "T"
    assert code_for_label("sex", "Les deux sexes", codelists) == "T"
    assert code_for_label("reason", "Overstay", None) is None


def test_the_mapper_keeps_codes_and_reports_labels_nothing_names():
    mapper = LabelMapper({"geo": {"EL": {"en": "Greece"}}})
    assert mapper.code("geo", "EL") == "EL"
    assert mapper.code("geo", "Greece") == "EL"
    assert mapper.code("reason", "EU28_X") == "EU28_X"  # shaped like a code
    assert mapper.code("reason", "Overstay") == "Overstay"
    assert mapper.code("reason", "Overstay") == "Overstay"
    assert mapper.labels == {"geo": {"EL": "Greece"}, "reason": {"Overstay": "Overstay"}}
    assert mapper.warnings() == [
        "reason: 1 labels kept as codes, no code list names them: Overstay"
    ]
