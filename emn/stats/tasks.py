"""Background work of the statistics: what follows the publication of a release."""

from __future__ import annotations

from django_tasks import task

from emn.stats.models import Release


def run_release_published(release_id: int) -> bool:
    """(Re)index the release's dataset in search; True if it has a document now.

    Safe to run again, and late: it reads the dataset as it is when it runs, so a release
    superseded or a dataset made `emn` meanwhile is indexed as it now stands.
    """
    from emn.search.indexing import index_source
    from emn.stats.search import DatasetSource

    dataset_id = Release.objects.filter(pk=release_id).values_list("dataset_id", flat=True).first()
    if dataset_id is None:
        return False  # removed since: the dataset's own deletion unindexes it
    return index_source(DatasetSource.name, dataset_id)


@task()
def release_published(release_id: int) -> bool:
    """Queued on commit by the ingestion pipeline once a release is current."""
    return run_release_published(release_id)
