"""The real `eurostat` package, unmodified, reads a dataset's parameters and dictionaries
from a live server once its base URL is ours: `get_pars` (dataflow, then datastructure),
`get_dic(code)` (dataflow with referencepartial code lists, names per language) and
`get_dic(code, par)` (the code list as Eurostat's gzipped TSV)."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import MAIN, everything

eurostat = pytest.importorskip("eurostat")
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def ours(live_server, tmp_path, monkeypatch):
    everything(tmp_path)
    module = eurostat.eurostat
    monkeypatch.setattr(module.__Uri__, "BASE_URL", {"EUROSTAT": live_server.url + "/sdmx/2.1/"})


def test_get_pars_lists_the_dimensions_in_key_order():
    assert eurostat.get_pars(MAIN) == ["freq", "unit", "citizen", "geo"]


def test_get_dic_names_the_dimensions():
    dims = eurostat.get_dic(MAIN, frmt="dict")
    assert list(dims) == ["freq", "unit", "citizen", "geo"]
    assert dims["geo"]["name"] == "Geopolitical entity (reporting)"
    french = eurostat.get_dic(MAIN, lang="fr", frmt="dict")
    assert french["geo"]["name"] == "Entité géopolitique (déclarante)"


def test_get_dic_of_a_parameter_reads_the_code_list():
    # the code list is the union over the ESTAT flows, as Eurostat's own lists are wider
    # than any one dataset
    assert eurostat.get_dic(MAIN, "geo", frmt="dict") == {
        "AT": "Austria",
        "DE": "Germany",
        "FR": "France",
        "IT": "Italy",
        "SI": "Slovenia",
    }
    assert eurostat.get_dic(MAIN, "citizen", lang="de") == [
        ("TOTAL", "Gesamt"),
        ("UA", "Ukraine"),
    ]


def test_get_par_values_reads_the_codes_the_dataset_really_has():
    # the actual content constraint: this flow's own codes, not the agency-wide union
    assert eurostat.get_par_values(MAIN, "geo") == ["DE", "FR"]
    assert eurostat.get_dic(MAIN, "geo", full=False, frmt="dict") == {
        "DE": "Germany",
        "FR": "France",
    }
