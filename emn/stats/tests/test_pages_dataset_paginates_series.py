"""A slice with more series than a page holds is read a page at a time, in key order."""

import re

from emn.stats.tests.dataset_support import applicants
from emn.stats.views import dataset_table


def _row_headers(html):
    body = html.split('class="stats-slice"', 1)[1].split("<tbody>", 1)[1]
    body = body.split("</tbody>", 1)[0]
    return re.findall(r'<th scope="row">(.*?)</th>', body)


def test_second_page_holds_the_next_series(client, db, tmp_path, monkeypatch):
    applicants(tmp_path)
    monkeypatch.setattr(dataset_table, "SERIES_PER_PAGE", 2)
    first = client.get("/stats/migr_pages/").content.decode()
    assert _row_headers(first) == ["Germany", "Greece"]
    assert "Page 1 of 3" in first
    second = client.get("/stats/migr_pages/?page=2").content.decode()
    assert _row_headers(second) == ["European Union - 27 countries (from 2020)", "France"]
    assert "rows 3 to 4" in second
    last = client.get("/stats/migr_pages/?page=9").content.decode()
    assert _row_headers(last) == ["Slovenia"]
