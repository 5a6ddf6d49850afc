"""The demo statistics: five described datasets, the shipped indicators with values, and a
second load that changes nothing."""

from __future__ import annotations

import io
from typing import Any

import pytest

from emn.core.demo import load_all
from emn.core.models import AuditEntry
from emn.core.testing.reference import ensure_reference_data
from emn.stats.indicators.models import Indicator
from emn.stats.indicators.testing import values_of
from emn.stats.models import Dataset, Release

CODES = {"migr_asyappctza", "migr_asydcfstq", "migr_eirtn", "migr_eiord", "demo_gind"}


def _counts() -> tuple[int, ...]:
    return (
        Dataset.objects.count(),
        Release.objects.count(),
        Indicator.objects.count(),
        AuditEntry.objects.count(),
        Dataset.concepts.through.objects.count(),
    )


def _check_values() -> None:
    rate = values_of(Indicator.objects.get(key="return-rate"))
    assert rate[("BE", "2015")] == (round(5835 / 31045 * 100, 6), "")
    assert rate[("UK", "2013")][1] == "p"
    recognition = values_of(Indicator.objects.get(key="first-instance-recognition-rate"))
    assert recognition[("DE", "2019")] == (round(70315 / 154260 * 100, 6), "")
    applicants = values_of(Indicator.objects.get(key="asylum-applicants-per-100k"))
    assert applicants[("DE", "2022")] == (round(243880 / 83237124 * 1e5, 6), "")
    assert values_of(Indicator.objects.get(key="first-permits-per-100k")) == {}


@pytest.mark.django_db
def test_the_demo_statistics_load_once(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path
    ensure_reference_data()
    out = io.StringIO()
    load_all(out)
    assert "Statistics: 5 datasets loaded" in out.getvalue()
    datasets = {d.code: d for d in Dataset.objects.all()}
    assert set(datasets) >= CODES
    assert all(datasets[code].current_release is not None for code in CODES)
    eirtn = datasets["migr_eirtn"]
    assert eirtn.title("fr").startswith("Ressortissants de pays tiers renvoyés")
    assert {c.key for c in eirtn.concepts.all()} == {"return", "third-country-national"}
    assert {t.code for t in eirtn.themes.all()} == {"return", "statistics"}
    _check_values()
    counts = _counts()
    again = io.StringIO()
    load_all(again)
    assert "Statistics: 0 datasets loaded, 0 indicators created, 0 updated." in again.getvalue()
    assert _counts() == counts
