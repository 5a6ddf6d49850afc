"""SDMX-ML 2.1 structure messages: DSD order and positions, code lists, concept names."""

from __future__ import annotations

import pytest

from emn.stats.formats.common import SourceError
from emn.stats.formats.sdmx_structure import read_structure
from emn.stats.testing import SHARED
from emn.stats.tests.format_support import stage

FILE = SHARED / "apro_mk_cola-structure.xml"


def test_it_reads_every_code_list_with_its_labels():
    structure = read_structure(FILE, FILE.name)
    assert structure.code_count == 73
    sizes = {codelist.id: len(codelist.labels) for codelist in structure.codelists.values()}
    assert sizes == {
        "CL_FREQ": 6,
        "CL_GEO": 41,
        "CL_OBS_FLAG": 10,
        "CL_OBS_STATUS": 3,
        "CL_PRODMILK": 12,
        "CL_UNIT": 1,
    }
    geo = structure.codelists["CL_GEO"]
    assert (geo.code, geo.agency, geo.version) == ("GEO", "ESTAT", "1.0")
    assert geo.labels["EL"] == {"en": "Greece"}
    assert geo.labels["DE"] == {"en": "Germany (until 1990 former territory of the FRG)"}
    assert structure.codelists["CL_PRODMILK"].labels["MM241"] == {"en": "Cheese"}


def test_it_reads_the_dimensions_in_the_dsd_order():
    structure = read_structure(FILE, FILE.name)
    assert (structure.id, structure.agency) == ("DSD_apro_mk_cola", "ESTAT")
    dimensions = [(d.id, d.position, d.codelist) for d in structure.dimensions]
    assert dimensions == [
        ("FREQ", 1, "CL_FREQ"),
        ("PRODMILK", 2, "CL_PRODMILK"),
        ("UNIT", 3, "CL_UNIT"),
        ("GEO", 4, "CL_GEO"),
    ]
    assert structure.time_dimension == "TIME_PERIOD"
    assert [a.id for a in structure.attributes] == ["OBS_FLAG", "OBS_STATUS"]
    assert structure.concepts["OBS_FLAG"] == {"en": "Observation flag."}
    assert structure.dimension_labels() == {
        "freq": "FREQ",
        "prodmilk": "PRODMILK",
        "unit": "UNIT",
        "geo": "GEO",
    }


def test_it_gives_the_readers_labels_by_dimension():
    labels = read_structure(FILE, FILE.name).labels_by_dimension()
    assert list(labels) == ["freq", "prodmilk", "unit", "geo"]
    assert labels["freq"]["A"] == {"en": "Annual"}


def test_a_structure_message_is_no_data_file():
    with pytest.raises(SourceError, match="holds no observations"):
        stage("sdmx_structure", FILE)


def test_it_rejects_broken_xml_with_line_and_column(tmp_path):
    path = tmp_path / "cut.xml"
    path.write_text(FILE.read_text(encoding="utf-8")[:3000], encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        read_structure(path, "cut.xml")
    assert caught.value.line is not None and caught.value.column is not None
