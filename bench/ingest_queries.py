"""The query half of bench/ingest.py: two slices of the ingested dataset, as a page asks them.

Each run picks the dataset through `Dataset.objects.visible_to(user)` (an anonymous reader),
then reads with `reading.observations`; the SQL queries to the main database are counted with
CaptureQueriesContext. The slices are chosen from the release's own codes, so any dataset
works: every dimension but geo at its total (TOTAL, else T, else its most frequent code), and
either every geo for the last period (the comparison) or one country for every period (the
series; the shared file spans 2008-2022, so 15 years rather than 20).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

# Where the totals code is not TOTAL or T: asylum applicants (not first-time ones) is the
# figure a comparison of countries shows.
PREFERRED = {"asyl_app": "ASY_APP"}
COUNTRY = "DE"


def _totals(release: Any) -> dict[str, list[str]]:
    from emn.stats.models import Code

    filters: dict[str, list[str]] = {}
    for dimension in release.dimensions.exclude(code="geo"):
        codes = dict(Code.objects.filter(dimension=dimension).values_list("code", "observations"))
        preferred = [PREFERRED.get(dimension.code), "TOTAL", "T"]
        chosen = next((c for c in preferred if c in codes), None)
        filters[dimension.code] = [chosen or max(codes, key=codes.__getitem__)]
    return filters


def _timed(run: Callable[[], list[Any]], runs: int) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    run()  # warm-up: the reader's DuckDB connection opens, the file's footer is cached
    times, sql, rows = [], 0, 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            rows = len(run())
            times.append((time.perf_counter() - started) * 1000)
        sql = len(queries.captured_queries)
    times.sort()
    p95 = times[max(0, round(0.95 * len(times)) - 1)]
    return {"p95_ms": p95, "median_ms": statistics.median(times), "sql": sql, "rows": rows}


def measure(runs: int) -> dict[str, Any]:
    from django.contrib.auth.models import AnonymousUser

    from emn.stats import reading
    from emn.stats.models import Dataset

    code = Dataset.objects.get().code
    user = AnonymousUser()
    release = Dataset.objects.get().current_release
    totals = _totals(release)
    last = release.last_period

    def current() -> Any:
        return Dataset.objects.visible_to(user).select_related("current_release").get(code=code)

    def comparison() -> list[Any]:
        return reading.observations(current().current_release, totals, start=last, end=last)

    def series() -> list[Any]:
        filters = {**totals, "geo": [COUNTRY]}
        return reading.observations(current().current_release, filters)

    fixed = ", ".join(f"{d}={v[0]}" for d, v in totals.items())
    result = {"comparison": _timed(comparison, runs), "series": _timed(series, runs)}
    result["comparison"]["what"] = f"every geo, {last}, {fixed}"
    result["series"]["what"] = f"geo={COUNTRY}, every period, {fixed}"
    return result
