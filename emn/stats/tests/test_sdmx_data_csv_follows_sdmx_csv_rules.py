"""SDMX-CSV 1.0 as Eurostat writes it, checked rule by rule: the header (DATAFLOW, LAST
UPDATE, the dimensions in DSD order, TIME_PERIOD, OBS_VALUE, OBS_FLAG), the DATAFLOW value
AGENCY:ID(VERSION), RFC 4180 quoting, rows as wide as the header, empty cells for missing
values, whole numbers without ".0", values equal to what was ingested, labels=both."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from emn.stats import reading
from emn.stats.models import Code
from emn.stats.sdmx.flows import find_flow
from emn.stats.tests.sdmx_support import csv_rows, estat_dataset, fetch

pytestmark = pytest.mark.django_db
HEADER = "DATAFLOW,LAST UPDATE,freq,unit,citizen,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG"
DATAFLOW = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*:[A-Za-z0-9_@$-]+\([0-9]+(\.[0-9]+)*\)$")


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def test_header_and_columns_in_dsd_order(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    response, body = fetch(client, "MIGR_SDMXT?format=SDMX-CSV")
    assert response["Content-Type"] == "application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8"
    assert not body.startswith(b"\xef\xbb\xbf")
    assert body.decode("utf-8").split("\n")[0] == HEADER
    flow = find_flow(None, None, "MIGR_SDMXT")
    assert flow is not None
    dsd_order = [d.id for d in sorted(flow.dimensions(), key=lambda d: d.position)]
    assert HEADER.split(",")[2:6] == dsd_order


def test_rows_equal_the_ingested_observations_in_order(client: Client, tmp_path: Path) -> None:
    release = estat_dataset(tmp_path)
    _, body = fetch(client, "MIGR_SDMXT?format=SDMX-CSV")
    rows = csv_rows(body)
    expected = reading.observations(release)
    assert len(rows) == len(expected)
    stamp = timezone.localtime(release.created_at).strftime("%d/%m/%y %H:%M:%S")
    for row, obs in zip(rows, expected, strict=True):
        assert DATAFLOW.match(row["DATAFLOW"]) and row["DATAFLOW"] == "ESTAT:MIGR_SDMXT(1.0)"
        assert row["LAST UPDATE"] == stamp
        assert {d: row[d] for d in obs.key} == obs.key
        assert row["TIME_PERIOD"] == obs.period
        assert row["OBS_VALUE"] == _number(obs.value)
        assert row["OBS_FLAG"] == obs.flag


def test_numbers_and_missing_values(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    _, body = fetch(client, "MIGR_SDMXT/A..TOTAL+UA.?format=SDMX-CSV")
    text = body.decode()
    assert "A,PER,TOTAL,DE,2021,140,\n" in text  # no "140.0"
    assert "A,PER,UA,DE,2021,14.5,\n" in text
    assert "A,PC,TOTAL,DE,2021,2.25,\n" in text
    assert "A,PER,TOTAL,FR,2020,,c\n" in text  # confidential: no value, the flag
    assert '""' not in text  # an empty cell is empty, not a quoted empty string
    assert text.endswith("\n") and "\r" not in text


def test_labels_both_writes_code_and_label_with_rfc4180_quoting(
    client: Client, tmp_path: Path
) -> None:
    release = estat_dataset(tmp_path)
    Code.objects.filter(dimension__release=release, dimension__code="unit", code="PER").update(
        labels={"en": 'Persons, "all"'}
    )
    _, body = fetch(client, "MIGR_SDMXT/A.PER.TOTAL.DE?format=SDMX-CSV&labels=both")
    assert '"PER: Persons, ""all"""' in body.decode()
    rows = csv_rows(body)
    names = list(rows[0])
    assert names[:2] == ["DATAFLOW", "LAST UPDATE"]
    assert [n.split(": ")[0] for n in names[2:6]] == ["freq", "unit", "citizen", "geo"]
    assert all(": " in n for n in names[2:6])
    assert names[6:] == ["TIME_PERIOD", "OBS_VALUE", "OBS_FLAG"]
    first = rows[1]  # 2020, provisional
    assert first[names[3]] == 'PER: Persons, "all"'
    assert first[names[5]] == "DE: Germany"
    assert first["OBS_FLAG"] == "p: provisional"
    assert first["OBS_VALUE"] == "120"


def test_labels_in_the_language_asked_for(client: Client, tmp_path: Path) -> None:
    estat_dataset(tmp_path)
    _, body = fetch(client, "MIGR_SDMXT/A.PER.TOTAL.DE?format=SDMX-CSV&labels=both&lang=fr")
    row = csv_rows(body)[0]
    assert "DE: Allemagne" in row.values()
