"""Formats are told from content: every shared file, gzip looked into, names ignored."""

from __future__ import annotations

import gzip
import importlib

import pytest

from emn.stats.formats import READERS
from emn.stats.formats.common import SourceError
from emn.stats.formats.detect import detect
from emn.stats.testing import SHARED
from emn.stats.tests.format_support import FILES

EXPECTED = {
    "migr_asyappctza_tabular.tsv.gz": "tsv",
    "migr_asyappctzm__custom_39520_20201006_200227.tsv": "tsv",
    "migr_asydcfstq__custom_42121_20201007_150410.tsv": "tsv",
    "estat_migr_imm8.tsv": "tsv",
    "demo_gind_tabular.tsv.gz": "tsv",
    "sdg_08_10.tsv": "tsv",
    "asylum_applicants_total.csv": "sdmx-csv",
    "migrants_illegally_present.csv": "sdmx-csv",
    "migr_eirtn_Data_allcitizens.csv": "legacy-csv",
    "migr_eiord_Data_allcitizens.csv": "legacy-csv",
    "migr_asyappctzm_1_Data.csv": "legacy-csv",
    "NAMA_10_GDP-ss.xml": "sdmx-ml",
    "apro_mk_cola-structure.xml": "sdmx-structure",
}


@pytest.mark.parametrize(("name", "kind"), sorted(EXPECTED.items()))
def test_it_detects_each_shared_file(name, kind):
    assert detect(SHARED / name, name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("migr_asyappctza_sample.json", "jsonstat"),
        ("nama_10_gdp_generic.xml", "sdmx-ml"),
        ("nama_10_gdp_flags-ss.xml", "sdmx-ml"),
    ],
)
def test_it_detects_the_handwritten_samples(name, kind):
    assert detect(FILES / name, name) == kind


def test_it_looks_into_gzip_and_ignores_the_name(tmp_path):
    path = tmp_path / "data.tsv"
    path.write_bytes(gzip.compress(SHARED.joinpath("asylum_applicants_total.csv").read_bytes()))
    assert detect(path, "data.tsv") == "sdmx-csv"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "the file is empty"),
        (b"   \r\n", "the file is empty"),
        (gzip.compress(b""), "the file is empty"),
        (b"name,age\nAnna,3\n", "first line is not a header"),
        (b'{"rows": []}', "JSON that is not a JSON-stat dataset"),
        (b"<?xml version='1.0'?><html><body/></html>", "root element is 'html'"),
    ],
)
def test_it_rejects_what_it_cannot_read_saying_what_it_reads(tmp_path, content, said):
    path = tmp_path / "upload"
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        detect(path, "upload")
    assert said in caught.value.message
    assert "SDMX-CSV 1.0 and 2.0, JSON-stat 2.0" in caught.value.message
    assert (caught.value.line, caught.value.column) == (1, 1)


def test_tab_separated_text_goes_to_the_tsv_reader_to_say_what_is_wrong(tmp_path):
    path = tmp_path / "upload"
    path.write_text("freq,unit,geo\t2020 \t2021 \nA,NR,DE\t10 \t12 p\n", encoding="utf-8")
    assert detect(path, "upload") == "tsv"


@pytest.mark.parametrize(
    "kind", ["tsv", "sdmx-csv", "jsonstat", "sdmx-ml", "sdmx-structure", "legacy-csv"]
)
def test_every_detected_format_has_a_reader(kind):
    module = importlib.import_module(READERS[kind])
    assert callable(module.stage)
