"""A process killed in the middle of an ingestion (SIGKILL: no cleanup, no rollback code
runs) leaves the previous release current and whole; running the command again works.

The command runs as a real `manage.py` process against a database this test can see too
(a migrated SQLite file, or the PostgreSQL test database when the suite runs there).
"""

import gzip
import os
import signal
import subprocess
import sys
import time

import pytest

from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import (
    ROOT,
    database_for_subprocess,
    manage,
    query,
    subprocess_env,
)

pytestmark = pytest.mark.django_db(transaction=True)

BIG = SHARED / "migr_asyappctza_tabular.tsv.gz"
CODE = "migr_asyappctza"


def first_rows(target, rows):
    """Release 1: the big file's header and first rows, a smaller table of the same dataset."""
    with gzip.open(BIG, "rt", newline="") as source, gzip.open(target, "wt", newline="") as out:
        for _ in range(rows + 1):
            out.write(source.readline())


def kill_when(env, ready):
    """Start ingesting the big file; SIGKILL the process once `ready()` says so."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "ingest_eurostat", str(BIG), "--no-progress"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not ready() and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        time.sleep(0.02)
    assert process.poll() is None, "the ingestion ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL


def test_a_killed_ingestion_leaves_release_1_whole_and_a_rerun_succeeds(tmp_path):
    stats = tmp_path / "stats"
    env = subprocess_env(database_for_subprocess(tmp_path), stats)
    small = tmp_path / f"{CODE}.tsv.gz"
    first_rows(small, 20_000)
    manage("ingest_eurostat", str(small), "--no-progress", env=env)
    before = query(CODE, env)
    assert before["current"] == 1
    assert before["observations"] == before["read"] > 100_000

    started = time.monotonic()
    kill_when(env, lambda: time.monotonic() - started > 1.0)  # while it reads the file
    assert query(CODE, env) == before

    kill_when(env, lambda: any(stats.rglob("*.partial")))  # while it writes its Parquet file
    assert query(CODE, env) == before

    done = manage("ingest_eurostat", str(BIG), "--no-progress", env=env)
    assert "stored as release 2" in done.stdout
    after = query(CODE, env)
    assert after["current"] == 2
    assert after["observations"] == after["read"] == 6_293_108
    assert after["releases"] == [[1, "superseded"], [2, "current"]]
