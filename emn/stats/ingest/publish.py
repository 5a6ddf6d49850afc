"""Making a staged release the dataset's current one, in one transaction of the main database.

The observations file is complete before this runs. Here the release row, its dimensions
and codes are written and the dataset's pointer moves, all or nothing: if the process
dies before the commit, readers still see the previous release whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from emn.core import audit
from emn.stats.formats.common import SourceError, Staged
from emn.stats.ingest.files import Summary
from emn.stats.ingest.revisions import Revisions
from emn.stats.ingest.sources import SourceFile
from emn.stats.models import Code, Codelist, Dataset, Dimension, Release


@dataclass
class Prepared:
    """Everything about a release that was worked out before the transaction."""

    code: str
    source: SourceFile
    staged: Staged
    summary: Summary
    path: str
    revisions: Revisions
    previous_id: int | None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def _codelist_labels(dimensions: list[str]) -> dict[str, dict[str, dict[str, str]]]:
    """Labels of the stored code lists named like the dimensions (geo -> GEO)."""
    lists = Codelist.objects.filter(code__in=[d.upper() for d in dimensions])
    return {c.code.lower(): c.labels for c in lists}


def _write_dimensions(release: Release, prepared: Prepared) -> None:
    staged = prepared.staged
    from_lists = _codelist_labels(staged.dimensions)
    codes: list[Code] = []
    for position, dim in enumerate(staged.dimensions):
        label = staged.dimension_labels.get(dim)
        dimension = Dimension.objects.create(
            release=release, position=position, code=dim, labels={"en": label} if label else {}
        )
        listed = from_lists.get(dim, {})
        in_file = staged.code_labels.get(dim, {})
        for value, count in prepared.summary.codes[dim].items():
            labels = dict(listed.get(value, {}))
            if value in in_file:
                labels.setdefault("en", in_file[value])
            codes.append(Code(dimension=dimension, code=value, labels=labels, observations=count))
    Code.objects.bulk_create(codes, batch_size=2000)


def _published(release_id: int) -> None:
    from emn.stats.tasks import release_published

    release_published.enqueue(release_id)


def publish(actor: Any, prepared: Prepared) -> Release:
    """Write the release rows and make the release current (one transaction)."""
    with transaction.atomic():
        dataset, _ = Dataset.objects.get_or_create(code=prepared.code)
        dataset = Dataset.objects.select_for_update().get(pk=dataset.pk)
        if dataset.current_release_id != prepared.previous_id:
            raise SourceError(
                prepared.source.name,
                "another release of this dataset was published while this one was read; "
                "run the ingestion again",
            )
        number = (
            dataset.releases.order_by("-number").values_list("number", flat=True).first() or 0
        ) + 1
        summary, revisions = prepared.summary, prepared.revisions
        release = Release.objects.create(
            dataset=dataset,
            number=number,
            state=Release.State.CURRENT,
            source=prepared.source.name,
            source_format=prepared.staged.format,
            checksum=prepared.source.checksum,
            source_bytes=prepared.source.size,
            path=prepared.path,
            observations=summary.observations,
            series=summary.series,
            flag_counts=summary.flag_counts,
            first_period=summary.first_period,
            last_period=summary.last_period,
            frequencies=summary.frequencies,
            changed=revisions.changed,
            added=revisions.added,
            removed=revisions.removed,
            revisions_path=revisions.path,
            warnings=prepared.warnings,
            seconds=round(prepared.seconds, 3),
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        _write_dimensions(release, prepared)
        audit.record(
            actor,
            "ingest",
            release,
            after={
                "source": prepared.source.name,
                "observations": summary.observations,
                "changed": revisions.changed,
                "added": revisions.added,
                "removed": revisions.removed,
            },
        )
        dataset.releases.exclude(pk=release.pk).filter(state=Release.State.CURRENT).update(
            state=Release.State.SUPERSEDED
        )
        dataset.current_release = release
        dataset.updated_at = timezone.now()
        if prepared.staged.title and not dataset.titles.get("en"):
            dataset.titles = {**dataset.titles, "en": prepared.staged.title}
        dataset.save(update_fields=["current_release", "updated_at", "titles"])
        transaction.on_commit(lambda: _published(release.pk))
    return release
