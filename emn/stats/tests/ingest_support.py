"""What the ingestion tests share: the command, an independent count of a raw file, and a
database that a `manage.py` subprocess can reach (SQLite file or the PostgreSQL test db).

The raw-file readers here use only gzip and csv, never our readers: a count that agrees with
the stored release is then a real check of the pipeline, not of the code against itself.
"""

from __future__ import annotations

import atexit
import csv
import functools
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.db import connection

ROOT = Path(__file__).resolve().parents[3]
# A Eurostat TSV small enough to write inline: three dimensions, two years.
HEADER = "freq,unit,geo\\TIME_PERIOD\t2020 \t2021 \n"


def run_command(*args: str) -> str:
    """`manage.py ingest_eurostat ARGS` in this process; what it printed."""
    out = io.StringIO()
    call_command("ingest_eurostat", *args, "--no-progress", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def stored_files() -> list[str]:
    """Every file under STATS_ROOT except the scratch directory, relative to it."""
    root = Path(settings.STATS_ROOT)
    if not root.exists():
        return []
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and p.relative_to(root).parts[0] != "tmp"
    )


def _lines(path: Path) -> Iterator[list[str]]:
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _split(cell: str) -> tuple[str, str]:
    value, _, flag = cell.strip().partition(" ")
    return value, flag.strip()


def raw_tsv_counts(path: Path) -> tuple[int, dict[str, int]]:
    """Observations and per-flag counts of a bulk TSV, by PROVENANCE.md's rule: a cell counts
    if it holds a number, or ':' with a flag; a bare ':' does not."""
    observations, flags = 0, Counter[str]()
    rows = _lines(path)
    next(rows)
    for row in rows:
        for value, flag in map(_split, row[1:]):
            if value == ":" and not flag:
                continue
            observations += 1
            if flag:
                flags[flag] += 1
    return observations, dict(flags)


def raw_tsv_cell(path: Path, key: str, period: str) -> tuple[float | None, str] | None:
    """The (value, flag) of one cell as the raw file writes it; None for a bare ':'."""
    rows = _lines(path)
    header = [cell.strip() for cell in next(rows)]
    column = header.index(period)
    for row in rows:
        if row[0] == key:
            value, flag = _split(row[column])
            if value == ":" and not flag:
                return None
            return (None if value == ":" else float(value)), flag
    raise LookupError(f"{key} is not a row of {path.name}")


# --- a database for `manage.py` subprocesses ------------------------------------------------


def _postgres_url() -> str:
    db = settings.DATABASES["default"]
    auth = db.get("USER") or ""
    if db.get("PASSWORD"):
        auth += f":{db['PASSWORD']}"
    host = f"{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}"
    return f"postgres://{auth}{'@' if auth else ''}{host}/{db['NAME']}"


def subprocess_env(database_url: str, stats_root: Path) -> dict[str, str]:
    env = {**os.environ, "DATABASE_URL": database_url, "STATS_ROOT": str(stats_root)}
    env.update(DJANGO_SETTINGS_MODULE="emn.settings", PYTHONUNBUFFERED="1")
    env.pop("DEBUG", None)
    return env


@functools.cache
def _migrated_sqlite() -> Path:
    """A migrated SQLite file, made once per test session (migrating takes seconds)."""
    directory = Path(tempfile.mkdtemp(prefix="emn-stats-subprocess-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    template = directory / "template.sqlite3"
    manage(
        "migrate", "--noinput", "-v", "0", env=subprocess_env(f"sqlite:///{template}", directory)
    )
    return template


def database_for_subprocess(directory: Path) -> str:
    """DATABASE_URL of a database both this test and a `manage.py` subprocess use.

    On PostgreSQL it is the test database itself (the test must be transactional, so the
    subprocess's commits are seen); on SQLite, whose test database lives in this process's
    memory, a copy of a migrated file in `directory`.
    """
    if connection.vendor == "postgresql":
        return _postgres_url()
    copy = directory / "subprocess.sqlite3"
    shutil.copy(_migrated_sqlite(), copy)
    return f"sqlite:///{copy}"


def manage(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    """Run `manage.py ARGS` as its own process (as an operator would)."""
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=check,
        timeout=300,
    )


def query(code: str, env: dict[str, str]) -> dict[str, Any]:
    """The dataset's releases and a whole read of its current one, asked by a subprocess."""
    script = (
        "import json\n"
        "from emn.stats import reading\n"
        "from emn.stats.models import Dataset, Release\n"
        f"d = Dataset.objects.get(code={code!r})\n"
        "r = d.current_release\n"
        "print(json.dumps({'current': r.number, 'observations': r.observations,\n"
        "    'read': reading.count(r), 'releases': sorted(Release.objects.filter(dataset=d)\n"
        "    .values_list('number', 'state'))}))\n"
    )
    done = manage("shell", "-c", script, env=env)
    return json.loads(done.stdout.strip().splitlines()[-1])
