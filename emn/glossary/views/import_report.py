"""An import's report as its page shows it: counts in words, problems grouped by property."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

COUNT_NAMES = {
    "concepts_created": _("Concepts created"),
    "concepts_updated": _("Concepts updated"),
    "labels": _("Terms"),
    "languages": _("Languages"),
    "definitions": _("Definitions"),
    "notes": _("Notes"),
    "relations": _("Broader and related links"),
    "mappings": _("Links to other vocabularies"),
}


@dataclass(frozen=True)
class ProblemGroup:
    property: str
    errors: int
    problems: list[dict[str, Any]]


@dataclass
class ShownReport:
    error: str = ""
    scheme_uri: str = ""
    format: str = ""
    refused: bool = False
    stored: bool = False
    counts: list[tuple[str, int]] = field(default_factory=list)
    groups: list[ProblemGroup] = field(default_factory=list)
    problem_count: int = 0
    error_count: int = 0

    @property
    def empty(self) -> bool:
        return not (self.error or self.counts or self.groups)


def shown_report(data: dict[str, Any] | None) -> ShownReport:
    """The row's JSON report, ready for the template (an empty one before the task ran)."""
    data = data or {}
    report = ShownReport(
        error=str(data.get("error", "")),
        scheme_uri=str(data.get("scheme_uri", "")),
        format=str(data.get("format", "")),
        refused=bool(data.get("refused")),
        stored=bool(data.get("stored")),
    )
    counts = data.get("counts") or {}
    report.counts = [
        (str(label), int(counts[key])) for key, label in COUNT_NAMES.items() if key in counts
    ]
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    problems = data.get("problems") or []
    for problem in problems:
        grouped[str(problem.get("property") or "")].append(problem)
    report.groups = sorted(
        (
            ProblemGroup(name, sum(1 for p in items if p.get("error", True)), items)
            for name, items in grouped.items()
        ),
        key=lambda g: (-g.errors, g.property),
    )
    report.problem_count = len(problems)
    report.error_count = sum(1 for p in problems if p.get("error", True))
    return report
