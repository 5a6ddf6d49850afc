"""The dataset page opens on the totals of every country, values with the reader's
separators and flags as footnote letters with their meaning in a legend below."""

import re

from emn.stats.tests.dataset_support import TITLE, applicants


def _rows(html):
    body = html.split('class="stats-slice"', 1)[1].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)


def test_default_view_is_every_country_at_the_total(client, db, tmp_path):
    applicants(tmp_path)
    response = client.get("/stats/migr_pages/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{TITLE}</h1>" in html
    rows = _rows(html)
    assert len(rows) == 5  # DE, EL, EU27_2020, FR, SI at sex T
    assert "Germany" in rows[0] and "148,233" in rows[0]
    assert '<abbr title="provisional">p</abbr>' in rows[0]
    assert ">:<" in rows[1].replace("\n", "")  # Greece 2020 not available
    assert "European Union - 27 countries (from 2020)" in rows[2]
    legend = html.split('class="flag-legend"', 1)[1].split("</dl>", 1)[0]
    assert "<dt>p</dt><dd>provisional</dd>" in legend


def test_fixed_dimensions_are_stated_once(client, db, tmp_path):
    applicants(tmp_path)
    html = client.get("/stats/migr_pages/").content.decode()
    fixed = html.split('class="facts stats-fixed"', 1)[1].split("</dl>", 1)[0]
    assert "<dt>Sex</dt><dd>Total</dd>" in fixed  # no code list: Eurostat's shared names


def test_french_reader_gets_french_separators(client, db, tmp_path):
    applicants(tmp_path)
    html = client.get("/stats/migr_pages/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Demandeurs d&#x27;asile par sexe" in html
    assert "148\u202f233" in html or "148\xa0233" in html
    assert "Allemagne" in html
