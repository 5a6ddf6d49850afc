"""Titles follow the reader's language, then English, then a marked other language."""

import pytest
from django.conf import settings
from django.urls import reverse

from emn.library import services
from emn.library.tests.library_support import publication


@pytest.fixture
def published(personas):
    both = publication(personas.commission, title="Return of minors", language="en")
    services.update_publication(
        personas.commission,
        both,
        texts=[("en", "Return of minors", ""), ("fr", "Retour des mineurs", "Résumé.")],
    )
    slovenian = publication(personas.commission, title="Vračanje mladoletnikov", language="sl")
    return both, slovenian


def read(client, language, url="/library/"):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client.get(url).content.decode()


def test_a_french_reader_sees_the_french_title(client, published):
    page = read(client, "fr")
    assert "Retour des mineurs" in page
    assert "Return of minors" not in page


def test_a_reader_without_a_text_in_their_language_gets_english_marked(client, published):
    page = read(client, "de")
    assert '<span lang="en">Return of minors</span> <span class="lang-note">' in page
    assert "Retour des mineurs" not in page


def test_without_english_the_first_language_is_shown_with_the_marker(client, published):
    page = read(client, "en")
    assert '<span lang="sl">Vračanje mladoletnikov</span>' in page
    assert "Not available in your language; shown in Slovenian" in page


def test_the_detail_page_shows_every_language_the_readers_first(client, published):
    both, _slovenian = published
    page = read(client, "fr", reverse("library:publication_detail", args=[both.pk]))
    assert page.index("Résumé.") < page.index("Return of minors</h3>")
