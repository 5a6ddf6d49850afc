"""What a dataset page says about the dataset: its release, releases, dimensions and codes.

Rule: the dataset is looked up among those the reader may see (`visible_to`), so a dataset
for EMN members only is a 404 for anybody else on every page and download.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from emn.stats.codelists import flags
from emn.stats.models import Dataset, Release
from emn.stats.views.dataset_labels import Labels


@dataclass(frozen=True)
class FlagCount:
    letter: str
    meaning: str
    count: int


@dataclass(frozen=True)
class DimensionFacts:
    code: str
    label: str
    codes: list[tuple[str, str, int]]  # code, label, observations


def dataset_or_404(request: HttpRequest, code: str) -> tuple[Dataset, Release]:
    """The dataset the reader may see, with its current release; else 404."""
    datasets = Dataset.objects.visible_to(request.user).select_related("current_release")
    dataset = get_object_or_404(datasets, code=code)
    release = dataset.current_release
    if release is None:
        raise Http404("The dataset has no release yet.")
    return dataset, release


def flag_counts(release: Release, language: str) -> list[FlagCount]:
    """Observations per flag of the release, most frequent first, with the meaning."""
    counts = sorted((release.flag_counts or {}).items(), key=lambda item: (-item[1], item[0]))
    return [FlagCount(flag, flags.describe(flag, language), count) for flag, count in counts]


def dimension_facts(release: Release, labels: Labels) -> list[DimensionFacts]:
    """Every dimension with its codes, labels and observation counts, in key order."""
    counts: dict[str, dict[str, int]] = {}
    for dim, code, observations in release.dimensions.values_list(
        "code", "codes__code", "codes__observations"
    ):
        if code is not None:
            counts.setdefault(dim, {})[code] = observations or 0
    return [
        DimensionFacts(
            dim,
            label,
            [(c, labels.code(dim, c), counts.get(dim, {}).get(c, 0)) for c in labels.codes[dim]],
        )
        for dim, label in labels.dimensions.items()
    ]


def releases_of(dataset: Dataset) -> list[Release]:
    return list(dataset.releases.order_by("-number"))


def source_name(release: Release) -> str:
    """The file name of the source (not the server's path), or the dataset code it came as."""
    return PurePath(release.source).name or release.source
