"""`--dry-run` reads and checks the file, prints what it would store, and stores nothing."""

import pytest
from django.core.management.base import CommandError

from emn.stats.models import Dataset, Release
from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import HEADER, run_command, stored_files

pytestmark = pytest.mark.django_db


def test_a_dry_run_reports_and_stores_nothing():
    output = run_command(str(SHARED / "sdg_08_10.tsv"), "--dry-run")
    assert "dataset sdg_08_10, 1,425 observations in 76 series, 2000 to 2019" in output
    assert "flags: b 6, c 5, e 35, p 42" in output
    assert "dimensions: unit, na_item, geo" in output
    assert "dry run: nothing stored" in output
    assert not Dataset.objects.exists()
    assert not Release.objects.exists()
    assert stored_files() == []


def test_a_dry_run_of_a_bad_file_says_where(tmp_path):
    path = tmp_path / "migr_test.tsv"
    path.write_text(HEADER + "A,NR,DE\t10 \t12 k\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"line 2, column 3 \(2021\): unknown flag 'k'"):
        run_command(str(path), "--dry-run")
