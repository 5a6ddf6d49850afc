"""Computing an indicator: pick each input's current release, then one DuckDB query.

Rules: an input's dataset is chosen through `Dataset.objects.visible_to(user)`, so an
indicator never shows a reader figures drawn from a dataset they may not see; when an
input has no visible current release the indicator has no values (`Result.missing` says
which); the arithmetic and the flags follow `sql.py`. The Parquet files are read only
for the releases chosen here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from emn.stats import duck, reading
from emn.stats.indicators import sql
from emn.stats.indicators.models import Indicator
from emn.stats.indicators.spec import Input, Spec, SpecError, parse
from emn.stats.models import Code, Dataset, Release


@dataclass(frozen=True)
class Resolved:
    """The input a role reads for this reader: its spec, dataset and current release."""

    role: str
    input: Input
    dataset: Dataset
    release: Release


@dataclass(frozen=True)
class Value:
    key: dict[str, str]
    period: str
    value: float | None
    flag: str


@dataclass
class Result:
    """The values of an indicator, and the inputs they were computed from."""

    spec: Spec
    inputs: list[Resolved] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)

    def periods(self) -> list[str]:
        return sorted({v.period for v in self.values}, key=lambda p: (len(p), p))

    def codes(self, dimension: str) -> list[str]:
        return sorted({v.key[dimension] for v in self.values})


def spec_of(indicator: Indicator) -> Spec:
    return parse(indicator.formula, indicator.spec)


def _datasets(spec: Spec, user: Any) -> dict[str, Dataset]:
    visible = Dataset.objects.visible_to(user).filter(
        code__in=spec.datasets(), current_release__isnull=False
    )
    return {d.code: d for d in visible.select_related("current_release")}


def resolve(spec: Spec, user: Any) -> tuple[list[Resolved], list[str]]:
    """For each role, the first alternative with a visible current release; missing roles."""
    datasets = _datasets(spec, user)
    found: list[Resolved] = []
    missing: list[str] = []
    for role in spec.roles:
        choice = next((i for i in spec.inputs[role] if i.dataset in datasets), None)
        if choice is None:
            missing.append(role)
            continue
        dataset = datasets[choice.dataset]
        assert dataset.current_release is not None
        found.append(Resolved(role, choice, dataset, dataset.current_release))
    return found, missing


def fixed(item: Resolved) -> dict[str, str]:
    """The input's filters on dimensions its release has (an extract may lack some)."""
    dims = reading.dimension_codes(item.release)
    return {d: code for d, code in item.input.filters.items() if d in dims}


def check(spec: Spec, item: Resolved) -> None:
    """The release has the aligned dimensions, and no other with several codes left open."""
    dims = reading.dimension_codes(item.release)
    unknown = [d for d in spec.align if d not in dims]
    if unknown:
        raise SpecError(
            _("Dataset %(code)s has no dimension %(dims)s.")
            % {"code": item.dataset.code, "dims": ", ".join(unknown)}
        )
    open_dims = [d for d in dims if d not in spec.align and d not in item.input.filters]
    several = [
        d
        for d in open_dims
        if Code.objects.filter(dimension__release=item.release, dimension__code=d).count() > 1
    ]
    if several:
        raise SpecError(
            _("Dataset %(code)s: fix one code of %(dims)s in the filters.")
            % {"code": item.dataset.code, "dims": ", ".join(several)}
        )


def _select(spec: Spec, item: Resolved, within: dict[str, list[str]]) -> tuple[str, list[Any]]:
    check(spec, item)
    return sql.input_select(
        reading.source(item.release),
        spec.align,
        fixed(item),
        {d: codes for d, codes in within.items() if d in spec.align},
        item.input.period_sum,
    )


def _query(
    spec: Spec, inputs: list[Resolved], within: dict[str, list[str]], periods: tuple[Any, Any]
) -> tuple[str, list[Any]]:
    selects = [_select(spec, item, within) for item in inputs]
    if spec.formula == "change":
        query, params = sql.change(selects[0][0], spec.align, spec.scale, spec.lag, periods)
        return query, [*selects[0][1], *params]
    (top, top_params), (bottom, bottom_params) = selects
    query, params = sql.quotient(
        top, bottom, spec.align, spec.scale, spec.formula != "per_100k", periods
    )
    return query, [*top_params, *bottom_params, *params]


def query(spec: Spec, inputs: list[Resolved]) -> tuple[str, list[Any]]:
    """The whole indicator as one DuckDB query (aligned dimensions, period, value, flag).

    Raises SpecError when the spec does not fit the datasets it names."""
    return _query(spec, inputs, {}, (None, None))


def compute(
    indicator: Indicator,
    user: Any,
    within: dict[str, list[str]] | None = None,
    start: str | None = None,
    end: str | None = None,
) -> Result:
    """The indicator's values for `user`, limited to codes of aligned dimensions and periods.

    Raises SpecError when the spec does not fit the datasets it names.
    """
    spec = spec_of(indicator)
    inputs, missing = resolve(spec, user)
    result = Result(spec, inputs, missing)
    if missing:
        return result
    query, params = _query(spec, inputs, within or {}, (start, end))
    width = len(spec.align)
    result.values = [
        Value(dict(zip(spec.align, row[:width], strict=True)), row[width], row[width + 1], row[-1])
        for row in duck.fetch(query, params)
    ]
    return result


def try_compute(indicator: Indicator, user: Any) -> tuple[Result | None, str]:
    """The values for `user`, or None and why the spec does not fit its datasets."""
    try:
        return compute(indicator, user), ""
    except SpecError as error:
        return None, str(error)
