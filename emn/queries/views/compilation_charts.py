"""Server-drawn figures of a compilation's closed questions: bar charts and maps.

No JavaScript: the page draws them as inline SVG, each with a <title> and a table of the same
figures beside it, so a screen reader or a printout loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from emn.network import europe_map
from emn.network.models.country import territory_name
from emn.queries.compilation import Matrix
from emn.queries.exports.text import display
from emn.queries.models import Question

Kind = Question.Kind
PALETTE_SIZE = 8  # answer-0 ... answer-7 in compilation.css
BAR_HEIGHT = 24
LABEL_WIDTH = 190
CHART_WIDTH = 620


@dataclass(frozen=True)
class Bar:
    label: str
    count: int | float
    y: int
    width: int
    text_y: int
    css: str


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]
    height: int
    label_width: int = LABEL_WIDTH
    width: int = CHART_WIDTH


@dataclass(frozen=True)
class MapShape:
    path: str
    css: str
    title: str
    marker: tuple[int, int] | None = None


@dataclass(frozen=True)
class LegendItem:
    label: str
    css: str
    count: int


@dataclass(frozen=True)
class AnswerMap:
    title: str
    view_box: str
    shapes: list[MapShape]
    legend: list[LegendItem] = field(default_factory=list)


def _categories(question: Question) -> list[str]:
    if question.kind == Kind.YES_NO:
        return [_("Yes"), _("No")]
    return [str(choice) for choice in question.choices or []]


def chart(question: Question, summary: dict[str, Any], matrix: Matrix) -> Chart | None:
    """Bars of the counts per answer (yes/no, choices) or of each country's number."""
    if question.kind == Kind.NUMBER:
        pairs = [
            (row.country.name, row.cell(question).value.get("value"))
            for row in matrix.answered_rows
            if isinstance(row.cell(question).value, dict)
            and isinstance(row.cell(question).value.get("value"), int | float)
        ]
        pairs.sort(key=lambda pair: -pair[1])
        css = ["answer-0"] * len(pairs)
    else:
        counts = summary.get("counts", {})
        labels = _categories(question)
        keys = ["yes", "no"] if question.kind == Kind.YES_NO else list(counts)
        pairs = [(label, counts.get(key, 0)) for label, key in zip(labels, keys, strict=False)]
        css = [f"answer-{i % PALETTE_SIZE}" for i in range(len(pairs))]
    if not pairs:
        return None
    top = max((abs(value) for _label, value in pairs), default=0) or 1
    room = CHART_WIDTH - LABEL_WIDTH - 50
    bars = [
        Bar(
            label=label,
            count=value,
            y=i * BAR_HEIGHT,
            width=max(int(room * abs(value) / top), 1 if value else 0),
            text_y=i * BAR_HEIGHT + BAR_HEIGHT // 2 + 4,
            css=css[i],
        )
        for i, (label, value) in enumerate(pairs)
    ]
    title = _("Bar chart of the answers to: %(question)s") % {"question": question.text[:120]}
    return Chart(title=title, bars=bars, height=len(bars) * BAR_HEIGHT)


def answer_map(question: Question, matrix: Matrix) -> AnswerMap | None:
    """Europe coloured by each country's answer (yes/no and single choice only)."""
    if question.kind not in (Kind.YES_NO, Kind.SINGLE):
        return None
    categories = _categories(question)
    keys: list[Any] = [True, False] if question.kind == Kind.YES_NO else categories
    by_iso: dict[str, tuple[str, str]] = {}
    counts = [0] * len(keys)
    for row in matrix.answered_rows:
        value = row.cell(question).value
        key = value.get("answer") if isinstance(value, dict) else value
        if key in keys:
            index = keys.index(key)
            counts[index] += 1
            label = display(question, value) if question.kind == Kind.YES_NO else str(key)
            by_iso[row.country.iso_code] = (f"answer-{index % PALETTE_SIZE}", label)
    data = europe_map.geometry()
    shapes = []
    for iso, path in data["paths"].items():
        css, label = by_iso.get(iso, ("none", ""))
        name = territory_name(iso)
        title = f"{name}: {label}" if label else name
        marker = data["markers"].get(iso) if iso in by_iso else None
        shapes.append(MapShape(path, css, title, tuple(marker) if marker else None))
    legend = [
        LegendItem(label, f"answer-{i % PALETTE_SIZE}", counts[i])
        for i, label in enumerate(categories)
    ]
    legend.append(LegendItem(_("No answer shown"), "none", 0))
    title = _("Map of Europe coloured by the answers to: %(question)s") % {
        "question": question.text[:120]
    }
    return AnswerMap(title=title, view_box=data["viewBox"], shapes=shapes, legend=legend)
