"""What every library service shares: denial, indexing hooks, the audited state."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied

from emn.core import audit
from emn.library.models import Publication


def deny(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def index_later(publication: Publication) -> None:
    """(Re)index the publication once the transaction commits (the search app's queue)."""
    try:
        from emn.search.indexing import index_later as queue
    except ImportError:  # the search app's indexing is not installed in this build
        return
    queue(publication)


def unindex_later(pk: int) -> None:
    """Drop a deleted publication from the index once the transaction commits."""
    try:
        from emn.search.indexing import unindex_later as queue
    except ImportError:
        return
    queue(Publication, pk)


def delete_stored(storage: Any, names: Iterable[str | None]) -> None:
    """Remove stored files (after the rows that named them are gone)."""
    for name in names:
        if name:
            storage.delete(name)


def state(publication: Publication) -> dict[str, Any]:
    """The audited state: the row, its many-to-many ids, and its texts by language."""
    data = audit.snapshot(publication)
    data["texts"] = {
        text.language: {"title": text.title, "summary": text.summary}
        for text in publication.texts.order_by("language")
    }
    return data
