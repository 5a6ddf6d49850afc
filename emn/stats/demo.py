"""Demo statistics: five small Eurostat extracts as datasets, and the shipped indicators.

Each dataset is described (titles, themes, glossary concepts) and ingested through the
ingestion service as the demo Commission, like a file uploaded on the ingestion page; a
dataset that already has a release is left alone, and descriptions are only filled in
where empty, so loading twice changes nothing and keeps what users changed. The shipped
indicators are then synchronised (`sync_indicators`, idempotent too).
"""

from __future__ import annotations

from typing import Any

from emn.core.models import Theme
from emn.glossary.models import Concept
from emn.glossary.services.schemes import DEFAULT_KEY
from emn.stats.collections import demo as collections_demo
from emn.stats.demo_data import DATASETS, DemoDataset
from emn.stats.indicators.services import sync_indicators
from emn.stats.ingest.sources import SourceFile
from emn.stats.models import Dataset
from emn.stats.services.ingestion import ingest


def _describe(spec: DemoDataset) -> Dataset:
    """The dataset row with its titles, themes and concepts, each only where missing."""
    dataset, _created = Dataset.objects.get_or_create(
        code=spec.code, defaults={"titles": spec.titles, "agency": "ESTAT"}
    )
    if not dataset.titles:
        dataset.titles = spec.titles
        dataset.save(update_fields=["titles"])
    if not dataset.themes.exists():
        dataset.themes.set(Theme.objects.filter(code__in=spec.themes))
    if not dataset.concepts.exists():
        concepts = Concept.objects.filter(scheme__key=DEFAULT_KEY, key__in=spec.concepts)
        dataset.concepts.set(concepts)
    return dataset


def load(actor: Any, out: Any) -> None:
    """Describe and ingest each demo dataset not loaded yet, then sync the indicators."""
    loaded = 0
    for spec in DATASETS:
        dataset = _describe(spec)
        if dataset.current_release_id is None:
            ingest(actor, [SourceFile(spec.path, spec.path.name)], dataset_code=spec.code)
            loaded += 1
    created, updated = sync_indicators(actor)
    out.write(
        f"Statistics: {loaded} datasets loaded, {created} indicators created, {updated} updated."
    )
    collections_demo.load(actor, out)
