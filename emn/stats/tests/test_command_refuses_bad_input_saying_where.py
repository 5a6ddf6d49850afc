"""A file the command cannot ingest is refused with its name, the line and the column, and
nothing is stored: no dataset, no release, no observations file."""

import zlib

import pytest
from django.core.management.base import CommandError

from emn.stats.models import Dataset, Release
from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import HEADER, run_command, stored_files

pytestmark = pytest.mark.django_db

GOOD = "A,NR,DE\t10 \t12 p\n"
# case: (file content, what the message says after the file name)
CASES = {
    "wrong_cells": (
        HEADER + GOOD + "A,NR,FR\t5 \n",
        "line 3, column 2: 2 cells where the header has 3",
    ),
    "not_a_number": (
        HEADER + GOOD + "A,NR,FR\tn/a \t3 \n",
        "line 3, column 2 (2020): 'n/a' is not a number",
    ),
    "unknown_flag": (
        HEADER + GOOD + "A,NR,FR\t4 \t3 q\n",
        "line 3, column 3 (2021): unknown flag 'q' in '3 q'",
    ),
    "duplicate_key": (
        HEADER + GOOD + "A,NR,FR\t4 \t3 \n" + GOOD,
        "line 4, column 1: the row key 'A,NR,DE' occurs again (first on line 2)",
    ),
    "key_too_short": (
        HEADER + "A,DE\t1 \t2 \n",
        "line 2, column 1: the row key 'A,DE' has 2 parts",
    ),
    "empty_cell": (
        HEADER + GOOD + "A,NR,FR\t\t3 \n",
        "line 3, column 2 (2020): '' is not a number",
    ),
    "empty": ("", "line 1, column 1: the file is empty"),
    "no_backslash": (
        "freq,unit,geo\t2020 \t2021 \n" + GOOD,
        "line 1, column 1: the first header cell has no backslash",
    ),
    "period_unreadable": (
        "freq,unit,geo\\TIME_PERIOD\t2020 \tlast year \n" + GOOD,
        "line 1, column 3: 'last year' is not a period",
    ),
}


def refused(path):
    with pytest.raises(CommandError) as caught:
        run_command(str(path))
    assert not Dataset.objects.exists()
    assert not Release.objects.exists()
    assert stored_files() == []
    return str(caught.value)


@pytest.mark.parametrize("case", CASES)
def test_a_bad_tsv_is_refused_saying_where(tmp_path, case):
    text, where = CASES[case]
    path = tmp_path / "migr_test.tsv"
    path.write_text(text, encoding="utf-8")
    assert refused(path).startswith(f"{path}, {where}")


def test_a_truncated_gzip_is_refused_where_its_data_stop(tmp_path):
    cut = (SHARED / "demo_gind_tabular.tsv.gz").read_bytes()[:20_000]
    path = tmp_path / "demo_gind.tsv.gz"
    path.write_bytes(cut)
    # What survives the cut, told by zlib alone: the data stop inside this line and cell.
    text = zlib.decompressobj(wbits=31).decompress(cut)
    line, column = text.count(b"\n") + 1, text.rsplit(b"\n", 1)[-1].count(b"\t") + 1
    assert line > 2

    message = refused(path)
    assert message.startswith(f"{path}, line {line}, column {column}: the file ends early")
