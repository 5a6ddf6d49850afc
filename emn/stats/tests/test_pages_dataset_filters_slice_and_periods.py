"""The slice form narrows the table to the codes and periods chosen; a code the release
does not have, or a range that runs backwards, is an error and the defaults are shown."""

import re

from emn.stats.tests.dataset_support import applicants


def _table(html):
    return html.split('class="stats-slice"', 1)[1].split("</table>", 1)[0]


def _body_rows(html):
    body = _table(html).split("<tbody>", 1)[1]
    return re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)


def test_codes_of_two_dimensions(client, db, tmp_path):
    applicants(tmp_path)
    html = client.get("/stats/migr_pages/?sex=F&sex=M&geo=DE&geo=SI").content.decode()
    rows = _body_rows(html)
    assert len(rows) == 4  # F and M for Germany and Slovenia
    assert "Germany" in rows[0] and "61,000" in rows[0]
    assert "Slovenia" in rows[3] and "4,800" in rows[3]
    assert '<abbr title="confidential">c</abbr>' in rows[1]  # SI F 2019 is ": c"
    head = _table(html).split("</thead>", 1)[0]
    assert ">Sex</th>" in head and ">Geopolitical entity (reporting)</th>" in head


def test_period_range_limits_the_columns(client, db, tmp_path):
    applicants(tmp_path)
    html = client.get("/stats/migr_pages/?start=2020&end=2021").content.decode()
    head = _table(html).split("</thead>", 1)[0]
    assert ">2020</th>" in head and ">2021</th>" in head
    assert ">2019</th>" not in head


def test_unknown_code_is_an_error_and_defaults_are_shown(client, db, tmp_path):
    applicants(tmp_path)
    response = client.get("/stats/migr_pages/?sex=X")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert len(_body_rows(html)) == 5  # the default view: every country at T


def test_backwards_range_is_an_error(client, db, tmp_path):
    applicants(tmp_path)
    html = client.get("/stats/migr_pages/?start=2021&end=2019").content.decode()
    assert "The first period comes after the last one." in html
    assert ">2019</th>" in _table(html)


def test_form_shows_the_defaults_it_uses(client, db, tmp_path):
    applicants(tmp_path)
    html = client.get("/stats/migr_pages/").content.decode()
    sex = html.split('id="id_sex"', 1)[1].split("</select>", 1)[0]
    assert re.search(r'<option value="T"[^>]*selected', sex)
    assert not re.search(r'<option value="F"[^>]*selected', sex)
    geo = html.split('id="id_geo"', 1)[1].split("</select>", 1)[0]
    assert "selected" not in geo  # nothing chosen: every country
