"""Browsing by hierarchy (top concepts, narrower ones nested, in the chosen language) and
by theme."""

import re

import pytest

from emn.glossary import services
from emn.glossary.services._common import working_record
from emn.glossary.tests.pages_support import make_glossary

pytestmark = pytest.mark.django_db


def depth(body, term):
    """How deep in the nested lists the term's link is."""
    before = body[body.index("<main") : body.index(f">{term}</a>")]
    return before.count('<ul class="tree">') - before.count("</ul>")


def test_the_tree_nests_narrower_concepts_under_their_broader_one(personas, client):
    glossary = make_glossary(personas)
    body = client.get("/glossary/hierarchy/?lang=fr").content.decode()
    assert depth(body, "migration") == depth(body, "protection internationale") == 1
    assert depth(body, "retour") == 2
    assert depth(body, "retour volontaire") == depth(body, "accord de réadmission") == 3
    assert "<details" in body
    assert f'/glossary/concept/{glossary.voluntary.key}?lang=fr"' in body


def test_themes_group_the_concepts(personas, client):
    glossary = make_glossary(personas, publish=False)
    record = working_record(glossary.returning)
    record.themes = ["return"]
    services.save_concept(
        personas.glossary_editor, services.default_scheme(), record, glossary.returning
    )
    client.force_login(personas.glossary_editor)
    body = client.get("/glossary/themes/").content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body[body.index("<main") :]))
    assert "Return and readmission return" in text.replace("(1)", "").replace("  ", " ")
    assert "Without a theme" in text
