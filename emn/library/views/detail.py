"""One publication's page, and the download of its files."""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from emn.glossary.usage import concept_links
from emn.library import permissions
from emn.library.models import Publication, PublicationFile, PublicationType
from emn.library.views.common import (
    decorate,
    file_rows,
    language_name,
    reader_language,
    texts_reader_first,
    visible_publication,
    with_texts,
)
from emn.queries.models import AdHocQuery

# A chain of editions longer than this is a data error; the page stops rather than loop.
MAX_EDITIONS = 50


def _chain(publication: Publication) -> tuple[list[int], list[int]]:
    """Ids of the earlier editions (newest first) and later ones (oldest first), whoever
    may see them; the caller keeps the visible ones."""
    earlier: list[int] = []
    current_id = publication.supersedes_id
    while current_id is not None and current_id not in earlier and len(earlier) < MAX_EDITIONS:
        earlier.append(current_id)
        current_id = (
            Publication.objects.filter(pk=current_id)
            .values_list("supersedes_id", flat=True)
            .first()
        )
    later: list[int] = []
    current_id = publication.pk
    while len(later) < MAX_EDITIONS:
        newer = Publication.objects.filter(supersedes_id=current_id).values_list("pk", flat=True)
        current_id = newer.first()  # type: ignore[assignment]
        if current_id is None or current_id in later or current_id == publication.pk:
            break
        later.append(current_id)
    return earlier, later


def _editions(user: Any, publication: Publication) -> tuple[list[Publication], list[Publication]]:
    """The earlier and later editions the reader may see, decorated for display."""
    earlier_ids, later_ids = _chain(publication)
    visible = {
        p.pk: p
        for p in decorate(
            with_texts(Publication.objects.visible_to(user).filter(pk__in=earlier_ids + later_ids)),
            user,
        )
    }
    return (
        [visible[pk] for pk in earlier_ids if pk in visible],
        [visible[pk] for pk in later_ids if pk in visible],
    )


def _query(user: Any, publication: Publication) -> AdHocQuery | None:
    """The ad-hoc query a compilation comes from, if the reader may open it."""
    if publication.source_query_id is None:
        return None
    return AdHocQuery.objects.visible_to(user).filter(pk=publication.source_query_id).first()


def publication_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A publication: its texts in every language (the reader's first), facts, files and
    editions; a 404 for a publication the reader may not see."""
    publication = visible_publication(request, pk)
    [decorated] = decorate([publication], request.user)
    language = reader_language()
    earlier, later = _editions(request.user, publication)
    texts = [
        (text, language_name(text.language))
        for text in texts_reader_first(publication.texts.all(), language)
    ]
    files = file_rows(publication)
    context = {
        "publication": decorated,
        "texts": texts,
        "files": files,
        "earlier": earlier,
        "later": later,
        "query": _query(request.user, publication),
        "is_compilation": publication.type == PublicationType.AHQ_COMPILATION,
        "countries": sorted(publication.countries.all(), key=lambda c: c.name),
        "themes": sorted(publication.themes.all(), key=str),
        "concepts": concept_links(publication.concepts.select_related("scheme"), language),
        "can_edit": permissions.can_edit_publication(request.user, publication),
        "can_delete": permissions.can_delete_publication(request.user, publication),
        "Extraction": PublicationFile.Extraction,
    }
    return render(request, "library/publication_detail.html", context)


def file_download(request: HttpRequest, pk: int) -> FileResponse:
    """Serve a file under its stored name, as an attachment, to whoever may see its
    publication; a 404 for anybody else."""
    file = get_object_or_404(
        PublicationFile, pk=pk, publication__in=Publication.objects.visible_to(request.user)
    )
    response = FileResponse(
        file.file.open("rb"),
        as_attachment=True,
        filename=file.name,
        content_type=file.media_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
