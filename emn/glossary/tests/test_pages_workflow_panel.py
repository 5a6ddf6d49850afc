"""The workflow panel of the working copy offers each step only to those allowed, and the
steps work from the page: propose, send back with a comment, approve, deprecate."""

import pytest

from emn.glossary.models import ConceptVersion, Stage, Status
from emn.glossary.tests.pages_support import make_glossary

pytestmark = pytest.mark.django_db


def buttons(client, concept):
    body = client.get(f"/glossary/concept/{concept.key}").content.decode()
    names = ("Propose for approval", "Approve", "Send back", "Deprecate")
    return {name for name in names if f">{name}</button>" in body}


def status(concept):
    return ConceptVersion.objects.get(concept=concept, stage=Stage.WORKING).status


def test_each_role_sees_its_own_steps(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.glossary_editor)
    assert buttons(client, glossary.draft) == {"Propose for approval"}
    client.force_login(personas.commission)
    assert buttons(client, glossary.draft) == {"Propose for approval", "Approve", "Deprecate"}
    client.force_login(personas.reader)
    assert buttons(client, glossary.returning) == set()
    assert (
        "Workflow" not in client.get(f"/glossary/concept/{glossary.returning.key}").content.decode()
    )


def test_propose_send_back_then_approve(personas, client):
    glossary = make_glossary(personas)
    url = f"/glossary/concept/{glossary.draft.key}/workflow/"
    client.force_login(personas.glossary_editor)
    client.post(url, {"action": "propose", "comment": "Ready."})
    assert status(glossary.draft) == Status.PROPOSED
    client.force_login(personas.commission)
    assert buttons(client, glossary.draft) == {"Approve", "Send back", "Deprecate"}
    response = client.post(url, {"action": "reject", "comment": ""}, follow=True)
    assert "Say why the proposal is sent back." in response.content.decode()
    assert status(glossary.draft) == Status.PROPOSED
    client.post(url, {"action": "reject", "comment": "Add the French definition."})
    assert status(glossary.draft) == Status.DRAFT
    body = client.get(f"/glossary/concept/{glossary.draft.key}").content.decode()
    assert "Add the French definition." in body
    client.post(url, {"action": "approve"})
    assert status(glossary.draft) == Status.APPROVED


def test_a_working_group_member_cannot_approve(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.glossary_editor)
    url = f"/glossary/concept/{glossary.draft.key}/workflow/"
    assert client.post(url, {"action": "approve"}).status_code == 403
    assert status(glossary.draft) == Status.DRAFT


def test_deprecate_with_use_instead(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.commission)
    url = f"/glossary/concept/{glossary.voluntary.key}/workflow/"
    response = client.post(
        url, {"action": "deprecate", "replaced_by": glossary.returning.key}, follow=True
    )
    assert "The concept was deprecated" in response.content.decode()
    assert status(glossary.voluntary) == Status.DEPRECATED
    assert "Use instead:" in response.content.decode()


def test_an_unknown_step_is_a_bad_request(personas, client):
    glossary = make_glossary(personas)
    client.force_login(personas.commission)
    url = f"/glossary/concept/{glossary.draft.key}/workflow/"
    assert client.post(url, {"action": "publish"}).status_code == 400
