"""A spec that does not fit its formula, or leaves a dimension with several codes open, is
refused with a message that says what to fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from emn.stats.indicators.compute import compute
from emn.stats.indicators.spec import SpecError, parse
from emn.stats.indicators.testing import indicator
from emn.stats.testing import ingest_tsv

GOOD = {"inputs": {"numerator": {"dataset": "a"}, "denominator": {"dataset": "b"}}}


@pytest.mark.parametrize(
    ("formula", "spec", "message"),
    [
        ("sum", GOOD, "Unknown formula"),
        ("ratio", {"inputs": {"numerator": {"dataset": "a"}}}, "numerator, denominator"),
        ("ratio", {**GOOD, "scale": 0}, "scale is a positive number"),
        ("change", {"inputs": {"series": {"dataset": "a"}}, "lag": 0}, "lag"),
        ("per_100k", {"inputs": {"count": {}, "population": []}}, "needs a dataset code"),
        ("ratio", {**GOOD, "align": "geo"}, "align is a list"),
        (
            "ratio",
            {
                "inputs": {
                    "numerator": {"dataset": "a", "filters": {"geo": "AT"}},
                    "denominator": {"dataset": "b"},
                }
            },
            "both fixed and aligned",
        ),
        ("ratio", {"inputs": {**GOOD["inputs"], "numerator": {"dataset": "a", "x": 1}}}, "x"),
        (
            "ratio",
            {"inputs": {**GOOD["inputs"], "numerator": {"dataset": "a", "period_sum": "Q"}}},
            "period_sum",
        ),
    ],
)
def test_bad_specs_are_refused(formula: str, spec: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        parse(formula, spec)


def test_defaults() -> None:
    spec = parse(
        "per_100k", {"inputs": {"count": {"dataset": "A"}, "population": {"dataset": "p"}}}
    )
    assert spec.scale == 100_000 and spec.align == ("geo",)
    assert spec.inputs["count"][0].dataset == "a"


OPEN = "sex,geo\\TIME_PERIOD\t2021 \nF,AT\t1 \nM,AT\t2 \n"


@pytest.mark.django_db
def test_an_open_dimension_with_several_codes_is_refused(tmp_path: Path, client: Client) -> None:
    ingest_tsv(tmp_path, "tst_open", OPEN)
    spec = {"inputs": {"series": {"dataset": "tst_open"}}}
    item = indicator("open", "change", spec)
    with pytest.raises(SpecError, match="fix one code of sex"):
        compute(item, None)
    page = client.get("/stats/indicators/open/").content.decode()
    assert "This indicator cannot be computed" in page and "fix one code of sex" in page


@pytest.mark.django_db
def test_an_aligned_dimension_the_dataset_lacks_is_refused(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "tst_open", OPEN)
    spec = {"inputs": {"series": {"dataset": "tst_open", "filters": {"sex": "F"}}}, "align": ["c"]}
    with pytest.raises(SpecError, match="has no dimension c"):
        compute(indicator("open", "change", spec), None)
