"""The glossary API: concepts of the latest edition for everyone, drafts for the working group."""

import pytest
from rest_framework.test import APIClient

from emn.glossary import services
from emn.glossary.tests.glossary_support import approved, concept

pytestmark = pytest.mark.django_db


def client_for(user):
    client = APIClient()
    if getattr(user, "is_authenticated", False):
        client.force_authenticate(user)
    return client


@pytest.fixture
def glossary(personas):
    editor, commission = personas.glossary_editor, personas.commission
    top = approved(editor, commission, en="return", fr="retour")
    child = approved(editor, commission, en="forced return", broader=[top], de_AT="Abschiebung")
    services.publish_edition(commission, services.default_scheme())
    draft = concept(editor, en="entry ban")
    return top, child, draft


def test_the_public_lists_the_edition_with_narrower_links(personas, glossary):
    top, child, _draft = glossary
    response = client_for(personas.anonymous).get("/api/v1/glossary/concepts/")
    assert response.status_code == 200
    by_key = {c["key"]: c for c in response.json()["results"]}
    assert set(by_key) == {top.key, child.key}
    assert by_key[top.key]["narrower"] == [child.uri]
    assert by_key[child.key]["broader"] == [top.uri]
    assert {"kind": "pref", "language": "de", "country": "AT", "value": "Abschiebung"} in by_key[
        child.key
    ]["labels"]


def test_a_draft_is_404_for_the_public_and_there_for_the_working_group(personas, glossary):
    _top, _child, draft = glossary
    path = f"/api/v1/glossary/concepts/{draft.key}/"
    assert client_for(personas.anonymous).get(path).status_code == 404
    assert client_for(personas.reader).get(path).status_code == 404
    assert client_for(personas.reader).get(path + "?edition=working").status_code == 404
    assert client_for(personas.glossary_editor).get(path).json()["status"] == "draft"


def test_terms_filter_and_editions_list(personas, glossary):
    response = client_for(personas.anonymous).get("/api/v1/glossary/concepts/?q=ret&language=fr")
    assert [c["key"] for c in response.json()["results"]] == [glossary[0].key]
    editions = client_for(personas.anonymous).get("/api/v1/glossary/editions/").json()
    assert editions == [
        {"number": 1, "published_on": editions[0]["published_on"], "notes": "", "concepts": 2}
    ]
