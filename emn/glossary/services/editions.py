"""Publishing an edition: every approved concept, frozen under the next number."""

from __future__ import annotations

import datetime
from dataclasses import replace
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.core import audit
from emn.glossary import records, store
from emn.glossary.models import ConceptVersion, Edition, Scheme, Stage
from emn.glossary.permissions import can_publish_edition
from emn.glossary.services._common import deny


def publish_edition(
    user: Any,
    scheme: Scheme,
    published_on: datetime.date | None = None,
    notes: str = "",
) -> Edition:
    """Publish the next edition of `scheme`: a copy of each concept's approved version.

    Rules: concepts never approved are not in it; links to them are left out of the
    edition (they point to drafts the public cannot see). Once published an edition never
    changes; the public reads the latest one. Search and cross-lingual terms follow.
    """
    deny(can_publish_edition(user), _("Only the Commission publishes editions."))
    with transaction.atomic():
        # Lock the scheme row so two publications cannot take the same number.
        Scheme.objects.select_for_update().filter(pk=scheme.pk).first()
        approved = records.load_versions(
            ConceptVersion.objects.filter(concept__scheme=scheme, stage=Stage.APPROVED)
        )
        inside = {r.uri for r in approved}
        frozen = [
            replace(
                r,
                broader=[u for u in r.broader if u in inside],
                related=[u for u in r.related if u in inside],
            )
            for r in approved
        ]
        number = (Edition.objects.filter(scheme=scheme).aggregate(n=Max("number"))["n"] or 0) + 1
        edition = Edition.objects.create(
            scheme=scheme,
            number=number,
            published_on=published_on or timezone.localdate(),
            notes=notes,
            created_by=user if getattr(user, "is_authenticated", False) else None,
        )
        store.write(scheme, frozen, Stage.EDITION, edition=edition, user=user)
        audit.record(user, "publish", edition, after={"number": number, "concepts": len(frozen)})
        transaction.on_commit(lambda: _follow_up(edition.pk))
    return edition


def _follow_up(edition_id: int) -> None:
    """Refresh the search index and the cross-lingual term table for the new edition."""
    from emn.glossary.tasks import edition_published

    edition_published.enqueue(edition_id)
