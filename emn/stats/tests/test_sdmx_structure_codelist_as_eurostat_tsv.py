"""`codelist/{agency}/{id}/latest?format=TSV` answers Eurostat's TSV of a code list:
`code<TAB>label` lines ended by CRLF, labels in `lang` (English by default and for a
language the site does not have), gzipped as a download with `compressed=true`."""

from __future__ import annotations

import gzip

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, main_flow

pytestmark = pytest.mark.django_db


def test_it_writes_code_tab_label_lines(client, tmp_path):
    main_flow(tmp_path)
    response = client.get(BASE + "codelist/ESTAT/GEO/latest?format=TSV")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/tab-separated-values; charset=utf-8"
    assert response["ETag"]
    assert response.content == b"DE\tGermany\r\nFR\tFrance\r\n"


def test_labels_follow_lang(client, tmp_path):
    main_flow(tmp_path)
    french = client.get(BASE + "codelist/ESTAT/GEO/latest?format=tsv&lang=fr").content
    assert french.decode() == "DE\tAllemagne\r\nFR\tFrance\r\n"
    unknown = client.get(BASE + "codelist/ESTAT/GEO/latest?format=TSV&lang=xx").content
    assert unknown.decode() == "DE\tGermany\r\nFR\tFrance\r\n"


def test_flags_are_a_code_list_too(client, tmp_path):
    main_flow(tmp_path)
    body = client.get(BASE + "codelist/ESTAT/OBS_FLAG?format=TSV").content.decode()
    assert body.splitlines() == [
        "c\tconfidential",
        "e\testimated",
        "ep\testimated, provisional",
        "p\tprovisional",
    ]


def test_compressed_gives_a_gzipped_download(client, tmp_path):
    main_flow(tmp_path)
    response = client.get(BASE + "codelist/ESTAT/GEO/latest?format=TSV&compressed=true")
    assert response["Content-Disposition"] == "attachment; filename=GEO.tsv.gz"
    assert "Content-Encoding" not in response
    assert gzip.decompress(response.content) == b"DE\tGermany\r\nFR\tFrance\r\n"
