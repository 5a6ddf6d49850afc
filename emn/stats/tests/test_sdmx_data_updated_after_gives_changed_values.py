"""updatedAfter: nothing (404) when the current release is not newer; the observations added
or changed since the release that was current at that time; everything when there was none."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.test import Client

from emn.stats.models import Release
from emn.stats.testing import ingest_tsv
from emn.stats.tests.sdmx_support import (
    ESTAT_CODE,
    ESTAT_ROWS,
    ESTAT_VALUES,
    csv_values,
    estat_dataset,
    fetch,
    values_of,
    wide_tsv,
)

pytestmark = pytest.mark.django_db
NEW_ROWS = [
    row.replace("120 p\t140 ", "120 \t141 ")  # a flag dropped, a value revised
    .replace("\t: c\t240 e", "\t210 \t240 e")  # a confidential value published
    .replace("A,PER,UA,DE\t10 ", "A,PER,UA,DE\t: ")  # a value withdrawn
    for row in ESTAT_ROWS
] + ["A,PER,UA,FR\t: \t: \t5 " + "\t: " * 9]  # a new series
NEW_VALUES = values_of(NEW_ROWS)
CHANGED = {key: value for key, value in NEW_VALUES.items() if ESTAT_VALUES.get(key) != value}


@pytest.fixture
def two_releases(tmp_path: Path) -> None:
    first = estat_dataset(tmp_path)
    Release.objects.filter(pk=first.pk).update(created_at=datetime(2024, 1, 1, tzinfo=UTC))
    second = ingest_tsv(tmp_path, ESTAT_CODE, wide_tsv(NEW_ROWS))
    Release.objects.filter(pk=second.pk).update(created_at=datetime(2024, 6, 1, tzinfo=UTC))


def test_the_fixture_changes_what_it_says() -> None:
    assert CHANGED == {
        ("A", "PER", "TOTAL", "DE", "2020"): (120.0, ""),
        ("A", "PER", "TOTAL", "DE", "2021"): (141.0, ""),
        ("A", "PER", "TOTAL", "FR", "2020"): (210.0, ""),
        ("A", "PER", "UA", "FR", "2021"): (5.0, ""),
    }


@pytest.mark.parametrize(
    "after",
    [
        "2024-03-01T00:00:00Z",
        "2024-03-01T01:00:00+01:00",  # the query string turns this + into a space
        "2024-03-01T01:00:00%2B01:00",
        "2024-05-31T23:59:59.999999Z",
    ],
)
def test_only_values_added_or_changed_since_the_release_then_current(
    client: Client, two_releases: None, after: str
) -> None:
    response, body = fetch(client, f"MIGR_SDMXT?format=SDMX-CSV&updatedAfter={after}")
    assert response.status_code == 200, body
    assert csv_values(body) == CHANGED


def test_the_key_and_range_still_apply(client: Client, two_releases: None) -> None:
    _, body = fetch(
        client, "MIGR_SDMXT/A.PER.TOTAL.?format=csv&updatedAfter=2024-03-01&endPeriod=2020"
    )
    assert set(csv_values(body)) == {
        ("A", "PER", "TOTAL", "DE", "2020"),
        ("A", "PER", "TOTAL", "FR", "2020"),
    }


@pytest.mark.parametrize("after", ["2024-06-01T00:00:00Z", "2025-01-01T00:00:00+00:00"])
def test_nothing_newer_is_404(client: Client, two_releases: None, after: str) -> None:
    for fmt in ("SDMX-CSV", "TSV", "structurespecificdata"):
        response, body = fetch(client, f"MIGR_SDMXT?format={fmt}&updatedAfter={after}")
        assert response.status_code == 404
        assert b'code="100"' in body and b"changed after" in body


def test_before_any_release_everything_is_new(client: Client, two_releases: None) -> None:
    _, body = fetch(client, "MIGR_SDMXT?format=SDMX-CSV&updatedAfter=2023-06-01T00:00:00")
    assert csv_values(body) == NEW_VALUES
