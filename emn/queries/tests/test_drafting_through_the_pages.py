"""A coordinator drafts, orders, previews and launches a query page by page; then clarifies
and closes it."""

import datetime

from django.utils import timezone

from emn.core.testing.factories import country
from emn.queries.models import AdHocQuery
from emn.queries.tests.factories import theme


def test_it_drafts_previews_launches_clarifies_and_closes(client, personas):
    client.force_login(personas.coordinator)
    form = client.get("/queries/new/")
    default = timezone.localdate() + datetime.timedelta(days=14)
    assert f'value="{default.isoformat()}"' in form.text
    assert form.text.count('name="countries"') >= 20  # every participating country, ticked
    response = client.post(
        "/queries/new/",
        {
            "title": "Age assessment of unaccompanied minors",
            "background": "The ministry prepares new guidelines.",
            "theme": theme("unaccompanied-minors").pk,
            "keywords": "age assessment,  minors ,",
            "deadline": (default + datetime.timedelta(days=1)).isoformat(),
            "countries": [country(code).pk for code in ("SI", "FR", "DE", "NO")],
            "dissemination": "public",
        },
    )
    query = AdHocQuery.objects.get()
    assert response.url == f"/queries/{query.pk}/"
    assert query.keywords == ["age assessment", "minors"]
    assert query.request.contributions.count() == 4
    base = f"/queries/{query.pk}"
    client.post(f"{base}/questions/new/", {"kind": "yes_no", "text": "Is X-ray used?"})
    client.post(
        f"{base}/questions/new/",
        {"kind": "multiple", "text": "Which methods?", "choices": "X-ray\nInterview\nDental"},
    )
    _first, second = query.questions.order_by("position")
    client.post(f"{base}/questions/{second.pk}/move/", {"direction": "up"})
    assert [q.text for q in query.questions.order_by("position")] == [
        "Which methods?",
        "Is X-ray used?",
    ]
    preview = client.get(f"{base}/preview/")
    assert preview.text.count("disabled") >= 5
    assert "Dental" in preview.text
    launched = client.post(f"{base}/launch/", follow=True)
    assert "The query was launched." in launched.text
    query.refresh_from_db()
    assert query.state == "open"
    assert query.reference == f"{timezone.localdate().year}.1"
    assert "Add a clarification" in launched.text
    assert "Edit the query" not in launched.text
    client.post(f"{base}/clarifications/new/", {"text": "Include pilot projects."})
    closed = client.post(f"{base}/close/", follow=True)
    assert "Include pilot projects." in closed.text
    query.refresh_from_db()
    assert query.state == "closed"
    assert list(query.events.values_list("kind", flat=True)) == ["open", "closed"]
    assert "Launched" in closed.text


def test_it_tells_the_reader_of_the_asking_ncp_it_is_a_draft_without_buttons(client, personas):
    from emn.queries.tests.factories import draft_query

    query = draft_query(personas.coordinator)
    client.force_login(personas.reader)
    response = client.get(f"/queries/{query.pk}/")
    assert "Draft" in response.text
    assert "Launch the query" not in response.text
    assert "Add a question" not in response.text
