"""What every benchmark here shares: child processes, their peak memory, the work directory.

Each contender runs in a child process of its own (`python bench/X.py --child KIND ...`), so
its peak memory (maximum resident set size, Python, Django and DuckDB included) is its alone;
the child prints one JSON object as its last line, which the parent reads. The parent works in
a temporary directory removed at the end and reports the machine's load average at the start
and the end, since other work on the machine shows in wall times.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Child = Callable[[argparse.Namespace], dict[str, Any]]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def django_setup(database_url: str, var_dir: Path, stats_root: str | None = None) -> None:
    """Django on the benchmark's own database and directories, production settings."""
    os.environ["DATABASE_URL"] = database_url
    os.environ["EMN_VAR_DIR"] = str(var_dir)
    if stats_root:
        os.environ["STATS_ROOT"] = stats_root
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
    os.environ["DEBUG"] = "false"
    os.environ["STATIC_MANIFEST"] = "false"
    os.environ["DJANGO_SETTINGS_MODULE"] = "emn.settings"
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def run_child(script: str, kind: str, **options: Any) -> dict[str, Any]:
    """Run `script --child kind --name value ...`; its last line of output, read as JSON."""
    command = [sys.executable, script, "--child", kind]
    for name, value in options.items():
        command += [f"--{name.replace('_', '-')}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode:
        raise SystemExit(f"{kind} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_main(children: dict[str, Child], args: argparse.Namespace) -> None:
    """In a child: run the contender, add its peak memory, print the JSON line."""
    result = children[args.child](args)
    result["peak_mib"] = peak_mib()
    print(json.dumps(result))


def measured(prefix: str, measure: Callable[[Path], dict[str, Any]]) -> tuple[dict[str, Any], Any]:
    """`measure(work)` in a fresh temporary directory; its results and the load averages."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    load_before = os.getloadavg()[0]
    try:
        results = measure(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results, (round(load_before, 2), round(os.getloadavg()[0], 2))


def print_loads(loads: tuple[float, float]) -> None:
    print(f"load average (1 min) at the start and the end: {loads[0]}, {loads[1]}")
