"""URLs of the dataset pages: `/stats/`, `/stats/<code>/` and its CSV and XLSX downloads.

A dataset code sits at the top of /stats/, beside the other statistics pages (indicators,
ingestion ...). The converter declines a code that is the first segment of one of those
pages, so the order of the URL modules does not matter and a sibling page is never taken
for a dataset.
"""

from __future__ import annotations

from functools import cache

from django.urls import URLPattern, path, register_converter

from emn.stats.views import clients, dataset_exports, datasets

_OURS = ("dataset_list", "dataset_detail", "dataset_csv", "dataset_xlsx")


@cache
def sibling_prefixes() -> frozenset[str]:
    """First path segments of the statistics pages that are not dataset pages."""
    from emn.stats.urls import urlpatterns

    prefixes = set()
    for pattern in urlpatterns:
        if getattr(pattern, "name", None) in _OURS:
            continue
        first = str(pattern.pattern).split("/", 1)[0]
        if first and "<" not in first:
            prefixes.add(first)
    return frozenset(prefixes)


class DatasetCodeConverter:
    regex = "[-a-zA-Z0-9_]+"

    def to_python(self, value: str) -> str:
        if value in sibling_prefixes():
            raise ValueError(value)  # not a dataset: let the sibling page's pattern match
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(DatasetCodeConverter, "dataset")

urlpatterns: list[URLPattern] = [
    path("", datasets.dataset_list, name="dataset_list"),
    path("clients/", clients.clients, name="clients"),
    path("<dataset:code>/", datasets.dataset_detail, name="dataset_detail"),
    path("<dataset:code>/download.csv", dataset_exports.dataset_csv, name="dataset_csv"),
    path("<dataset:code>/download.xlsx", dataset_exports.dataset_xlsx, name="dataset_xlsx"),
]
