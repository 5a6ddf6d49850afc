"""The shared files in the other formats (SDMX-CSV 1.0 and 2.0, the former Data Explorer's
CSV, SDMX-ML) ingest through the command: the dataset code comes from the content or the
file name, counts match PROVENANCE.md and a count of the raw file made here with csv and
ElementTree, and a value per file checked by hand is stored with its flag."""

import csv
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from emn.stats import reading
from emn.stats.models import Code, Codelist, Dataset
from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import run_command

pytestmark = pytest.mark.django_db

# file: (dataset code, format, observations, flags), from PROVENANCE.md.
FILES = {
    "asylum_applicants_total.csv": ("migr_asyappctza", "sdmx-csv", 1_080, {}),
    "migrants_illegally_present.csv": ("migr_eipre", "sdmx-csv", 2_535, {"b": 4, "d": 2, "bd": 2}),
    "migr_eirtn_Data_allcitizens.csv": ("migr_eirtn", "legacy-csv", 25_719, {"d": 252, "p": 169}),
    "migr_eiord_Data_allcitizens.csv": ("migr_eiord", "legacy-csv", 26_235, {"d": 268, "p": 169}),
    "migr_asyappctzm_1_Data.csv": ("migr_asyappctzm", "legacy-csv", 7_263, {}),
    "NAMA_10_GDP-ss.xml": ("nama_10_gdp", "sdmx-ml", 4, {}),
}
# file: (filters by code, period, value and flag as the file writes them)
VALUES = {
    "asylum_applicants_total.csv": ({"geo": ["AT"], "citizen": ["TOTAL"]}, "2008", (12750.0, "")),
    "migr_eirtn_Data_allcitizens.csv": ({"geo": ["EU28"], "citizen": ["HR"]}, "2012", (635.0, "d")),
    "migr_eiord_Data_allcitizens.csv": ({"geo": ["EU28"], "citizen": ["HR"]}, "2012", (940.0, "d")),
    "NAMA_10_GDP-ss.xml": ({"geo": ["LU"]}, "2013", (49094.5, "")),
}


def _csv_rows(path):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    return list(csv.DictReader(text.splitlines()))


def raw_counts(path):
    """PROVENANCE.md's rules, applied to the raw file without our readers."""
    if path.suffix == ".xml":
        return sum(1 for e in ET.parse(path).iter() if e.tag.rsplit("}")[-1] == "Obs"), {}
    rows = _csv_rows(path)
    if "OBS_VALUE" in rows[0]:
        kept = [r for r in rows if r["OBS_VALUE"] or r["OBS_FLAG"]]
        flags = [r["OBS_FLAG"] for r in kept]
    else:
        flag = "Flag and Footnotes"
        kept = [r for r in rows if not (r["Value"] == ":" and not r.get(flag))]
        flags = [r.get(flag, "") for r in kept]
    return len(kept), dict(Counter(f for f in flags if f))


@pytest.mark.parametrize("name", FILES)
def test_counts_match_provenance_and_the_raw_file(name):
    code, kind, observations, flags = FILES[name]
    output = run_command(str(SHARED / name))
    release = Dataset.objects.get(code=code).current_release
    assert (release.source_format, release.observations) == (kind, observations)
    assert release.flag_counts == flags
    assert reading.count(release) == observations
    assert raw_counts(SHARED / name) == (observations, flags)
    assert f"dataset {code}, {observations:,} observations" in output
    if name in VALUES:
        filters, period, seen = VALUES[name]
        found = reading.observations(release, filters, start=period, end=period)
        assert [(o.value, o.flag) for o in found] == [seen]


def test_a_structure_message_given_alongside_labels_the_codes():
    run_command(str(SHARED / "apro_mk_cola-structure.xml"), str(SHARED / "NAMA_10_GDP-ss.xml"))
    assert Codelist.objects.filter(code__in=["GEO", "CL_GEO"]).exists()
    release = Dataset.objects.get(code="nama_10_gdp").current_release
    code = Code.objects.get(dimension__release=release, dimension__code="geo", code="LU")
    assert code.labels["en"] == "Luxembourg"
