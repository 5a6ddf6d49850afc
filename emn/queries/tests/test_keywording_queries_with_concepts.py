"""Ad-hoc queries keyworded with glossary concepts: the form, the API and the query page."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from emn.core.models import AuditEntry
from emn.core.testing.factories import country
from emn.glossary import services as glossary
from emn.glossary.tests.glossary_support import approved, concept
from emn.queries import services
from emn.queries.models import AdHocQuery
from emn.queries.tests.factories import draft_query, theme

pytestmark = pytest.mark.django_db
LIST = "/api/v1/queries/"


@pytest.fixture
def concepts(personas):
    """A published concept with a Slovenian term, one in English only, and a draft."""
    editor, commission = personas.glossary_editor, personas.commission
    decision = approved(editor, commission, en="return decision", sl="odločba o vrnitvi")
    ban = approved(editor, commission, en="entry ban")
    glossary.publish_edition(commission, glossary.default_scheme())
    draft = concept(editor, en="alternative to detention")
    return {"decision": decision, "ban": ban, "draft": draft}


def _form(**extra):
    deadline = timezone.localdate() + datetime.timedelta(days=14)
    return {
        "title": "Return decisions for families",
        "background": "The ministry prepares new guidelines.",
        "theme": theme("return").pk,
        "keywords": "",
        "deadline": deadline.isoformat(),
        "countries": [country(code).pk for code in ("SI", "FR")],
        "dissemination": "emn",
        **extra,
    }


def test_the_form_keywords_a_draft_and_an_edit_changes_it(client, personas, concepts):
    client.force_login(personas.coordinator)
    decision, ban = concepts["decision"], concepts["ban"]
    response = client.post("/queries/new/", _form(concepts=[decision.pk]))
    query = AdHocQuery.objects.get()
    assert response.url == f"/queries/{query.pk}/"
    assert list(query.concepts.all()) == [decision]
    audit = AuditEntry.objects.get(action="queries.create_query")
    assert audit.after["concepts"] == [decision.pk]

    client.post(f"/queries/{query.pk}/edit/", _form(concepts=[ban.pk, decision.pk]))
    assert set(query.concepts.all()) == {ban, decision}


def test_the_form_refuses_a_draft_concept(client, personas, concepts):
    client.force_login(personas.coordinator)
    response = client.post("/queries/new/", _form(concepts=[concepts["draft"].pk]))
    assert response.status_code == 200
    assert not AdHocQuery.objects.exists()


def test_the_api_takes_and_gives_concept_uris(client, personas, concepts):
    client.force_login(personas.coordinator)
    decision = concepts["decision"]
    payload = {
        "title": "Return decisions for families",
        "background": "Why.",
        "theme": "return",
        "countries": ["SI", "FR"],
        "concepts": [decision.uri],
    }
    created = client.post(LIST, payload, content_type="application/json")
    assert created.status_code == 201, created.json()
    assert created.json()["concepts"] == [decision.uri]
    assert client.get(f"{LIST}{created.json()['id']}/").json()["concepts"] == [decision.uri]


@pytest.mark.parametrize("which", ["unknown", "draft"])
def test_the_api_refuses_an_unknown_or_unpublished_uri_naming_it(client, personas, concepts, which):
    client.force_login(personas.coordinator)
    uri = concepts["draft"].uri if which == "draft" else "https://example.org/no/such/concept"
    payload = {"title": "T", "background": "B", "theme": "return", "concepts": [uri]}
    response = client.post(LIST, payload, content_type="application/json")
    assert response.status_code == 400
    assert uri in str(response.json()["concepts"])
    assert not AdHocQuery.objects.exists()


def test_the_page_links_each_concept_in_the_readers_language_or_english(client, personas, concepts):
    query = draft_query(personas.coordinator, with_questions=False)
    services.update_query(
        personas.coordinator, query, concepts=[concepts["decision"], concepts["ban"]]
    )
    client.force_login(personas.coordinator)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sl"
    page = client.get(f"/queries/{query.pk}/").text
    assert f'<a href="/glossary/concept/{concepts["decision"].key}">odločba o vrnitvi</a>' in page
    assert f'<a href="/glossary/concept/{concepts["ban"].key}" lang="en">entry ban</a>' in page
