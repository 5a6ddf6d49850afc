"""Search demo: the first index build, once every other demo has written its content.

The cross-lingual translations come from the glossary demo's published editions; rows an
earlier version of this demo wrote by hand (origin "demo") are dropped.
"""

from __future__ import annotations

from typing import Any

from emn.search.indexing import reindex
from emn.search.models import TermTranslation

ORIGIN = "demo"


def load(actor: Any, out: Any) -> None:
    """Index everything (idempotent: a second run rewrites the same documents)."""
    TermTranslation.objects.filter(origin=ORIGIN).delete()
    counts = reindex()
    concepts = TermTranslation.objects.values("concept").distinct().count()
    out.write(
        f"Search: {concepts} translated concepts, "
        f"{sum(counts.values())} documents indexed from {len(counts)} sources."
    )
