"""Progress of a long job written onto its row while the job runs, for a status page to poll.

Rules shared by every background job (statistics ingestion, SKOS import):
- a write is throttled to once a `every` seconds per phase, but the last step (done ==
  total) and a new phase are always written;
- when the job's own connection is inside a transaction, the write goes through a
  connection of its own, committed at once, so the page sees it before the job commits;
  on PostgreSQL it waits at most 2 s for a lock and a write that cannot be made is dropped
  (progress is advisory, never worth blocking the job);
- SQLite allows one writer at a time, so there a write beside an open transaction of the
  job's own thread is skipped (the page shows the phase it last saw).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from django.db import DatabaseError, connection, transaction

log = logging.getLogger(__name__)


def write_beside(update: Callable[[], object], label: str) -> None:
    """Run `update` in a thread with a connection of its own, committed at once, then closed."""

    def write() -> None:
        try:
            with transaction.atomic():
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute("SET LOCAL lock_timeout = '2s'")
                update()
        except DatabaseError:
            log.debug("progress of %s not written", label, exc_info=True)
        finally:
            connection.close()

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    thread.join(timeout=5)


class Throttle:
    """Says whether a progress step is worth writing (see the module's first rule)."""

    def __init__(self, every: float = 1.0) -> None:
        self.every = every
        self.last = 0.0
        self.phase = ""
        self.lock = threading.Lock()

    def due(self, done: int, total: int, phase: str = "") -> bool:
        with self.lock:
            now = time.monotonic()
            if phase == self.phase and now - self.last < self.every and done < total:
                return False
            self.last, self.phase = now, phase
            return True
