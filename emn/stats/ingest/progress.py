"""Progress of a long DuckDB statement, for the command line's bar and the job's status.

DuckDB reports a running query's progress to another thread (`query_progress`), so a small
watcher thread polls it and forwards (phase, done, total) to the caller's callback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

Progress = Callable[[str, int, int], None]


def silent(phase: str, done: int, total: int) -> None:
    """The callback when nobody watches."""


@contextmanager
def watched(con: Any, phase: str, progress: Progress, every: float = 0.5) -> Iterator[None]:
    """Forward DuckDB's percentage of the statement run inside the block as done/100."""
    stop = threading.Event()
    progress(phase, 0, 100)

    def poll() -> None:
        while not stop.wait(every):
            try:
                percent = con.query_progress()
            except Exception:  # progress is best effort, the work is not
                return
            if percent is not None and percent >= 0:
                progress(phase, int(percent), 100)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=2)
        progress(phase, 100, 100)
