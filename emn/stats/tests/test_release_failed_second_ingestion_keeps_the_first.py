"""A second ingestion that fails, whether the file is bad or storing the release breaks
half-way, leaves release 1 current and readable, and adds no release."""

import pytest

from emn.stats import reading
from emn.stats.formats.common import SourceError
from emn.stats.ingest import publish
from emn.stats.models import Dataset, Release
from emn.stats.testing import ingest_tsv
from emn.stats.tests.ingest_support import HEADER

pytestmark = pytest.mark.django_db

FIRST = HEADER + "A,NR,DE\t10 \t12 p\nA,NR,FR\t5 \t: c\n"
SECOND = HEADER + "A,NR,DE\t11 \t12 \nA,NR,FR\t5 \t6 \nA,NR,IT\t7 \t8 \n"


def still_the_first(release):
    dataset = Dataset.objects.get(code="migr_test")
    assert dataset.current_release == release
    assert list(Release.objects.values_list("number", "state")) == [(1, "current")]
    found = [(o.key["geo"], o.period, o.value, o.flag) for o in reading.observations(release)]
    assert found == [
        ("DE", "2020", 10.0, ""),
        ("DE", "2021", 12.0, "p"),
        ("FR", "2020", 5.0, ""),
        ("FR", "2021", None, "c"),
    ]


def test_a_bad_second_file_changes_nothing(tmp_path):
    first = ingest_tsv(tmp_path, "migr_test", FIRST)
    with pytest.raises(SourceError, match="line 3, column 3"):
        ingest_tsv(tmp_path, "migr_test", SECOND.replace("6 \n", "6 x\n"))
    still_the_first(first)


def test_a_failure_while_publishing_rolls_the_release_back(tmp_path, monkeypatch):
    first = ingest_tsv(tmp_path, "migr_test", FIRST)

    def broken(release, prepared):
        raise OSError("disk full")

    monkeypatch.setattr(publish, "_write_dimensions", broken)
    with pytest.raises(OSError, match="disk full"):
        ingest_tsv(tmp_path, "migr_test", SECOND)
    still_the_first(first)
    monkeypatch.undo()
    second = ingest_tsv(tmp_path, "migr_test", SECOND)
    assert (second.number, Dataset.objects.get().current_release) == (2, second)
