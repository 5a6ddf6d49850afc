"""The demo data loader's plumbing: one `demo.py` per app, loaded in order, idempotently.

Each app's `load(actor, out)` creates what is missing and leaves alone what exists, so a
second `make run` keeps what users changed. Writes go through the services, acting as the
demo Commission user, so the demo has an audit trail like real data.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Protocol

DEMO_MODULES = (
    "emn.network.demo",
    "emn.accounts.demo",
    "emn.queries.demo",
    "emn.library.demo",
    "emn.glossary.demo",
    "emn.stats.demo",
    "emn.search.demo",
)
DEMO_PASSWORD = "emn-demo-2026"
DEMO_DOMAIN = "demo.emn.test"


class Output(Protocol):
    def write(self, msg: str) -> Any: ...


def load_all(out: Output) -> None:
    from emn.accounts.demo import bootstrap_commission

    actor = bootstrap_commission(out)
    for name in DEMO_MODULES:
        import_module(name).load(actor, out)
