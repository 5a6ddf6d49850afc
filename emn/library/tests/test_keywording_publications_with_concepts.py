"""Publications keyworded with glossary concepts: the form, the API and the detail page."""

import pytest
from django.conf import settings
from django.urls import reverse

from emn.core.models import AuditEntry
from emn.glossary import services as glossary
from emn.glossary.tests.glossary_support import approved, concept
from emn.library.models import Publication
from emn.library.tests.library_support import publication
from emn.library.tests.test_pages_permission_matrix import publication_payload

pytestmark = pytest.mark.django_db
LIST = "/api/v1/publications/"


@pytest.fixture
def concepts(personas):
    """Two published concepts (one only in English), a deprecated one and a draft."""
    editor, commission = personas.glossary_editor, personas.commission
    decision = approved(editor, commission, en="return decision", sl="odločba o vrnitvi")
    ban = approved(editor, commission, en="entry ban")
    old = approved(editor, commission, en="expulsion", sl="izgon")
    glossary.deprecate(commission, old, replaced_by=decision)
    glossary.publish_edition(commission, glossary.default_scheme())
    draft = concept(editor, en="alternative to detention", sl="alternativa pridržanju")
    return {"decision": decision, "ban": ban, "old": old, "draft": draft}


def test_the_form_offers_published_concepts_alphabetically_in_the_readers_language(
    client, personas, concepts
):
    client.force_login(personas.commission)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sl"
    form = client.get(reverse("library:publication_create")).context["form"]
    labels = [label for _value, label in form["concepts"].field.choices]
    assert labels == ["entry ban", "odločba o vrnitvi"]  # no draft, no deprecated concept


def test_the_form_keywords_a_new_publication_and_an_edit_changes_it(client, personas, concepts):
    client.force_login(personas.commission)
    decision, ban = concepts["decision"], concepts["ban"]
    data = publication_payload("Return in 2024", concepts=[decision.pk, ban.pk])
    response = client.post(reverse("library:publication_create"), data)
    assert response.status_code == 302
    made = Publication.objects.get()
    assert set(made.concepts.all()) == {decision, ban}
    audit = AuditEntry.objects.filter(action="library.create_publication").get()
    assert sorted(audit.after["concepts"]) == sorted([decision.pk, ban.pk])

    data = publication_payload("Return in 2024, revised", concepts=[ban.pk])
    edit = client.post(reverse("library:publication_edit", args=[made.pk]), data)
    assert edit.status_code == 302, edit.context["summary"]
    assert list(made.concepts.all()) == [ban]


def test_the_edit_form_keeps_a_deprecated_concept_chosen_earlier(client, personas, concepts):
    made = publication(personas.commission, concepts=[concepts["old"]])
    client.force_login(personas.commission)
    form = client.get(reverse("library:publication_edit", args=[made.pk])).context["form"]
    assert concepts["old"].pk in [value for value, _label in form["concepts"].field.choices]


def test_the_form_refuses_a_draft_concept_and_stores_nothing(client, personas, concepts):
    client.force_login(personas.commission)
    data = publication_payload("Return in 2024", concepts=[concepts["draft"].pk])
    response = client.post(reverse("library:publication_create"), data)
    assert response.status_code == 200
    assert "Nothing was saved" in response.text
    assert not Publication.objects.exists()


def _payload(**extra):
    return {
        "type": "study",
        "texts": [{"language": "en", "title": "Return in 2024", "summary": ""}],
        "published_on": "2025-05-01",
        **extra,
    }


def test_the_api_takes_and_gives_concept_uris(client, personas, concepts):
    client.force_login(personas.commission)
    decision, ban = concepts["decision"], concepts["ban"]
    created = client.post(LIST, _payload(concepts=[decision.uri]), content_type="application/json")
    assert created.status_code == 201, created.json()
    assert created.json()["concepts"] == [decision.uri]
    pk = created.json()["id"]
    changed = client.patch(
        f"{LIST}{pk}/", {"concepts": [ban.uri, decision.uri]}, content_type="application/json"
    )
    assert changed.status_code == 200
    assert sorted(changed.json()["concepts"]) == sorted([ban.uri, decision.uri])
    assert sorted(client.get(f"{LIST}{pk}/").json()["concepts"]) == sorted([ban.uri, decision.uri])


@pytest.mark.parametrize("which", ["unknown", "draft"])
def test_the_api_refuses_an_unknown_or_unpublished_uri_naming_it(client, personas, concepts, which):
    client.force_login(personas.commission)
    uri = concepts["draft"].uri if which == "draft" else "https://example.org/no/such/concept"
    response = client.post(
        LIST, _payload(concepts=[concepts["ban"].uri, uri]), content_type="application/json"
    )
    assert response.status_code == 400
    assert uri in str(response.json()["concepts"])
    assert not Publication.objects.exists()


def test_the_page_links_each_concept_in_the_readers_language_or_english(client, personas, concepts):
    made = publication(personas.commission, concepts=[concepts["decision"], concepts["ban"]])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sl"
    page = client.get(reverse("library:publication_detail", args=[made.pk])).text
    decision_url = reverse("glossary:concept", args=[concepts["decision"].key])
    ban_url = reverse("glossary:concept", args=[concepts["ban"].key])
    assert f'<a href="{decision_url}">odločba o vrnitvi</a>' in page
    assert f'<a href="{ban_url}" lang="en">entry ban</a>' in page
