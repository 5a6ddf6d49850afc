"""Downloads of a dataset page's view: the same slice, one row per observation, CSV or XLSX.

Columns: each dimension's code and label (`geo`, `geo_label` ...), then `time_period`,
`obs_value` (empty when not available, never zero), `obs_flag` and `flag_meaning` in the
reader's language. The file is `<dataset code>-<release number>.csv` / `.xlsx`. The
dataset is found through `visible_to`, so a restricted dataset is a 404 here as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from emn.stats import exports
from emn.stats.codelists import flags
from emn.stats.forms import SliceForm
from emn.stats.models import Release
from emn.stats.views.dataset_facts import dataset_or_404
from emn.stats.views.dataset_labels import (
    Labels,
    across_dimension,
    dimension_choices,
    labels_of,
)
from emn.stats.views.dataset_slice import (
    Selection,
    observation_count,
    release_periods,
    stream,
)
from emn.stats.views.datasets import language


def _header(dimensions: list[str]) -> list[str]:
    columns = [name for dim in dimensions for name in (dim, f"{dim}_label")]
    return [*columns, "time_period", "obs_value", "obs_flag", "flag_meaning"]


def observation_rows(
    release: Release, selection: Selection, labels: Labels, lang: str
) -> Iterator[list[Any]]:
    """The slice's observations as export rows, read lazily from the release file."""
    dimensions = list(labels.dimensions)
    width = len(dimensions)
    meanings: dict[str, str] = {}
    for row in stream(release, selection):
        cells: list[Any] = []
        for dim, code in zip(dimensions, row[:width], strict=True):
            cells += [code, labels.code(dim, code)]
        period, value, flag = row[width], row[width + 1], row[width + 2] or ""
        if flag not in meanings:
            meanings[flag] = flags.describe(flag, lang)
        yield [*cells, period, value, flag, meanings[flag]]


def _prepared(request: HttpRequest, code: str) -> tuple[Release, Selection, Labels, str]:
    _dataset, release = dataset_or_404(request, code)
    lang = language()
    labels = labels_of(release, lang)
    across = across_dimension(list(labels.dimensions))
    form = SliceForm(request.GET, dimension_choices(labels, across), release_periods(release))
    return release, form.selection(), labels, lang


def _filename(release: Release, extension: str) -> str:
    return f"{release.dataset.code}-{release.number}.{extension}"


@require_GET
def dataset_csv(request: HttpRequest, code: str) -> StreamingHttpResponse:
    """The view's observations as CSV, streamed while they are read."""
    release, selection, labels, lang = _prepared(request, code)
    rows = observation_rows(release, selection, labels, lang)
    return exports.csv_response(_filename(release, "csv"), _header(list(labels.dimensions)), rows)


@require_GET
def dataset_xlsx(request: HttpRequest, code: str) -> HttpResponse:
    """The view's observations as one XLSX worksheet; past Excel's rows, a pointer to CSV."""
    release, selection, labels, lang = _prepared(request, code)
    if observation_count(release, selection) > exports.XLSX_MAX_ROWS:
        return _too_many_rows()
    rows = observation_rows(release, selection, labels, lang)
    try:
        return exports.xlsx_response(
            _filename(release, "xlsx"),
            _header(list(labels.dimensions)),
            rows,
            sheet=release.dataset.code,
        )
    except exports.TooManyRows:
        return _too_many_rows()


def _too_many_rows() -> HttpResponse:
    message = _("This view has more rows than a spreadsheet holds: download it as CSV.")
    return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
