"""Downloading a document attached to a country's response."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from emn.contributions.models import Contribution
from emn.core.dissemination import DisseminationLevel
from emn.queries.models import AdHocQuery, Attachment


def _in_public_compilation(contribution: Contribution) -> bool:
    """A document travels with its answer into the public compilation, and only there."""
    query = contribution.request.ad_hoc_query
    return (
        query.state == AdHocQuery.State.PUBLISHED
        and query.dissemination == DisseminationLevel.PUBLIC
        and contribution.state == Contribution.State.SUBMITTED
        and contribution.publishable
    )


def attachment_download(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    """Serve the file to whoever may read the response it belongs to; 404 for anybody else.

    Rule: the same reach as the answers: the response readers of `Contribution.objects.visible_to`,
    or anyone when the answer appears in a published public compilation.
    """
    attachment = get_object_or_404(
        Attachment.objects.select_related("contribution__request__ad_hoc_query"),
        pk=attachment_pk,
        contribution__request__ad_hoc_query__pk=pk,
    )
    contribution = attachment.contribution
    readable = Contribution.objects.visible_to(request.user).filter(pk=contribution.pk).exists()
    if not (readable or _in_public_compilation(contribution)):
        raise Http404
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.media_type,
    )
