"""The A to Z list: the chosen language's terms in order, national variants marked with
their country, the English term beside, and concepts without a term in the language listed
all the same, marked "no term yet in this language"."""

import re

import pytest
from django.utils import translation

from emn.glossary.tests.pages_support import make_glossary

pytestmark = pytest.mark.django_db


def text(response):
    body = response.content.decode()
    body = body[body.index("<main") :]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def test_the_list_follows_the_chosen_language_with_english_beside(personas, client):
    make_glossary(personas)
    shown = text(client.get("/glossary/?lang=sl"))
    assert shown.index("mednarodna zaščita") < shown.index("migracija") < shown.index("vračanje")
    assert "vračanje return" in shown
    assert "entry ban" not in shown  # a draft: the public never sees it


def test_a_national_variant_is_marked_with_its_country(personas, client):
    make_glossary(personas)
    shown = text(client.get("/glossary/?lang=de"))
    assert "Rückführung national variant: Austria" in shown
    assert "Rückkehr return" in shown


def test_a_concept_without_a_term_is_listed_and_marked(personas, client):
    make_glossary(personas)
    shown = text(client.get("/glossary/?lang=lt"))
    assert "international protection no term yet in this language" in shown
    assert "1 without a term yet in this language" in shown


def test_the_ui_language_is_the_default_and_names_the_languages(personas, client):
    make_glossary(personas)
    client.cookies["emn_language"] = "sl"
    with translation.override("sl"):
        response = client.get("/glossary/")
    body = response.content.decode()
    assert '<option value="sl" selected>' in body
    assert "litovščina" in body.lower()  # Lithuanian, named in Slovenian


def test_the_letter_bar_narrows_the_list(personas, client):
    make_glossary(personas)
    shown = text(client.get("/glossary/?lang=en&letter=R"))
    assert "readmission agreement" in shown and "return" in shown
    assert "migration" not in shown.split("All", 1)[1].split("Z", 1)[1]


def test_other_scripts_get_their_letters(personas, client):
    from emn.glossary import services
    from emn.glossary.tests.glossary_support import approved

    approved(personas.glossary_editor, personas.commission, en="asylum", uk="притулок")
    services.publish_edition(personas.commission, services.default_scheme())
    body = client.get("/glossary/?lang=uk").content.decode()
    assert ">П</a>" in body
    assert "притулок" in body


def test_the_search_box_searches_glossary_terms(personas, client):
    make_glossary(personas)
    body = client.get("/glossary/").content.decode()
    assert 'action="/search/"' in body
    assert 'name="kind" value="glossary.concept"' in body


def test_a_long_list_is_paged(personas, client):
    from emn.glossary import services
    from emn.glossary.records import ConceptData, LabelData

    scheme = services.default_scheme()
    for n in range(105):
        services.save_concept(
            personas.commission,
            scheme,
            ConceptData(uri="", labels=[LabelData("pref", "en", f"term {n:03d}")]),
        )
    client.force_login(personas.commission)
    first = text(client.get("/glossary/"))
    assert "term 000" in first and "term 104" not in first and "Page 1 of 2" in first
    assert "term 104" in text(client.get("/glossary/?page=2"))
