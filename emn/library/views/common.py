"""What the library's pages share: the language fallback chain, language names, and finding
a publication the reader may see."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from babel import Locale, UnknownLocaleError
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language, gettext

from emn.accounts.roles import is_emn_member
from emn.core.files import EXTENSIONS
from emn.library.models import Publication, PublicationFile, PublicationText

FALLBACK_LANGUAGE = "en"


def reader_language() -> str:
    """The language the page is written in (the reader's), without a region."""
    return (get_language() or FALLBACK_LANGUAGE).split("-")[0]


def language_name(code: str, language: str | None = None) -> str:
    """The name of language `code` in `language` (default: the page's), from CLDR via Babel."""
    try:
        locale = Locale.parse((language or reader_language()).replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse(FALLBACK_LANGUAGE)
    name = locale.languages.get(code) or Locale.parse(FALLBACK_LANGUAGE).languages.get(code)
    return name[:1].upper() + name[1:] if name else code


@dataclass(frozen=True)
class Shown:
    """A publication's title and summary as the reader sees them, through the fallback chain.

    `in_reader_language` is False when the text is in English for a reader of another
    language; `missing` when neither the reader's language nor English exists, so the page
    says "not available in your language" next to whichever text it shows.
    """

    title: str
    summary: str
    language: str
    language_name: str
    in_reader_language: bool
    missing: bool


def shown_text(texts: Sequence[PublicationText], language: str) -> Shown | None:
    """The reader's language, then English, then the first text by language code (marked)."""
    by_language = {text.language: text for text in texts}
    chosen = by_language.get(language) or by_language.get(FALLBACK_LANGUAGE)
    missing = chosen is None
    if chosen is None:
        if not texts:
            return None
        chosen = min(texts, key=lambda text: text.language)
    return Shown(
        title=chosen.title,
        summary=chosen.summary,
        language=chosen.language,
        language_name=language_name(chosen.language),
        in_reader_language=chosen.language == language,
        missing=missing,
    )


def texts_reader_first(texts: Iterable[PublicationText], language: str) -> list[PublicationText]:
    """Every language's text: the reader's first, then English, then by language code."""

    def rank(text: PublicationText) -> tuple[int, str]:
        order = 0 if text.language == language else 1 if text.language == FALLBACK_LANGUAGE else 2
        return order, text.language

    return sorted(texts, key=rank)


def available_languages(publication: Publication) -> list[tuple[str, str]]:
    """(code, name) of every language the publication has a text or a file in."""
    codes = {text.language for text in publication.texts.all()}
    codes |= {file.language for file in publication.files.all()}
    return sorted(((code, language_name(code)) for code in codes), key=lambda c: c[1])


def with_texts(publications: QuerySet[Publication]) -> QuerySet[Publication]:
    """The relations every list and detail shows, fetched in a fixed number of queries."""
    return publications.select_related("country", "producer").prefetch_related(
        Prefetch("texts", queryset=PublicationText.objects.order_by("language")),
        Prefetch("files", queryset=PublicationFile.objects.order_by("language", "uploaded_at")),
    )


def decorate(publications: Iterable[Publication], user: Any) -> list[Publication]:
    """Attach what a list shows: `shown` text, `languages`, `archived`, and `newer`, the
    edition that superseded it if the reader may see that edition (a hidden one is never
    named)."""
    items = list(publications)
    language = reader_language()
    ids = [p.pk for p in items]
    member = is_emn_member(user)
    superseded = set(
        Publication.objects.filter(supersedes__in=ids).values_list("supersedes_id", flat=True)
    )
    archived = set(Publication.objects.filter(pk__in=ids).archived().values_list("pk", flat=True))
    newer = {
        newer.supersedes_id: newer
        for newer in with_texts(Publication.objects.visible_to(user).filter(supersedes__in=ids))
    }
    for publication in items:
        publication.shown = shown_text(list(publication.texts.all()), language)  # type: ignore[attr-defined]
        publication.languages = available_languages(publication)  # type: ignore[attr-defined]
        publication.archived = publication.pk in archived  # type: ignore[attr-defined]
        publication.superseded = publication.pk in superseded  # type: ignore[attr-defined]
        producer = publication.producer
        visible = producer is not None and (not producer.is_restricted or member)
        publication.visible_producer = producer if visible else None  # type: ignore[attr-defined]
        later = newer.get(publication.pk)
        if later is not None:
            later.shown = shown_text(list(later.texts.all()), language)  # type: ignore[attr-defined]
        publication.newer = later  # type: ignore[attr-defined]
    return items


def visible_publication(request: HttpRequest, pk: int) -> Publication:
    """The publication `pk` if the reader may see it; a 404 otherwise, even if it exists."""
    return get_object_or_404(with_texts(Publication.objects.visible_to(request.user)), pk=pk)


def failure_reason(error: str) -> str:
    """Why a file's text could not be extracted, without the "text could not be extracted"
    the stored reason may already start with (the page says it once)."""
    reason = error.strip()
    for prefix in (gettext("text could not be extracted"), "text could not be extracted"):
        if reason.lower().startswith(prefix.lower()):
            reason = reason[len(prefix) :].lstrip(" :")
            break
    return reason


def file_rows(publication: Publication) -> list[tuple[PublicationFile, str, str]]:
    """Each file with its language's name and the name of its type (PDF, DOCX ...)."""
    rows = []
    for file in publication.files.order_by("language", "uploaded_at"):
        file.failure_reason = failure_reason(file.extraction_error)  # type: ignore[attr-defined]
        kind = EXTENSIONS.get(file.media_type, file.media_type)
        rows.append((file, language_name(file.language), kind))
    return rows
