"""The lists filter by type, theme, country covered, language, year and title words, and
split current from archive."""

import datetime

import pytest
from django.urls import reverse

from emn.core.models import Theme
from emn.core.testing.factories import country
from emn.library import services
from emn.library.tests.library_support import publication


@pytest.fixture
def library(personas):
    actor = personas.commission
    old = publication(
        actor,
        title="Annual report 2023",
        type="annual_report",
        published_on=datetime.date(2024, 6, 1),
        countries=[country("SI")],
    )
    new = publication(
        actor,
        title="Annual report 2024",
        type="annual_report",
        published_on=datetime.date(2025, 6, 1),
        supersedes=old,
        countries=[country("SI")],
    )
    inform = publication(
        actor,
        title="Inform on integration",
        type="inform",
        language="fr",
        themes=[Theme.objects.get(code="integration")],
        countries=[country("FR")],
        published_on=datetime.date(2025, 2, 1),
    )
    return old, new, inform


def titles(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    page = response.content.decode()
    names = ("Annual report 2023", "Annual report 2024", "Inform on integration")
    return {name for name in names if f">{name}</span>" in page}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"Annual report 2023", "Annual report 2024", "Inform on integration"}),
        ({"type": "inform"}, {"Inform on integration"}),
        ({"theme": "integration"}, {"Inform on integration"}),
        ({"country": "si"}, {"Annual report 2023", "Annual report 2024"}),
        ({"language": "fr"}, {"Inform on integration"}),
        ({"year": "2024"}, {"Annual report 2023"}),
        ({"search": "annual 2024"}, {"Annual report 2024"}),
    ],
)
def test_the_list_filters(client, library, params, expected):
    assert titles(client, reverse("library:publication_list"), **params) == expected


def test_current_and_archive_split_the_editions(client, library):
    assert titles(client, reverse("library:current")) == {
        "Annual report 2024",
        "Inform on integration",
    }
    assert titles(client, reverse("library:archive")) == {"Annual report 2023"}
    assert titles(client, reverse("library:archive"), type="inform") == set()


def test_an_archived_edition_names_its_successor(client, library):
    _old, new, _inform = library
    page = client.get(reverse("library:archive")).content.decode()
    detail = reverse("library:publication_detail", args=[new.pk])
    assert f'Superseded by <a href="{detail}">Annual report 2024</a>' in page


def test_the_archive_rule_moves_old_publications_to_the_archive(client, personas, library):
    services.set_archive_policy(personas.commission, "inform", 1)
    assert titles(client, reverse("library:archive")) == {
        "Annual report 2023",
        "Inform on integration",
    }


def test_tabs_keep_the_filters(client, library):
    page = client.get(reverse("library:current"), {"type": "inform"}).content.decode()
    assert 'href="/library/archive/?type=inform"' in page


def test_the_add_button_is_only_for_those_who_may(client, personas, library):
    assert "Add publication" not in client.get("/library/").content.decode()
    client.force_login(personas.reader)
    assert "Add publication" not in client.get("/library/").content.decode()
    client.force_login(personas.coordinator)
    assert "Add publication" in client.get("/library/").content.decode()
