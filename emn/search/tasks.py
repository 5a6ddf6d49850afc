"""Background work of the search index: (re)indexing one object after a change commits."""

from __future__ import annotations

from typing import Any

from django_tasks import task


@task()
def index_object(source_name: str, pk: Any) -> bool:
    """Write or delete the document of one object (and of the objects whose readers follow
    it), read afresh from the database; True if the object has a document now."""
    from emn.search.indexing import index_source

    return index_source(source_name, pk)
