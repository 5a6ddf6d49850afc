"""Labels of a release's dimensions and codes in the reader's language, read once per page.

Rule: a code reads as `codelists.display.code_label` says (CLDR country names, translated
aggregates, stored labels, the code); the dimension whose codes are countries (`geo`, or
else the first geographic one) is the one the bar chart and the map compare.
"""

from __future__ import annotations

from dataclasses import dataclass

from emn.stats.codelists.countries import is_geographic
from emn.stats.codelists.display import code_label
from emn.stats.forms import DimensionChoice
from emn.stats.models import Dimension, Release


@dataclass(frozen=True)
class Labels:
    """Dimension code -> label, and dimension code -> code -> label."""

    dimensions: dict[str, str]
    codes: dict[str, dict[str, str]]

    def code(self, dimension: str, code: str) -> str:
        return self.codes.get(dimension, {}).get(code, code)


def across_dimension(dimensions: list[str]) -> str | None:
    """The dimension of countries: `geo` when there is one, else the first geographic one."""
    if "geo" in dimensions:
        return "geo"
    return next((d for d in dimensions if is_geographic(d)), None)


def _dimensions(release: Release) -> list[Dimension]:
    return list(release.dimensions.order_by("position").prefetch_related("codes"))


def labels_of(release: Release, language: str) -> Labels:
    """Every dimension's and code's label in `language`."""
    dimensions = _dimensions(release)
    return Labels(
        dimensions={d.code: d.label(language) for d in dimensions},
        codes={
            d.code: {c.code: code_label(d.code, c.code, language, c.labels) for c in d.codes.all()}
            for d in dimensions
        },
    )


def dimension_choices(labels: Labels, across: str | None) -> list[DimensionChoice]:
    """The slice form's dimensions, in key order, each with its labelled codes."""
    return [
        DimensionChoice(
            code=dimension,
            label=label,
            codes=list(labels.codes.get(dimension, {}).items()),
            geographic=dimension == across,
        )
        for dimension, label in labels.dimensions.items()
    ]
