"""The overview map: a shape per country, coloured by status, linked, titled, small file."""

import re

import pytest

from emn.network import europe_map
from emn.network.data.countries import COUNTRIES


@pytest.fixture
def html(client, db):
    return client.get("/network/").content.decode()


def _link(html, code):
    match = re.search(rf'<a href="/network/countries/{code}/"[^>]*>\s*<path class="([^"]+)"', html)
    return match.group(1) if match else None


def test_each_status_has_its_class_and_a_link(html):
    assert _link(html, "SI") == "country member"
    assert _link(html, "NO") == "country observer"
    assert _link(html, "DK") == "country not_participating"
    assert _link(html, "EL") == "country member"  # Greece: Eurostat code, ISO shape GR


def test_countries_outside_the_network_are_drawn_without_a_link(html):
    assert _link(html, "CH") is None
    assert '<path class="country outside"' in html
    assert "<title>Switzerland</title>" in html


def test_each_network_country_has_a_title_and_an_accessible_name(html):
    assert "<title>Slovenia — Member State</title>" in html
    assert 'aria-label="Armenia: Observer"' in html
    assert 'aria-label="Georgia: Observer"' in html


def test_malta_gets_a_marker_it_can_be_clicked_by(html):
    assert '<circle class="marker member"' in html


def test_a_legend_and_a_text_alternative(html):
    legend = html.split('class="map-legend"', 1)[1].split("</ul>", 1)[0]
    for label in ("Member State", "Observer", "Not participating", "Outside the network"):
        assert label in legend
    assert "<caption>Countries of the network</caption>" in html


def test_the_map_file_covers_the_network_and_stays_small():
    data = europe_map.geometry()
    assert {fact.iso_code for fact in COUNTRIES} <= set(data["paths"])
    assert europe_map.DATA.stat().st_size < 300_000
    assert data["viewBox"].startswith("0 0 1000 ")
