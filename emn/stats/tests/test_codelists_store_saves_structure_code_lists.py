"""A structure message's code lists are kept in the database and found by dimension id."""

from __future__ import annotations

import pytest

from emn.stats.codelists.store import codelists_for, save_structure
from emn.stats.formats.sdmx_structure import read_structure
from emn.stats.models import Codelist
from emn.stats.testing import SHARED

FILE = SHARED / "apro_mk_cola-structure.xml"


@pytest.mark.django_db
def test_it_writes_one_row_per_code_list():
    rows = save_structure(read_structure(FILE, FILE.name))
    assert sorted(row.code for row in rows) == [
        "FREQ",
        "GEO",
        "OBS_FLAG",
        "OBS_STATUS",
        "PRODMILK",
        "UNIT",
    ]
    assert sum(len(row.labels) for row in Codelist.objects.all()) == 73
    geo = Codelist.objects.get(agency="ESTAT", code="GEO")
    assert geo.labels["EL"] == {"en": "Greece"}
    assert geo.version == "1.0"


@pytest.mark.django_db
def test_saving_again_updates_and_keeps_other_languages():
    structure = read_structure(FILE, FILE.name)
    save_structure(structure)
    geo = Codelist.objects.get(code="GEO")
    geo.labels["EL"]["de"] = "Griechenland"
    geo.save()
    save_structure(structure)
    assert Codelist.objects.count() == 6
    assert Codelist.objects.get(code="GEO").labels["EL"] == {"en": "Greece", "de": "Griechenland"}


@pytest.mark.django_db
def test_dimensions_find_their_code_lists_by_id():
    save_structure(read_structure(FILE, FILE.name))
    Codelist.objects.create(agency="OTHER", code="GEO", labels={"EL": {"en": "Hellas"}})
    found = codelists_for(["GEO", "freq", "citizen"])
    assert list(found) == ["geo", "freq"]
    assert found["geo"]["EL"] == {"en": "Greece"}  # Eurostat's list first
    assert found["freq"]["A"] == {"en": "Annual"}
