"""Publishing a collection: its submitted rows as the next release of its dataset.

Rules: only rows of submitted contributions are published; the dataset (agency EMN, source
collection, the dissemination the asker chose) is made on the first publication; its
dimensions are the variable (the template's `dimension`), `unit` and `geo`, by year; a
release goes through `ingest_rows`, so checks, revisions and the atomic switch are those of
every other dataset. When no submitted rows are left (the last one was returned), the
dataset keeps no current release, so nothing withdrawn stays on show.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from emn.contributions.models import Contribution
from emn.core import audit
from emn.stats.collections.models import Collection, CollectionVariable, DataRow
from emn.stats.formats.common import normalise_id
from emn.stats.ingest.pipeline import ingest_rows
from emn.stats.models import Code, Dataset, Dimension, Release

Row = tuple[tuple[str, ...], str, float | None, str]
UNIT_DIMENSION = "unit"
GEO_DIMENSION = "geo"


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _translated(text: Any) -> dict[str, str]:
    """A lazy UI string in every language of the site."""
    labels = {}
    for language in _languages():
        with translation.override(language):
            labels[language] = str(text)
    return labels


def submitted_rows(collection: Collection) -> list[Row]:
    """(variable, unit, country), year, value, flag of every submitted contribution."""
    rows = (
        DataRow.objects.filter(
            contribution__request=collection.request_id,
            contribution__state=Contribution.State.SUBMITTED,
        )
        .select_related("variable", "contribution__country")
        .order_by("variable__position", "contribution__country__code", "period")
    )
    return [
        (
            (row.variable.code, row.variable.unit, row.contribution.country.code),
            row.period,
            None if row.value is None else float(row.value),
            row.flag,
        )
        for row in rows
        if row.value is not None or row.flag
    ]


def _titles(collection: Collection) -> dict[str, str]:
    years = collection.periods
    span = years[0] if len(years) == 1 else f"{years[0]}\u2013{years[-1]}"
    return {lang: f"{name} {span}" for lang, name in collection.template.names.items()}


def dataset_of(collection: Collection) -> Dataset:
    """The collection's dataset, made (without a release) on first use."""
    dataset, _created = Dataset.objects.get_or_create(
        code=collection.dataset_code,
        defaults={
            "agency": "EMN",
            "source": Dataset.Source.COLLECTION,
            "titles": _titles(collection),
            "descriptions": collection.template.descriptions,
            "dissemination": collection.dissemination,
        },
    )
    return dataset


def _label_release(release: Release, collection: Collection) -> None:
    """Labels in every language for the variable and unit dimensions and their codes."""
    dimension = normalise_id(collection.template.dimension)
    variables = {v.code: v.labels for v in collection.template.variables.all()}
    units = {unit.value: _translated(unit.label) for unit in CollectionVariable.Unit}
    names = {
        dimension: _translated(CollectionVariable._meta.verbose_name),
        UNIT_DIMENSION: _translated(CollectionVariable._meta.get_field("unit").verbose_name),
    }
    by_dimension = {dimension: variables, UNIT_DIMENSION: units}
    for dim in Dimension.objects.filter(release=release, code__in=list(names)):
        dim.labels = {**names[dim.code], **dim.labels}
        dim.save(update_fields=["labels"])
        codes = list(Code.objects.filter(dimension=dim))
        for code in codes:
            code.labels = {**by_dimension[dim.code].get(code.code, {}), **code.labels}
        Code.objects.bulk_update(codes, ["labels"])


def _withdraw(actor: Any, dataset: Dataset) -> None:
    """No submitted rows left: the dataset shows no release until the next submission."""
    current = dataset.current_release
    if current is None:
        return
    Release.objects.filter(pk=current.pk).update(state=Release.State.SUPERSEDED)
    dataset.current_release = None
    dataset.updated_at = timezone.now()
    dataset.save(update_fields=["current_release", "updated_at"])
    audit.record(
        actor, "stats.withdraw_collection_data", dataset, before={"release": current.number}
    )


def publish_collection(actor: Any, collection: Collection) -> Release | None:
    """Make the submitted rows the dataset's current release (None when none are left).

    Rule: called inside the transaction that submitted or returned a contribution, after
    locking the collection, so two submissions publish one after the other. Permission:
    that of the calling service. Audit: `stats.publish_collection` (and `ingest`).
    """
    with transaction.atomic():
        dataset = dataset_of(collection)
        rows = submitted_rows(collection)
        if not rows:
            _withdraw(actor, dataset)
            return None
        dimensions = [collection.template.dimension, UNIT_DIMENSION, GEO_DIMENSION]
        outcome = ingest_rows(
            actor,
            collection.dataset_code,
            dimensions,
            rows,
            f"{collection.dataset_code} (national data collection)",
        )
        release = outcome.release
        assert release is not None
        _label_release(release, collection)
        audit.record(
            actor,
            "stats.publish_collection",
            collection,
            after={"release": release.number, "observations": release.observations},
        )
    return release
