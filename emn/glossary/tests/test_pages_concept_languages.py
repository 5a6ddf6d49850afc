"""A concept's page shows every language side by side: the reader's first, then English,
then the others by name, with "no term yet in this language" rows for the languages the UI
offers or the glossary uses that the concept lacks; its links are read from the same set."""

import re

import pytest

from emn.glossary.tests.pages_support import make_glossary

pytestmark = pytest.mark.django_db


def rows(response):
    """The language names heading each row of the languages table, in order."""
    body = response.content.decode()
    table = body[body.index('<table class="languages">') :]
    table = table[: table.index("</table>")]
    return [
        re.sub(r"<[^>]+>.*", "", h).strip()
        for h in re.findall(r'<th scope="row">(.*?)</th>', table)
    ]


def text(response):
    body = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body[body.index("<main") :]))


def test_the_readers_language_comes_first_then_english(personas, client):
    glossary = make_glossary(personas)
    response = client.get(f"/glossary/concept/{glossary.returning.key}?lang=sl")
    assert rows(response) == ["Slovenian", "English", "French", "German", "Lithuanian"]
    assert '<h1><span lang="sl">vračanje</span>' in response.content.decode()


def test_a_missing_language_is_shown_as_missing(personas, client):
    glossary = make_glossary(personas)
    response = client.get(f"/glossary/concept/{glossary.protection.key}?lang=lt")
    assert rows(response)[0] == "Lithuanian"
    shown = text(response)
    assert "Lithuanian lt no term yet in this language" in shown
    assert "No term yet in Lithuanian. Shown in English." in shown


def test_variants_definitions_and_links(personas, client):
    glossary = make_glossary(personas)
    shown = text(client.get(f"/glossary/concept/{glossary.returning.key}"))
    assert "Rückführung national variant: Austria" in shown
    assert "Going back to the country of origin. EU context Source: Directive 2008/115/EC" in shown
    assert "Broader migration" in shown
    assert "Narrower readmission agreement , voluntary return" in shown
    assert "Shown from: Edition 1" in shown


def test_links_keep_the_chosen_language(personas, client):
    glossary = make_glossary(personas)
    body = client.get(f"/glossary/concept/{glossary.voluntary.key}?lang=lt").content.decode()
    assert f'href="/glossary/concept/{glossary.returning.key}?lang=lt"' in body
    assert ">grąžinimas</a>" in body


def test_narrower_comes_from_the_same_set(personas, client):
    from emn.glossary.tests.glossary_support import concept

    glossary = make_glossary(personas)
    concept(personas.glossary_editor, broader=[glossary.returning], en="forced return")
    public = text(client.get(f"/glossary/concept/{glossary.returning.key}"))
    assert "forced return" not in public
    client.force_login(personas.glossary_editor)
    assert "forced return" in text(client.get(f"/glossary/concept/{glossary.returning.key}"))


def test_a_deprecated_concept_names_the_one_to_use_instead(personas, client):
    from emn.glossary import services

    glossary = make_glossary(personas)
    services.deprecate(personas.commission, glossary.voluntary, glossary.returning)
    services.publish_edition(personas.commission, services.default_scheme())
    shown = text(client.get(f"/glossary/concept/{glossary.voluntary.key}"))
    assert "Deprecated" in shown
    assert "This concept is deprecated. Use instead: return" in shown


def test_an_imported_source_link_that_is_not_a_web_address_is_not_a_link(personas, client):
    from emn.glossary import services
    from emn.glossary.records import ConceptData, DefinitionData, LabelData

    scheme = services.default_scheme()
    made = services.save_concept(
        personas.commission,
        scheme,
        ConceptData(
            uri="",
            labels=[LabelData("pref", "en", "trap")],
            definitions=[
                DefinitionData("en", "A trap.", source="x", source_url="javascript:alert(1)")
            ],
        ),
    )
    client.force_login(personas.commission)
    body = client.get(f"/glossary/concept/{made.key}").content.decode()
    assert "javascript:" not in body
