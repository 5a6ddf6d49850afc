"""A dataset's address sits at the top of /stats/, yet never takes a sibling page's
(indicators, ingestion ...) for a dataset code, whatever the order of the URL modules."""

import pytest
from django.urls import Resolver404, resolve, reverse

from emn.stats.views.urls_pages import DatasetCodeConverter, sibling_prefixes


def test_sibling_prefixes_are_declined():
    for prefix in sibling_prefixes():
        with pytest.raises(ValueError):
            DatasetCodeConverter().to_python(prefix)
    assert DatasetCodeConverter().to_python("migr_asyappctza") == "migr_asyappctza"


def test_dataset_addresses_resolve_to_dataset_pages():
    assert resolve("/stats/migr_eirtn/").url_name == "dataset_detail"
    assert resolve("/stats/migr_eirtn/download.csv").url_name == "dataset_csv"
    assert reverse("stats:dataset_xlsx", args=["sdg_08_10"]) == "/stats/sdg_08_10/download.xlsx"


def test_sibling_pages_are_not_dataset_pages():
    for prefix in sibling_prefixes():
        try:
            match = resolve(f"/stats/{prefix}/")
        except Resolver404:
            continue
        assert match.url_name != "dataset_detail", prefix
