"""What each app indexes: the contract between an app's `search.py` and the index.

An app declares a `Source` per model it makes searchable and registers it:

    class PublicationSource(Source):
        name = "library.publication"
        model = Publication
        kinds = {"publication.study": _("Study"), ...}  # facet labels of the "type" facet

        def queryset(self): return Publication.objects.select_related(...)
        def entry(self, obj): return Entry(...)   # or None: not in the index

    register(PublicationSource())

The index never reads another app's rules itself: the source turns an object into an `Entry`
carrying its texts (each with a language and a weight), its facets and its readers, the latter
derived from the same rules as the model's `visible_to`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from django.db import models

from emn.search.models import Audience

# Weight classes, as in PostgreSQL: A for titles, B for summaries and keywords, C for body text,
# D for the text of attached files. Each engine turns them into its own column weights.
Weight = Literal["A", "B", "C", "D"]


@dataclass(frozen=True)
class Text:
    """A piece of an object's text; `language` None means "detect it"."""

    value: str
    weight: Weight = "C"
    language: str | None = None


@dataclass(frozen=True)
class Readers:
    """Who may find a document: everyone, EMN members, or the named readers only.

    The Commission reads everything. Named readers: the NCP members of `countries` (ids),
    the `users` (ids), and the Service Provider when `service_provider` is set.
    """

    audience: str = Audience.PUBLIC
    countries: frozenset[int] = frozenset()
    users: frozenset[int] = frozenset()
    service_provider: bool = False

    def tokens(self) -> str:
        """The `Document.readers` value: space-delimited, with spaces at both ends."""
        items = [f"c:{pk}" for pk in sorted(self.countries)]
        items += [f"u:{pk}" for pk in sorted(self.users)]
        if self.service_provider:
            items.append("sp")
        return " " + " ".join(items) + " " if items else " "


PUBLIC = Readers(Audience.PUBLIC)
MEMBERS = Readers(Audience.MEMBERS)


def restricted(
    countries: Iterable[int | None] = (),
    users: Iterable[int | None] = (),
    service_provider: bool = False,
) -> Readers:
    return Readers(
        Audience.RESTRICTED,
        frozenset(c for c in countries if c is not None),
        frozenset(u for u in users if u is not None),
        service_provider,
    )


@dataclass
class Entry:
    """One object as the index should hold it.

    `titles` maps a language to the title in it (at least one). `kind` is the value of the
    "type" facet and must be a key of the source's `kinds`. `themes` are `ThemeCode` values,
    `countries` Eurostat country codes (`EL` for Greece). `dissemination` is shown as a facet
    to members; `readers` decides who finds the document at all.
    """

    titles: dict[str, str]
    url: str
    kind: str
    texts: Sequence[Text]
    readers: Readers
    date: datetime.date | None = None
    dissemination: str = "public"
    themes: Sequence[str] = ()
    countries: Sequence[str] = ()
    boost: float = 1.0
    extra: dict[str, Any] = field(default_factory=dict)


class Source:
    """A model made searchable. Subclass it in the app's `search.py` and `register()` it."""

    name: ClassVar[str]
    model: ClassVar[type[models.Model]]
    # Labels of the values this source gives the "type" facet.
    kinds: ClassVar[dict[str, Any]]

    def queryset(self) -> models.QuerySet[Any]:
        """Every object that may have a document, loaded as `entry` needs it."""
        return self.model._default_manager.all()

    def entry(self, obj: Any) -> Entry | None:
        """The document for `obj`, or None when it must not be in the index at all."""
        raise NotImplementedError


_sources: dict[str, Source] = {}


def register(source: Source) -> Source:
    """Add a source; its name must be unique across apps."""
    if source.name in _sources and type(_sources[source.name]) is not type(source):
        raise ValueError(f"Search source {source.name!r} is registered twice.")
    _sources[source.name] = source
    return source


def sources() -> dict[str, Source]:
    return dict(_sources)


def source_for(obj_or_model: Any) -> Source | None:
    """The source indexing this model (or this object's model), if any."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    for source in _sources.values():
        if issubclass(model, source.model):
            return source
    return None


def kind_labels() -> dict[str, Any]:
    """Labels of every value of the "type" facet, across sources."""
    labels: dict[str, Any] = {}
    for source in _sources.values():
        labels.update(source.kinds)
    return labels
