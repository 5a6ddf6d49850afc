"""Downloads of an indicator's values, CSV or XLSX: one row per key and period.

Columns: each aligned dimension's code and label (`geo`, `geo_label`), `time_period`,
`value` (with the indicator's decimals; empty when missing, never zero), `flag`,
`flag_meaning` in the reader's language and `unit`. `?geo=` limits the rows as on the page.
The indicator is found through `visible_to`, so a restricted one is a 404 here too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.views.decorators.http import require_GET

from emn.stats import exports
from emn.stats.codelists import flags
from emn.stats.codelists.display import code_label
from emn.stats.indicators import display
from emn.stats.indicators.compute import Result, try_compute
from emn.stats.indicators.forms import KEY_SEPARATOR
from emn.stats.indicators.models import Indicator
from emn.stats.views.indicators import indicator_or_404, language


def _header(result: Result) -> list[str]:
    columns = [name for dim in result.spec.align for name in (dim, f"{dim}_label")]
    return [*columns, "time_period", "value", "flag", "flag_meaning", "unit"]


def value_rows(item: Indicator, result: Result, keys: set[str], lang: str) -> Iterator[list[Any]]:
    unit = item.get_unit_display()
    for value in result.values:
        codes = list(value.key.values())
        if keys and KEY_SEPARATOR.join(codes) not in keys:
            continue
        cells: list[Any] = []
        for dim, code in value.key.items():
            cells += [code, code_label(dim, code, lang)]
        meaning = flags.describe(value.flag, lang)
        yield [*cells, value.period, display.rounded(item, value.value), value.flag, meaning, unit]


def _prepared(request: HttpRequest, key: str) -> tuple[Indicator, Result, set[str], str]:
    item = indicator_or_404(request, key)
    result, _problem = try_compute(item, request.user)
    if result is None:
        raise Http404("The indicator cannot be computed.")
    return item, result, set(request.GET.getlist("geo")), language()


@require_GET
def indicator_csv(request: HttpRequest, key: str) -> StreamingHttpResponse:
    item, result, keys, lang = _prepared(request, key)
    rows = value_rows(item, result, keys, lang)
    return exports.csv_response(f"{item.key}.csv", _header(result), rows)


@require_GET
def indicator_xlsx(request: HttpRequest, key: str) -> HttpResponse:
    item, result, keys, lang = _prepared(request, key)
    rows = value_rows(item, result, keys, lang)
    return exports.xlsx_response(f"{item.key}.xlsx", _header(result), rows, sheet=item.key)
