"""An ad-hoc query's compilation, once published, appears in the library by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from emn.contributions.models import Contribution
from emn.core import audit
from emn.library.models import Publication, PublicationText, PublicationType
from emn.library.services._common import index_later, state
from emn.network.models import Country

if TYPE_CHECKING:
    from emn.queries.models import AdHocQuery

# Queries are asked and compiled in English, the network's working language.
LANGUAGE = "en"


def _summary(query: AdHocQuery) -> str:
    newest = query.compilations.order_by("-version").first()
    if newest is None:
        return query.background
    return "\n\n".join(part for part in (newest.introduction, newest.findings) if part)


def publish_compilation(query: AdHocQuery) -> Publication:
    """Create or bring up to date the library's publication of a published query.

    Rule: type `ahq_compilation`; its English text is the query's title and the newest
    compilation's introduction and findings (texts in other languages an editor added are
    kept); countries covered are those that submitted an answer; theme, keywords and
    dissemination are the query's; the publication date is that of the first publication.
    Idempotent. Permission: none, a system step of `emn.queries.services.publish_query`.
    Audit: `library.publish_compilation` (actor "system").
    """
    answered = Contribution.objects.filter(
        request_id=query.request_id, state=Contribution.State.SUBMITTED
    ).values_list("country_id", flat=True)
    title = (f"{query.reference} {query.title}" if query.reference else query.title)[:500]
    with transaction.atomic():
        publication = Publication.objects.select_for_update().filter(source_query=query).first()
        before = state(publication) if publication else None
        if publication is None:
            publication = Publication(
                source_query=query,
                type=PublicationType.AHQ_COMPILATION,
                published_on=timezone.localdate(),
                created_by=None,
            )
        publication.authors = "European Migration Network"
        publication.country = query.request.requester_country
        publication.keywords = list(query.keywords or [])
        publication.dissemination = query.dissemination
        publication.updated_at = timezone.now()
        publication.save()
        publication.countries.set(Country.objects.filter(pk__in=list(answered)))
        publication.themes.set([query.theme_id])
        PublicationText.objects.update_or_create(
            publication=publication,
            language=LANGUAGE,
            defaults={"title": title, "summary": _summary(query)},
        )
        audit.record(
            None,
            "library.publish_compilation",
            publication,
            before=before,
            after=state(publication),
        )
        index_later(publication)
    return publication
