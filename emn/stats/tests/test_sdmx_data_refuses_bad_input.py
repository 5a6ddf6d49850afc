"""Bad data queries get an SDMX error message (valid against SDMXMessage.xsd) with the right
HTTP status and SDMX code and a text saying what is wrong: never a 500, never a trace."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from emn.stats.sdmx import data_views
from emn.stats.tests.sdmx_support import error_of, estat_dataset, fetch

pytestmark = pytest.mark.django_db

CASES = [
    # (path, status, SDMX code, words the text must hold)
    ("MIGR_SDMXT/A.PER.TOTAL", 400, 140, "4 dimension(s): freq.unit.citizen.geo"),
    ("MIGR_SDMXT/A.PER.TOTAL.DE.X", 400, 140, "has 5 part(s)"),
    ("MIGR_SDMXT/..+", 400, 140, "has 3 part(s)"),
    ("MIGR_SDMXT/A..+.DE", 400, 140, "empty alternative"),
    ("MIGR_SDMXT/A.PER+.TOTAL.DE", 400, 140, "empty alternative"),
    ("MIGR_SDMXT/A.PER.TOTAL.XX", 400, 150, "Unknown code 'XX' for dimension geo"),
    ("MIGR_SDMXT/A.PER.TOTAL.DE/ESTAT", 404, 100, "provider"),
    ("MIGR_SDMXT?startPeriod=2021&endPeriod=2020", 400, 150, "Inverted range"),
    ("MIGR_SDMXT?startPeriod=2020-Q3&endPeriod=2020-Q2", 400, 150, "Inverted range"),
    ("MIGR_SDMXT?startPeriod=2020-13", 400, 140, "startPeriod: '2020-13'"),
    ("MIGR_SDMXT?endPeriod=soon", 400, 140, "endPeriod: 'soon'"),
    ("MIGR_SDMXT?format=xlsx", 406, 406, "format=SDMX-CSV"),
    ("MIGR_SDMXT?lastNObservations=0", 400, 140, "lastNObservations: '0'"),
    ("MIGR_SDMXT?lastNObservations=-1", 400, 140, "positive whole number"),
    ("MIGR_SDMXT?firstNObservations=1.5", 400, 140, "firstNObservations"),
    ("MIGR_SDMXT?firstNObservations=%EF%BC%91", 400, 140, "firstNObservations"),  # a wide 1
    ("MIGR_SDMXT?detail=everything", 400, 140, "detail: 'everything'"),
    ("MIGR_SDMXT?updatedAfter=yesterday", 400, 140, "updatedAfter: 'yesterday'"),
    ("MIGR_SDMXT?dimensionAtObservation=AllDimensions", 501, 501, "TIME_PERIOD"),
    ("MIGR_SDMXT?includeHistory=true", 501, 501, "includeHistory"),
    ("MIGR_SDMXT?includeHistory=maybe", 400, 140, "includeHistory"),
    ("MIGR_SDMXT?compressed=maybe", 400, 140, "compressed"),
    ("MIGR_SDMXT?format=csv&labels=name", 400, 140, "labels"),
    ("NO_SUCH_FLOW/A", 404, 100, "Dataflow NO_SUCH_FLOW not found"),
    ("ESTAT,MIGR_SDMXT,2.0", 404, 100, "not found"),
    ("EMN,MIGR_SDMXT", 404, 100, "not found"),
    ("A,B,C,D", 400, 140, "dataflow reference"),
]


@pytest.mark.parametrize(("path", "status", "code", "says"), CASES)
def test_bad_input_is_an_sdmx_error(
    client: Client, tmp_path: Path, path: str, status: int, code: int, says: str
) -> None:
    estat_dataset(tmp_path)
    response, body = fetch(client, path)
    assert response.status_code == status, body
    assert response["Content-Type"].startswith("application/xml")
    found, text = error_of(body)
    assert found == code
    assert says in text


def test_ignored_parameters(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    for query in ("includeHistory=false", "dimensionAtObservation=TIME_PERIOD", "foo=bar"):
        assert fetch(client, f"MIGR_SDMXT?{query}")[0].status_code == 200


def test_a_whole_release_above_the_limit_is_413(
    client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    estat_dataset(tmp_path)
    monkeypatch.setattr(data_views, "MAX_OBSERVATIONS", 10)
    response, body = fetch(client, "MIGR_SDMXT?format=SDMX-CSV")
    assert response.status_code == 413
    code, text = error_of(body)
    assert code == 413 and "26 observations" in text and "startPeriod" in text
    assert fetch(client, "MIGR_SDMXT/A...?format=SDMX-CSV")[0].status_code == 200


def test_a_failure_inside_is_a_500_message_without_a_trace(
    client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    estat_dataset(tmp_path)

    def broken(*args: object) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(data_views.write_csv, "written", broken)
    response, body = fetch(client, "MIGR_SDMXT?format=SDMX-CSV")
    assert response.status_code == 500
    code, text = error_of(body)
    assert code == 500 and "secret" not in text
