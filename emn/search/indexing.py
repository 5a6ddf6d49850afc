"""Keeping the index in step with the objects: one object now, one object later, or everything.

Rules: a `Document` is written only here, from what the object's source declares
(`emn.search.registry`); an object its source no longer returns, or for which it returns no
entry, loses its document. Writes after a service's change run on commit, in a task, so a
rolled-back change never reaches the index and a slow index never slows the change. No audit
entry: the index is derived data, rebuilt at will by `reindex`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from emn.search import index, registry
from emn.search.models import Document
from emn.search.registry import Entry, Source

log = logging.getLogger(__name__)

# progress(source name, objects done, objects in total) after every chunk.
Progress = Callable[[str, int, int], None]
CHUNK = 200


def _spaced(values: Iterable[str]) -> str:
    """ " a b " for a multi-valued facet: every value findable with `LIKE '% a %'`."""
    items = sorted({str(value).strip() for value in values if value and str(value).strip()})
    return " " + " ".join(items) + " " if items else " "


def _row(source: Source, obj: Any, entry: Entry) -> Document:
    """Upsert the document row of `obj` (its full-text entry is written next, by the caller)."""
    fields = {
        "kind": entry.kind,
        "url": entry.url,
        "titles": {language: title for language, title in entry.titles.items() if title},
        "date": entry.date,
        "year": entry.date.year if entry.date else None,
        "dissemination": entry.dissemination,
        "themes": _spaced(entry.themes),
        "countries": _spaced(entry.countries),
        "audience": entry.readers.audience,
        "readers": entry.readers.tokens(),
        "boost": entry.boost,
        "indexed_at": timezone.now(),
    }
    document, _created = Document.objects.update_or_create(
        source=source.name, object_id=obj.pk, defaults=fields
    )
    return document


def _write(source: Source, obj: Any, entry: Entry) -> Document:
    """Upsert the document of `obj` and its full-text entry (inside the caller's atomic)."""
    document = _row(source, obj, entry)
    index.write(document, entry.texts)
    return document


def _delete(source_name: str, object_ids: Iterable[int]) -> int:
    """Remove the documents (and full-text entries) of these objects; returns how many."""
    ids = list(
        Document.objects.filter(source=source_name, object_id__in=list(object_ids)).values_list(
            "pk", flat=True
        )
    )
    if ids:
        index.delete(ids)
        Document.objects.filter(pk__in=ids).delete()
    return len(ids)


def _index_one(source: Source, pk: Any) -> bool:
    """(Re)index one object read afresh through its source; True if it has a document now."""
    with transaction.atomic():
        obj = source.queryset().filter(pk=pk).first()
        entry = source.entry(obj) if obj is not None else None
        if entry is None:
            _delete(source.name, [pk])
            return False
        _write(source, obj, entry)
        return True


def _dependents(source: Source, obj: Any) -> list[tuple[Source, Any]]:
    """Objects whose readers follow `obj` (a query's answers follow the query's state)."""
    found = getattr(source, "dependents", None)
    if found is None or obj is None:
        return []
    pairs = []
    for other in found(obj):
        other_source = registry.source_for(other)
        if other_source is not None:
            pairs.append((other_source, other.pk))
    return pairs


def index_source(source_name: str, pk: Any) -> bool:
    """Index the object `pk` of the named source, then the objects depending on it."""
    source = registry.sources().get(source_name)
    if source is None:
        log.warning("No search source named %r; nothing indexed.", source_name)
        return False
    indexed = _index_one(source, pk)
    obj = source.queryset().filter(pk=pk).first()
    for other_source, other_pk in _dependents(source, obj):
        _index_one(other_source, other_pk)
    return indexed


def index_now(obj: Any) -> None:
    """Write (or delete) the document of `obj` now, from the object as stored."""
    source = registry.source_for(obj)
    if source is not None:
        index_source(source.name, obj.pk)


def _queue(source_name: str, pk: Any) -> None:
    from emn.search import tasks

    # A change rolled back must not be indexed, and the index must see the committed rows.
    transaction.on_commit(lambda: tasks.index_object.enqueue(source_name, pk))


def index_later(obj: Any) -> None:
    """Once the current transaction commits, queue a task that (re)indexes `obj`."""
    source = registry.source_for(obj)
    if source is not None and obj.pk is not None:
        _queue(source.name, obj.pk)


def unindex_later(model_or_obj: Any, pk: Any = None) -> None:
    """After a deletion commits, queue the removal of the object's document.

    The task reads the object again: gone (or no longer indexable), its document goes.
    """
    source = registry.source_for(model_or_obj)
    key = pk if pk is not None else getattr(model_or_obj, "pk", None)
    if source is not None and key is not None:
        _queue(source.name, key)


def _chunks(source: Source, size: int) -> Iterable[list[Any]]:
    """The primary keys of the source's objects in ascending chunks (keyset pagination)."""
    last = None
    while True:
        keys = source.queryset().order_by("pk").values_list("pk", flat=True)
        if last is not None:
            keys = keys.filter(pk__gt=last)
        chunk = list(keys[:size])
        if not chunk:
            return
        yield chunk
        last = chunk[-1]


def _reindex_chunk(source: Source, chunk: Sequence[Any], previous: Any) -> None:
    """Index one chunk in one transaction, removing documents of objects gone in its range."""
    with transaction.atomic():
        objects = {obj.pk: obj for obj in source.queryset().filter(pk__in=chunk)}
        gone, written = [], []
        for pk in chunk:
            obj = objects.get(pk)
            entry = source.entry(obj) if obj is not None else None
            if entry is None:
                gone.append(pk)
            else:
                written.append((_row(source, obj, entry), entry.texts))
        if written:
            index.write_many(written)
        stale = Document.objects.filter(source=source.name, object_id__lte=chunk[-1]).exclude(
            object_id__in=list(objects)
        )
        if previous is not None:
            stale = stale.filter(object_id__gt=previous)
        gone += list(stale.values_list("object_id", flat=True))
        _delete(source.name, gone)


def reindex(
    sources: Sequence[str] | None = None,
    progress: Progress | None = None,
    chunk_size: int = CHUNK,
) -> dict[str, int]:
    """Rebuild the documents of the named sources (default: all); returns documents per source.

    Rules: each chunk is its own transaction, so an interrupted run leaves every chunk done
    whole and a second run completes the rest; documents of objects gone (or of sources no
    longer registered, on a full run) are removed; running it twice changes nothing.
    """
    known = registry.sources()
    names = list(sources) if sources else sorted(known)
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"Unknown search source(s): {', '.join(unknown)}")
    if not sources:
        orphans = Document.objects.exclude(source__in=names)
        for name in set(orphans.values_list("source", flat=True)):
            _delete(name, orphans.filter(source=name).values_list("object_id", flat=True))
    counts: dict[str, int] = {}
    for name in names:
        source = known[name]
        total = source.queryset().count()
        done, previous = 0, None
        if progress:
            progress(name, 0, total)
        for chunk in _chunks(source, chunk_size):
            _reindex_chunk(source, chunk, previous)
            previous = chunk[-1]
            done += len(chunk)
            if progress:
                progress(name, done, total)
        with transaction.atomic():
            tail = Document.objects.filter(source=name)
            if previous is not None:
                tail = tail.filter(object_id__gt=previous)
            _delete(name, tail.values_list("object_id", flat=True))
        counts[name] = Document.objects.filter(source=name).count()
    return counts
