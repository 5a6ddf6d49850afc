"""Creating, changing and deleting publications, with their texts in several languages."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.core import audit
from emn.core.dissemination import DisseminationLevel
from emn.glossary.usage import check_keywords
from emn.library import permissions
from emn.library.models import Publication, PublicationText, PublicationType
from emn.library.services._common import (
    delete_stored,
    deny,
    index_later,
    state,
    unindex_later,
)

# (language, title, summary): a publication's title and summary in one language.
TextTuple = tuple[str, str, str]

FIELDS = (
    "type",
    "texts",
    "authors",
    "country",
    "producer",
    "countries",
    "themes",
    "keywords",
    "concepts",
    "published_on",
    "dissemination",
    "supersedes",
    "link",
)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")


def clean_language(value: Any, field: str) -> str:
    """A language code as content carries it: "en", "sl", "pt-br" (lower case)."""
    language = str(value or "").strip().lower().replace("_", "-")
    if not _LANGUAGE.match(language):
        raise ValidationError({field: _("“%(value)s” is not a language code.") % {"value": value}})
    return language


def clean_texts(texts: Any) -> list[TextTuple]:
    """At least one text; one per language; each with a title."""
    if not isinstance(texts, list | tuple) or not texts:
        raise ValidationError({"texts": _("Give the title in at least one language.")})
    cleaned: list[TextTuple] = []
    seen: set[str] = set()
    for item in texts:
        try:
            language, title, summary = item
        except (TypeError, ValueError):
            raise ValidationError(
                {"texts": _("Each text is a language, a title and a summary.")}
            ) from None
        language = clean_language(language, "texts")
        title = str(title or "").strip()
        if not title:
            raise ValidationError({"texts": _("The title in “%s” is empty.") % language})
        if len(title) > 500:
            raise ValidationError(
                {"texts": _("The title in “%s” is longer than 500 characters.") % language}
            )
        if language in seen:
            raise ValidationError(
                {"texts": _("There are two texts in “%s”; give one per language.") % language}
            )
        seen.add(language)
        cleaned.append((language, title, str(summary or "").strip()))
    return cleaned


def _clean_keywords(keywords: Any) -> list[str]:
    if not isinstance(keywords, list | tuple) or not all(isinstance(k, str) for k in keywords):
        raise ValidationError({"keywords": _("Keywords are a list of words.")})
    unique: dict[str, None] = {}
    for keyword in keywords:
        if keyword.strip():
            unique.setdefault(keyword.strip(), None)
    return list(unique)


def check_supersedes(actor: Any, publication: Publication, previous: Publication | None) -> None:
    """The previous edition: visible to the actor, not this one, no cycle, not already replaced."""
    if previous is None:
        return
    if not Publication.objects.visible_to(actor).filter(pk=previous.pk).exists():
        raise ValidationError({"supersedes": _("The previous edition was not found.")})
    if publication.pk is not None and previous.pk == publication.pk:
        raise ValidationError({"supersedes": _("A publication cannot supersede itself.")})
    seen: set[int] = set()
    step: Publication | None = previous
    while step is not None and step.pk not in seen:
        if publication.pk is not None and step.pk == publication.pk:
            raise ValidationError(
                {"supersedes": _("“%s” already follows this publication: no cycles.") % previous}
            )
        seen.add(step.pk)
        step = step.supersedes
    taken = Publication.objects.filter(supersedes=previous).exclude(pk=publication.pk).first()
    if taken is not None:
        raise ValidationError(
            {
                "supersedes": _("“%(old)s” is already superseded by “%(new)s”.")
                % {"old": previous, "new": taken}
            }
        )


def _check(actor: Any, publication: Publication) -> None:
    if publication.type not in PublicationType.values:
        raise ValidationError({"type": _("Choose a type of publication.")})
    if publication.dissemination not in DisseminationLevel.values:
        raise ValidationError({"dissemination": _("Choose a dissemination level.")})
    if not isinstance(publication.published_on, datetime.date):
        raise ValidationError({"published_on": _("Give the publication date.")})
    publication.keywords = _clean_keywords(publication.keywords)
    publication.authors = (publication.authors or "").strip()
    publication.link = (publication.link or "").strip()
    check_supersedes(actor, publication, publication.supersedes)
    publication.full_clean(exclude=["supersedes", "source_query", "created_by"])


def _write_texts(publication: Publication, texts: Sequence[TextTuple]) -> None:
    """Replace the texts as a whole (a language left out is removed)."""
    publication.texts.exclude(language__in=[t[0] for t in texts]).delete()
    for language, title, summary in texts:
        PublicationText.objects.update_or_create(
            publication=publication,
            language=language,
            defaults={"title": title, "summary": summary},
        )


def create_publication(
    actor: Any,
    *,
    type: str,
    texts: Sequence[TextTuple],
    published_on: datetime.date,
    authors: str = "",
    country: Any = None,
    producer: Any = None,
    countries: Iterable[Any] = (),
    themes: Iterable[Any] = (),
    keywords: Sequence[str] = (),
    concepts: Iterable[Any] = (),
    dissemination: str = DisseminationLevel.PUBLIC,
    supersedes: Publication | None = None,
    link: str = "",
) -> Publication:
    """Add a publication with its texts (title and summary per language).

    Rule: at least one text, one per language, each titled; a previous edition it supersedes
    must be visible to the actor and not already superseded; glossary `concepts` must be in
    a published edition (they make the publication findable in every language). Permission:
    `can_create_publication` (Commission, Service Provider; an NCP for its own country's
    national publications). Audit: `library.create_publication`. Indexed on commit.
    """
    deny(
        permissions.can_create_publication(actor, country)
        and (country is not None or permissions.can_create_any_publication(actor)),
        _("You may not add this publication."),
    )
    cleaned = clean_texts(texts)
    keyworded = check_keywords(concepts)
    now = timezone.now()
    publication = Publication(
        type=type,
        authors=authors,
        country=country,
        producer=producer,
        keywords=keywords if isinstance(keywords, str) else list(keywords),
        published_on=published_on,
        dissemination=dissemination,
        supersedes=supersedes,
        link=link or "",
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        created_at=now,
        updated_at=now,
    )
    _check(actor, publication)
    with transaction.atomic():
        publication.save()
        publication.countries.set(list(countries))
        publication.themes.set(list(themes))
        publication.concepts.set(keyworded)
        _write_texts(publication, cleaned)
        audit.record(actor, "library.create_publication", publication, after=state(publication))
        index_later(publication)
    return publication


def update_publication(actor: Any, publication: Publication, **changes: Any) -> Publication:
    """Change a publication; `texts` replaces all its texts at once.

    Rule: as `create_publication`; an NCP may not move a publication to another country.
    Permission: `can_edit_publication` (and `can_create_publication` for a new country).
    Audit: `library.update_publication`. Indexed on commit (the superseded edition too).
    """
    deny(
        permissions.can_edit_publication(actor, publication),
        _("You may not change this publication."),
    )
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise ValidationError(_("These fields cannot be set here: %s") % ", ".join(unknown))
    if "country" in changes and getattr(changes["country"], "pk", changes["country"]) != (
        publication.country_id
    ):
        new = changes["country"]
        deny(
            permissions.can_create_publication(actor, new)
            and (new is not None or permissions.can_create_any_publication(actor)),
            _("You may not move this publication to that country."),
        )
    texts = clean_texts(changes.pop("texts")) if "texts" in changes else None
    countries = changes.pop("countries", None)
    themes = changes.pop("themes", None)
    concepts = check_keywords(changes.pop("concepts")) if "concepts" in changes else None
    before = state(publication)
    old_previous = publication.supersedes
    for name, value in changes.items():
        setattr(publication, name, value)
    _check(actor, publication)
    with transaction.atomic():
        publication.updated_at = timezone.now()
        publication.save()
        if countries is not None:
            publication.countries.set(list(countries))
        if themes is not None:
            publication.themes.set(list(themes))
        if concepts is not None:
            publication.concepts.set(concepts)
        if texts is not None:
            _write_texts(publication, texts)
        audit.record(
            actor,
            "library.update_publication",
            publication,
            before=before,
            after=state(publication),
        )
        index_later(publication)
        for edition in {old_previous, publication.supersedes} - {None}:
            index_later(edition)  # type: ignore[arg-type]  # None removed above
    return publication


def delete_publication(actor: Any, publication: Publication) -> None:
    """Delete a publication and its files (a mistake; the archive otherwise keeps all).

    Rule: a newer edition that superseded it then supersedes nothing. Permission:
    `can_delete_publication` (the Commission). Audit: `library.delete_publication`.
    """
    deny(
        permissions.can_delete_publication(actor, publication),
        _("Only the Commission may delete a publication."),
    )
    pk = publication.pk
    stored = [str(f.file.name) for f in publication.files.all() if f.file]
    storage = publication.files.model._meta.get_field("file").storage  # type: ignore[attr-defined]
    with transaction.atomic():
        audit.record(actor, "library.delete_publication", publication, before=state(publication))
        newer = Publication.objects.filter(supersedes=publication).first()
        previous = publication.supersedes
        publication.delete()
        unindex_later(pk)
        for edition in (newer, previous):
            if edition is not None:
                index_later(edition)
        transaction.on_commit(lambda: delete_stored(storage, stored))
