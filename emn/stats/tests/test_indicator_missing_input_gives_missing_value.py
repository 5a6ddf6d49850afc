"""A missing input, a missing value or a zero denominator gives a missing value, never 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from emn.stats.indicators.compute import compute
from emn.stats.indicators.testing import indicator, values_of
from emn.stats.testing import ingest_tsv

NUMERATOR = "unit,geo\\TIME_PERIOD\t2020 \t2021 \t2022 \nPER,AT\t0 \t: \t7 \nPER,BE\t5 \t6 \t: \n"
DENOMINATOR = (
    "unit,geo\\TIME_PERIOD\t2020 \t2021 \t2022 \n"
    "PER,AT\t10 \t10 \t0 \n"
    "PER,BE\t0 p\t: \t4 \n"
    "PER,CY\t3 \t3 \t3 \n"
)
SPEC = {"inputs": {"numerator": {"dataset": "tst_a"}, "denominator": {"dataset": "tst_b"}}}


@pytest.mark.django_db
def test_missing_values_and_zero_denominators_give_no_value(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_a", NUMERATOR)
    ingest_tsv(tmp_path, "tst_b", DENOMINATOR)
    values = values_of(indicator("rate", "ratio", SPEC))
    assert values[("AT", "2020")] == (0.0, "")  # a true zero on top stays zero
    assert values[("AT", "2021")] == (None, "")  # no numerator
    assert values[("AT", "2022")] == (None, "")  # zero denominator
    assert values[("BE", "2020")] == (None, "")  # zero denominator, its flag dropped
    assert values[("BE", "2021")] == (None, "")  # no denominator
    assert values[("BE", "2022")] == (None, "")  # no numerator
    assert values[("CY", "2021")] == (None, "")  # a key only the denominator has
    assert len(values) == 9


@pytest.mark.django_db
def test_a_dataset_not_loaded_leaves_the_indicator_without_values(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_a", NUMERATOR)
    result = compute(indicator("rate", "ratio", SPEC), None)
    assert result.missing == ["denominator"]
    assert result.values == []
