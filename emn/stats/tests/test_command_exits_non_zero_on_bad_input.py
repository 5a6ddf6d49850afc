"""Run as an operator runs it, in a process of its own: a bad file exits with status 1 and
says where on stderr, and stores nothing (the good file after it becomes release 1)."""

import pytest

from emn.stats.tests.ingest_support import (
    HEADER,
    database_for_subprocess,
    manage,
    query,
    subprocess_env,
)

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_bad_file_exits_non_zero_and_a_good_one_zero(tmp_path):
    env = subprocess_env(database_for_subprocess(tmp_path), tmp_path / "stats")
    bad = tmp_path / "migr_test.tsv"
    bad.write_text(HEADER + "A,NR,DE\t10 \t1x2 \n", encoding="utf-8")

    done = manage("ingest_eurostat", str(bad), "--no-progress", env=env, check=False)
    assert done.returncode == 1
    assert f"{bad}, line 2, column 3 (2021): '1x2' is not a number" in done.stderr

    bad.write_text(HEADER + "A,NR,DE\t10 \t12 \n", encoding="utf-8")
    done = manage("ingest_eurostat", str(bad), "--no-progress", env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert "stored as release 1" in done.stdout
    assert query("migr_test", env)["releases"] == [[1, "current"]]
