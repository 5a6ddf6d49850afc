"""A new release of a dataset counts what it changed against the previous one (values or
flags changed, observations added and removed), and `reading.history` tells, for one value,
which releases changed it and from what."""

import pytest

from emn.stats import reading
from emn.stats.models import Release
from emn.stats.testing import ingest_tsv
from emn.stats.tests.ingest_support import HEADER

pytestmark = pytest.mark.django_db

FIRST = HEADER + "A,NR,DE\t10 \t12 p\nA,NR,FR\t5 \t: c\nA,NR,PL\t1 \t2 \n"
# DE 2021 loses its 'p' and changes value, FR 2020 changes value, FR 2021 is still ': c',
# PL goes (2 removed), IT comes (2 added).
SECOND = HEADER + "A,NR,DE\t10 \t13 \nA,NR,FR\t6 \t: c\nA,NR,IT\t7 \t8 \n"
THIRD = HEADER + "A,NR,DE\t10 \t14 \nA,NR,FR\t6 \t: c\nA,NR,IT\t7 \t8 \n"
DE = {"freq": "A", "unit": "NR", "geo": "DE"}


def test_changes_are_counted_and_the_history_of_a_value_is_kept(tmp_path):
    first = ingest_tsv(tmp_path, "migr_test", FIRST)
    assert (first.changed, first.added, first.removed) == (0, 6, 0)

    second = ingest_tsv(tmp_path, "migr_test", SECOND)
    assert (second.changed, second.added, second.removed) == (2, 2, 2)
    third = ingest_tsv(tmp_path, "migr_test", THIRD)
    assert (third.changed, third.added, third.removed) == (1, 0, 0)

    history = reading.history(third, DE, "2021")
    assert [
        (h["release"], h["change"], h["old_value"], h["old_flag"], h["new_value"], h["new_flag"])
        for h in history
    ] == [(2, "changed", 12.0, "p", 13.0, ""), (3, "changed", 13.0, "", 14.0, "")]
    removed = reading.history(third, {**DE, "geo": "PL"}, "2020")
    assert [(h["release"], h["change"], h["old_value"], h["new_value"]) for h in removed] == [
        (2, "removed", 1.0, None)
    ]
    assert reading.history(third, DE, "2020") == []  # never changed
    # Superseded releases keep their file: release 1 still reads as it was.
    first.refresh_from_db()
    assert first.state == Release.State.SUPERSEDED
    assert [o.value for o in reading.observations(first, {"geo": ["DE"]})] == [10.0, 12.0]
