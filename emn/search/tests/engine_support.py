"""Helpers of the engine tests: documents written straight into the index."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction

from emn.search import engine, index, registry
from emn.search.models import Document
from emn.search.registry import Readers, Text
from emn.search.results import Results, SearchParams

_counter = iter(range(1, 10**9))


def document(
    title: str,
    body: str = "",
    language: str | None = "en",
    *,
    readers: Readers = registry.PUBLIC,
    kind: str = "publication.study",
    date: datetime.date | None = None,
    themes: tuple[str, ...] = (),
    countries: tuple[str, ...] = (),
    dissemination: str = "public",
    summary: str = "",
    titles: dict[str, str] | None = None,
) -> Document:
    """A saved, indexed document with one title and an optional summary and body."""
    with transaction.atomic():
        row = Document.objects.create(
            source="test.thing",
            object_id=next(_counter),
            kind=kind,
            url=f"/things/{title[:20]}/",
            titles=titles or {language or "en": title},
            date=date,
            year=date.year if date else None,
            dissemination=dissemination,
            audience=readers.audience,
            readers=readers.tokens(),
            themes=" " + " ".join(themes) + " " if themes else " ",
            countries=" " + " ".join(countries) + " " if countries else " ",
        )
        texts = [Text(title, "A", language)]
        if summary:
            texts.append(Text(summary, "B", language))
        if body:
            texts.append(Text(body, "C", language))
        index.write(row, texts)
    return row


def find(q: str = "", user: Any = None, language: str = "en", **kwargs: Any) -> Results:
    from django.contrib.auth.models import AnonymousUser

    return engine.search(user or AnonymousUser(), SearchParams(q=q, **kwargs), language)


def titles(results: Results) -> list[str]:
    return [hit.title for hit in results.hits]
